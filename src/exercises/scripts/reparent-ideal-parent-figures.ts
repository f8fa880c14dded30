import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Imagined caring parents (`reparent.ideal-parent-figures`): a therapist-read frame for Ideal
 * Parent Figure imagery: the person imagines being a young child with imagined parents (not their
 * real parents) who offer safety, attunement, comfort, delight and support for exploring.
 *
 * Therapist-only. This is an original, generic frame for clinicians trained in the method, not
 * the Brown & Elliott protocol or its transcripts (copyrighted). Evidence is one uncontrolled pilot
 * (n = 17); there is no evidence for unguided use, so apps may only support recall of imagery
 * already built in session.
 *
 * @example
 * ```ts
 * reparentIdealParentFigures.delivery; // => 'therapist'
 * ```
 * @category Exercises
 */
export const reparentIdealParentFigures = {
  id: 'reparent.ideal-parent-figures',
  title: 'Imagined caring parents',
  technique: 'reparent',
  protocol: 'reparent.ideal-parent-figures',
  delivery: 'therapist',
  durationSeconds: { standard: 650, 'trauma-sensitive': 375, brief: 385 },
  focus: ['imagery', 'body'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised'],
  indications: ['relationship-distress', 'unresolved-trauma', 'low-self-worth'],
  contraindications: [
    SCREENING_QUESTIONS['active-suicidality'],
    SCREENING_QUESTIONS['self-harm'],
    SCREENING_QUESTIONS.psychosis,
    SCREENING_QUESTIONS['severe-dissociation'],
    SCREENING_QUESTIONS['substance-intoxication'],
    SCREENING_QUESTIONS['recent-trauma'],
    SCREENING_QUESTIONS['current-crisis'],
    SCREENING_QUESTIONS['unsafe-living-situation'],
  ],
  summary: 'With your therapist, imagine being a small child with parents who are just right for you.',
  steps: [
    {
      kind: 'say',
      text: 'We are going to use your imagination in a gentle way. You can keep your eyes open, or close them if that feels okay. You can stop at any time. Just raise your hand or say stop.',
    },
    {
      kind: 'say',
      text: 'Let your eyes rest on the floor, or on something in the room you like. Keep them open if you prefer. We will go in short steps and check in often.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'breathe',
      pattern: { inhale: 4, exhale: 6 },
      cycles: 4,
      text: 'Let your body settle. Breathe slowly and easily.',
      variants: ['standard', 'brief'],
    },
    { kind: 'say', text: 'Feel your feet on the floor and the chair under you. Notice that you are here with me.', variants: ['trauma-sensitive'] },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If you like, imagine being a small child. You do not need a real memory. Just a sense of being little.',
      seconds: 30,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now imagine parents who are just right for you. They are not your real parents. They are made up, and they are exactly what you need. Notice what they are like.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If you like, bring back the caring parents you have pictured before. Notice them close by.',
      seconds: 45,
      variants: ['brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'These parents keep you safe. Notice what it is like to be protected by them.',
      seconds: 60,
      variants: ['standard', 'brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'They see you and know you. They notice how you feel, and they get it right.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?', variants: ['standard', 'trauma-sensitive'] },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'When you are upset, they comfort you in just the way you like. Let yourself take in their comfort.',
      seconds: 60,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'They are glad you exist. They delight in you, just as you are.',
      seconds: 60,
      variants: ['standard', 'brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'They cheer you on when you want to explore, and they are there when you come back.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If it feels okay, notice how your body feels with these parents near. It is fine to notice nothing.',
      seconds: 45,
      variants: ['standard', 'brief'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?' },
    {
      kind: 'say',
      text: 'Know that you can come back to these parents another time. Now let the picture fade, and open your eyes if they are closed.',
    },
    {
      kind: 'grounding-exit',
      text: "Come back to the room now, or at any time. Open your eyes. Look around and name five things you can see. Press your feet into the floor. Touch the arm of your chair. Say today's date and where you are. You are here with me now.",
      seconds: 60,
    },
    { kind: 'say', text: 'Let us take a few minutes to talk about what that was like for you.' },
  ],
  therapistNotes: [
    'Therapist-only, for clinicians trained in Ideal Parent Figure work. This is an original generic frame; it does not reproduce the Brown & Elliott protocol or transcripts.',
    'Tailor emphasis to what was missing: presence, closeness and soothing after neglect or contact-averse care (often deactivating); support for autonomy and a unique self after over-involved or role-reversing care (often hyperactivating).',
    'Pause after each quality and reflect back what the client describes; amplify positive felt states gently. Use the client’s own words for the imagined parents.',
    'Stop and ground if grief or anger about real parents surges, if real abusive figures intrude, or if dissociation appears. Use eyes open and shorter segments for dissociation-prone clients (trauma-sensitive variant).',
    'Psychosis: as the screening question says, a "yes" (current unusual perceptions) means do not start this script. Attachment imagery has been studied for paranoia only in experimental, non-clinical samples (Sood, Carnelley & Newman-Taylor, 2021); any such use belongs to specialist care, not to this script.',
    'The brief variant is a short recall of imagery already built in earlier sessions; it is the only form an app may support as homework.',
  ],
  safetyNote:
    'This practice is done with your therapist and does not replace their care. If strong feelings come up later, use your grounding skills and contact your therapist.',
  citations: [SOURCES.brownElliott2016, SOURCES.parra2017, SOURCES.sood2021],
  version: '1.0.0',
} as const satisfies ExerciseScript;
