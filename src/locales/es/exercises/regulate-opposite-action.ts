// Spanish for the exercise script `regulate.opposite-action` (English source: src/exercises/scripts/regulate-opposite-action.ts).
export default {
  'exercise.regulate.opposite-action.title': 'Prueba lo contrario',
  'exercise.regulate.opposite-action.summary': 'Cuando una emoción te empuja a hacer algo que no te va a ayudar, planea un pequeño paso contrario.',
  'exercise.regulate.opposite-action.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.regulate.opposite-action.steps.0.text':
    'Las emociones traen impulsos. El miedo dice: escóndete. La vergüenza dice: no digas nada. La tristeza dice: quédate en la cama. El enojo dice: ataca. A veces el impulso ayuda. A veces nos deja sin salida.',
  'exercise.regulate.opposite-action.steps.1.text': 'Esta práctica es un plan, no un examen. Puedes parar cuando quieras, y tú eliges el tamaño del paso.',
  'exercise.regulate.opposite-action.steps.2.text': 'Piensa en una emoción reciente que fue difícil. No la más difícil. ¿Qué emoción era? Ponle un nombre.',
  'exercise.regulate.opposite-action.steps.3.text':
    'Revisa los hechos. ¿Qué pasó? ¿La emoción encaja con lo que pasó? ¿Encaja su tamaño, o es más grande que los hechos?',
  'exercise.regulate.opposite-action.steps.4.text':
    'Si corres un peligro real, tu miedo está haciendo su trabajo. Ponte a salvo, y no uses esta práctica para esa emoción.',
  'exercise.regulate.opposite-action.steps.5.text': '¿Qué te empujaba a hacer la emoción? Escribe el impulso.',
  'exercise.regulate.opposite-action.steps.6.text':
    'Aquí tienes algunos pasos contrarios. Para el miedo, acércate un poco a lo que temes, si es seguro. Para la vergüenza, cuéntale un poco a alguien de confianza. Para la tristeza, haz una pequeña cosa activa. Para el enojo, da un paso atrás y sé un poco amable.',
  'exercise.regulate.opposite-action.steps.7.text': '¿Qué pequeño paso contrario podrías dar? Elige un paso posible, no perfecto.',
  'exercise.regulate.opposite-action.steps.8.text': 'Tú eliges. Si un paso parece muy grande, hazlo más pequeño. Está bien no elegir ningún paso hoy.',
  'exercise.regulate.opposite-action.steps.9.text': '¿Cuándo lo vas a probar? ¿Cómo lo harás del todo, con tu cara, tu voz y tu cuerpo?',
  'exercise.regulate.opposite-action.steps.10.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.regulate.opposite-action.steps.11.text':
    'Si esto te remueve demasiado, puedes parar. Guarda el plan por ahora. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.regulate.opposite-action.steps.12.text': 'Después de probar tu paso, nota qué le pasó a la emoción. Los pasos pequeños suman.',
  'exercise.regulate.opposite-action.contraindications.0.question': '¿Tienes ahora mismo pensamientos de quitarte la vida?',
} as const satisfies Readonly<Record<string, string>>;
