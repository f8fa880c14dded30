// Spanish for the exercise script `explore.genogram` (English source: src/exercises/scripts/explore-genogram.ts).
export default {
  'exercise.explore.genogram.title': 'El mapa de mi familia',
  'exercise.explore.genogram.summary': 'Dibuja un mapa de tu familia, desde tus abuelos hasta ti, y busca patrones.',
  'exercise.explore.genogram.safetyNote': 'Esta práctica no reemplaza la atención de un médico o de un terapeuta.',
  'exercise.explore.genogram.steps.0.text':
    'En esta práctica dibujas un mapa de tu familia. Hay familias de muchas formas. Cuentan las familias reconstituidas, de acogida, adoptivas y elegidas. Puedes dejar fuera a quien quieras, y puedes parar cuando quieras.',
  'exercise.explore.genogram.steps.1.text': 'No hace falta cerrar los ojos, ni saberlo todo. Los huecos y los signos de interrogación están bien.',
  'exercise.explore.genogram.steps.2.text':
    'Ponte en el centro de una hoja. Añade a los adultos de tus primeros años, como {caregiver}. Añade a tus hermanos y hermanas si los tienes.',
  'exercise.explore.genogram.steps.3.text':
    'Añade la generación de arriba: tus abuelos, o las personas que criaron a tus padres. Pon lo que sepas. Deja el resto en blanco.',
  'exercise.explore.genogram.steps.4.text':
    'Traza líneas entre las personas. Usa una línea doble para un lazo cercano, una línea ondulada para uno con tormentas, y una línea cortada para un lazo roto.',
  'exercise.explore.genogram.steps.5.text': '¿Cuánto malestar sientes ahora mismo, del 0, calma, al 10, el mayor malestar?',
  'exercise.explore.genogram.steps.6.text':
    'Añade los grandes sucesos con pocas palabras cada uno: mudanzas, enfermedades, pérdidas, migraciones, y también sucesos felices.',
  'exercise.explore.genogram.steps.7.text': 'Si quieres, añade uno o dos grandes sucesos con una o dos palabras. Puedes dejar fuera lo que duela.',
  'exercise.explore.genogram.steps.8.text':
    'Mira tu mapa. ¿Hay patrones que se repiten de una generación a otra? Por ejemplo, quién tiene un lazo cercano, quién se ha alejado, o cómo vive la gente una pérdida.',
  'exercise.explore.genogram.steps.9.text': '¿Aparece alguno de estos patrones hoy en tus propias relaciones? Solo obsérvalo. Puedes hablarlo en tu sesión.',
  'exercise.explore.genogram.steps.10.text':
    'Si esto te trae pena o enojo, puedes parar. Guarda el mapa. Mira a tu alrededor y nombra tres cosas que veas. Apoya bien los pies en el suelo. Suelta el aire despacio una vez.',
  'exercise.explore.genogram.steps.11.text': 'Gracias. Por favor, trae tu mapa a tu próxima sesión. Pueden terminarlo en equipo.',
  'exercise.explore.genogram.contraindications.0.question':
    'En las últimas semanas, ¿te ha pasado algo que te dio mucho miedo, o ha muerto una persona cercana a ti?',
  'exercise.explore.genogram.contraindications.1.question': '¿Estás en una crisis ahora mismo, o sientes que estás cerca de una?',
} as const satisfies Readonly<Record<string, string>>;
