import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * My life timeline (`explore.attachment-timeline`): a guided writing practice that maps the
 * grown-ups in one's early life, moves, separations, losses and turning points from birth to now, then
 * notes what was needed and what was received at a few chosen points.
 *
 * Headlines only: it asks for a few words per event, never the details of painful ones, and
 * blanks are welcome. Guided delivery (inside a clinician-connected programme) with full
 * screening and a grounding exit; the timeline is brought to a session. Generic clinical practice,
 * not a trial-tested protocol. `{caregiver}` falls back to neutral wording.
 *
 * @example
 * ```ts
 * exploreAttachmentTimeline.delivery; // => 'guided'
 * ```
 * @category Exercises
 */
export const exploreAttachmentTimeline = {
  id: 'explore.attachment-timeline',
  title: 'My life timeline',
  technique: 'explore',
  protocol: 'explore.attachment-timeline',
  delivery: 'guided',
  durationSeconds: { standard: 660, 'trauma-sensitive': 515, brief: 390 },
  focus: ['memory', 'writing'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'security-based'],
  indications: ['depression', 'relationship-distress', 'interpersonal-conflict', 'grief-loss'],
  contraindications: [
    SCREENING_QUESTIONS['active-suicidality'],
    SCREENING_QUESTIONS['self-harm'],
    SCREENING_QUESTIONS['severe-dissociation'],
    SCREENING_QUESTIONS['substance-intoxication'],
    SCREENING_QUESTIONS['recent-trauma'],
    SCREENING_QUESTIONS['current-crisis'],
    SCREENING_QUESTIONS['unsafe-living-situation'],
  ],
  summary: 'Draw a simple line of your life so far, with the people and changes that mattered.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you draw a simple timeline of your life. You will bring it to your next session. There is no need to close your eyes. You can stop at any time, and you can leave blanks.',
    },
    {
      kind: 'say',
      text: 'Please use headlines only. For a hard time, a few words are enough, like "moved house" or "a loss". You do not need to write what happened.',
    },
    {
      kind: 'say',
      text: 'You decide what goes on the page. It is fine to leave out anything at all. You can keep your eyes on the paper and the room.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Draw a line across a page. Mark "born" at one end and "now" at the other. Add a few ages along the line if that helps.',
      seconds: 60,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Mark the grown-ups in your early life, like {caregiver}. Add other people who mattered, such as a grandparent, a teacher or a coach.',
      seconds: 120,
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset? If it is 7 or more, go to the grounding step.' },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Now mark big changes in a few words each: moves, new schools, times apart from people, losses, and good turning points too.',
      seconds: 150,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'If you like, mark a few big changes in one or two words each. Include good times too. Skip anything you do not want to write.',
      seconds: 75,
      variants: ['trauma-sensitive', 'brief'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Pick one or two points on your line. For each, write what you needed then, and what you got.',
      seconds: 120,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'If it feels okay, pick one point that is not too hard. Write what you needed then, and what you got.',
      seconds: 90,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Look at your line as a whole. Do you notice anything that repeats, then and now? Just notice. You can talk about it in your session.',
      seconds: 60,
      variants: ['standard'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?' },
    {
      kind: 'grounding-exit',
      text: "You can stop and come back to the present at any time. Put the page away. Look around and name five things you can see. Press your feet into the floor. Say today's date to yourself. You are here, now, as the adult you are today.",
      seconds: 50,
    },
    { kind: 'say', text: 'Thank you for your work. Please bring your timeline to your next session. You can add to it later, or not.' },
  ],
  therapistNotes: [
    'Guided delivery: assign inside a clinician-connected programme during assessment and formulation, after a risk check and safety plan.',
    'Headlines only until the client is stabilised; do not ask for trauma details in homework.',
    'Deactivating clients may produce thin or idealised timelines: do not push; ask for one concrete memory in session. Hyperactivating clients may flood: keep the time limits and summarise.',
    'Relatives named on the timeline are third parties: store and share the page with privacy in mind.',
    'Review in session: what was needed and received at the chosen points, and patterns that link then and now.',
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist. If memories feel too much, stop, ground yourself, and talk with your therapist.',
  citations: [SOURCES.bowlby1988, SOURCES.levy2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
