import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * The zone where you can cope (`regulate.window-of-tolerance`): a self-guided introduction to the three
 * zones (too high, just right, too low), a list of one's own signs, and a matching skill for each
 * zone; the brief variant is the daily one-minute zone check-in.
 *
 * Plain words replace the clinical terms ("window of tolerance", hyper- and hypoarousal). The
 * model is clinical theory (Siegel 1999; Ogden et al. 2006), not a trial-tested intervention; the
 * text avoids implying a "broken" nervous system.
 *
 * @example
 * ```ts
 * regulateWindowOfTolerance.focus; // => ['cognitive', 'writing']
 * ```
 * @category Exercises
 */
export const regulateWindowOfTolerance = {
  id: 'regulate.window-of-tolerance',
  title: 'The zone where you can cope',
  technique: 'regulate',
  protocol: 'regulate.window-of-tolerance',
  delivery: 'self',
  durationSeconds: { standard: 450, 'trauma-sensitive': 455, brief: 70 },
  focus: ['cognitive', 'writing'],
  suitedStrategies: ['disorganised', 'hyperactivating', 'deactivating'],
  indications: ['unresolved-trauma', 'anxiety', 'emotion-dysregulation', 'depression'],
  contraindications: [],
  summary: 'Learn the signs that you are in, above or below the zone where you can cope, and what helps.',
  steps: [
    {
      kind: 'say',
      text: 'Everyone has a zone where feelings can be strong and you can still think and cope. Some call it the window of tolerance. It is not about keeping away from hard feelings. You can skip any part of this, and stop at any time.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Above the zone, things feel too much. Your heart may race, your thoughts may speed up, or you may feel panic or anger.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Below the zone, things feel too little. You may feel numb, flat, far away, or shut down.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Moving out of the zone is not a failure. It is how bodies protect us. The zone can also grow wider with practice.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write down two or three signs that tell you that you are above your zone. Think of your body, your thoughts and what you do.',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Now write two or three signs that you are below your zone.',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What helps you calm down when things feel too much? You might choose slow breathing, a walk, or talking to someone. Write one or two.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What helps you come back when you feel numb or far away? You might choose the five senses practice, cold water on your hands, or moving your body. Write one or two.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Take a short break if you need one. Look around the room and notice one thing that is blue.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Where are you right now: above your zone, in it, or below it? There is no wrong answer.',
      seconds: 15,
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'say',
      text: 'If you are above or below your zone, try one of the skills on your list now. Then check in again later.',
    },
    {
      kind: 'grounding-exit',
      text: 'If this brings up too much, you can stop here. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.siegel1999, SOURCES.ogden2006, SOURCES.treleaven2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
