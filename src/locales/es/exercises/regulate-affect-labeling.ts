// Spanish for the exercise script `regulate.affect-labeling` (English source: src/exercises/scripts/regulate-affect-labeling.ts).
export default {
  'exercise.regulate.affect-labeling.title': 'Ponle nombre',
  'exercise.regulate.affect-labeling.summary': 'Haz una pausa, nota una emoción y busca una palabra para ella.',
  'exercise.regulate.affect-labeling.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.regulate.affect-labeling.steps.0.text':
    'Esta es una práctica corta para notar una emoción y darle un nombre. Puedes tener los ojos abiertos. Puedes parar cuando quieras.',
  'exercise.regulate.affect-labeling.steps.1.text': 'Tómate un momento para hacer una pausa. Permítete ir un poco más despacio.',
  'exercise.regulate.affect-labeling.steps.3.text':
    'Si quieres, nota tu cuerpo. ¿Hay algún lugar donde sientes algo? Puede ser el pecho, la barriga, la garganta o las manos. Está bien si no notas nada.',
  'exercise.regulate.affect-labeling.steps.4.text':
    'Si te parece bien, nota una parte de tu cuerpo, como las manos. Puedes saltar este paso. También puedes solo mirar la sala a tu alrededor.',
  'exercise.regulate.affect-labeling.steps.5.text':
    '¿Qué palabra le va mejor a esta emoción? Puedes probar con tristeza, enojo, miedo, vergüenza, soledad, cansancio, calma o alegría. Cualquier palabra está bien, incluso "no lo sé".',
  'exercise.regulate.affect-labeling.steps.6.text': '¿Cuánta fuerza tiene esta emoción ahora mismo, del 0, nada, al 10, la mayor fuerza?',
  'exercise.regulate.affect-labeling.steps.7.text': 'Si quieres, escribe qué despertó la emoción, y qué te dan ganas de hacer.',
  'exercise.regulate.affect-labeling.steps.8.text':
    'Ponerle nombre a una emoción no quiere decir que tengas que actuar según ella. Es solo una forma de verla con más claridad.',
  'exercise.regulate.affect-labeling.steps.9.text':
    'Ahora mira a tu alrededor y busca en la sala una cosa que te guste mirar. Deja descansar los ojos en ella.',
  'exercise.regulate.affect-labeling.steps.10.text':
    'Si la emoción se hace muy grande, puedes parar. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti y nota su tacto. Suelta el aire despacio una vez.',
  'exercise.regulate.affect-labeling.steps.11.text': 'Muy bien. Puedes volver a esto cuando una emoción sea difícil de entender.',
  'exercise.regulate.affect-labeling.contraindications.0.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.regulate.affect-labeling.contraindications.1.question': '¿Has tomado alcohol o drogas en las últimas horas?',
} as const satisfies Readonly<Record<string, string>>;
