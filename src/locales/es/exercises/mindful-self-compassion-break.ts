// Spanish for the exercise script `mindful.self-compassion-break` (English source: src/exercises/scripts/mindful-self-compassion-break.ts).
export default {
  'exercise.mindful.self-compassion-break.title': 'Una pausa amable',
  'exercise.mindful.self-compassion-break.summary': 'Una pausa corta para recibir un momento difícil con amabilidad.',
  'exercise.mindful.self-compassion-break.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.mindful.self-compassion-break.steps.0.text':
    'Esta es una pausa corta para un momento difícil. Puedes tener los ojos abiertos. Puedes parar cuando quieras.',
  'exercise.mindful.self-compassion-break.steps.1.text':
    'Piensa en algo que te molesta. Elige algo mediano, no lo peor de tu vida. Si quieres, nota dónde lo sientes en tu cuerpo.',
  'exercise.mindful.self-compassion-break.steps.2.text': 'Trae a tu mente una cosa que hoy te molesta un poco.',
  'exercise.mindful.self-compassion-break.steps.3.text':
    'Piensa en algo que te molesta un poco. Elige algo pequeño. No hace falta sentirlo en el cuerpo. Solo ten claro qué es.',
  'exercise.mindful.self-compassion-break.steps.4.text': 'Primero, nota que esto es difícil. Puedes decirte: "Esto duele" o "Este es un momento duro".',
  'exercise.mindful.self-compassion-break.steps.5.text':
    'Después, recuerda que no te pasa solo a ti. Mucha gente se siente así. Puedes decirte: "Otras personas también sienten esto" o "Mucha gente tiene días así".',
  'exercise.mindful.self-compassion-break.steps.6.text':
    'Si el contacto te hace bien, puedes poner una mano en tu pecho, en tu brazo o en tu otra mano. Si no, sáltalo. Las dos cosas están bien.',
  'exercise.mindful.self-compassion-break.steps.7.text':
    'Por último, ofrécete algo de amabilidad. ¿Qué palabras necesitas oír ahora mismo? Puedes decirte: "Puedo tratarme con calma" o "Estoy haciendo lo que puedo".',
  'exercise.mindful.self-compassion-break.steps.8.text':
    'Ahora sé amable contigo, como lo serías con una amistad. Prueba con: "Que pueda tratarme con cariño".',
  'exercise.mindful.self-compassion-break.steps.9.text':
    'La amabilidad puede sentirse rara al principio. A veces trae un dolor viejo. Es algo común y suele pasar. Ve a tu propio ritmo.',
  'exercise.mindful.self-compassion-break.steps.10.text': '¿Cuánto malestar sientes ahora, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.self-compassion-break.steps.11.text':
    'Si esto te remueve demasiado, puedes parar. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti. Suelta el aire despacio una vez.',
  'exercise.mindful.self-compassion-break.contraindications.0.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.mindful.self-compassion-break.contraindications.1.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
} as const satisfies Readonly<Record<string, string>>;
