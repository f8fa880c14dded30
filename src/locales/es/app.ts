// The Spanish of securebase's own client-facing words: safety and crisis help, the words the
// exercise engine adds around a script (labels, units, breathing cues, neutral wording, pronouns),
// and the flags' messages for the person. Written for securebase in plain, warm Spanish (the tú
// form; neutral wording where Latin American and European Spanish differ). The exercise scripts'
// own Spanish is in ./exercises. Ids and their English: SAFETY_TEXT, EXERCISE_TEXT, flag rules.

/** Safety, crisis help and the contacts' hours and audience, by id (`safety.*`). */
export const safety: Readonly<Record<string, string>> = {
  'safety.crisis.fallback':
    'No tienes que pasar por esto a solas. Si estás en peligro ahora, llama al número de emergencias de tu zona o a una línea de crisis.',
  'safety.domestic-abuse.fallback':
    'Mereces estar a salvo. Si estás en peligro ahora, llama al número de emergencias de tu zona. Un servicio local contra la violencia doméstica puede ayudarte a estar a salvo.',
  'safety.crisis.lead': 'No tienes que pasar por esto a solas.',
  'safety.domestic-abuse.lead': 'Mereces estar a salvo. Lo que está pasando no es culpa tuya.',
  'safety.crisis.no-line': 'Una línea de crisis cerca de ti también puede ayudarte.',
  'safety.domestic-abuse.no-line': 'Un servicio local contra la violencia doméstica puede ayudarte a estar a salvo.',
  'safety.danger.call': 'Si estás en peligro ahora, llama al {numbers}.',
  'safety.danger.local': 'Si estás en peligro ahora, llama al número de emergencias de tu zona.',
  'safety.list.or': '{first} o {last}',
  'safety.way.call': 'llamar a {name} al {phone}',
  'safety.way.text': 'enviar un mensaje de texto al {number}',
  'safety.way.text-keyword': 'enviar la palabra {keyword} por mensaje de texto al {number}',
  'safety.way.text-name': 'escribir a {name} por mensaje de texto al {number}',
  'safety.way.text-name-keyword': 'escribir a {name}: envía {keyword} por mensaje de texto al {number}',
  'safety.way.chat-name': 'chatear con {name} en su sitio web',
  'safety.way.chat': 'chatear en su sitio web',
  'safety.you-can': 'Puedes {ways}.',
  'safety.audience': 'Es para {audience}.',
  'safety.hours.any-time': 'Atienden a cualquier hora.',
  'safety.hours.open': 'Atienden {hours}.',
  'safety.reach-out': 'Si crees que podrías hacerte daño, o no te sientes a salvo, pide ayuda ahora.',
  'safety.contact.au-lifeline.hours': 'las 24 horas del día, todos los días',
  'safety.contact.au-1800respect.hours': 'las 24 horas del día, todos los días',
  'safety.contact.ca-988-helpline.hours': 'las 24 horas del día, todos los días',
  'safety.contact.de-telefonseelsorge.hours': 'las 24 horas del día, todos los días',
  'safety.contact.de-hilfetelefon.hours': 'las 24 horas del día, todos los días',
  'safety.contact.de-hilfetelefon.audience': 'mujeres afectadas por la violencia y personas cercanas a ellas',
  'safety.contact.es-024.hours': 'las 24 horas del día, todos los días',
  'safety.contact.es-016.hours': 'las 24 horas del día, todos los días',
  'safety.contact.es-016.audience': 'mujeres que sufren cualquier forma de violencia y las personas cercanas a ellas',
  'safety.contact.fr-3114.hours': 'las 24 horas del día, todos los días',
  'safety.contact.gb-samaritans.hours': 'las 24 horas del día, todos los días',
  'safety.contact.gb-national-domestic-abuse-helpline.hours': 'las 24 horas del día, todos los días',
  'safety.contact.gb-national-domestic-abuse-helpline.audience': 'mujeres que sufren violencia doméstica',
  'safety.contact.ie-samaritans.hours': 'las 24 horas del día, todos los días',
  'safety.contact.ie-womens-aid.hours': 'las 24 horas del día, todos los días',
  'safety.contact.ie-womens-aid.audience': 'mujeres que sufren violencia doméstica',
  'safety.contact.nz-1737.hours': 'las 24 horas del día, todos los días',
  'safety.contact.nz-womens-refuge.hours': 'las 24 horas del día, todos los días',
  'safety.contact.us-988-lifeline.hours': 'las 24 horas del día, todos los días',
  'safety.contact.us-domestic-violence-hotline.hours': 'las 24 horas del día, todos los días',
};

