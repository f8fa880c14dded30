import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Talking about what happened between us (`corrective.rupture-repair`): therapist-read lines for
 * an exploratory repair conversation after a rupture marker: name it tentatively, invite the
 * client's view, own your part, explore the experience, and ask what would help.
 *
 * Therapist-only; original wording based on the Safran & Muran model. The withdrawal and
 * confrontation paths are both offered as plain invitations (a script cannot branch; the therapist
 * chooses). Do not start while the client is dysregulated: stabilise first.
 *
 * @example
 * ```ts
 * correctiveRuptureRepair.delivery; // => 'therapist'
 * ```
 * @category Exercises
 */
export const correctiveRuptureRepair = {
  id: 'corrective.rupture-repair',
  title: 'Talking about what happened between us',
  technique: 'corrective',
  protocol: 'corrective.rupture-repair',
  delivery: 'therapist',
  durationSeconds: { standard: 220, 'trauma-sensitive': 220, brief: 130 },
  focus: ['relational'],
  suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
  indications: ['relationship-distress', 'interpersonal-conflict', 'unresolved-trauma'],
  contraindications: [],
  summary: 'With your therapist, talk about a moment when things felt off between you.',
  steps: [
    {
      kind: 'say',
      text: 'Can I check something with you? I might be wrong. It seemed like something shifted between us a few minutes ago. You can say no, or stop at any time.',
    },
    {
      kind: 'say',
      text: 'We can talk about it now, or later, or not at all. It is your choice.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'How has it been for you, being here with me today?',
      seconds: 45,
    },
    {
      kind: 'say',
      text: 'Thank you for telling me. I want to understand what happened for you, so please say more if you can.',
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'What was it like for you in that moment? What did you notice inside?',
      seconds: 60,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'It is okay to tell me when something I do is not working for you, even if it is hard to say. I would rather know.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'And if you feel angry with me, that is okay too. We can look at it together. Sometimes there is hurt under anger.',
      variants: ['standard'],
    },
    {
      kind: 'prompt',
      mode: 'reflect',
      text: 'Is there something you need from me, or something we could do differently?',
      seconds: 45,
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'say',
      text: 'I am glad we could talk about this. It matters to me that our work feels right for you.',
    },
  ],
  therapistNotes: [
    'Therapist-only. Use when a rupture marker appears: withdrawal (vague answers, compliance, topic shifts, silence) or confrontation (complaints, anger at you or the therapy).',
    'Try immediate repair first where it fits (explain the rationale, adjust the task or goal, clear up a misunderstanding); use these lines for exploratory repair.',
    'Stay tentative, empathic and non-defensive; own your part genuinely, not as a technique.',
    'Owning your part comes after the client has said what happened for them, in your own words, never as a set line: name what you did and how it may have landed (for example, "I think I moved on too fast when you spoke about your sister, and that may have felt like I was not listening"). Apologise only for something you can name, and leave room for the client to disagree.',
    'Withdrawal path: help the client move toward a clearer statement of what they did not like. Confrontation path: from anger toward hurt, vulnerability and the wish to be cared for. A script cannot branch: choose the line that fits.',
    'Do not force a repair conversation while the client is dysregulated: ground first, and return to it later.',
  ],
  safetyNote:
    'This talk is part of your therapy, and it does not replace the rest of your care. If strong feelings come up afterwards, use your grounding skills.',
  citations: [SOURCES.safranMuran1996, SOURCES.safran2001, SOURCES.safran2011, SOURCES.eubanks2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
