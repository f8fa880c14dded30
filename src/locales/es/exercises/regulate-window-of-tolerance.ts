// Spanish for the exercise script `regulate.window-of-tolerance` (English source: src/exercises/scripts/regulate-window-of-tolerance.ts).
export default {
  'exercise.regulate.window-of-tolerance.title': 'La zona donde puedes afrontar las cosas',
  'exercise.regulate.window-of-tolerance.summary':
    'Aprende las señales de que estás dentro, por encima o por debajo de la zona donde puedes afrontar las cosas, y qué te ayuda.',
  'exercise.regulate.window-of-tolerance.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.regulate.window-of-tolerance.steps.0.text':
    'Cada persona tiene una zona donde las emociones pueden ser fuertes y aun así puede pensar y afrontar las cosas. Hay quien la llama ventana de tolerancia. No se trata de evitar las emociones difíciles. Puedes saltar cualquier parte, y parar cuando quieras.',
  'exercise.regulate.window-of-tolerance.steps.1.text':
    'Por encima de la zona, todo es demasiado. Tu corazón puede ir muy rápido, tus pensamientos pueden acelerarse, o puedes sentir pánico o enojo.',
  'exercise.regulate.window-of-tolerance.steps.2.text':
    'Por debajo de la zona, todo es demasiado poco. Puedes sentir que no sientes nada, que todo es plano, que estás lejos, o que te apagas.',
  'exercise.regulate.window-of-tolerance.steps.3.text':
    'Salir de la zona no es un fracaso. Es la forma en que el cuerpo nos protege. Con práctica, la zona también puede hacerse más ancha.',
  'exercise.regulate.window-of-tolerance.steps.4.text':
    'Escribe dos o tres señales que te dicen que estás por encima de tu zona. Piensa en tu cuerpo, tus pensamientos y lo que haces.',
  'exercise.regulate.window-of-tolerance.steps.5.text': 'Ahora escribe dos o tres señales de que estás por debajo de tu zona.',
  'exercise.regulate.window-of-tolerance.steps.6.text':
    '¿Qué te ayuda a calmarte cuando todo es demasiado? Puedes elegir respirar despacio, dar un paseo o hablar con alguien. Escribe una o dos cosas.',
  'exercise.regulate.window-of-tolerance.steps.7.text':
    '¿Qué te ayuda a volver cuando no sientes nada o te sientes lejos? Puedes elegir la práctica de los cinco sentidos, agua fría en las manos o mover el cuerpo. Escribe una o dos cosas.',
  'exercise.regulate.window-of-tolerance.steps.8.text': 'Toma una pausa corta si la necesitas. Mira la sala a tu alrededor y busca una cosa de color azul.',
  'exercise.regulate.window-of-tolerance.steps.9.text': '¿Dónde estás ahora mismo: por encima de tu zona, dentro o por debajo? No hay respuestas malas.',
  'exercise.regulate.window-of-tolerance.steps.10.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.regulate.window-of-tolerance.steps.11.text':
    'Si estás por encima o por debajo de tu zona, prueba ahora una de las cosas de tu lista. Más tarde, vuelve a mirar cómo estás.',
  'exercise.regulate.window-of-tolerance.steps.12.text':
    'Si esto te trae demasiado, puedes parar aquí. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
} as const satisfies Readonly<Record<string, string>>;
