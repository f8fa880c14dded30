import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * RAIN (`mindful.rain`): a self-guided practice for a difficult feeling: Recognize it, Allow it,
 * Investigate it with kindness, Nurture yourself, then rest.
 *
 * The Investigate step can deepen into traumatic material, so it is kept brief and optional, the
 * trauma-sensitive variant skips the body part of it, and the script returns to Nurture or the
 * grounding exit. Backdraft (old pain coming up with kindness) is named. Original wording (Brach's
 * guided versions are not reproduced); no trials of RAIN were found.
 *
 * @example
 * ```ts
 * mindfulRain.focus; // => ['body', 'cognitive']
 * ```
 * @category Exercises
 */
export const mindfulRain = {
  id: 'mindful.rain',
  title: 'RAIN for a hard feeling',
  technique: 'mindful',
  protocol: 'mindful.rain',
  delivery: 'self',
  durationSeconds: { standard: 315, 'trauma-sensitive': 295, brief: 185 },
  focus: ['body', 'cognitive'],
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['low-self-worth', 'depression', 'anxiety', 'emotion-dysregulation'],
  contraindications: [SCREENING_QUESTIONS['severe-dissociation'], SCREENING_QUESTIONS['current-crisis'], SCREENING_QUESTIONS['recent-trauma']],
  summary: 'Four gentle steps to meet a hard feeling with kindness.',
  steps: [
    {
      kind: 'say',
      text: 'RAIN is four steps for a hard feeling. R is recognize. A is allow. I is investigate, which means look closer. N is nurture, which means care for yourself. You can keep your eyes open. You can stop at any step.',
    },
    {
      kind: 'say',
      text: 'Pick a feeling that is hard but not the hardest. A small or medium one is best for practice.',
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Recognize. What is here right now? Name it simply, like "worry is here" or "this is shame".',
      seconds: 30,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Allow. See if you can let the feeling be here for a moment, without pushing it away or fixing it. You might say to yourself, "It is okay to feel this."',
      seconds: 30,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Investigate, which means look closer, with kindness. Where do you feel this in your body? What does this feeling need most? Stay only as long as it feels okay.',
      seconds: 45,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Investigate gently. You can skip the body part. Just ask: what does this feeling need most?',
      seconds: 30,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'check-in',
      text: 'How upset do you feel now, from 0 to 10? If it is 7 or more, go to the grounding step.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Nurture. Offer yourself what is needed. It might be kind words, like "I am here for you". You might place a hand where it feels good, if you like touch.',
      seconds: 35,
    },
    {
      kind: 'say',
      text: 'Sometimes kindness brings up old pain for a while. That is common. Go slowly, and return to your hands or feet if you need to.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now rest for a moment. Notice the room around you, and how you feel after the four steps.',
      seconds: 30,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'grounding-exit',
      text: 'You can stop at any time. Open your eyes if they are closed. Look around and name three things you can see. Press your feet into the floor. Touch something near you. Take one slow breath out.',
      seconds: 40,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist. If a feeling or memory gets too strong, stop and ground yourself.',
  citations: [SOURCES.brach2020, SOURCES.gilbert2011],
  version: '1.0.0',
} as const satisfies ExerciseScript;
