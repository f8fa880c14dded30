import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Comfort kit (`regulate.dbt-self-soothe`): a self-guided plan of one comforting thing for each
 * sense, gathered into a kit for hard moments.
 *
 * TIPP (cold water, intense exercise) is left out on purpose: it needs a medical caution gate
 * (heart conditions, beta-blockers, eating disorders) that a script cannot express. Taste can be
 * skipped (eating disorders); the text says plainly that alcohol and drugs are not soothing.
 * Original wording; DBT handouts are not reproduced.
 *
 * @example
 * ```ts
 * regulateSelfSootheKit.focus; // => ['writing']
 * ```
 * @category Exercises
 */
export const regulateSelfSootheKit = {
  id: 'regulate.self-soothe-kit',
  title: 'Comfort kit',
  technique: 'regulate',
  protocol: 'regulate.dbt-self-soothe',
  delivery: 'self',
  durationSeconds: { standard: 365, 'trauma-sensitive': 320, brief: 215 },
  focus: ['writing'],
  suitedStrategies: ['hyperactivating', 'disorganised', 'deactivating'],
  indications: ['emotion-dysregulation', 'anxiety', 'unresolved-trauma'],
  contraindications: [],
  summary: 'Plan one comforting thing for each sense, so it is ready when times are hard.',
  steps: [
    {
      kind: 'say',
      text: 'When things feel hard, it helps to have comfort ready ahead of time. Let us plan a small comfort kit. You can skip any sense and stop at any time.',
    },
    {
      kind: 'say',
      text: 'You are the expert on what comforts you. There are no right answers here.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Sight: what do you like to look at? Maybe a photo, the sky, or a plant.',
      seconds: 32,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Sound: what is nice to hear? Maybe a song, rain, or a voice you trust.',
      seconds: 40,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Smell: what smell calms you? Maybe soap, tea, or fresh air.',
      seconds: 40,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Taste: is there a taste that comforts you, like mint or a warm drink? If food is hard for you, skip this one.',
      seconds: 40,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Touch: what feels good to touch? Maybe a soft blanket, a smooth stone, or a pet.',
      seconds: 32,
    },
    {
      kind: 'say',
      text: 'Alcohol and drugs can seem to help, but they often make hard times worse. Please leave them out of your kit.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Where will you keep your kit? It could be a box, a bag, or a list on your phone.',
      seconds: 30,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If you like, try one comfort from your list right now. Notice how it feels.',
      seconds: 45,
      variants: ['standard'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If planning this stirs up hard feelings, you can stop. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.linehan2015],
  version: '1.0.0',
} as const satisfies ExerciseScript;
