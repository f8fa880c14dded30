import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * How is therapy going? (`corrective.alliance-monitoring`): a guided, open feedback check-in
 * after a session: goals, the way of working, feeling heard, and anything that did not feel right.
 *
 * Not the WAI-SR (whose item text is licensed separately; score it with the instrument). This is
 * an open prompt to invite the feedback that rupture research says matters, and it tells the
 * person plainly that honest, critical feedback is welcome (people-pleasing and trauma can inflate
 * ratings). Feeds the therapist, who reviews it with the client.
 *
 * @example
 * ```ts
 * correctiveAllianceCheckIn.focus; // => ['relational']
 * ```
 * @category Exercises
 */
export const correctiveAllianceCheckIn = {
  id: 'corrective.alliance-check-in',
  title: 'How is therapy going?',
  technique: 'corrective',
  protocol: 'corrective.alliance-monitoring',
  delivery: 'guided',
  durationSeconds: { standard: 215, 'trauma-sensitive': 220, brief: 125 },
  focus: ['relational'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
  indications: ['relationship-distress', 'interpersonal-conflict', 'depression', 'anxiety'],
  contraindications: [],
  summary: 'A short check-in to tell your therapist how your sessions are going for you.',
  steps: [
    {
      kind: 'say',
      text: 'Your view of your therapy matters. This short check-in helps you and your therapist see how things are going. You can skip any question or stop at any time.',
    },
    {
      kind: 'say',
      text: 'It is common to say everything is fine to protect the relationship. You can be honest here. Your therapist wants to hear it, even if it is critical.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Are you working on the things that matter most to you?',
      seconds: 20,
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Does the way you work together make sense to you?',
      seconds: 20,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Do you feel heard and respected in your sessions?',
      seconds: 20,
    },
    {
      kind: 'say',
      text: 'You are in charge of what you share. A short answer is fine, and so is "I am not sure".',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Is there anything you wish were different? Did anything not feel right in your last session? Write as much or as little as you like.',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Is there one thing you would change about your sessions?',
      seconds: 30,
      variants: ['brief'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'say',
      text: 'Thank you. Your therapist will look at this with you. Talking about what is not working is part of good therapy.',
    },
  ],
  therapistNotes: [
    'An open feedback prompt, not the WAI-SR: use the WAI-SR (after session 3–5, then every 4–6 sessions) for scores and trends.',
    'Treat drops, vague answers or sudden "everything is fine" as possible withdrawal rupture markers, and open an exploratory repair conversation.',
    'Hyperactivating clients may over-rate to protect the relationship; deactivating clients may under-engage with forms. Pair with clinical judgement.',
    'Review the answers with the client in the next session; thank them for critical feedback and respond non-defensively.',
  ],
  safetyNote: 'This check-in does not replace talking with your therapist. No one may read it right away.',
  citations: [SOURCES.hatcherGillaspy2006, SOURCES.bordin1979, SOURCES.eubanks2018, SOURCES.flueckiger2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
