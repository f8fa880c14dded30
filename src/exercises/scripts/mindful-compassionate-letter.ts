import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * A letter from a kind friend (`mindful.compassionate-letter`): a self-guided writing practice:
 * write about something you judge in yourself, imagine an accepting friend who knows your story,
 * write to yourself from their view, set it aside, and re-read it.
 *
 * Original wording (Neff's writing exercise is not copied). If no compassionate other comes to
 * mind, a real kind person, a pet or a wise figure is offered; backdraft is named; not during a
 * current crisis.
 *
 * @example
 * ```ts
 * mindfulCompassionateLetter.focus; // => ['writing']
 * ```
 * @category Exercises
 */
export const mindfulCompassionateLetter = {
  id: 'mindful.compassionate-letter',
  title: 'A letter from a kind friend',
  technique: 'mindful',
  protocol: 'mindful.compassionate-letter',
  delivery: 'self',
  durationSeconds: { standard: 750, 'trauma-sensitive': 565, brief: 330 },
  focus: ['writing'],
  suitedStrategies: ['hyperactivating', 'deactivating', 'disorganised'],
  indications: ['low-self-worth', 'depression'],
  contraindications: [SCREENING_QUESTIONS['current-crisis']],
  summary: 'Write to yourself the way a kind, wise friend would.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you write a letter to yourself from a kind point of view. You can stop at any time, and you can keep your letter private.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write about something you are hard on yourself about. Choose something medium, not the worst. How does it make you feel?',
      seconds: 180,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'In one or two lines, name something you are hard on yourself about.',
      seconds: 60,
      variants: ['brief'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Now imagine a friend who is kind and wise. They know your whole story and your limits. They accept you and want the best for you. It can be a real person, a pet, or someone you make up.',
      seconds: 40,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write a letter to yourself from this friend. What would they say about the thing you judge? How would they show they understand? What gentle idea might they offer?',
      seconds: 420,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write a few lines to yourself from this friend. Start small. Even one kind sentence counts.',
      seconds: 240,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Write three kind sentences to yourself from this friend.',
      seconds: 150,
      variants: ['brief'],
    },
    {
      kind: 'say',
      text: 'Kind words can stir up old pain at first. That is common. If it gets hard, take a break and look around the room.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'Now put the letter aside for a while, maybe 15 minutes. Then come back and read it slowly. Let the words sink in.',
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If writing brings up too much, you can stop. Put down your pen. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
    { kind: 'say', text: 'Keep your letter somewhere safe. You can read it again on a hard day.' },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.neffLetter, SOURCES.neff2003, SOURCES.gilbert2011],
  version: '1.0.0',
} as const satisfies ExerciseScript;
