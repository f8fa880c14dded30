// Spanish for the exercise script `regulate.grounding-54321` (English source: src/exercises/scripts/regulate-grounding-54321.ts).
export default {
  'exercise.regulate.grounding-54321.title': 'Volver al presente con los cinco sentidos',
  'exercise.regulate.grounding-54321.summary': 'Usa tus cinco sentidos para volver al aquí y ahora.',
  'exercise.regulate.grounding-54321.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Por favor, no la uses mientras conduces.',
  'exercise.regulate.grounding-54321.steps.0.text':
    'Esta práctica te ayuda a volver al aquí y ahora. Ten los ojos abiertos todo el tiempo. Puedes parar cuando quieras.',
  'exercise.regulate.grounding-54321.steps.1.text': 'Si ahora te cuesta usar un sentido, sáltalo. Usa solo los que te ayuden.',
  'exercise.regulate.grounding-54321.steps.2.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.regulate.grounding-54321.steps.3.text': 'Mira a tu alrededor. Nombra cinco cosas que veas. Puedes decirlas en voz alta o por dentro.',
  'exercise.regulate.grounding-54321.steps.6.text':
    'Ahora busca cuatro cosas que puedas sentir con el tacto. Pueden ser tus pies en el suelo, tu espalda en la silla o el aire en tu piel.',
  'exercise.regulate.grounding-54321.steps.9.text': 'Escucha tres sonidos. Pueden estar cerca o lejos.',
  'exercise.regulate.grounding-54321.steps.12.text': 'Nota dos cosas que puedas oler. Si no hueles nada, piensa en dos olores que te gusten.',
  'exercise.regulate.grounding-54321.steps.14.text': 'Nota una cosa que puedas saborear, o piensa en un sabor que te guste.',
  'exercise.regulate.grounding-54321.steps.16.text': 'Di para ti qué día es y dónde estás. Di una cosa que veas desde donde estás.',
  'exercise.regulate.grounding-54321.steps.17.text': 'Suelta el aire despacio una vez. Nota si te sientes un poco más aquí.',
  'exercise.regulate.grounding-54321.steps.18.text': '¿Cuánto malestar sientes ahora, del 0 al 10?',
  'exercise.regulate.grounding-54321.steps.19.text':
    'Si todavía te sientes lejos o con mucho malestar, ponte de pie y muévete. Camina por la sala. Sostén algo fresco en las manos. Busca a alguien de confianza.',
} as const satisfies Readonly<Record<string, string>>;
