// Spanish for the exercise script `mindful.loving-kindness` (English source: src/exercises/scripts/mindful-loving-kindness.ts).
export default {
  'exercise.mindful.loving-kindness.title': 'Buenos deseos',
  'exercise.mindful.loving-kindness.summary': 'Envía deseos sencillos y amables a alguien que quieres, y luego a ti.',
  'exercise.mindful.loving-kindness.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si vives el duelo de una pérdida reciente, esto puede removerte mucho, así que ve con calma o espera.',
  'exercise.mindful.loving-kindness.steps.0.text':
    'En esta práctica envías buenos deseos, primero a alguien que quieres y luego a ti. Puedes tener los ojos abiertos. Puedes parar cuando quieras.',
  'exercise.mindful.loving-kindness.steps.1.text': 'Acomódate con unas cuantas respiraciones suaves.',
  'exercise.mindful.loving-kindness.steps.2.text': 'Siente tus pies en el suelo. Deja que tus ojos descansen en algo de la sala.',
  'exercise.mindful.loving-kindness.steps.3.text':
    'Trae a tu mente a alguien hacia quien te sea fácil sentir cariño. Puede ser una amistad, una maestra amable o una mascota. Que sea sencillo.',
  'exercise.mindful.loving-kindness.steps.4.text': 'En silencio, ofrécele estos deseos. Que estés a salvo. Que estés bien. Que vivas en paz.',
  'exercise.mindful.loving-kindness.steps.5.text': 'Ahora, si quieres, ofrécete los mismos deseos. Que yo esté a salvo. Que yo esté bien. Que viva en paz.',
  'exercise.mindful.loving-kindness.steps.6.text':
    'Desearte el bien puede sentirse raro o triste. Es muy común. Si es demasiado, vuelve a la persona que quieres.',
  'exercise.mindful.loving-kindness.steps.7.text':
    'Si quieres, abre el círculo. Ofrece los deseos a alguien que ves de vez en cuando, como alguien de tu calle. Luego a todo el mundo, en todas partes.',
  'exercise.mindful.loving-kindness.steps.8.text': 'Suelta las palabras. Deja descansar tu atención en tu respiración, tus pies o los sonidos a tu alrededor.',
  'exercise.mindful.loving-kindness.steps.9.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.loving-kindness.steps.10.text':
    'Si esto te trae pena o dolor, puedes parar. Abre los ojos si los tienes cerrados. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.mindful.loving-kindness.contraindications.0.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.mindful.loving-kindness.contraindications.1.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
} as const satisfies Readonly<Record<string, string>>;
