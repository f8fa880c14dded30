import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * What did I need? (`reparent.self-reparenting-practice`): an everyday self-guided practice: in a
 * current difficulty, name the feeling, ask what a good-enough caregiver would say or do, do a
 * small version of it, and note what happened.
 *
 * Low risk, but it can bring up grief ("nobody did this for me"); the script names that and
 * points to support. A clinical synthesis of schema and compassion approaches, not a trialled
 * protocol.
 *
 * @example
 * ```ts
 * reparentSelfReparentingPractice.technique; // => 'reparent'
 * ```
 * @category Exercises
 */
export const reparentSelfReparentingPractice = {
  id: 'reparent.self-reparenting-practice',
  title: 'What did I need?',
  technique: 'reparent',
  protocol: 'reparent.self-reparenting-practice',
  delivery: 'self',
  durationSeconds: { standard: 285, 'trauma-sensitive': 290, brief: 170 },
  focus: ['cognitive', 'writing'],
  suitedStrategies: ['hyperactivating', 'deactivating'],
  indications: ['low-self-worth', 'depression', 'anxiety', 'relationship-distress', 'loneliness'],
  contraindications: [],
  summary: 'In a hard moment, give yourself a small piece of the care you need.',
  steps: [
    {
      kind: 'say',
      text: 'This practice is for a hard moment in your day. It asks one question: what do I need right now? You can stop at any time.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Think of something that is hard for you today. Pick something small or medium, not the hardest thing.',
      seconds: 15,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What are you feeling? Give the feeling a name, like worried, hurt, lonely or cross.',
      seconds: 30,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Imagine a kind, steady grown-up who cares about you. What would they say to you right now? What might they do?',
      seconds: 45,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Picture a warm, wise person on your side. What might they tell you today?',
      seconds: 15,
      variants: ['brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'What would a kind, steady friend say to you right now? If no one comes to mind, what would you say to a friend in your place?',
      seconds: 45,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write down one small thing you could give yourself. It might be kind words, a rest, a snack, saying no, or asking someone for help.',
      seconds: 45,
    },
    {
      kind: 'say',
      text: 'Now, if you can, do a small version of it. Small is enough.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Sometimes this brings up sadness that no one did this for you before. That makes sense. You can let it be there, and you can also talk about it with someone you trust.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Later, write what happened. How did it feel to give yourself what you needed?',
      seconds: 45,
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If this stirs up too much, you can stop. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.youngKloskoWeishaar2003, SOURCES.neff2003],
  version: '1.0.0',
} as const satisfies ExerciseScript;
