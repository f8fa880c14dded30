// Spanish for the exercise script `regulate.paced-breathing` (English source: src/exercises/scripts/regulate-paced-breathing.ts).
export default {
  'exercise.regulate.paced-breathing.title': 'Respirar lento y suave',
  'exercise.regulate.paced-breathing.summary': 'Unos minutos de respiración lenta y suave para ayudar a tu cuerpo a calmarse.',
  'exercise.regulate.paced-breathing.safetyNote':
    'Esta práctica no reemplaza la atención de un médico o de un terapeuta. Si tienes un problema de corazón o de pulmones, pregunta a un médico antes de hacer prácticas de respiración.',
  'exercise.regulate.paced-breathing.steps.0.text':
    'Busca una forma de sentarte o de estar de pie que te resulte cómoda. Puedes tener los ojos abiertos y dejar la mirada en un punto.',
  'exercise.regulate.paced-breathing.steps.1.text':
    'Aquí mandas tú. Puedes parar cuando quieras. Si hoy la respiración no te hace bien, puedes dejar tu atención en tus pies.',
  'exercise.regulate.paced-breathing.steps.2.text': '¿Cuánto malestar sientes ahora mismo? Elige un número del 0, calma, al 10, el mayor malestar.',
  'exercise.regulate.paced-breathing.steps.3.text': 'Vamos a respirar lento y suave, no hondo. Deja que la salida del aire dure un poco más que la entrada.',
  'exercise.regulate.paced-breathing.steps.4.text':
    'Vamos a respirar lento y suave. No hay una forma correcta. Cualquier ritmo que te resulte cómodo está bien.',
  'exercise.regulate.paced-breathing.steps.5.text': 'Toma aire por la nariz contando hasta cuatro. Suelta el aire despacio contando hasta seis.',
  'exercise.regulate.paced-breathing.steps.6.text':
    'Toma aire contando hasta tres, si te resulta cómodo. Suelta el aire con suavidad contando hasta cinco. Sigue mirando la sala si quieres.',
  'exercise.regulate.paced-breathing.steps.7.text': 'Toma aire contando hasta cuatro. Suelta el aire despacio contando hasta seis.',
  'exercise.regulate.paced-breathing.steps.8.text': 'Si te mareas o sientes opresión, vuelve a tu respiración normal. Está bien.',
  'exercise.regulate.paced-breathing.steps.9.text': 'Ahora apoya bien los pies en el suelo un momento. Nota cómo el suelo te sostiene.',
  'exercise.regulate.paced-breathing.steps.11.text': '¿Cuánto malestar sientes ahora, del 0 al 10? Cualquier cambio está bien, y también que no haya cambio.',
  'exercise.regulate.paced-breathing.steps.12.text':
    'Si quieres parar, está bien. Deja que tu respiración vuelva a ser normal. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Toca algo cerca de ti y nota su tacto. Estás aquí, en esta sala, ahora mismo.',
  'exercise.regulate.paced-breathing.steps.13.text': 'Gracias por darte este tiempo, {name}. Puedes volver a esta respiración cuando lo necesites.',
} as const satisfies Readonly<Record<string, string>>;
