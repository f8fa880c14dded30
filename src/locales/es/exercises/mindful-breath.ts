// Spanish for the exercise script `mindful.breath` (English source: src/exercises/scripts/mindful-breath.ts).
export default {
  'exercise.mindful.breath.title': 'Dejar descansar la atención',
  'exercise.mindful.breath.summary': 'Deja que tu atención descanse en algo estable, y vuelve con suavidad cuando tu mente se vaya.',
  'exercise.mindful.breath.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si te trae pánico, recuerdos viejos o la sensación de no ser real, para y vuelve al presente.',
  'exercise.mindful.breath.steps.0.text':
    'Busca una forma de sentarte que te resulte cómoda. Puedes tener los ojos abiertos con la mirada baja, o cerrarlos si quieres. Puedes moverte o parar cuando quieras.',
  'exercise.mindful.breath.steps.1.text':
    'Elige algo estable donde dejar tu atención. Puede ser tu respiración, los sonidos de tu alrededor, tus pies en el suelo o tus manos en tu regazo.',
  'exercise.mindful.breath.steps.2.text':
    'Si la respiración te hace sentir mal, elige los sonidos, los pies o las manos. Tener los ojos abiertos también es una buena opción.',
  'exercise.mindful.breath.steps.3.text': 'Deja que tu atención descanse ahí. No hay nada que arreglar ni una forma correcta de sentirse.',
  'exercise.mindful.breath.steps.6.text':
    'Tu mente se va a ir a otras cosas. Eso es lo que hacen las mentes. Cuando notes que se ha ido, nota adónde fue. Luego tráela de vuelta con amabilidad.',
  'exercise.mindful.breath.steps.9.text': 'Si te sientes mal, puedes abrir los ojos, mirar la sala o mover el cuerpo. Elegir hacerlo es parte de la práctica.',
  'exercise.mindful.breath.steps.11.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.breath.steps.13.text': 'Cada vez que vuelves cuenta. Volver es la práctica.',
  'exercise.mindful.breath.steps.15.text': 'Ahora deja que tu atención se abra a toda la sala. Nota la luz, los sonidos y el espacio a tu alrededor.',
  'exercise.mindful.breath.steps.17.text': '¿Cómo te sientes ahora, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.breath.steps.18.text':
    'Si esto es demasiado, puedes parar. Abre los ojos. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti. Suelta el aire despacio una vez.',
  'exercise.mindful.breath.steps.19.text': 'Gracias por practicar, {name}. Unos minutos bastan. Puedes volver a esto cuando quieras.',
  'exercise.mindful.breath.contraindications.0.question': 'Últimamente, ¿ves u oyes cosas que otras personas no ven ni oyen?',
  'exercise.mindful.breath.contraindications.1.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.mindful.breath.contraindications.2.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
} as const satisfies Readonly<Record<string, string>>;
