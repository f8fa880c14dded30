// Spanish for the exercise script `reparent.younger-self-letter` (English source: src/exercises/scripts/reparent-younger-self-letter.ts).
export default {
  'exercise.reparent.younger-self-letter.title': 'Una carta a mi yo más joven',
  'exercise.reparent.younger-self-letter.summary': 'Escribe una carta amable a tu yo de la infancia, sobre un momento que fue un poco difícil.',
  'exercise.reparent.younger-self-letter.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si los recuerdos viejos son demasiado, para y habla con alguien de confianza o con un terapeuta.',
  'exercise.reparent.younger-self-letter.steps.0.text':
    'En esta práctica escribes una carta corta a tu yo de cuando tenías menos años. No hace falta cerrar los ojos. Puedes parar cuando quieras, y puedes volver otro día.',
  'exercise.reparent.younger-self-letter.steps.1.text':
    'Por favor, elige un momento que fue un poco difícil, no el más difícil. Este no es el lugar para los recuerdos más dolorosos. Es mejor explorarlos con un terapeuta.',
  'exercise.reparent.younger-self-letter.steps.2.text': 'Si quieres, puedes usar una foto de tu infancia en lugar de un recuerdo.',
  'exercise.reparent.younger-self-letter.steps.3.text': 'Tú decides cuánto recuerdas. Bastan unos títulos. No hacen falta los detalles.',
  'exercise.reparent.younger-self-letter.steps.4.text':
    'Piensa en tu yo más joven en esa época. ¿Cuántos años tenías? ¿Dónde estabas? ¿Qué podías estar sintiendo?',
  'exercise.reparent.younger-self-letter.steps.5.text':
    'Piensa en tu yo más joven, solo a grandes rasgos. ¿Cuántos años tenías, más o menos? Puedes seguir mirando la sala mientras piensas.',
  'exercise.reparent.younger-self-letter.steps.6.text':
    '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar? Si es 7 o más, ve al paso para volver al presente.',
  'exercise.reparent.younger-self-letter.steps.7.text':
    '¿Qué necesitaba tu yo de entonces? Quizá consuelo, seguridad, alguien que escuchara, u oír que no fue {their} culpa. Puedes ofrecer algo de eso ahora, en tu carta.',
  'exercise.reparent.younger-self-letter.steps.8.text':
    'Ahora escribe a tu yo más joven, desde la persona adulta que eres hoy. Empieza con "Para mi yo más joven". Di lo que ahora entiendes. Ofrece las palabras o el cuidado que {they} necesitaba.',
  'exercise.reparent.younger-self-letter.steps.9.text':
    'Escribe unas líneas amables a tu yo más joven, desde la persona adulta que eres hoy. Hasta una sola frase basta.',
  'exercise.reparent.younger-self-letter.steps.10.text': 'Vuelve a leer tu carta despacio, si quieres. Nota cómo se siente estar de tu propio lado.',
  'exercise.reparent.younger-self-letter.steps.11.text':
    'A veces la amabilidad trae un dolor viejo o tristeza. Es algo común, y puede pasar. Trátate con cariño el resto del día.',
  'exercise.reparent.younger-self-letter.steps.12.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.reparent.younger-self-letter.steps.13.text':
    'Puedes parar y volver al presente cuando quieras. Deja de escribir. Mira a tu alrededor y nombra cinco cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti. Di para ti la fecha de hoy. Ahora eres una persona adulta, aquí, en esta sala.',
  'exercise.reparent.younger-self-letter.contraindications.0.question': '¿Tienes ahora mismo pensamientos de quitarte la vida?',
  'exercise.reparent.younger-self-letter.contraindications.1.question': '¿Has tenido ganas fuertes de hacerte daño en los últimos días?',
  'exercise.reparent.younger-self-letter.contraindications.2.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.reparent.younger-self-letter.contraindications.3.question': '¿Has tomado alcohol o drogas en las últimas horas?',
  'exercise.reparent.younger-self-letter.contraindications.4.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.reparent.younger-self-letter.contraindications.5.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.reparent.younger-self-letter.contraindications.6.question':
    '¿Hay alguien en tu vida que te hace daño o que hace que no te sientas a salvo en casa?',
} as const satisfies Readonly<Record<string, string>>;
