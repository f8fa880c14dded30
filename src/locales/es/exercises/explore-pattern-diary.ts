// Spanish for the exercise script `explore.pattern-diary` (English source: src/exercises/scripts/explore-pattern-diary.ts).
export default {
  'exercise.explore.pattern-diary.title': 'Mis patrones en las relaciones',
  'exercise.explore.pattern-diary.summary': 'Mira un momento difícil reciente con alguien, y el patrón que hay detrás.',
  'exercise.explore.pattern-diary.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.explore.pattern-diary.steps.0.text':
    'Este diario te ayuda a ver patrones en cómo reaccionas ante la gente. Vas a mirar un momento reciente. No hace falta cerrar los ojos. Puedes parar cuando quieras, y puedes saltar cualquier pregunta.',
  'exercise.explore.pattern-diary.steps.1.text': 'Toma pausas cuando quieras. Puedes escribir una o dos palabras para cada pregunta, o saltarla.',
  'exercise.explore.pattern-diary.steps.2.text':
    'Piensa en un momento reciente con alguien que te hizo sentir mal. Elige uno mediano, no el peor. ¿Qué pasó justo antes de que te sintieras mal?',
  'exercise.explore.pattern-diary.steps.3.text': '¿Qué sentiste? Nombra una o más emociones, como dolor, miedo, enojo o soledad.',
  'exercise.explore.pattern-diary.steps.4.text': '¿Qué pensaste de ti en ese momento? ¿Qué esperabas que la otra persona hiciera o sintiera?',
  'exercise.explore.pattern-diary.steps.5.text':
    '¿Qué hiciste? ¿Te acercaste, pediste consuelo o insististe en una respuesta? ¿O te alejaste, te callaste o te llenaste de tareas?',
  'exercise.explore.pattern-diary.steps.6.text':
    'Acercarse y alejarse son dos formas que la gente aprende para salir adelante. Un día tuvieron sentido. Hoy también nos pueden costar caro.',
  'exercise.explore.pattern-diary.steps.7.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.explore.pattern-diary.steps.8.text':
    'Solo si quieres: ¿te resulta familiar de antes en tu vida? Basta con un título. No hace falta entrar en el recuerdo.',
  'exercise.explore.pattern-diary.steps.9.text': '¿Qué te costó esta vez esta forma de salir adelante?',
  'exercise.explore.pattern-diary.steps.10.text':
    '¿Qué paso pequeño podrías probar la próxima vez, para ver si tu miedo se cumple? Escribe una idea para hablarla en tu sesión.',
  'exercise.explore.pattern-diary.steps.11.text':
    'Si esto despierta recuerdos viejos o emociones fuertes, puedes parar. Guarda el diario. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.explore.pattern-diary.steps.12.text': 'Gracias. Por favor, trae esto a tu próxima sesión, para que puedan mirar el patrón en equipo.',
  'exercise.explore.pattern-diary.contraindications.0.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
  'exercise.explore.pattern-diary.contraindications.1.question':
    '¿Te pasa a menudo que pierdes la noción del tiempo, o que sientes que te desconectas de tu cuerpo o del lugar donde estás?',
} as const satisfies Readonly<Record<string, string>>;
