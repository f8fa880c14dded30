import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Getting ready for a break or ending (`corrective.planned-ending`): a guided reflection before a
 * planned break or the end of therapy: feelings about it, what has changed, what to take along,
 * early warning signs, and who to turn to (including crisis options).
 *
 * Guided use only, between sessions inside a clinician-connected programme; the ending
 * conversation itself happens in session (a conservative choice). Separation can stir strong feelings, especially for anxious or fearful
 * clients, so the script has a grounding exit.
 *
 * @example
 * ```ts
 * correctivePlannedEnding.delivery; // => 'guided'
 * ```
 * @category Exercises
 */
export const correctivePlannedEnding = {
  id: 'corrective.planned-ending',
  title: 'Getting ready for a break or ending',
  technique: 'corrective',
  protocol: 'corrective.planned-ending',
  delivery: 'guided',
  durationSeconds: { standard: 580, 'trauma-sensitive': 585, brief: 340 },
  focus: ['relational', 'writing'],
  suitedStrategies: ['hyperactivating', 'disorganised', 'deactivating', 'security-based'],
  indications: ['relationship-distress', 'grief-loss', 'loneliness'],
  contraindications: [],
  summary: 'Prepare for a break in therapy, or its end, with a plan for what comes next.',
  steps: [
    {
      kind: 'say',
      text: 'Your therapy will have a break, or come to an end, soon. Many people have mixed feelings about that. This practice helps you get ready. You can stop at any time.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'How do you feel about the break or the ending? Any feeling is okay. You might feel sad, relieved, worried or angry, or all of these.',
      seconds: 90,
    },
    {
      kind: 'say',
      text: 'Take this at your own pace. You can write a word or two for each question, or skip one.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What has changed for you since you started? Think of small changes too.',
      seconds: 120,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What will you take with you? It might be skills, ideas, or words that helped.',
      seconds: 78,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What might be hard while you are not in therapy? What are the first signs that you are starting to struggle?',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Who can you turn to? List people, places and services. Add your local crisis line and emergency number.',
      seconds: 90,
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If this brings up strong feelings, you can stop. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
    {
      kind: 'say',
      text: 'Please bring this to your next session. You and your therapist can talk about it, update your safety plan, and plan any follow-up.',
    },
  ],
  therapistNotes: [
    'Assign after giving advance notice of the break or ending; the ending conversation itself belongs in session.',
    'Invite and normalise feelings about separation; hyperactivating and fearful clients are the most sensitive to breaks and endings.',
    'Review gains and what the client will take with them; agree follow-up or booster sessions.',
    'Update the safety plan (warning signs, coping strategies, people and places, professionals and crisis lines, making the environment safe) with the client.',
  ],
  safetyNote: 'This practice does not replace talking with your therapist. The help below is there during a break too.',
  citations: [SOURCES.bowlby1973, SOURCES.stanleyBrown2012],
  version: '1.0.0',
} as const satisfies ExerciseScript;
