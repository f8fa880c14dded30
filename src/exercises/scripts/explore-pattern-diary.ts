import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * My relationship patterns (`explore.pattern-formulation`): a guided diary of one recent
 * upsetting moment with someone: trigger, feelings, thoughts about self and other, what you did,
 * whether it feels familiar, what it cost, and a small experiment to test the expectation.
 *
 * Guided delivery; the material feeds the shared formulation in session. The optional "does this
 * feel familiar" step touches early memories (headlines only), so it is screened and has a
 * grounding exit. Plain words replace "hyperactivating" and "deactivating" (moving closer or
 * pulling away).
 *
 * @example
 * ```ts
 * explorePatternDiary.protocol; // => 'explore.pattern-formulation'
 * ```
 * @category Exercises
 */
export const explorePatternDiary = {
  id: 'explore.pattern-diary',
  title: 'My relationship patterns',
  technique: 'explore',
  protocol: 'explore.pattern-formulation',
  delivery: 'guided',
  durationSeconds: { standard: 585, 'trauma-sensitive': 525, brief: 295 },
  focus: ['relational', 'cognitive', 'writing', 'memory'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
  indications: ['relationship-distress', 'interpersonal-conflict', 'depression', 'anxiety', 'low-self-worth'],
  contraindications: [SCREENING_QUESTIONS['current-crisis'], SCREENING_QUESTIONS['severe-dissociation']],
  summary: 'Look at one recent hard moment with someone, and the pattern behind it.',
  steps: [
    {
      kind: 'say',
      text: 'This diary helps you spot patterns in how you react to people. You will look at one recent moment. There is no need to close your eyes. You can stop at any time, and you can skip any question.',
    },
    {
      kind: 'say',
      text: 'Take breaks whenever you like. You can write a word or two for each question, or skip it.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Think of a recent moment with someone that upset you. Choose a medium one, not the worst. What happened just before you got upset?',
      seconds: 90,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What did you feel? Name one or more feelings, like hurt, scared, angry or alone.',
      seconds: 45,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What did you think about yourself in that moment? What did you expect the other person to do or feel?',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What did you do? Did you move closer, ask for comfort, or push for an answer? Or did you pull away, go quiet, or keep busy?',
      seconds: 60,
    },
    {
      kind: 'say',
      text: 'Both moving closer and pulling away are ways people learn to cope. They made sense once. They can also cost us now.',
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Only if you like: does this feel familiar from earlier in your life? A headline is enough. You do not need to go into the memory.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What did this way of coping cost you this time?',
      seconds: 45,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What small step could you try next time, to test whether your fear comes true? Write one idea to talk over in your session.',
      seconds: 60,
      variants: ['standard'],
    },
    {
      kind: 'grounding-exit',
      text: 'If this stirs up old memories or strong feelings, you can stop. Put the diary away. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 35,
    },
    { kind: 'say', text: 'Thank you. Please bring this to your next session, so you can look at the pattern together.' },
  ],
  therapistNotes: [
    'Guided delivery: the diary feeds the shared formulation (trigger, expectation of self and other, strategy, cost).',
    'Name the strategy with the client in plain words first; introduce "hyperactivating" and "deactivating" only if useful.',
    'Keep hypotheses tentative, avoid blaming caregivers, and attend to cultural context.',
    'Agree a behavioural experiment in session to test the expectation; review it the following week.',
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.mikulincerShaver2003, SOURCES.wallin2007, SOURCES.levy2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