/** The words the exercise engine adds around a script, by id (`exercise-ui.*`). */
export const exerciseUi: Readonly<Record<string, string>> = {
  'exercise-ui.variant.standard': 'Versión estándar',
  'exercise-ui.variant.trauma-sensitive': 'Versión más suave',
  'exercise-ui.variant.brief': 'Versión corta',
  'exercise-ui.seconds.one': '{count} segundo',
  'exercise-ui.seconds.other': '{count} segundos',
  'exercise-ui.minutes.one': '{count} minuto',
  'exercise-ui.minutes.other': '{count} minutos',
  'exercise-ui.times.one': '{count} vez',
  'exercise-ui.times.other': '{count} veces',
  'exercise-ui.about': 'alrededor de {duration}',
  'exercise-ui.pause': 'Haz una pausa de {duration}.',
  'exercise-ui.breath.in': 'Inhala durante {duration}',
  'exercise-ui.breath.hold': 'sostén el aire {count}',
  'exercise-ui.breath.out': 'exhala durante {count}',
  'exercise-ui.breath.repeat': 'Hazlo {times} ({duration}).',
  'exercise-ui.list.and-two': '{first} y {last}',
  'exercise-ui.list.and': '{first} y {last}',
  'exercise-ui.label.journal': 'Escribe sobre esto ({duration})',
  'exercise-ui.label.reflect': 'Piensa en esto ({duration})',
  'exercise-ui.label.check-in': 'Cómo te sientes',
  'exercise-ui.label.grounding-exit': 'Si necesitas parar',
  'exercise-ui.check-in-scale': '0  1  2  3  4  5  6  7  8  9  10   (0 = en calma, 10 = el mayor malestar)',
  'exercise-ui.stop': 'Puedes parar en cualquier momento.',
  'exercise-ui.stop-grounding':
    'Puedes parar en cualquier momento. Si empieza a ser demasiado, ve al paso {step}. Te ayuda a calmarte y a volver al aquí y ahora.',
  'exercise-ui.before-you-begin': 'Antes de empezar',
  'exercise-ui.steps': 'Pasos',
  'exercise-ui.your-notes': 'Tus notas',
  'exercise-ui.notes-prompt': '¿Qué notaste? ¿Hay algo que quieras recordar o comentar?',
  'exercise-ui.cue.inhale': 'Inhala.',
  'exercise-ui.cue.hold': 'Sostén.',
  'exercise-ui.cue.exhale': 'Exhala.',
  'exercise-ui.cue.holdAfter': 'Espera.',
  'exercise-ui.neutral.caregiver': 'una madre, un padre o alguien que te crio',
  'exercise-ui.neutral.safePlace': 'un lugar donde te sientas en calma y a salvo',
  'exercise-ui.neutral.name': 'tú',
  'exercise-ui.neutral.name-start': 'Tú',
  'exercise-ui.neutral.name-possessive': 'tu',
  'exercise-ui.neutral.name-possessive-start': 'Tu',
  'exercise-ui.neutral.greetings':
    'Hola|Gracias|Muchas gracias|Bienvenida|Bienvenido|Te damos la bienvenida|Buen trabajo|Buenos días|Buenas tardes|Buenas noches',
  'exercise-ui.neutral.dear': 'Querida|Querido',
  'exercise-ui.neutral.dear-friend': 'Hola',
  'exercise-ui.pronouns.they.they': 'esa persona',
  'exercise-ui.pronouns.they.them': 'esa persona',
  'exercise-ui.pronouns.they.their': 'su',
  'exercise-ui.pronouns.they.theirs': 'suya',
  'exercise-ui.pronouns.they.themself': 'sí misma',
  'exercise-ui.pronouns.she.they': 'ella',
  'exercise-ui.pronouns.she.them': 'ella',
  'exercise-ui.pronouns.she.their': 'su',
  'exercise-ui.pronouns.she.theirs': 'suya',
  'exercise-ui.pronouns.she.themself': 'sí misma',
  'exercise-ui.pronouns.he.they': 'él',
  'exercise-ui.pronouns.he.them': 'él',
  'exercise-ui.pronouns.he.their': 'su',
  'exercise-ui.pronouns.he.theirs': 'suyo',
  'exercise-ui.pronouns.he.themself': 'sí mismo',
  'exercise-ui.speech.lang': 'es-ES',
  'exercise-ui.speech.words-per-second': '2.35',
};

