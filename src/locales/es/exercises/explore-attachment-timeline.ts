// Spanish for the exercise script `explore.attachment-timeline` (English source: src/exercises/scripts/explore-attachment-timeline.ts).
export default {
  'exercise.explore.attachment-timeline.title': 'La línea de mi vida',
  'exercise.explore.attachment-timeline.summary': 'Dibuja una línea sencilla de tu vida hasta hoy, con las personas y los cambios que importaron.',
  'exercise.explore.attachment-timeline.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si los recuerdos son demasiado, para, vuelve al presente y habla con tu terapeuta.',
  'exercise.explore.attachment-timeline.steps.0.text':
    'En esta práctica dibujas una línea sencilla de tu vida. La vas a llevar a tu próxima sesión. No hace falta cerrar los ojos. Puedes parar cuando quieras, y puedes dejar huecos.',
  'exercise.explore.attachment-timeline.steps.1.text':
    'Usa solo títulos, por favor. Para una época dura bastan unas pocas palabras, como "cambio de casa" o "una pérdida". No hace falta escribir lo que pasó.',
  'exercise.explore.attachment-timeline.steps.2.text':
    'Tú decides qué va en la hoja. Está bien dejar fuera lo que sea. Puedes mantener la vista en el papel y en la sala.',
  'exercise.explore.attachment-timeline.steps.3.text':
    'Traza una línea a lo ancho de una hoja. Escribe "nací" en un extremo y "hoy" en el otro. Añade algunas edades a lo largo de la línea si te ayuda.',
  'exercise.explore.attachment-timeline.steps.4.text':
    'Marca a los adultos de tus primeros años, como {caregiver}. Añade a otras personas que importaron, como una abuela, un maestro o una entrenadora.',
  'exercise.explore.attachment-timeline.steps.5.text':
    '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar? Si es 7 o más, ve al paso para volver al presente.',
  'exercise.explore.attachment-timeline.steps.6.text':
    'Ahora marca los grandes cambios, con pocas palabras cada uno: mudanzas, escuelas nuevas, tiempos lejos de alguien, pérdidas, y también los buenos giros.',
  'exercise.explore.attachment-timeline.steps.7.text':
    'Si quieres, marca algunos grandes cambios con una o dos palabras cada uno. Incluye también los buenos momentos. Salta lo que no quieras escribir.',
  'exercise.explore.attachment-timeline.steps.8.text':
    'Elige uno o dos puntos de tu línea. Para cada uno, escribe lo que necesitabas entonces y lo que recibiste.',
  'exercise.explore.attachment-timeline.steps.9.text':
    'Si te parece bien, elige un punto que no sea muy duro. Escribe lo que necesitabas entonces y lo que recibiste.',
  'exercise.explore.attachment-timeline.steps.10.text':
    'Mira tu línea entera. ¿Notas algo que se repite, antes y ahora? Solo obsérvalo. Puedes hablarlo en tu sesión.',
  'exercise.explore.attachment-timeline.steps.11.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.explore.attachment-timeline.steps.12.text':
    'Puedes parar y volver al presente cuando quieras. Guarda la hoja. Mira a tu alrededor y nombra cinco cosas que veas. Apoya bien los pies en el suelo. Di para ti la fecha de hoy. Estás aquí, ahora, como la persona adulta que eres hoy.',
  'exercise.explore.attachment-timeline.steps.13.text':
    'Gracias por tu trabajo. Por favor, trae tu línea a tu próxima sesión. Puedes añadirle cosas más tarde, o no.',
  'exercise.explore.attachment-timeline.contraindications.0.question': '¿Tienes ahora mismo pensamientos de quitarte la vida?',
  'exercise.explore.attachment-timeline.contraindications.1.question': '¿Has tenido ganas fuertes de hacerte daño en los últimos días?',
  'exercise.explore.attachment-timeline.contraindications.2.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.explore.attachment-timeline.contraindications.3.question': '¿Has tomado alcohol o drogas en las últimas horas?',
  'exercise.explore.attachment-timeline.contraindications.4.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.explore.attachment-timeline.contraindications.5.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.explore.attachment-timeline.contraindications.6.question': '¿Hay alguien en tu vida que te hace daño o que hace que no te sientas a salvo en casa?',
} as const satisfies Readonly<Record<string, string>>;
