import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * A short body check (`mindful.body-scan`, short self-guided form): a brief, trauma-sensitive
 * body scan from the feet up, with a neutral home base (feet or hands), permission to skip any
 * area, and an eyes-open option.
 *
 * Body-focused work is a common trigger after trauma and dissociation, and lasting harms in MBCT
 * were linked to dysregulated arousal, so the self-guided form stays short (about 5 minutes or
 * less); long scans are guided only. Screened for the known risks of body-focused practice (Treleaven, 2018; Britton et al., 2021).
 *
 * @example
 * ```ts
 * mindfulBodyScan.contraindications.length; // => 5
 * ```
 * @category Exercises
 */
export const mindfulBodyScan = {
  id: 'mindful.body-scan',
  title: 'A short body check',
  technique: 'mindful',
  protocol: 'mindful.body-scan',
  delivery: 'self',
  durationSeconds: { standard: 245, 'trauma-sensitive': 195, brief: 145 },
  focus: ['body'],
  suitedStrategies: ['deactivating'],
  indications: ['anxiety', 'depression', 'emotion-dysregulation'],
  contraindications: [
    SCREENING_QUESTIONS.psychosis,
    SCREENING_QUESTIONS['severe-dissociation'],
    SCREENING_QUESTIONS['current-crisis'],
    SCREENING_QUESTIONS['substance-intoxication'],
    SCREENING_QUESTIONS['recent-trauma'],
  ],
  summary: 'Move your attention gently through your body, skipping any part you like.',
  steps: [
    {
      kind: 'say',
      text: 'This is a short, gentle body check. Sit or lie down, whichever feels better. You can keep your eyes open. You can stop at any time.',
    },
    {
      kind: 'say',
      text: 'You choose where your attention goes. You can skip any part of your body. If you feel uneasy, go back to your feet or your hands. That is your home base.',
    },
    {
      kind: 'say',
      text: 'Keep your eyes open and let them rest on something calm in the room. We will only visit your feet, hands and shoulders.',
      variants: ['trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Start with your feet. Notice what is there: warm or cool, touch of socks or floor. You do not need to change anything.',
      seconds: 25,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Move up to your legs, if you like. Notice any weight, tingling, or nothing at all.',
      seconds: 25,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now your hands. Notice your fingers, your palms, and what they are resting on.',
      seconds: 25,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Move to your back and belly, if that feels okay. If not, stay with your hands.',
      seconds: 25,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now your shoulders, neck and face. Notice any tightness. You can let it be, or let it soften.',
      seconds: 25,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'If you feel uneasy, open your eyes wider, move a little, or press your feet down. You can stop here.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now notice your whole body sitting or lying here, all at once.',
      seconds: 6,
      variants: ['standard', 'brief'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?' },
    {
      kind: 'grounding-exit',
      text: 'If you want to stop, that is okay. Open your eyes if they are closed. Move your fingers and toes. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 40,
    },
  ],
  safetyNote:
    'This practice does not replace care from a doctor or therapist. If noticing your body brings up panic, old memories, or a sense of not being real, stop and ground yourself.',
  citations: [SOURCES.britton2021, SOURCES.treleaven2018, SOURCES.baer2019],
  version: '1.0.0',
} as const satisfies ExerciseScript;
