// Spanish for the exercise script `corrective.alliance-check-in` (English source: src/exercises/scripts/corrective-alliance-check-in.ts).
export default {
  'exercise.corrective.alliance-check-in.title': '¿Cómo va la terapia?',
  'exercise.corrective.alliance-check-in.summary': 'Un breve repaso para contarle a tu terapeuta cómo vives tus sesiones.',
  'exercise.corrective.alliance-check-in.safetyNote': 'Este repaso no reemplaza hablar con tu terapeuta. Puede que nadie lo lea enseguida.',
  'exercise.corrective.alliance-check-in.steps.0.text':
    'Lo que piensas de tu terapia importa. Este breve repaso les ayuda a ti y a tu terapeuta a ver cómo van las cosas. Puedes saltar cualquier pregunta o parar cuando quieras.',
  'exercise.corrective.alliance-check-in.steps.1.text':
    'Es común decir que todo va bien para cuidar la relación. Aquí puedes hablar con sinceridad. Tu terapeuta quiere oírlo, aunque sea una crítica.',
  'exercise.corrective.alliance-check-in.steps.2.text': '¿En las sesiones se trabaja en lo que más te importa a ti?',
  'exercise.corrective.alliance-check-in.steps.3.text': '¿Tiene sentido para ti la forma de trabajar en las sesiones?',
  'exercise.corrective.alliance-check-in.steps.4.text': '¿Sientes que te escuchan y te respetan en tus sesiones?',
  'exercise.corrective.alliance-check-in.steps.5.text': 'Tú decides qué compartes. Una respuesta corta está bien, y también "no lo sé".',
  'exercise.corrective.alliance-check-in.steps.6.text':
    '¿Hay algo que te gustaría que fuera distinto? ¿Hubo algo que no te pareció bien en la última sesión? Escribe tanto o tan poco como quieras.',
  'exercise.corrective.alliance-check-in.steps.7.text': '¿Hay una cosa que cambiarías de tus sesiones?',
  'exercise.corrective.alliance-check-in.steps.8.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.corrective.alliance-check-in.steps.9.text': 'Gracias. Tu terapeuta lo verá contigo. Hablar de lo que no funciona es parte de una buena terapia.',
} as const satisfies Readonly<Record<string, string>>;
