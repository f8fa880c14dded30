import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Kind wishes (`mindful.loving-kindness`): a self-guided loving-kindness practice that starts
 * with someone easy to feel warmth for (a person or a pet), then offers the same simple wishes to
 * oneself, and optionally to others.
 *
 * Starting with the self is often hardest for insecure or self-critical people, so the script
 * starts with a benefactor; grief and backdraft are named; screened for recent trauma or loss and
 * current crisis. Evidence: medium effects on daily positive emotions (Zeng et al. 2015).
 *
 * @example
 * ```ts
 * mindfulLovingKindness.focus; // => ['imagery', 'relational']
 * ```
 * @category Exercises
 */
export const mindfulLovingKindness = {
  id: 'mindful.loving-kindness',
  title: 'Kind wishes',
  technique: 'mindful',
  protocol: 'mindful.loving-kindness',
  delivery: 'self',
  durationSeconds: { standard: 305, 'trauma-sensitive': 225, brief: 180 },
  focus: ['imagery', 'relational'],
  suitedStrategies: ['deactivating', 'hyperactivating'],
  indications: ['depression', 'low-self-worth', 'interpersonal-conflict', 'loneliness'],
  contraindications: [SCREENING_QUESTIONS['recent-trauma'], SCREENING_QUESTIONS['current-crisis']],
  summary: 'Send simple, kind wishes to someone you care about, and then to yourself.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you send kind wishes, first to someone you care about, then to yourself. You can keep your eyes open. You can stop at any time.',
    },
    {
      kind: 'breathe',
      pattern: { inhale: 4, exhale: 6 },
      cycles: 3,
      text: 'Settle in with a few easy breaths.',
      variants: ['standard'],
    },
    { kind: 'say', text: 'Feel your feet on the floor. Let your eyes rest on something in the room.', variants: ['trauma-sensitive'] },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Bring to mind someone who is easy to feel warm toward. It could be a friend, a kind teacher, or a pet. Keep it simple.',
      seconds: 30,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Silently offer them these wishes. May you be safe. May you be well. May you be at ease.',
      seconds: 35,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now, if you like, offer the same wishes to yourself. May I be safe. May I be well. May I be at ease.',
      seconds: 35,
    },
    {
      kind: 'say',
      text: 'Wishing yourself well can feel odd or sad. That is very common. If it feels like too much, go back to the one you care about.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If you want to, widen the circle. Offer the wishes to someone you see now and then, like a neighbor. Then to everyone, everywhere.',
      seconds: 45,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Let the words go. Rest your attention on your breath, your feet, or the sounds around you.',
      seconds: 20,
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If this brings up grief or pain, you can stop. Open your eyes if they are closed. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 35,
    },
  ],
  safetyNote:
    'This practice does not replace care from a doctor or therapist. If you are grieving a recent loss, this may stir up a lot, so go gently or wait.',
  citations: [SOURCES.zeng2015, SOURCES.galante2014, SOURCES.gilbert2011],
  version: '1.0.0',
} as const satisfies ExerciseScript;