/** The flags' messages for the person, by id (`flag.<flag id>.clientMessage`). */
export const flags: Readonly<Record<string, string>> = {
  'flag.core10-risk.clientMessage':
    'Gracias por contarnos esto. No tienes que enfrentarlo a solas. Por favor, habla hoy con alguien: un médico, tu terapeuta o una línea de crisis. Si crees que podrías llevar a cabo estos planes, pide ayuda ahora mismo.',
  'flag.core10-risk-unanswered.clientMessage':
    'Una pregunta sobre planes de quitarte la vida quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-wish-dead.clientMessage':
    'Gracias por contárnoslo. Estos pensamientos pueden pesar mucho, y no tienes que cargar con ellos a solas. Por favor, habla pronto con tu equipo de atención. Si crees que podrías actuar según ellos, pide ayuda ahora mismo.',
  'flag.cssrs-active-thoughts.clientMessage':
    'Gracias por contárnoslo. Estos pensamientos pueden pesar mucho, y no tienes que cargar con ellos a solas. Por favor, habla pronto con tu equipo de atención. Si crees que podrías actuar según ellos, pide ayuda ahora mismo.',
  'flag.cssrs-method.clientMessage':
    'Gracias por contárnoslo. Estos pensamientos pueden pesar mucho, y no tienes que cargar con ellos a solas. Por favor, habla pronto con tu equipo de atención. Si crees que podrías actuar según ellos, pide ayuda ahora mismo.',
  'flag.cssrs-intent.clientMessage':
    'Gracias por tu sinceridad. Tú importas, y hay ayuda para ti. Por favor, busca a alguien ahora mismo: una línea de crisis, tu médico o una persona de confianza. Si estás en peligro, llama al número de emergencias de tu zona.',
  'flag.cssrs-plan.clientMessage':
    'Gracias por tu sinceridad. Tú importas, y hay ayuda para ti. Por favor, busca a alguien ahora mismo: una línea de crisis, tu médico o una persona de confianza. Si estás en peligro, llama al número de emergencias de tu zona.',
  'flag.cssrs-behaviour.clientMessage':
    'Gracias por contarnos esto. Hace falta valor. Tu equipo de atención querrá hablar de esto contigo. Si ahora piensas en hacerte daño, por favor pide ayuda ya.',
  'flag.cssrs-behaviour-recent.clientMessage':
    'Gracias por tu sinceridad. Tú importas, y hay ayuda para ti. Por favor, busca a alguien ahora mismo: una línea de crisis, tu médico o una persona de confianza. Si estás en peligro, llama al número de emergencias de tu zona.',
  'flag.cssrs-1-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-2-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-3-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-4-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-5-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-6-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.cssrs-6b-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de suicidio quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
  'flag.phq9-item9.clientMessage':
    'Gracias por contarnos sobre estos pensamientos. No tienes que enfrentarlos a solas. Por favor, habla hoy con alguien: un médico, tu terapeuta o una línea de crisis. Si crees que podrías actuar según estos pensamientos, pide ayuda ahora mismo.',
  'flag.phq9-item9-unanswered.clientMessage':
    'Una pregunta sobre pensamientos de muerte o de hacerte daño quedó en blanco. Está bien. Tu equipo de atención puede preguntarte sobre ella. Si tienes estos pensamientos, por favor cuéntaselo hoy a alguien.',
};
