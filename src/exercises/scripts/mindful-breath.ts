import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Resting your attention (`mindful.breath`): a short self-guided mindfulness practice with a
 * choice of anchor (breath, sounds, feet or hands), kindly returning when the mind wanders, and
 * widening to the room at the end.
 *
 * Trauma-sensitive by default: the breath is only one anchor among several (it can trigger panic
 * or trauma memories), eyes may stay open, sessions start short (unwanted effects were more common
 * over 20 minutes and when practising alone). Screened for psychosis, severe dissociation and
 * acute crisis, when practice should pause. A core MBCT practice; a short standalone version has
 * not itself been trialled.
 *
 * @example
 * ```ts
 * mindfulBreath.durationSeconds.standard <= 600; // => true
 * ```
 * @category Exercises
 */
export const mindfulBreath = {
  id: 'mindful.breath',
  title: 'Resting your attention',
  technique: 'mindful',
  protocol: 'mindful.breath',
  delivery: 'self',
  durationSeconds: { standard: 315, 'trauma-sensitive': 205, brief: 155 },
  focus: ['breath'],
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['depression', 'anxiety', 'emotion-dysregulation'],
  contraindications: [SCREENING_QUESTIONS.psychosis, SCREENING_QUESTIONS['severe-dissociation'], SCREENING_QUESTIONS['current-crisis']],
  summary: 'Rest your attention on one steady thing, and gently come back when your mind wanders.',
  steps: [
    {
      kind: 'say',
      text: 'Find a way to sit that feels okay. You can keep your eyes open and let your gaze rest low, or close them if you like. You can move or stop at any time.',
    },
    {
      kind: 'say',
      text: 'Choose something steady to rest your attention on. It could be your breath, the sounds around you, your feet on the floor, or your hands in your lap.',
    },
    {
      kind: 'say',
      text: 'If the breath feels uneasy for you, choose sounds, feet or hands. Keeping your eyes open is a good choice too.',
      variants: ['trauma-sensitive'],
    },
    { kind: 'say', text: 'Let your attention rest there. There is nothing to fix and no right way to feel.' },
    { kind: 'pause', seconds: 30, variants: ['standard'] },
    { kind: 'pause', seconds: 20, variants: ['trauma-sensitive', 'brief'] },
    {
      kind: 'say',
      text: 'Your mind will wander. That is what minds do. When you notice it has wandered, notice where it went. Then kindly bring it back.',
    },
    { kind: 'pause', seconds: 45, variants: ['standard'] },
    { kind: 'pause', seconds: 20, variants: ['trauma-sensitive', 'brief'] },
    {
      kind: 'say',
      text: 'If you feel uneasy, you can open your eyes, look around the room, or move your body. Choosing to do that is part of the practice.',
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'pause', seconds: 45, variants: ['standard'] },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?', variants: ['trauma-sensitive'] },
    { kind: 'pause', seconds: 20, variants: ['trauma-sensitive'] },
    { kind: 'say', text: 'Each time you come back counts. Coming back is the practice.', variants: ['standard'] },
    { kind: 'pause', seconds: 60, variants: ['standard'] },
    {
      kind: 'say',
      text: 'Now let your attention widen to the whole room. Notice the light, the sounds and the space around you.',
    },
    { kind: 'pause', seconds: 10 },
    { kind: 'check-in', text: 'How do you feel now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If this feels like too much, you can stop. Open your eyes. Look around and name three things you can see. Press your feet into the floor. Touch something near you. Take one slow breath out.',
      seconds: 40,
    },
    { kind: 'say', text: 'Thank you for practicing, {name}. A few minutes is enough. You can come back to this any time.' },
  ],
  safetyNote:
    'This practice does not replace care from a doctor or therapist. If it brings up panic, old memories, or a sense of not being real, stop and ground yourself.',
  citations: [SOURCES.kuyken2016, SOURCES.treleaven2018, SOURCES.cebolla2017, SOURCES.dobkin2012],
  version: '1.0.0',
} as const satisfies ExerciseScript;
