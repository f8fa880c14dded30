import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * A letter to my younger self (`reparent.younger-self-dialogue`, letter version): a self-guided
 * writing practice in which the adult self writes to the younger self about a mildly upsetting
 * time, offering the comfort, protection or understanding that was needed.
 *
 * Self-guided, only the letter or photo version is offered, with safeguards: screening, a
 * grounding exit, and "not the worst memory". Low empirical base as a standalone technique; it
 * overlaps with imagery rescripting (Morina et al., 2017) and schema-therapy chairwork (Young,
 * Klosko & Weishaar, 2003).
 *
 * @example
 * ```ts
 * reparentYoungerSelfLetter.focus; // => ['memory', 'writing']
 * ```
 * @category Exercises
 */
export const reparentYoungerSelfLetter = {
  id: 'reparent.younger-self-letter',
  title: 'A letter to my younger self',
  technique: 'reparent',
  protocol: 'reparent.younger-self-dialogue',
  delivery: 'self',
  durationSeconds: { standard: 585, 'trauma-sensitive': 425, brief: 300 },
  focus: ['memory', 'writing'],
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['low-self-worth', 'depression'],
  contraindications: [
    SCREENING_QUESTIONS['active-suicidality'],
    SCREENING_QUESTIONS['self-harm'],
    SCREENING_QUESTIONS['severe-dissociation'],
    SCREENING_QUESTIONS['substance-intoxication'],
    SCREENING_QUESTIONS['recent-trauma'],
    SCREENING_QUESTIONS['current-crisis'],
    SCREENING_QUESTIONS['unsafe-living-situation'],
  ],
  summary: 'Write a kind letter to yourself as a child, about a time that was a bit hard.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you write a short letter to yourself when you were younger. There is no need to close your eyes. You can stop at any time, and you can come back another day.',
    },
    {
      kind: 'say',
      text: 'Please choose a time that was a bit hard, not the hardest. This is not the place for the most painful memories. Those are best explored with a therapist.',
    },
    {
      kind: 'say',
      text: 'If you like, you can use a photo of yourself as a child instead of a memory.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'You are in charge of how much you remember. Headlines are enough. You do not need the details.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Think of your younger self at that time. How old were you? Where were you? What might you have been feeling?',
      seconds: 45,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Think of your younger self, just in outline. About how old were you? You can keep looking around the room as you think.',
      seconds: 30,
      variants: ['trauma-sensitive', 'brief'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset? If it is 7 or more, go to the grounding step.' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'What did that child need? Maybe comfort, safety, someone to listen, or to hear that it was not {their} fault. You can offer some of that now, in your letter.',
      seconds: 45,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Now write to your younger self, as the adult you are today. Start with "Dear younger me". Say what you understand now. Offer the words or care {they} needed.',
      seconds: 300,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write a few kind lines to your younger self, as the adult you are today. Even one sentence is enough.',
      seconds: 150,
      variants: ['trauma-sensitive', 'brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Read your letter back slowly, if you like. Notice how it feels to be on your own side.',
      seconds: 40,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Sometimes kindness brings up old pain or grief. That is common, and it can pass. Be gentle with yourself for the rest of the day.',
    },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?' },
    {
      kind: 'grounding-exit',
      text: "You can stop and come back to the present at any time. Put down your pen. Look around and name five things you can see. Press your feet into the floor. Touch something near you. Say today's date to yourself. You are an adult now, here, in this room.",
      seconds: 50,
    },
  ],
  safetyNote:
    'This practice does not replace care from a doctor or therapist. If old memories feel too much, stop and talk with someone you trust or a therapist.',
  citations: [SOURCES.youngKloskoWeishaar2003, SOURCES.morina2017],
  version: '1.0.0',
} as const satisfies ExerciseScript;
