// Spanish for the exercise script `corrective.rupture-repair` (English source: src/exercises/scripts/corrective-rupture-repair.ts).
export default {
  'exercise.corrective.rupture-repair.title': 'Hablar de lo que pasó entre tú y yo',
  'exercise.corrective.rupture-repair.summary': 'Habla con tu terapeuta de un momento en que algo no fue bien entre ustedes.',
  'exercise.corrective.rupture-repair.safetyNote':
    'Esta charla es parte de tu terapia, y no reemplaza el resto de tu atención. Si después surgen emociones fuertes, usa tus recursos para volver al presente.',
  'exercise.corrective.rupture-repair.steps.0.text':
    '¿Puedo comentarte algo? Puede que me equivoque. Me pareció que algo cambió entre tú y yo hace unos minutos. Puedes decir que no, o parar cuando quieras.',
  'exercise.corrective.rupture-repair.steps.1.text': 'Podemos hablarlo ahora, más tarde o nunca. Tú eliges.',
  'exercise.corrective.rupture-repair.steps.2.text': '¿Cómo ha sido para ti estar aquí conmigo hoy?',
  'exercise.corrective.rupture-repair.steps.3.text': 'Gracias por contármelo. Quiero entender cómo lo viviste, así que cuéntame más si puedes.',
  'exercise.corrective.rupture-repair.steps.4.text': '¿Cómo fue para ti ese momento? ¿Qué notaste por dentro?',
  'exercise.corrective.rupture-repair.steps.5.text': 'Está bien decirme cuando algo que hago no te sirve, aunque cueste decirlo. Prefiero saberlo.',
  'exercise.corrective.rupture-repair.steps.6.text':
    'Y si sientes enojo conmigo, también está bien. Podemos verlo en equipo. A veces hay dolor debajo del enojo.',
  'exercise.corrective.rupture-repair.steps.7.text': '¿Hay algo que necesites de mí, o algo que podríamos hacer de otra forma?',
  'exercise.corrective.rupture-repair.steps.8.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.corrective.rupture-repair.steps.9.text': 'Me alegra que hayamos podido hablar de esto. Me importa que nuestro trabajo sea bueno para ti.',
} as const satisfies Readonly<Record<string, string>>;
