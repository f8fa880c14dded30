// Spanish for the exercise script `reparent.ideal-parent-figures` (English source: src/exercises/scripts/reparent-ideal-parent-figures.ts).
export default {
  'exercise.reparent.ideal-parent-figures.title': 'Padres imaginados que te cuidan',
  'exercise.reparent.ideal-parent-figures.summary': 'Con tu terapeuta, imagina que tienes pocos años y unos padres que son justo lo que necesitas.',
  'exercise.reparent.ideal-parent-figures.safetyNote':
    'Esta práctica se hace con tu terapeuta y no reemplaza su atención. Si más tarde surgen emociones fuertes, usa tus recursos para volver al presente y ponte en contacto con tu terapeuta.',
  'exercise.reparent.ideal-parent-figures.steps.0.text':
    'Vamos a usar tu imaginación de una forma suave. Puedes tener los ojos abiertos, o cerrarlos si te parece bien. Puedes parar cuando quieras. Solo levanta la mano o di "para".',
  'exercise.reparent.ideal-parent-figures.steps.1.text':
    'Deja que tus ojos descansen en el suelo, o en algo de la sala que te guste. Tenlos abiertos si lo prefieres. Iremos en pasos cortos y veremos a menudo cómo estás.',
  'exercise.reparent.ideal-parent-figures.steps.2.text': 'Deja que tu cuerpo se acomode. Respira despacio y con calma.',
  'exercise.reparent.ideal-parent-figures.steps.3.text': 'Siente tus pies en el suelo y la silla debajo de ti. Nota que estás aquí conmigo.',
  'exercise.reparent.ideal-parent-figures.steps.4.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.reparent.ideal-parent-figures.steps.5.text':
    'Si quieres, imagina que tienes muy pocos años. No hace falta un recuerdo real. Solo una sensación de infancia.',
  'exercise.reparent.ideal-parent-figures.steps.6.text':
    'Ahora imagina unos padres ideales para ti. No son tus padres reales. Son inventados, y son justo lo que necesitas. Nota cómo son.',
  'exercise.reparent.ideal-parent-figures.steps.7.text': 'Si quieres, vuelve a traer a tu mente a los padres cariñosos que ya imaginaste. Nótalos cerca de ti.',
  'exercise.reparent.ideal-parent-figures.steps.8.text': 'Estos padres te protegen. Nota cómo es sentir su protección.',
  'exercise.reparent.ideal-parent-figures.steps.9.text': 'Te ven y te conocen. Notan cómo te sientes, y lo entienden bien.',
  'exercise.reparent.ideal-parent-figures.steps.10.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.reparent.ideal-parent-figures.steps.11.text':
    'Cuando sientes malestar, te consuelan justo de la forma que te gusta. Permítete recibir su consuelo.',
  'exercise.reparent.ideal-parent-figures.steps.12.text': 'Se alegran de que existas. Disfrutan de ti, tal como eres.',
  'exercise.reparent.ideal-parent-figures.steps.13.text': 'Te animan cuando quieres explorar, y están ahí cuando vuelves.',
  'exercise.reparent.ideal-parent-figures.steps.14.text': 'Si te parece bien, nota cómo se siente tu cuerpo con estos padres cerca. Está bien no notar nada.',
  'exercise.reparent.ideal-parent-figures.steps.15.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.reparent.ideal-parent-figures.steps.16.text':
    'Ten presente que puedes volver con estos padres en otro momento. Ahora deja que la imagen se desvanezca, y abre los ojos si los tienes cerrados.',
  'exercise.reparent.ideal-parent-figures.steps.17.text':
    'Vuelve a la sala ahora, o cuando quieras. Abre los ojos. Mira a tu alrededor y nombra cinco cosas que veas. Apoya bien los pies en el suelo. Toca el brazo de tu silla. Di la fecha de hoy y dónde estás. Ahora estás aquí conmigo.',
  'exercise.reparent.ideal-parent-figures.steps.18.text': 'Tomemos unos minutos para hablar de cómo fue esto para ti.',
  'exercise.reparent.ideal-parent-figures.contraindications.0.question': '¿Tienes ahora mismo pensamientos de quitarte la vida?',
  'exercise.reparent.ideal-parent-figures.contraindications.1.question': '¿Has tenido ganas fuertes de hacerte daño en los últimos días?',
  'exercise.reparent.ideal-parent-figures.contraindications.2.question': 'Últimamente, ¿ves u oyes cosas que otras personas no ven ni oyen?',
  'exercise.reparent.ideal-parent-figures.contraindications.3.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
  'exercise.reparent.ideal-parent-figures.contraindications.4.question': '¿Has tomado alcohol o drogas en las últimas horas?',
  'exercise.reparent.ideal-parent-figures.contraindications.5.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.reparent.ideal-parent-figures.contraindications.6.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.reparent.ideal-parent-figures.contraindications.7.question':
    '¿Hay alguien en tu vida que te hace daño o que hace que no te sientas a salvo en casa?',
} as const satisfies Readonly<Record<string, string>>;
