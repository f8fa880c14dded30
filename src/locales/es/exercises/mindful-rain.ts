// Spanish for the exercise script `mindful.rain` (English source: src/exercises/scripts/mindful-rain.ts).
export default {
  'exercise.mindful.rain.title': 'RAIN para una emoción difícil',
  'exercise.mindful.rain.summary': 'Cuatro pasos suaves para recibir una emoción difícil con amabilidad.',
  'exercise.mindful.rain.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si una emoción o un recuerdo se vuelve muy fuerte, para y vuelve al presente.',
  'exercise.mindful.rain.steps.0.text':
    'RAIN son cuatro pasos para una emoción difícil. La R es reconocer. La A es aceptar. La I es investigar, que quiere decir mirar más de cerca. La N es nutrir, que quiere decir cuidarte. Puedes tener los ojos abiertos. Puedes parar en cualquier paso.',
  'exercise.mindful.rain.steps.1.text': 'Elige una emoción difícil, pero no la más difícil. Para practicar, mejor una pequeña o mediana.',
  'exercise.mindful.rain.steps.2.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.rain.steps.3.text': 'Reconocer. ¿Qué hay aquí ahora mismo? Ponle un nombre sencillo, como "aquí hay preocupación" o "esto es vergüenza".',
  'exercise.mindful.rain.steps.4.text':
    'Aceptar. Mira si puedes dejar que la emoción esté aquí un momento, sin echarla ni arreglarla. Puedes decirte: "Está bien sentir esto".',
  'exercise.mindful.rain.steps.5.text':
    'Investigar, que quiere decir mirar más de cerca, con amabilidad. ¿Dónde sientes esto en tu cuerpo? ¿Qué necesita más esta emoción? Quédate solo mientras te sientas bien.',
  'exercise.mindful.rain.steps.6.text': 'Investiga con suavidad. Puedes saltar la parte del cuerpo. Solo pregúntate: ¿qué necesita más esta emoción?',
  'exercise.mindful.rain.steps.7.text': '¿Cuánto malestar sientes ahora, del 0 al 10? Si es 7 o más, ve al paso para volver al presente.',
  'exercise.mindful.rain.steps.8.text':
    'Nutrir. Ofrécete lo que hace falta. Pueden ser palabras amables, como "aquí estoy contigo". Puedes poner una mano donde te haga bien, si te gusta el contacto.',
  'exercise.mindful.rain.steps.9.text':
    'A veces la amabilidad trae un dolor viejo por un rato. Es algo común. Ve despacio, y vuelve a tus manos o a tus pies si lo necesitas.',
  'exercise.mindful.rain.steps.10.text': 'Ahora descansa un momento. Nota la sala a tu alrededor, y cómo te sientes después de los cuatro pasos.',
  'exercise.mindful.rain.steps.11.text':
    'Puedes parar cuando quieras. Abre los ojos si los tienes cerrados. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti. Suelta el aire despacio una vez.',
  'exercise.mindful.rain.contraindications.0.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.mindful.rain.contraindications.1.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.mindful.rain.contraindications.2.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
} as const satisfies Readonly<Record<string, string>>;
