import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * My family map (`explore.genogram`): a guided writing practice to draw three generations of
 * family (any family shape counts), mark close, stormy and cut-off relationships and big events,
 * and look for patterns that repeat.
 *
 * Guided delivery: the map is finished and read with the therapist, who brings the standard
 * symbols. Family events and losses can stir grief or anger, so the script is screened (recent
 * trauma or loss, current crisis) and has a grounding exit. `{caregiver}` falls back to neutral
 * wording.
 *
 * @example
 * ```ts
 * exploreGenogram.therapistNotes.length > 0; // => true
 * ```
 * @category Exercises
 */
export const exploreGenogram = {
  id: 'explore.genogram',
  title: 'My family map',
  technique: 'explore',
  protocol: 'explore.genogram',
  delivery: 'guided',
  durationSeconds: { standard: 725, 'trauma-sensitive': 600, brief: 335 },
  focus: ['writing', 'relational', 'memory'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
  indications: ['interpersonal-conflict', 'grief-loss', 'relationship-distress', 'parenting-stress'],
  contraindications: [SCREENING_QUESTIONS['recent-trauma'], SCREENING_QUESTIONS['current-crisis']],
  summary: 'Draw a map of your family, from your grandparents to you, and look for patterns.',
  steps: [
    {
      kind: 'say',
      text: 'In this practice you draw a map of your family. Families come in many shapes. Step, foster, adoptive and chosen family all count. You can skip anyone, and you can stop at any time.',
    },
    {
      kind: 'say',
      text: 'There is no need to close your eyes, and no need to know everything. Blanks and question marks are fine.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Put yourself in the middle of a page. Add the grown-ups from your early life, like {caregiver}. Add brothers and sisters if you have them.',
      seconds: 120,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Add the generation above: grandparents, or the people who raised your parents. Add what you know. Leave the rest blank.',
      seconds: 120,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Draw lines between people. Use a double line for close, a wavy line for stormy, and a broken line for cut off.',
      seconds: 120,
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Add big events in a few words each: moves, illness, losses, migrations, and happy events too.',
      seconds: 120,
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'If you like, add one or two big events in a word or two. You can leave out anything painful.',
      seconds: 60,
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Look at your map. Do any patterns repeat across the generations? For example, who is close, who is cut off, or how people deal with loss.',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Do any of these patterns show up in your own relationships today? Just notice. You can talk about it in your session.',
      seconds: 60,
      variants: ['standard'],
    },
    {
      kind: 'grounding-exit',
      text: 'If this brings up grief or anger, you can stop. Put the map away. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 35,
    },
    { kind: 'say', text: 'Thank you. Please bring your map to your next session. You can finish it together.' },
  ],
  therapistNotes: [
    'Guided delivery: introduce the standard genogram symbols in session, or accept the simplified lines used here.',
    'Respect cultural meanings of family and non-traditional family shapes; never assume a two-parent structure.',
    'Relatives are third parties: store the map with privacy in mind.',
    'Treat repeating patterns as hypotheses to explore together, not conclusions.',
    'For deactivating clients the map can be a cognitive entry point to emotional material; go at their pace.',
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.mcgoldrick2020],
  version: '1.0.0',
} as const satisfies ExerciseScript;
