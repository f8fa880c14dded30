// Spanish for the exercise script `regulate.self-soothe-kit` (English source: src/exercises/scripts/regulate-self-soothe-kit.ts).
export default {
  'exercise.regulate.self-soothe-kit.title': 'Caja de consuelo',
  'exercise.regulate.self-soothe-kit.summary': 'Planea una cosa que te consuele para cada sentido, para tenerla lista en los momentos difíciles.',
  'exercise.regulate.self-soothe-kit.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.regulate.self-soothe-kit.steps.0.text':
    'Cuando las cosas se ponen difíciles, ayuda tener el consuelo listo de antemano. Vamos a planear una pequeña caja de consuelo. Puedes saltar cualquier sentido y parar cuando quieras.',
  'exercise.regulate.self-soothe-kit.steps.1.text': 'Nadie sabe mejor que tú qué te consuela. Aquí no hay respuestas correctas.',
  'exercise.regulate.self-soothe-kit.steps.2.text': 'Vista: ¿qué te gusta mirar? Quizá una foto, el cielo o una planta.',
  'exercise.regulate.self-soothe-kit.steps.3.text': 'Oído: ¿qué te gusta oír? Quizá una canción, la lluvia o una voz de confianza.',
  'exercise.regulate.self-soothe-kit.steps.4.text': 'Olfato: ¿qué olor te calma? Quizá el jabón, el té o el aire fresco.',
  'exercise.regulate.self-soothe-kit.steps.5.text':
    'Gusto: ¿hay un sabor que te consuele, como la menta o una bebida caliente? Si la comida es difícil para ti, salta este.',
  'exercise.regulate.self-soothe-kit.steps.6.text': 'Tacto: ¿qué te gusta tocar? Quizá una manta suave, una piedra lisa o una mascota.',
  'exercise.regulate.self-soothe-kit.steps.7.text':
    'El alcohol y las drogas pueden parecer una ayuda, pero a menudo empeoran los momentos difíciles. Por favor, déjalos fuera de tu caja.',
  'exercise.regulate.self-soothe-kit.steps.8.text': '¿Dónde vas a guardar tu caja? Puede ser una caja, una bolsa o una lista en tu teléfono.',
  'exercise.regulate.self-soothe-kit.steps.9.text': 'Si quieres, prueba ahora mismo un consuelo de tu lista. Nota cómo te hace sentir.',
  'exercise.regulate.self-soothe-kit.steps.10.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.regulate.self-soothe-kit.steps.11.text':
    'Si planear esto te trae emociones difíciles, puedes parar. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
} as const satisfies Readonly<Record<string, string>>;
