// Small fixture scripts for the engine's unit tests. Their words are test data, not clinical content.
import type { ExerciseScript } from '../../src/exercises/types.js';

/** Every step kind, variant scoping, and `{name}` in the positions the engine supports. */
export const calmBreath = {
  id: 'test.calm-breath',
  title: 'Calm breath',
  technique: 'regulate',
  protocol: 'regulate.paced-breathing',
  delivery: 'self',
  // By the timing rule: standard 115 s, trauma-sensitive 96.8 s, brief 82.2 s (see timeline.test.ts).
  durationSeconds: { standard: 115, 'trauma-sensitive': 97, brief: 82 },
  focus: ['breath'],
  suitedStrategies: ['hyperactivating'],
  indications: ['anxiety'],
  contraindications: [],
  summary: 'A short practice to slow your breathing, {name}.',
  steps: [
    { kind: 'say', text: 'Welcome, {name}. Find a comfortable way to sit.' },
    { kind: 'say', text: '{name}, you can keep your eyes open if you like.', variants: ['trauma-sensitive'] },
    { kind: 'breathe', pattern: { inhale: 4, hold: 2, exhale: 6 }, cycles: 3, text: 'Breathe with me.' },
    { kind: 'pause', seconds: 10, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0 to 10?' },
    { kind: 'prompt', mode: 'reflect', text: 'What do you notice in your body?', seconds: 20, variants: ['standard'] },
    {
      kind: 'grounding-exit',
      text: 'If this feels like too much, open your eyes. Name three things you can see. Press your feet into the floor.',
      seconds: 30,
    },
    { kind: 'say', text: 'Take your time, {name}. When you are ready, {name}, come back to the room.' },
  ],
  safetyNote: 'This practice is not a substitute for care from a professional.',
  citations: [{ text: 'Test fixture; no source.' }],
  version: '1.0.0',
} as const satisfies ExerciseScript;

/** Caregiver, safe place and pronoun slots, a chained long pause, a journal prompt, and text with XML and Markdown specials. */
export const kindPlace = {
  id: 'test.kind-place',
  title: 'A kind place for {name}',
  technique: 'reparent',
  protocol: 'reparent.self-reparenting',
  delivery: 'guided',
  // By the timing rule: 116 s in every variant (no step is scoped).
  durationSeconds: { standard: 116, 'trauma-sensitive': 116, brief: 116 },
  focus: ['imagery', 'writing'],
  suitedStrategies: ['hyperactivating', 'disorganised'],
  indications: ['low-self-worth'],
  contraindications: [
    { contraindication: 'severe-dissociation', question: 'Do you often lose track of where you are, {name}?' },
    { contraindication: 'current-crisis', question: 'Are you in a crisis right now?' },
  ],
  summary: 'Picture {safePlace} & the care of {caregiver}.',
  steps: [
    { kind: 'say', text: 'Picture {safePlace}. {caregiver} could be there with you.' },
    { kind: 'say', text: 'Think of your younger self. {they} did the best {they} could. Notice {them} & {their} face < and > "quotes".' },
    { kind: 'pause', seconds: 25 },
    { kind: 'say', text: 'The smile is {theirs}. Let {them} rest. {they} can look after {themself} now, with *you* [for {name}].' },
    { kind: 'prompt', mode: 'journal', text: 'Write a few kind words to {name}\u2019s younger self. # Not a heading. 1. Not a list.', seconds: 60 },
  ],
  therapistNotes: ['Check in with {name} about {caregiver} before starting.'],
  safetyNote: 'If you feel unsafe, stop and reach out.',
  citations: [{ text: 'Test fixture; no source.' }],
  version: '0.1.0',
} as const satisfies ExerciseScript;

export const fixtures: readonly ExerciseScript[] = [calmBreath, kindPlace];
