import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Slow, gentle breathing (`regulate.paced-breathing`): a self-guided practice that lowers
 * arousal with an out-breath a little longer than the in-breath, about six breaths a minute.
 *
 * Coaches slow and gentle, never deep, breathing (deep breathing can cause dizziness in people
 * prone to panic), offers the feet as another anchor, and keeps the eyes open by default. People
 * with heart or lung conditions should ask a doctor first (a caution the contraindication list
 * cannot name). Evidence: physiological effects in nonclinical samples; the effect on negative
 * emotion was marginal (Shao et al. 2024).
 *
 * @example
 * ```ts
 * regulatePacedBreathing.delivery; // => 'self'
 * ```
 * @category Exercises
 */
export const regulatePacedBreathing = {
  id: 'regulate.paced-breathing',
  title: 'Slow, gentle breathing',
  technique: 'regulate',
  protocol: 'regulate.paced-breathing',
  delivery: 'self',
  durationSeconds: { standard: 240, 'trauma-sensitive': 200, brief: 140 },
  focus: ['breath'],
  suitedStrategies: ['hyperactivating', 'disorganised'],
  indications: ['anxiety', 'emotion-dysregulation', 'interpersonal-conflict'],
  contraindications: [],
  summary: 'A few minutes of slow, gentle breathing to help your body settle.',
  steps: [
    { kind: 'say', text: 'Find a way to sit or stand that feels okay. You can keep your eyes open and rest your gaze on one spot.' },
    {
      kind: 'say',
      text: 'You are in charge here. You can stop at any time. If the breath does not feel good today, you can rest your attention on your feet instead.',
    },
    { kind: 'check-in', text: 'How upset do you feel right now? Pick a number from 0, calm, to 10, the most upset.' },
    {
      kind: 'say',
      text: 'We will breathe slowly and gently, not deeply. Let the out-breath be a little longer than the in-breath.',
      variants: ['standard', 'brief'],
    },
    {
      kind: 'say',
      text: 'We will breathe slowly and gently. There is no right way. Any pace that feels okay to you is fine.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'breathe',
      pattern: { inhale: 4, exhale: 6 },
      cycles: 12,
      text: 'Breathe in through your nose for four. Breathe out slowly for six.',
      variants: ['standard'],
    },
    {
      kind: 'breathe',
      pattern: { inhale: 3, exhale: 5 },
      cycles: 8,
      text: 'Breathe in for three, if that feels comfortable. Breathe out softly for five. Keep looking around the room if you like.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'breathe',
      pattern: { inhale: 4, exhale: 6 },
      cycles: 3,
      text: 'Breathe in for four. Breathe out slowly for six.',
      variants: ['brief'],
    },
    { kind: 'say', text: 'If you feel dizzy or tight, go back to your normal breathing. That is okay.' },
    {
      kind: 'say',
      text: 'Now press your feet into the floor for a moment. Notice the floor holding you up.',
      variants: ['trauma-sensitive'],
    },
    { kind: 'pause', seconds: 10, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10? Any change is fine, and so is no change.' },
    {
      kind: 'grounding-exit',
      text: 'If you want to stop, that is okay. Let your breath go back to normal. Look around and name three things you can see. Press your feet into the floor. Touch something near you and notice how it feels. You are here, in this room, right now.',
      seconds: 45,
    },
    { kind: 'say', text: 'Thank you for taking this time, {name}. You can come back to this breath whenever you need it.' },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist. If you have a heart or lung problem, ask a doctor before breathing practice.',
  citations: [SOURCES.zaccaro2018, SOURCES.shao2024, SOURCES.linehan2015],
  version: '1.0.0',
} as const satisfies ExerciseScript;
