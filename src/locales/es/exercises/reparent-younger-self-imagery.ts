// Spanish for the exercise script `reparent.younger-self-imagery` (English source: src/exercises/scripts/reparent-younger-self-imagery.ts).
export default {
  'exercise.reparent.younger-self-imagery.title': 'Encontrarme con mi yo más joven',
  'exercise.reparent.younger-self-imagery.summary': 'Imagina a tu yo más joven, y ofrécele el cuidado que necesitabas entonces.',
  'exercise.reparent.younger-self-imagery.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si los recuerdos son demasiado, para, vuelve al presente y ponte en contacto con tu terapeuta.',
  'exercise.reparent.younger-self-imagery.steps.0.text':
    'En esta práctica vas a imaginarte en tu infancia y a ofrecerte algo de cuidado. Puedes tener los ojos abiertos, o cerrarlos si te parece bien. Puedes parar cuando quieras.',
  'exercise.reparent.younger-self-imagery.steps.1.text':
    'Por favor, elige un momento en que sentiste un poco de tristeza o de soledad, no un momento en que alguien te hizo daño. Los recuerdos de daño son para tus sesiones, con tu terapeuta. Si aparece un recuerdo muy doloroso, abre los ojos y ve al paso para volver al presente.',
  'exercise.reparent.younger-self-imagery.steps.2.text':
    'Puedes tener los ojos abiertos todo el tiempo. Deja la mirada en el suelo delante de ti. Tú eliges cuánto te acercas al recuerdo.',
  'exercise.reparent.younger-self-imagery.steps.3.text': 'Primero, acomódate con unas cuantas respiraciones lentas y suaves.',
  'exercise.reparent.younger-self-imagery.steps.4.text': 'Siente tus pies en el suelo y el asiento debajo de ti.',
  'exercise.reparent.younger-self-imagery.steps.5.text':
    'Antes de empezar, ¿cuánto malestar sientes, del 0, calma, al 10, el mayor malestar? Si es 7 o más, hoy no vamos a hacer la imagen. Ve al paso para volver al presente.',
  'exercise.reparent.younger-self-imagery.steps.6.text':
    'Imagina a tu yo más joven en esa época. Nota más o menos qué edad tiene, y dónde está. Fíjate en la expresión de {their} cara.',
  'exercise.reparent.younger-self-imagery.steps.7.text':
    'Imagina a tu yo más joven desde un poco lejos, como una foto al otro lado de la sala. Basta con una silueta.',
  'exercise.reparent.younger-self-imagery.steps.8.text':
    'Ahora imagina que la persona adulta que eres hoy se acerca. Pregunta a tu yo más joven: ¿qué necesitas ahora mismo?',
  'exercise.reparent.younger-self-imagery.steps.9.text':
    'Dale a {them} lo que hace falta ahora. Pueden ser palabras amables, un abrazo, o solo quedarte cerca. Deja que {them} sienta que estás de {their} lado.',
  'exercise.reparent.younger-self-imagery.steps.10.text': 'Ofrécele a {them} una cosa amable, como una palabra cálida o solo sentarte cerca.',
  'exercise.reparent.younger-self-imagery.steps.11.text':
    'Ofrece a tu yo más joven una cosa amable, como "te veo" o "no fue tu culpa". Puedes ofrecerlo desde lejos.',
  'exercise.reparent.younger-self-imagery.steps.12.text':
    '¿Cuánto malestar sientes ahora, del 0 al 10? Si es 7 o más, abre los ojos y ve al paso para volver al presente.',
  'exercise.reparent.younger-self-imagery.steps.13.text':
    'Si te parece bien, nota cómo se siente tu cuerpo mientras cuidas a tu yo más joven. Está bien no notar nada.',
  'exercise.reparent.younger-self-imagery.steps.14.text':
    'Dile a tu yo más joven que vas a volver. Luego deja que la imagen se desvanezca, y abre los ojos si los tienes cerrados.',
  'exercise.reparent.younger-self-imagery.steps.15.text':
    'Vuelve al presente ahora, o cuando quieras. Abre los ojos. Mira a tu alrededor y nombra cinco cosas que veas. Apoya bien los pies en el suelo. Toca tu silla o una mesa. Di la fecha de hoy y dónde estás. Ahora eres una persona adulta, aquí, en esta sala.',
  'exercise.reparent.younger-self-imagery.steps.16.text':
    'Gracias por cuidar a tu yo más joven. Tómatelo con calma un rato. Quizá quieras contarle a tu terapeuta cómo fue.',
  'exercise.reparent.younger-self-imagery.contraindications.0.question': '¿Tienes ahora mismo pensamientos de quitarte la vida?',
  'exercise.reparent.younger-self-imagery.contraindications.1.question': '¿Has tenido ganas fuertes de hacerte daño en los últimos días?',
  'exercise.reparent.younger-self-imagery.contraindications.2.question': 'Últimamente, ¿ves u oyes cosas que otras personas no ven ni oyen?',
  'exercise.reparent.younger-self-imagery.contraindications.3.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.reparent.younger-self-imagery.contraindications.4.question': '¿Has tomado alcohol o drogas en las últimas horas?',
  'exercise.reparent.younger-self-imagery.contraindications.5.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.reparent.younger-self-imagery.contraindications.6.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.reparent.younger-self-imagery.contraindications.7.question':
    '¿Hay alguien en tu vida que te hace daño o que hace que no te sientas a salvo en casa?',
} as const satisfies Readonly<Record<string, string>>;
