import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * The review flag for a question the form asked and the person left blank. Pure, so a bundler can
 * drop the screener from an app that does not use it.
 */
// @__NO_SIDE_EFFECTS__
const unanswered = <const T extends string>(item: T) =>
  ({
    id: `${item}-unanswered`,
    level: 'review',
    when: { item, unanswered: true },
    message: `C-SSRS screener question ${item.slice(6)} was asked but not answered, so suicide risk cannot be ruled out. A clinician should ask it and review before relying on this result.`,
    clientMessage:
      'One question about thoughts of suicide was left blank. That is okay. Your care team may ask you about it. If you have these thoughts, please tell someone today.',
    source: 'A blank risk question is not a "no": risk is unknown until a clinician asks (the conservative choice, as for PHQ-9 item 9).',
  }) as const;

const YES_NO = {
  min: 0,
  max: 1,
  anchors: [
    { value: 0, label: 'No', code: { system: 'http://loinc.org', code: 'LA32-8', display: 'No' } },
    { value: 1, label: 'Yes', code: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } },
  ],
} as const;

/**
 * C-SSRS Screener, the Columbia-Suicide Severity Rating Scale Screen Version (Lifetime/Recent form;
 * Posner et al. 2011): six yes/no questions on suicidal ideation in the past month and suicidal
 * behaviour, with the Columbia triage as flag rules. It has **no total score**: the answers and the
 * flags are the result, and each answer is reported as a one-item scale (`wish_dead` … `behaviour_past_3_months`).
 *
 * - **Items** (`0` = No, `1` = Yes): 1 wish to be dead, 2 non-specific active suicidal thoughts,
 *   3 thoughts of a method without intent, 4 some intent to act without a specific plan, 5 a
 *   specific plan with intent (all in the past month), 6 suicidal behaviour ever, and `cssrs-6b`
 *   (numbered 7 here): was that behaviour within the past 3 months.
 * - **Branching** (`askedWhen`): questions 3–5 are asked only when question 2 is yes; question 6 is
 *   always asked; 6b only when question 6 is yes. A blank question the form did not ask is listed
 *   in `notAsked` and raises nothing.
 * - **Triage as flags**: `urgent` for a yes to 4 (intent) or 5 (plan and intent), or to 6b
 *   (behaviour in the past 3 months): the Columbia triage's high risk, needing safety precautions
 *   until a mental health professional assesses the person. `urgent` too for a yes to 3 (ideation
 *   with a method): the triage rates it moderate risk, and securebase takes the conservative choice
 *   (its message says so). Every other yes (1, 2, or 6 more than 3 months ago) raises a `review`
 *   flag, whose message names the triage level (low for 1 and 2, moderate for past behaviour). A blank question that the form asked raises a `review`
 *   flag: risk is unknown until a clinician asks.
 * - **Licence**: © The Research Foundation for Mental Hygiene; electronic implementations are
 *   licensed (through Clario) and certified. **Item text is not included**; the key, branching and
 *   triage are. Supply licensed text in your app.
 * - Flags never replace a clinician's assessment; give crisis help with `crisisHelp({ region })`.
 *
 * @example
 * ```ts
 * const r = score(cssrsScreener, [1, 1, 1, 1, 0, 0, null]);
 * r.flags.map((f) => f.id); // => ['cssrs-wish-dead', 'cssrs-active-thoughts', 'cssrs-method', 'cssrs-intent']
 * r.flags.some((f) => f.level === 'urgent'); // => true
 * r.notAsked; // => ['cssrs-6b']
 * ```
 * @category Instruments
 */
