// Spanish for the exercise script `mindful.compassionate-letter` (English source: src/exercises/scripts/mindful-compassionate-letter.ts).
export default {
  'exercise.mindful.compassionate-letter.title': 'Una carta desde una mirada amable',
  'exercise.mindful.compassionate-letter.summary': 'Escríbete como lo haría una amistad amable y sabia.',
  'exercise.mindful.compassionate-letter.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.mindful.compassionate-letter.steps.0.text':
    'En esta práctica te escribes una carta desde una mirada amable. Puedes parar cuando quieras, y la carta puede quedar solo para ti.',
  'exercise.mindful.compassionate-letter.steps.1.text':
    'Escribe sobre algo por lo que te juzgas con dureza. Elige algo mediano, no lo peor. ¿Cómo te hace sentir?',
  'exercise.mindful.compassionate-letter.steps.2.text': 'En una o dos líneas, nombra algo por lo que te juzgas con dureza.',
  'exercise.mindful.compassionate-letter.steps.3.text':
    'Ahora imagina una amistad amable y sabia. Conoce toda tu historia y tus límites. Te acepta y quiere lo mejor para ti. Puede ser una persona real, una mascota o alguien que inventes.',
  'exercise.mindful.compassionate-letter.steps.4.text':
    'Escríbete una carta desde esta amistad. ¿Qué te diría sobre eso que juzgas? ¿Cómo te mostraría que te entiende? ¿Qué idea suave te podría ofrecer?',
  'exercise.mindful.compassionate-letter.steps.5.text': 'Escríbete unas líneas desde esta amistad. Empieza con poco. Hasta una sola frase amable cuenta.',
  'exercise.mindful.compassionate-letter.steps.6.text': 'Escríbete tres frases amables desde esta amistad.',
  'exercise.mindful.compassionate-letter.steps.7.text':
    'Las palabras amables pueden despertar al principio un dolor viejo. Es algo común. Si se pone difícil, toma una pausa y mira la sala a tu alrededor.',
  'exercise.mindful.compassionate-letter.steps.8.text':
    'Ahora deja la carta a un lado un rato, quizá 15 minutos. Luego vuelve y léela despacio. Deja que las palabras te lleguen.',
  'exercise.mindful.compassionate-letter.steps.9.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.compassionate-letter.steps.10.text':
    'Si escribir te trae demasiado, puedes parar. Deja de escribir. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.mindful.compassionate-letter.steps.11.text': 'Guarda tu carta en un lugar seguro. Puedes leerla de nuevo en un día difícil.',
  'exercise.mindful.compassionate-letter.contraindications.0.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
} as const satisfies Readonly<Record<string, string>>;
