// Spanish for the exercise script `reparent.self-reparenting-practice` (English source: src/exercises/scripts/reparent-self-reparenting-practice.ts).
export default {
  'exercise.reparent.self-reparenting-practice.title': '¿Qué necesitaba?',
  'exercise.reparent.self-reparenting-practice.summary': 'En un momento difícil, date un poco del cuidado que necesitas.',
  'exercise.reparent.self-reparenting-practice.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.reparent.self-reparenting-practice.steps.0.text':
    'Esta práctica es para un momento difícil de tu día. Hace una sola pregunta: ¿qué necesito ahora mismo? Puedes parar cuando quieras.',
  'exercise.reparent.self-reparenting-practice.steps.1.text': 'Piensa en algo que hoy te resulta difícil. Elige algo pequeño o mediano, no lo más difícil.',
  'exercise.reparent.self-reparenting-practice.steps.2.text': '¿Qué sientes? Ponle un nombre a la emoción, como preocupación, dolor, soledad o enojo.',
  'exercise.reparent.self-reparenting-practice.steps.3.text':
    'Imagina a una persona adulta, amable y firme, que se preocupa por ti. ¿Qué te diría ahora mismo? ¿Qué podría hacer?',
  'exercise.reparent.self-reparenting-practice.steps.4.text': 'Imagina a una persona cálida y sabia que está de tu lado. ¿Qué te podría decir hoy?',
  'exercise.reparent.self-reparenting-practice.steps.5.text':
    '¿Qué te diría ahora mismo una amistad amable y firme? Si no te viene nadie a la mente, ¿qué le dirías tú a una amistad en tu lugar?',
  'exercise.reparent.self-reparenting-practice.steps.6.text':
    'Escribe una cosa pequeña que te podrías dar. Pueden ser palabras amables, un descanso, algo de comer, decir que no, o pedir ayuda a alguien.',
  'exercise.reparent.self-reparenting-practice.steps.7.text': 'Ahora, si puedes, haz una versión pequeña de eso. Lo pequeño basta.',
  'exercise.reparent.self-reparenting-practice.steps.8.text':
    'A veces esto trae tristeza porque nadie lo hizo por ti antes. Tiene sentido. Puedes dejar que esté ahí, y también puedes hablarlo con alguien de confianza.',
  'exercise.reparent.self-reparenting-practice.steps.9.text': 'Más tarde, escribe qué pasó. ¿Cómo fue darte lo que necesitabas?',
  'exercise.reparent.self-reparenting-practice.steps.10.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.reparent.self-reparenting-practice.steps.11.text':
    'Si esto te remueve demasiado, puedes parar. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
} as const satisfies Readonly<Record<string, string>>;