export const cssrsScreener = /* @__PURE__ */ _builtin({
  id: 'c-ssrs-screener',
  name: 'Columbia-Suicide Severity Rating Scale, Screen Version (Lifetime/Recent)',
  abbreviation: 'C-SSRS Screener',
  version: '1.0.0',
  description:
    'Suicide risk screen: yes/no questions on suicidal ideation in the past month and suicidal behaviour (ever, and in the past 3 months), with the Columbia triage as flags. No total score.',
  citations: [
    {
      text: 'Posner, K., Brown, G. K., Stanley, B., Brent, D. A., Yershova, K. V., Oquendo, M. A., Currier, G. W., Melvin, G. A., Greenhill, L., Shen, S., & Mann, J. J. (2011). The Columbia–Suicide Severity Rating Scale: Initial validity and internal consistency findings from three multisite studies with adolescents and adults. American Journal of Psychiatry, 168(12), 1266–1277.',
      doi: '10.1176/appi.ajp.2011.10111704',
    },
    {
      text: 'The Columbia Lighthouse Project. Clinical triage and workflow guidelines for the C-SSRS (imminent risk: a yes to items 4 or 5 in the past month, or any suicidal behaviour in the past 3 months). Columbia University / The Research Foundation for Mental Hygiene.',
      url: 'https://cssrs.columbia.edu/',
    },
    {
      text: 'Clario (eResearch Technology). C-SSRS licensing process: exclusive licence for electronic implementations from The Research Foundation for Mental Hygiene, with certification of each implementation.',
      url: 'https://clario.com/about/legal-and-privacy/c-ssrs-licensing-application',
    },
  ],
  licence: {
    summary:
      'Copyright © The Research Foundation for Mental Hygiene, Inc. The paper form is free for clinical use, but electronic implementations are licensed exclusively through Clario, which certifies each one and charges fees. Item text is not included: the key, branching and triage rules are. Obtain the licence and the certified text, then supply it in your app.',
    itemTextIncluded: false,
    url: 'https://cssrs.columbia.edu/',
  },
  responseScales: { default: YES_NO },
  items: [
    { number: 1, id: 'cssrs-1', gloss: 'wish to be dead (past month)' },
    { number: 2, id: 'cssrs-2', gloss: 'non-specific active suicidal thoughts (past month)' },
    { number: 3, id: 'cssrs-3', gloss: 'suicidal thoughts with a method, without intent (past month)', askedWhen: { anyOf: [{ item: 'cssrs-2', min: 1 }] } },
    {
      number: 4,
      id: 'cssrs-4',
      gloss: 'suicidal thoughts with some intent to act, no specific plan (past month)',
      askedWhen: { anyOf: [{ item: 'cssrs-2', min: 1 }] },
    },
    { number: 5, id: 'cssrs-5', gloss: 'suicidal thoughts with a specific plan and intent (past month)', askedWhen: { anyOf: [{ item: 'cssrs-2', min: 1 }] } },
    { number: 6, id: 'cssrs-6', gloss: 'suicidal behaviour: did, started or prepared something to end life (lifetime)' },
    { number: 7, id: 'cssrs-6b', gloss: 'that suicidal behaviour was within the past 3 months', askedWhen: { anyOf: [{ item: 'cssrs-6', min: 1 }] } },
  ],
  // No total score: each answer is reported as a one-item scale (0 = no, 1 = yes), as the library
  // reports any item that is recorded but not summed.
  scales: [
    { id: 'wish_dead', label: 'Question 1: wish to be dead (past month)', items: ['cssrs-1'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'active_thoughts', label: 'Question 2: non-specific active suicidal thoughts (past month)', items: ['cssrs-2'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'method', label: 'Question 3: thoughts with a method, without intent (past month)', items: ['cssrs-3'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'intent', label: 'Question 4: thoughts with some intent to act (past month)', items: ['cssrs-4'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'plan', label: 'Question 5: thoughts with a specific plan and intent (past month)', items: ['cssrs-5'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'behaviour_lifetime', label: 'Question 6: suicidal behaviour (lifetime)', items: ['cssrs-6'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'behaviour_past_3_months', label: 'Question 6b: suicidal behaviour in the past 3 months', items: ['cssrs-6b'], aggregate: 'sum', higherIs: 'worse' },
  ],
  flags: [
    {
      id: 'cssrs-wish-dead',
      level: 'review',
      when: { item: 'cssrs-1', min: 1 },
      message:
        'This person said yes to wishing they were dead or could go to sleep and not wake up in the past month (C-SSRS screener question 1). The Columbia triage rates this low risk: a clinician should review it soon and refer for behavioural health care. Share the crisis resources of their region.',
      clientMessage:
        'Thank you for telling us. These thoughts can feel heavy, and you do not have to carry them alone. Please talk with your care team soon. If you feel you might act on them, get help right now.',
      source: 'Columbia triage guidelines (cssrs.columbia.edu): question 1 yes is low risk; referral.',
    },
    {
      id: 'cssrs-active-thoughts',
      level: 'review',
      when: { item: 'cssrs-2', min: 1 },
      message:
        'This person said yes to thoughts of killing themselves in the past month (C-SSRS screener question 2). The Columbia triage rates this low risk on its own, but questions 3 to 5 must be asked. A clinician should review it soon and refer for behavioural health care. Share the crisis resources of their region.',
      clientMessage:
        'Thank you for telling us. These thoughts can feel heavy, and you do not have to carry them alone. Please talk with your care team soon. If you feel you might act on them, get help right now.',
      source: 'Columbia triage guidelines (cssrs.columbia.edu): question 2 yes is low risk; questions 3–5 follow a yes to 2.',
    },
    {
      id: 'cssrs-method',
      level: 'urgent',
      when: { item: 'cssrs-3', min: 1 },
      message:
        'This person said they have thought about how they might kill themselves in the past month, without intent to act (C-SSRS screener question 3). The Columbia triage rates this moderate risk; securebase raises it as urgent, the conservative choice for ideation with a method: a clinician should review it today, arrange a behavioural health consult and consider safety precautions. Share the crisis resources of their region.',
      clientMessage:
        'Thank you for telling us. These thoughts can feel heavy, and you do not have to carry them alone. Please talk with your care team soon. If you feel you might act on them, get help right now.',
      source:
        'Columbia triage (cssrs.columbia.edu; Blueprint summary of the scoring guide): question 3 yes is moderate risk. Raised as urgent here (ideation with a method), the conservative choice.',
    },
    {
      id: 'cssrs-intent',
      level: 'urgent',
      when: { item: 'cssrs-4', min: 1 },
      message:
        'This person said they have had thoughts of killing themselves with some intent to act on them in the past month (C-SSRS screener question 4). The Columbia triage rates this high risk: keep them safe now (patient safety precautions) until a mental health professional assesses them today. Share the crisis resources of their region now.',
      clientMessage:
        'Thank you for being honest with us. You matter, and help is here. Please reach out to someone right now: a crisis line, your doctor, or a person you trust. If you are in danger, call your local emergency number.',
      source: 'Columbia triage guidelines (cssrs.columbia.edu): a yes to question 4 or 5 in the past month is imminent risk.',
    },
    {
      id: 'cssrs-plan',
      level: 'urgent',
      when: { item: 'cssrs-5', min: 1 },
      message:
        'This person said they have thought about a plan to kill themselves and intend to carry it out, in the past month (C-SSRS screener question 5). The Columbia triage rates this high risk: keep them safe now (patient safety precautions) until a mental health professional assesses them today. Share the crisis resources of their region now.',
      clientMessage:
        'Thank you for being honest with us. You matter, and help is here. Please reach out to someone right now: a crisis line, your doctor, or a person you trust. If you are in danger, call your local emergency number.',
      source: 'Columbia triage guidelines (cssrs.columbia.edu): a yes to question 4 or 5 in the past month is imminent risk.',
    },
    {
      id: 'cssrs-behaviour',
      level: 'review',
      when: { item: 'cssrs-6', min: 1 },
      message:
        'This person said they have at some time done, started or prepared something to end their life (C-SSRS screener question 6). More than 3 months ago, the Columbia triage rates this moderate risk: a behavioural health consult, and consider safety precautions. If it was within the past 3 months (question 6b), it is high risk.',
      clientMessage:
        'Thank you for sharing this. It takes courage. Your care team will want to talk with you about it. If you have thoughts of hurting yourself now, please get help right away.',
      source: 'Columbia triage (cssrs.columbia.edu; Blueprint summary of the scoring guide): behaviour more than 3 months ago is moderate risk.',
    },
    {
      id: 'cssrs-behaviour-recent',
      level: 'urgent',
      when: { item: 'cssrs-6b', min: 1 },
      message:
        'This person said they did, started or prepared something to end their life within the past 3 months (C-SSRS screener question 6b). The Columbia triage rates this high risk: keep them safe now (patient safety precautions) until a mental health professional assesses them today. Share the crisis resources of their region now.',
      clientMessage:
        'Thank you for being honest with us. You matter, and help is here. Please reach out to someone right now: a crisis line, your doctor, or a person you trust. If you are in danger, call your local emergency number.',
      source: 'Columbia triage guidelines (cssrs.columbia.edu): any suicidal behaviour in the past 3 months is imminent risk.',
    },
    unanswered('cssrs-1'),
    unanswered('cssrs-2'),
    unanswered('cssrs-3'),
    unanswered('cssrs-4'),
    unanswered('cssrs-5'),
    unanswered('cssrs-6'),
    unanswered('cssrs-6b'),
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the C-SSRS Screener, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const cssrsScreenerVerification: readonly string[] = [
  'Form chosen: the Screen Version, Lifetime/Recent (ideation in the past month; behaviour ever, with a follow-up on the past 3 months). The "Since Last Visit" screener, meant for repeat visits, is not shipped (UNVERIFIED here).',
  'Items and branching VERIFIED against two descriptions of the screener (Millisecond Inquisit "C-SSRS Screener/Recent/Self-Report" manual: questions 1–5 in the last month, 3–5 skipped when 2 is no, question 6 on behaviour in the past 3 months or lifetime; Blueprint\'s C-SSRS Screen page: question 6 is two-part, 7 questions in all) and against the LOINC full C-SSRS panel 93245-9 instruction "If the answer to question 2 is yes, ask questions 3, 4 and 5". The item wording itself was not reproduced (licence).',
  'Triage VERIFIED: the Columbia "Clinical triage and workflow guidelines" (read in two copies) say a yes to item 4 or 5 in the past month or any suicidal behaviour in the past 3 months is imminent risk needing patient safety precautions until a mental health professional evaluates the person; other answers need referral. Blueprint\'s summary of the scoring guide corroborates the levels: 1 or 2 low risk, 3 or 6 moderate, 4, 5 or 6b high.',
  "Level mapping (our decision, stated): high risk → `urgent`. Low and moderate risk → `review`, not `warning`, because any yes on the screener needs a clinician's follow-up and the planner treats unreviewed `review` flags as unknown risk. Item 3 (a method, without intent) is moderate risk in the Columbia triage; it is raised as `urgent` all the same, the conservative choice for ideation with a method (the triage asks for a prompt behavioural health consult and safety precautions at this level), and the clinician's message names the triage's own level.",
  'A blank question that the form asked raises a `review` flag (a blank risk item is not a "no"). Questions 3–5 and 6b are checked only when asked (their `askedWhen` rule); when question 2 or 6 is itself blank, they count as asked.',
  "LOINC: no panel code for the Screen Version was found (LOINC 93245-9 is the full C-SSRS Lifetime/Recent, a different form), so none is given; UNVERIFIED whether one exists. Yes/No answers use LOINC LA33-6 / LA32-8 (the C-SSRS panel's answer list LL5384-4).",
  'Numbering: the form prints the past-3-months question as part of question 6; here it is item number 7 with id `cssrs-6b`.',
];
