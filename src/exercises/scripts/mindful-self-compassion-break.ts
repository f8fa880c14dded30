import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * A kind pause (`mindful.self-compassion-break`): a three-to-five-minute self-guided practice
 * for a moderately hard moment, using the three parts of self-compassion: noticing that it hurts,
 * remembering that others struggle too, and offering yourself kindness.
 *
 * Original wording (Neff's exercise wording is not copied). Soothing touch is optional (it can be
 * unwelcome after trauma); starts with a moderate difficulty, never the worst; names backdraft.
 *
 * @example
 * ```ts
 * mindfulSelfCompassionBreak.durationSeconds.brief < 240; // => true
 * ```
 * @category Exercises
 */
export const mindfulSelfCompassionBreak = {
  id: 'mindful.self-compassion-break',
  title: 'A kind pause',
  technique: 'mindful',
  protocol: 'mindful.self-compassion-break',
  delivery: 'self',
  durationSeconds: { standard: 195, 'trauma-sensitive': 190, brief: 115 },
  focus: ['cognitive'],
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['low-self-worth', 'depression', 'anxiety'],
  contraindications: [SCREENING_QUESTIONS['severe-dissociation'], SCREENING_QUESTIONS['current-crisis']],
  summary: 'A short pause to meet a hard moment with kindness.',
  steps: [
    {
      kind: 'say',
      text: 'This is a short pause for a hard moment. You can keep your eyes open. You can stop at any time.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Think of something that is bothering you. Choose something medium, not the worst thing in your life. If you like, notice where you feel it in your body.',
      seconds: 30,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Bring to mind one thing that is bothering you a bit today.',
      seconds: 6,
      variants: ['brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Think of something that is bothering you a little. Choose something small. You do not need to feel it in your body. Just know what it is.',
      seconds: 25,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'First, notice that this is hard. You might say to yourself, "This hurts" or "This is a tough moment."',
      seconds: 10,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Next, remember you are not alone. Many people feel this way. You might say, "Other people feel this too" or "Lots of people have days like this."',
      seconds: 10,
    },
    {
      kind: 'say',
      text: 'If touch feels good to you, you could rest a hand on your chest, your arm, or your other hand. If not, skip it. Both are fine.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Last, offer yourself some kindness. What words do you need to hear right now? You might say, "I can go easy on myself" or "I am doing my best."',
      seconds: 30,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now be kind to yourself, the way you would be with a friend. Try, "May I be gentle with myself."',
      seconds: 10,
      variants: ['brief'],
    },
    {
      kind: 'say',
      text: 'Kindness can feel strange at first. Sometimes it brings up old pain. That is common and it usually passes. Go at your own pace.',
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If this stirs up too much, you can stop. Look around and name three things you can see. Press your feet into the floor. Touch something near you. Take one slow breath out.',
      seconds: 35,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.neffBreak, SOURCES.neff2003, SOURCES.ferrari2019, SOURCES.gilbert2011],
  version: '1.0.0',
} as const satisfies ExerciseScript;
