// Spanish for the exercise script `corrective.planned-ending` (English source: src/exercises/scripts/corrective-planned-ending.ts).
export default {
  'exercise.corrective.planned-ending.title': 'Prepararse para una pausa o un final',
  'exercise.corrective.planned-ending.summary': 'Prepárate para una pausa en la terapia, o para su final, con un plan para lo que viene después.',
  'exercise.corrective.planned-ending.safetyNote':
    'Esta práctica no reemplaza hablar con tu terapeuta. La ayuda que verás abajo sigue ahí también durante una pausa.',
  'exercise.corrective.planned-ending.steps.0.text':
    'Pronto tu terapia tendrá una pausa o llegará a su fin. Mucha gente tiene sentimientos mezclados ante eso. Esta práctica te ayuda a prepararte. Puedes parar cuando quieras.',
  'exercise.corrective.planned-ending.steps.1.text':
    '¿Qué sientes ante la pausa o el final? Cualquier sentimiento está bien. Puedes sentir tristeza, alivio, preocupación o enojo, o todo a la vez.',
  'exercise.corrective.planned-ending.steps.2.text': 'Hazlo a tu propio ritmo. Puedes escribir una o dos palabras para cada pregunta, o saltar alguna.',
  'exercise.corrective.planned-ending.steps.3.text': '¿Qué ha cambiado para ti desde que empezaste? Piensa también en los cambios pequeños.',
  'exercise.corrective.planned-ending.steps.4.text': '¿Qué te vas a llevar contigo? Pueden ser habilidades, ideas o palabras que te ayudaron.',
  'exercise.corrective.planned-ending.steps.5.text':
    '¿Qué podría ser difícil mientras no estás en terapia? ¿Cuáles son las primeras señales de que empiezas a tener dificultades?',
  'exercise.corrective.planned-ending.steps.6.text':
    '¿A quién puedes acudir? Haz una lista de personas, lugares y servicios. Añade la línea de crisis y el número de emergencias de tu zona.',
  'exercise.corrective.planned-ending.steps.7.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.corrective.planned-ending.steps.8.text':
    'Si esto te trae emociones fuertes, puedes parar. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.corrective.planned-ending.steps.9.text':
    'Por favor, trae esto a tu próxima sesión. Tú y tu terapeuta pueden hablar de ello, poner al día tu plan de seguridad y planear los siguientes pasos.',
} as const satisfies Readonly<Record<string, string>>;
