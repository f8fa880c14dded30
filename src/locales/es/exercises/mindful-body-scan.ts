// Spanish for the exercise script `mindful.body-scan` (English source: src/exercises/scripts/mindful-body-scan.ts).
export default {
  'exercise.mindful.body-scan.title': 'Un breve repaso del cuerpo',
  'exercise.mindful.body-scan.summary': 'Lleva tu atención con suavidad por tu cuerpo, y salta la parte que quieras.',
  'exercise.mindful.body-scan.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si notar tu cuerpo te trae pánico, recuerdos viejos o la sensación de no ser real, para y vuelve al presente.',
  'exercise.mindful.body-scan.steps.0.text':
    'Este es un repaso breve y suave del cuerpo. Siéntate o acuéstate, lo que te resulte más cómodo. Puedes tener los ojos abiertos. Puedes parar cuando quieras.',
  'exercise.mindful.body-scan.steps.1.text':
    'Tú eliges adónde va tu atención. Puedes saltar cualquier parte del cuerpo. Si te sientes mal, vuelve a tus pies o a tus manos. Ese es tu punto de apoyo.',
  'exercise.mindful.body-scan.steps.2.text':
    'Ten los ojos abiertos y deja que descansen en algo tranquilo de la sala. Solo vamos a visitar los pies, las manos y los hombros.',
  'exercise.mindful.body-scan.steps.3.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.mindful.body-scan.steps.4.text': 'Empieza por los pies. Nota lo que hay: calor o frío, el roce de la ropa o del suelo. No hace falta cambiar nada.',
  'exercise.mindful.body-scan.steps.5.text': 'Sube a las piernas, si quieres. Nota si hay peso, cosquilleo, o nada de nada.',
  'exercise.mindful.body-scan.steps.6.text': 'Ahora las manos. Nota los dedos, las palmas, y dónde descansan.',
  'exercise.mindful.body-scan.steps.7.text': 'Pasa a la espalda y a la barriga, si te parece bien. Si no, quédate con las manos.',
  'exercise.mindful.body-scan.steps.8.text': 'Ahora los hombros, el cuello y la cara. Nota si hay tensión. Puedes dejarla estar, o dejar que se suelte.',
  'exercise.mindful.body-scan.steps.9.text': 'Si te sientes mal, abre más los ojos, muévete un poco o apoya bien los pies. Puedes parar aquí.',
  'exercise.mindful.body-scan.steps.10.text': 'Ahora nota todo tu cuerpo aquí, en reposo, todo a la vez.',
  'exercise.mindful.body-scan.steps.11.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.mindful.body-scan.steps.12.text':
    'Si quieres parar, está bien. Abre los ojos si los tienes cerrados. Mueve los dedos de las manos y de los pies. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.mindful.body-scan.contraindications.0.question': 'Últimamente, ¿ves u oyes cosas que otras personas no ven ni oyen?',
  'exercise.mindful.body-scan.contraindications.1.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.mindful.body-scan.contraindications.2.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.mindful.body-scan.contraindications.3.question': '¿Has tomado alcohol o drogas en las últimas horas?',
  'exercise.mindful.body-scan.contraindications.4.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
} as const satisfies Readonly<Record<string, string>>;
