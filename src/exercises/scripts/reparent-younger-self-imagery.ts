import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Meeting my younger self (`reparent.younger-self-dialogue`, imagery version): a guided imagery
 * practice in which the adult self meets the younger self at a time they felt a bit sad or alone
 * (never a memory of harm), asks what they need, and offers care, then returns to the present.
 *
 * Guided only (inside a clinician-connected programme): imagery and memory focus, full screening,
 * an eyes-open option throughout, a start ceiling (no imagery when the first check-in is 7 or more),
 * distress check-ins with a stop rule, and a grounding exit. Low
 * empirical base as a standalone technique; it does not rescript harm (imagery rescripting is
 * therapist-led). `{their}`/`{them}` fall back to they/them.
 *
 * @example
 * ```ts
 * reparentYoungerSelfImagery.delivery; // => 'guided'
 * ```
 * @category Exercises
 */
export const reparentYoungerSelfImagery = {
  id: 'reparent.younger-self-imagery',
  title: 'Meeting my younger self',
  technique: 'reparent',
  protocol: 'reparent.younger-self-dialogue',
  delivery: 'guided',
  durationSeconds: { standard: 370, 'trauma-sensitive': 265, brief: 220 },
  focus: ['imagery', 'memory', 'body'],
  startCeiling: 7,
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['low-self-worth', 'depression', 'unresolved-trauma'],
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
  summary: 'Picture your younger self, and offer the care you needed back then.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you will picture yourself as a child and offer some care. You can keep your eyes open, or close them if that feels okay. You can stop at any time.',
    },
    {
      kind: 'say',
      text: 'Please pick a time when you felt a bit sad or alone, not a time when someone hurt you. Memories of harm are for your sessions, with your therapist. If a very painful memory comes up, open your eyes and go to the grounding step.',
    },
    {
      kind: 'say',
      text: 'You can keep your eyes open the whole time. Rest your gaze on the floor in front of you. You choose how close to get to the memory.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'breathe',
      pattern: { inhale: 4, exhale: 6 },
      cycles: 3,
      text: 'First, settle with a few slow, easy breaths.',
      variants: ['standard'],
    },
    { kind: 'say', text: 'Feel your feet on the floor and the seat under you.', variants: ['trauma-sensitive'] },
    {
      kind: 'check-in',
      text: 'Before we start, how upset do you feel, from 0, calm, to 10, the most upset? If it is 7 or more, we will not do the picture today. Go to the grounding step instead.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Picture your younger self at that time. Notice about how old this child is, and where. Notice the look on {their} face.',
      seconds: 45,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Picture your younger self from a little way off, like a photo across the room. You only need a rough outline.',
      seconds: 20,
      variants: ['trauma-sensitive', 'brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now picture the adult you are today, walking over. Ask your younger self: what do you need right now?',
      seconds: 30,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Give {them} what is needed now. It might be kind words, a hug, or just staying close. Let {them} feel that you are on {their} side.',
      seconds: 60,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Offer {them} one kind thing, like a warm word or just sitting close.',
      seconds: 20,
      variants: ['brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Offer your younger self one kind thing, like "I see you" or "It was not your fault". You can offer it from a distance.',
      seconds: 40,
      variants: ['trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10? If it is 7 or more, open your eyes and go to the grounding step.' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'If it feels okay, notice how your body feels as your younger self is cared for. It is fine to notice nothing.',
      seconds: 30,
      variants: ['standard'],
    },
    {
      kind: 'say',
      text: 'Let your younger self know you will come back. Then let the picture fade, and open your eyes if they are closed.',
    },
    {
      kind: 'grounding-exit',
      text: "Come back to the present now, or at any time. Open your eyes. Look around and name five things you can see. Press your feet into the floor. Touch your chair or a table. Say today's date and where you are. You are an adult now, here, in this room.",
      seconds: 50,
    },
    {
      kind: 'say',
      text: 'Thank you for caring for your younger self. Take it easy for a while. You may want to tell your therapist how this went.',
    },
  ],
  therapistNotes: [
    'Guided delivery only: offer inside a clinician-connected programme after the person has practised grounding and the window-of-tolerance check-in.',
    'Use memories of unmet needs only (a time the child felt sad or alone), never memories of abuse or harm: the script offers no rescripting of harm, which belongs in session with a trained therapist (imagery rescripting; Morina et al., 2017).',
    'The session runner does not go on when the first check-in is 7 or more (`startCeiling`): grounding is offered instead.',
    'A distress rating of 7 or more, dissociation, or intrusions of real abusive figures should stop the exercise and trigger grounding and a follow-up contact.',
    'Some clients feel contempt for the child self; for them, and for strongly deactivating clients, start with the letter or photo version.',
    'Review the experience at the next session (what was needed, what was offered, what the body noticed).',
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist. If memories feel too much, stop, ground yourself, and contact your therapist.',
  citations: [SOURCES.youngKloskoWeishaar2003, SOURCES.morina2017, SOURCES.kip2023],
  version: '1.0.0',
} as const satisfies ExerciseScript;
