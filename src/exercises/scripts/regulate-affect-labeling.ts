import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Name it (`regulate.affect-labeling`): a short self-guided practice to notice a feeling, find a
 * word that fits, and rate how strong it is.
 *
 * It asks people to notice where a feeling sits in the body, so it is screened and has a
 * grounding exit like other body-focused steps (a conservative choice: the skill itself is
 * low risk). Evidence is from laboratory studies of affect labeling, not clinical trials.
 *
 * @example
 * ```ts
 * regulateAffectLabeling.contraindications.map((c) => c.contraindication); // => ['severe-dissociation', 'substance-intoxication']
 * ```
 * @category Exercises
 */
export const regulateAffectLabeling = {
  id: 'regulate.affect-labeling',
  title: 'Name it',
  technique: 'regulate',
  protocol: 'regulate.affect-labeling',
  delivery: 'self',
  durationSeconds: { standard: 225, 'trauma-sensitive': 155, brief: 105 },
  focus: ['cognitive'],
  suitedStrategies: ['deactivating', 'hyperactivating'],
  indications: ['emotion-dysregulation', 'anxiety', 'depression'],
  contraindications: [SCREENING_QUESTIONS['severe-dissociation'], SCREENING_QUESTIONS['substance-intoxication']],
  summary: 'Pause, notice a feeling, and find a word for it.',
  steps: [
    {
      kind: 'say',
      text: 'This is a short practice to notice a feeling and give it a name. You can keep your eyes open. You can stop at any time.',
    },
    { kind: 'say', text: 'Take a moment to pause. Let yourself slow down a little.', variants: ['standard', 'trauma-sensitive'] },
    { kind: 'pause', seconds: 5 },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If you like, notice your body. Is there a place where you feel something? It might be your chest, your belly, your throat or your hands. It is fine if you notice nothing.',
      seconds: 20,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If it feels okay, notice one part of your body, such as your hands. You can skip this step. You can also just look around the room.',
      seconds: 15,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'What word fits this feeling best? You could try sad, angry, scared, ashamed, lonely, tired, calm or glad. Any word is fine, even "I don\'t know".',
      seconds: 25,
    },
    {
      kind: 'check-in',
      text: 'How strong is this feeling right now, from 0, not at all, to 10, the strongest?',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'If you like, write down what set off the feeling, and what it makes you want to do.',
      seconds: 60,
      variants: ['standard'],
    },
    {
      kind: 'say',
      text: 'Naming a feeling does not mean you have to act on it. It is just a way to see it more clearly.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Now look around and find one thing in the room that you like the look of. Rest your eyes on it.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'grounding-exit',
      text: 'If the feeling gets too big, you can stop. Look around and name three things you can see. Press your feet into the floor. Touch something near you and notice how it feels. Take one slow breath out.',
      seconds: 40,
    },
    { kind: 'say', text: 'Well done. You can come back to this whenever a feeling is hard to make sense of.' },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.lieberman2007, SOURCES.torreLieberman2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
