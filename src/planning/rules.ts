import { CONTRAINDICATIONS, type Contraindication } from '../model/technique.js';
import type { PlanningRule, RiskAnswer, RiskScreenItem, ScreenAnswer } from './types.js';

/**
 * What every plan says about itself (clinical brief §0 point 1 and §C.3): decision support for a
 * qualified clinician, not a diagnosis, not a prescription and not an emergency service.
 *
 * @example
 * ```ts
 * PLAN_DISCLAIMER.startsWith('Decision support for a qualified clinician'); // => true
 * ```
 * @category Planning
 */
export const PLAN_DISCLAIMER =
  'Decision support for a qualified clinician, not a diagnosis and not a treatment prescription. A clinician must review this plan with the person before any of it is used. ' +
  'It is not an emergency service: in an emergency, contact local emergency services or a crisis line. ' +
  'The five techniques of attachment-based therapy are an integrative label, not a single trial-tested therapy.';

/**
 * Content version of the planning tables (rules, safety actions, measurement, phases). Every plan
 * records it; change it whenever a rule changes.
 *
 * @example
 * ```ts
 * PLANNING_RULES_VERSION; // => '1.0.0'
 * ```
 * @category Planning
 */
export const PLANNING_RULES_VERSION = '1.0.0';

/**
 * Which screen answers count as a contraindication being present: `yes`, and `unsure` until a
 * clinician has reviewed it (a screen is not an assessment; clinical brief §C.2 rule 6).
 *
 * @example
 * ```ts
 * SCREEN_PRESENT_ANSWERS; // => ['yes', 'unsure']
 * ```
 * @category Planning
 */
export const SCREEN_PRESENT_ANSWERS: readonly ScreenAnswer[] = ['yes', 'unsure'];

/**
 * Which risk answers count as the matching contraindication being present (`yes`, and `declined`
 * until a clinician has asked again), and which contraindication each risk question stands for.
 * Harm to others has no contraindication id of its own; it makes risk positive and adds a review.
 *
 * @example
 * ```ts
 * RISK_CONTRAINDICATIONS.suicidalThoughts; // => ['active-suicidality']
 * ```
 * @category Planning
 */
export const RISK_CONTRAINDICATIONS: { readonly [K in RiskScreenItem]: readonly Contraindication[] } = {
  suicidalThoughts: ['active-suicidality'],
  selfHarm: ['self-harm'],
  harmToOthers: [],
};

/**
 * Risk answers that count as present for screening (see {@link RISK_CONTRAINDICATIONS}).
 *
 * @example
 * ```ts
 * RISK_PRESENT_ANSWERS; // => ['yes', 'declined']
 * ```
 * @category Planning
 */
export const RISK_PRESENT_ANSWERS: readonly RiskAnswer[] = ['yes', 'declined'];

/**
 * The contraindications an urgent flag on any measure stands for (PHQ-9 item 9 asks about
 * thoughts of being better off dead or of self-harm, so both are treated as present until
 * reviewed; clinical brief §C.2 rules 1 and 5).
 *
 * @example
 * ```ts
 * URGENT_FLAG_CONTRAINDICATIONS; // => ['active-suicidality', 'self-harm']
 * ```
 * @category Planning
 */
export const URGENT_FLAG_CONTRAINDICATIONS: readonly Contraindication[] = ['active-suicidality', 'self-harm'];

const RECENT = ['now', 'past-2-weeks'] as const;
const ALL_RISK_ITEMS = ['suicidalThoughts', 'selfHarm', 'harmToOthers'] as const;
const RECENT_RISK = {
  kind: 'any',
  of: [{ kind: 'urgent-flag' }, { kind: 'risk-answer', items: ALL_RISK_ITEMS, answers: ['yes'], recency: RECENT }],
} as const;
const ANNOTATED = { kind: 'annotation', any: ['unresolved', 'disorganised'] } as const;
const INTENSIVE = ['imagery', 'body', 'memory'] as const;

/**
 * The planning rules, as data. The planner evaluates every rule's condition against the
 * formulation and folds the effects of the rules that hold, in this order; where two rules set the
 * same thing (the technique order, the profile), the earlier one wins. Each rule carries a plain
 * description and its source in the clinical brief (`domain/clinical-brief.md`); a plan lists the
 * rules that shaped it.
 *
 * Safety rules come first: any positive risk (an urgent flag such as PHQ-9 item 9, or a yes on the
 * risk screen) puts safety planning and crisis resources first and withholds imagery, body and
 * memory work; dissociation or psychosis withholds imagery and body work; the attachment profile
 * (§B.6) sets the order of techniques and the adaptations.
 *
 * @example
 * ```ts
 * PLANNING_RULES.find((r) => r.id === 'risk.positive.safety-first')?.effects[0]; // => { kind: 'safety-first' }
 * ```
 * @category Planning
 */
export const PLANNING_RULES = [
  {
    id: 'plan.decision-support',
    description: 'Every plan says it is decision support for a clinician, not a diagnosis, not a prescription and not an emergency service.',
    source: 'Clinical brief §0 point 1 (the five techniques are an integrative label) and §C.3 (not a substitute for professional care).',
    when: { kind: 'always' },
    effects: [],
  },
  {
    id: 'safety.crisis-access',
    description: 'Crisis access stays visible in every plan, whatever the screens say.',
    source: 'Clinical brief §C.1 (persistent crisis signposting) and §C.2 rule 6 (a "0" does not mean safe; VA study 2016 ✅).',
    when: { kind: 'always' },
    effects: [{ kind: 'safety-action', action: 'crisis-access-visible' }],
  },
  {
    id: 'risk.positive.safety-first',
    description:
      'Any positive risk (an urgent flag on a measure, such as PHQ-9 item 9 at 1 or more, or a yes on the risk screen) puts a safety plan, crisis resources and a structured follow-up first.',
    source: 'Clinical brief §C.2 rules 1, 2 and 4 (Simon et al. 2013 ✅; Uebelacker et al. 2011 ✅) and §C.1 (safety plan, Stanley & Brown 2012 ✅).',
    when: { kind: 'risk', status: 'positive' },
    effects: [
      { kind: 'safety-first' },
      { kind: 'safety-action', action: 'safety-plan' },
      { kind: 'safety-action', action: 'crisis-resources' },
      { kind: 'safety-action', action: 'structured-risk-assessment' },
    ],
  },
  {
    id: 'risk.recent.review-today',
    description: 'An urgent flag, or a yes that is current or from the last 2 weeks, needs a clinician to review safety today.',
    source: 'Clinical brief §C.2 rules 2 and 3 (PHQ-9 item 9 time frame is the last 2 weeks ✅).',
    when: RECENT_RISK,
    effects: [{ kind: 'safety-action', action: 'clinician-review-today' }],
  },
  {
    id: 'risk.older.review',
    description: 'A yes on the risk screen that is older than 2 weeks still needs a clinician to review it before further work.',
    source: 'Clinical brief §C.2 rules 1 and 4; the timing for older answers is our conservative choice ⚠.',
    when: {
      kind: 'all',
      of: [
        { kind: 'risk', status: 'positive' },
        { kind: 'not', condition: RECENT_RISK },
      ],
    },
    effects: [{ kind: 'safety-action', action: 'clinician-review' }],
  },
  {
    id: 'risk.harm-to-others',
    description: 'A yes to thoughts of harming others needs a clinician to assess it directly and follow the service’s safeguarding procedure.',
    source: 'Not covered by the clinical brief ⚠: a conservative extension of §C.2 (any yes is a positive screen).',
    when: { kind: 'risk-answer', items: ['harmToOthers'], answers: ['yes'] },
    effects: [{ kind: 'safety-action', action: 'harm-to-others-review' }],
  },
  {
    id: 'risk.positive.clinician-notified',
    description: 'In a clinician-connected programme, a positive screen goes to the responsible clinician as the documented protocol says.',
    source: 'Clinical brief §C.2 rule 3.',
    when: {
      kind: 'all',
      of: [
        { kind: 'risk', status: 'positive' },
        { kind: 'delivery', context: 'therapist-led' },
      ],
    },
    effects: [{ kind: 'safety-action', action: 'notify-clinician' }],
  },
  {
    id: 'context.self-guided.nobody-monitoring',
    description: 'A self-guided app says plainly that nobody watches answers in real time and that it is not an emergency service.',
    source: 'Clinical brief §C.2 rule 3 and §C.3.',
    when: { kind: 'delivery', context: 'self-guided-app' },
    effects: [{ kind: 'safety-action', action: 'nobody-monitoring' }],
  },
  {
    id: 'risk.positive.withhold-intensive',
    description:
      'After a positive risk screen, imagery, body and memory work waits until a clinician has reviewed risk; grounding and regulation skills come first and stabilisation is longer.',
    source:
      'Clinical brief §C.2 rule 5 (suspend imagery, trauma-memory and deep exploration; keep grounding and safety-plan tools) and §B, universal cautions.',
    when: { kind: 'risk', status: 'positive' },
    effects: [
      { kind: 'withhold', focus: INTENSIVE, reason: 'Imagery, body and memory work waits until a clinician has reviewed risk.' },
      {
        kind: 'promote-technique',
        technique: 'regulate',
        reason: 'Grounding and regulation skills stay available and come first after a positive risk screen.',
      },
      {
        kind: 'prioritise',
        protocols: ['regulate.grounding-54321', 'regulate.window-of-tolerance', 'regulate.paced-breathing'],
        reason: 'grounding and regulation come first after a positive risk screen',
      },
      { kind: 'stabilisation-sessions', sessions: 8 },
    ],
  },
  {
    id: 'risk.unknown.complete-screen',
    description:
      'A declined risk question leaves risk unknown: a clinician finishes the risk questions, and until then imagery, body and memory practice on one’s own waits.',
    source: 'Clinical brief §C.2 rule 6 (a "0" does not mean safe) and §C.4 (people may skip questions).',
    when: { kind: 'risk', status: 'unknown' },
    effects: [
      { kind: 'safety-action', action: 'complete-risk-screen' },
      {
        kind: 'withhold',
        focus: INTENSIVE,
        delivery: ['self', 'guided'],
        reason: 'Imagery, body and memory practice on one’s own waits until the risk questions are finished with a clinician.',
      },
    ],
  },
  {
    id: 'screen.not-cleared',
    description: 'An "unsure" or "declined" answer counts as yes for screening until a clinician has reviewed it.',
    source: 'Clinical brief §C.2 rule 6 (a screen is not an assessment; our conservative reading ⚠).',
    when: {
      kind: 'any',
      of: [
        { kind: 'screen-answer', answers: ['unsure'] },
        { kind: 'risk-answer', items: ALL_RISK_ITEMS, answers: ['declined'] },
      ],
    },
    effects: [{ kind: 'adaptation', text: 'Some screening answers were "unsure" or declined: they count as yes until a clinician has talked them through.' }],
  },
  {
    id: 'contra.current-crisis',
    description: 'A person in (or close to) a crisis is routed to the crisis flow or to therapist-only work, with a safety plan and crisis resources first.',
    source: 'Clinical brief §B, universal cautions ("route to crisis flow (§C) or to therapist-only mode") and §C.1.',
    when: { kind: 'contraindication', any: ['current-crisis'] },
    effects: [
      { kind: 'safety-first' },
      { kind: 'safety-action', action: 'safety-plan' },
      { kind: 'safety-action', action: 'crisis-resources' },
      { kind: 'safety-action', action: 'crisis-flow' },
    ],
  },
  {
    id: 'contra.dissociation-psychosis',
    description: 'Dissociation or psychosis withholds imagery- and body-focused scripts; grounding comes first.',
    source:
      'Clinical brief §B, universal cautions (screen for psychosis and severe dissociation); §B.5 body scan (body-focused work is a common trigger; harms linked to dysregulated arousal, Britton et al. ✅); §B.4 IPF cautions.',
    when: { kind: 'contraindication', any: ['severe-dissociation', 'psychosis'] },
    effects: [
      { kind: 'withhold', focus: ['imagery', 'body'], reason: 'Imagery and body-focused work is withheld with dissociation or psychosis.' },
      {
        kind: 'prioritise',
        protocols: ['regulate.grounding-54321', 'regulate.window-of-tolerance'],
        reason: 'grounding and the window of tolerance come first with dissociation or psychosis',
      },
    ],
  },
  {
    id: 'plan.contraindications',
    description: 'A script is never offered when the screens show one of its contraindications.',
    source: 'Clinical brief §B, universal cautions (screen before memory-, imagery- or body-focused work).',
    when: { kind: 'always' },
    effects: [{ kind: 'withhold-contraindicated' }],
  },
  {
    id: 'context.self-guided',
    description: 'A self-guided app offers only scripts marked for self-guided use; guided and therapist-only scripts need a clinician.',
    source: 'Clinical brief §0 point 3 and §B conventions (delivery: self, guided, therapist).',
    when: { kind: 'delivery', context: 'self-guided-app' },
    effects: [{ kind: 'allow-delivery', delivery: ['self'] }],
  },
  {
    id: 'context.therapist-led',
    description: 'Therapist-led work can offer self-guided, guided and therapist-delivered scripts.',
    source: 'Clinical brief §B conventions (delivery: self, guided, therapist).',
    when: { kind: 'delivery', context: 'therapist-led' },
    effects: [{ kind: 'allow-delivery', delivery: ['self', 'guided', 'therapist'] }],
  },
  {
    id: 'variant.trauma-sensitive',
    description:
      'Scripts use their trauma-sensitive variant when any contraindication is flagged, risk is not clear, or attachment is fearful or disorganised.',
    source: 'Clinical brief §B, universal cautions (trauma-sensitive defaults: eyes open, short first, choice of anchor, grounding exit; Treleaven 2018 ◐).',
    when: {
      kind: 'any',
      of: [
        {
          kind: 'contraindication',
          any: CONTRAINDICATIONS,
        },
        { kind: 'not', condition: { kind: 'risk', status: 'negative' } },
        { kind: 'profile', any: ['disorganised'] },
        ANNOTATED,
      ],
    },
    effects: [{ kind: 'variant', variant: 'trauma-sensitive' }],
  },
  {
    id: 'profile.disorganised',
    description:
      'Fearful, unresolved or disorganised attachment: stabilisation first and longer; grounding, the window of tolerance, a safety plan and short trauma-sensitive mindfulness; memory and deep imagery work is therapist-led and comes after stabilisation.',
    source:
      'Clinical brief §B.6 (fearful / unresolved / disorganized row; phase-based care, Cloitre et al. 2011 ✅; Liotti 2004 ✅) and §A.6; §B.5 body scan ("fearful only with therapist").',
    when: { kind: 'any', of: [{ kind: 'profile', any: ['disorganised'] }, ANNOTATED] },
    effects: [
      { kind: 'plan-as', profile: 'disorganised' },
      { kind: 'technique-order', order: ['regulate', 'corrective', 'mindful', 'explore', 'reparent'], byConcerns: false },
      {
        kind: 'prioritise',
        protocols: ['regulate.grounding-54321', 'regulate.window-of-tolerance', 'regulate.paced-breathing', 'mindful.breath', 'corrective.rupture-repair'],
        reason: 'stabilisation comes first with fearful or disorganised attachment',
      },
      { kind: 'safety-action', action: 'safety-plan' },
      { kind: 'stabilisation-sessions', sessions: 8 },
      {
        kind: 'defer',
        protocols: [
          'explore.aai-informed-reflection',
          'reparent.imagery-rescripting',
          'reparent.ideal-parent-figures',
          'reparent.younger-self-dialogue',
          'mindful.body-scan',
        ],
        reason: 'trauma memory work, deep imagery and long body scans come after stabilisation, led by a therapist',
      },
      {
        kind: 'withhold',
        focus: ['imagery', 'memory'],
        delivery: ['self', 'guided'],
        reason: 'With fearful or disorganised attachment, imagery and memory work is therapist-led and comes after stabilisation.',
      },
      {
        kind: 'withhold',
        protocols: ['mindful.body-scan'],
        delivery: ['self', 'guided'],
        reason: 'With fearful or disorganised attachment, body scans are done with a therapist.',
      },
      {
        kind: 'adaptation',
        text: 'Lead with safety, predictability, transparency and choice. Expect abrupt ruptures and repair them. Watch for dissociation and self-harm.',
      },
    ],
  },
  {
    id: 'profile.hyperactivating',
    description:
      'High attachment anxiety (hyperactivating): regulation early; a warm, close and predictable frame that gradually supports autonomy; open-ended exploration is introduced carefully, with time limits and summaries.',
    source: 'Clinical brief §B.6 (hyperactivating row; attachment anxiety predicts poorer outcome, Levy et al. 2011 ✅; Daly & Mallinckrodt 2009 ◐).',
    when: {
      kind: 'all',
      of: [
        { kind: 'profile', any: ['hyperactivating'] },
        { kind: 'not', condition: ANNOTATED },
      ],
    },
    effects: [
      { kind: 'plan-as', profile: 'hyperactivating' },
      { kind: 'technique-order', order: ['regulate', 'mindful', 'reparent', 'corrective', 'explore'], byConcerns: false },
      {
        kind: 'prioritise',
        protocols: [
          'regulate.window-of-tolerance',
          'regulate.paced-breathing',
          'regulate.dbt-self-soothe',
          'mindful.self-compassion-break',
          'mindful.compassionate-letter',
          'mindful.breath',
          'reparent.self-reparenting-practice',
          'corrective.planned-ending',
        ],
        reason: 'regulation, self-soothing and well-planned breaks come early with high attachment anxiety',
      },
      {
        kind: 'introduce-carefully',
        protocols: ['explore.attachment-timeline', 'explore.aai-informed-reflection'],
        reason: 'open-ended exploration can flood; use time limits and summaries',
      },
      {
        kind: 'adaptation',
        text: 'Be warm and close early, inside a clear, predictable frame; gradually support autonomy and tolerance of distance. Avoid unlimited messaging and reassurance loops. Plan breaks and the ending well ahead.',
      },
    ],
  },
  {
    id: 'profile.deactivating',
    description:
      'High attachment avoidance (deactivating): start less emotionally intense, collaborative and task-focused; affect labeling, psychoeducation and the timeline or genogram come first; long emotional imagery and loving-kindness toward oneself are introduced carefully.',
    source: 'Clinical brief §B.6 (deactivating row; distance calibration, Daly & Mallinckrodt 2009 via Kietaibl 2012 ◐).',
    when: {
      kind: 'all',
      of: [
        { kind: 'profile', any: ['deactivating'] },
        { kind: 'not', condition: ANNOTATED },
      ],
    },
    effects: [
      { kind: 'plan-as', profile: 'deactivating' },
      { kind: 'technique-order', order: ['regulate', 'explore', 'corrective', 'mindful', 'reparent'], byConcerns: false },
      {
        kind: 'prioritise',
        protocols: [
          'regulate.affect-labeling',
          'explore.genogram',
          'explore.attachment-timeline',
          'mindful.body-scan',
          'regulate.dbt-opposite-action',
          'reparent.ideal-parent-figures',
          'corrective.alliance-monitoring',
        ],
        reason: 'a less intense, task-focused start suits high attachment avoidance',
      },
      {
        kind: 'introduce-carefully',
        protocols: ['mindful.loving-kindness', 'reparent.younger-self-dialogue', 'reparent.imagery-rescripting', 'explore.aai-informed-reflection'],
        reason: 'long emotional imagery, loving-kindness toward oneself and heavy feelings talk early can push closeness too fast',
      },
      {
        kind: 'adaptation',
        text: 'Start with less emotional intensity; respect autonomy and keep the work collaborative and task-focused; increase closeness gradually. Watch for quiet withdrawal and dropout: alliance check-ins help.',
      },
    ],
  },
  {
    id: 'profile.secure',
    description: 'Secure attachment: the standard collaborative stance; techniques are chosen by the person’s goals and presenting concerns.',
    source: 'Clinical brief §B.6 (secure / earned-secure row: "any, per goals"; better average outcomes, Levy et al. 2011 ✅).',
    when: {
      kind: 'all',
      of: [
        { kind: 'profile', any: ['security-based'] },
        { kind: 'not', condition: ANNOTATED },
      ],
    },
    effects: [
      { kind: 'plan-as', profile: 'security-based' },
      { kind: 'technique-order', order: ['explore', 'regulate', 'mindful', 'corrective', 'reparent'], byConcerns: true },
      { kind: 'adaptation', text: 'Use the standard collaborative stance and choose techniques by the person’s goals.' },
    ],
  },
  {
    id: 'profile.not-assessed',
    description:
      'No attachment estimate yet: measure attachment at session 1 and revisit the plan; regulation skills lead, techniques follow the presenting concerns, and reparenting imagery waits for the estimate.',
    source:
      'Clinical brief §A.4 (store dimensions, never infer a style from a few behaviours) and §D.1 phase 1 (style estimate in assessment); the cautious default is our choice ⚠.',
    when: {
      kind: 'all',
      of: [
        { kind: 'profile', any: ['not-assessed'] },
        { kind: 'not', condition: ANNOTATED },
      ],
    },
    effects: [
      { kind: 'plan-as', profile: 'not-assessed' },
      { kind: 'technique-order', order: ['regulate', 'explore', 'mindful', 'corrective', 'reparent'], byConcerns: true },
      {
        kind: 'introduce-carefully',
        protocols: ['reparent.ideal-parent-figures', 'reparent.imagery-rescripting', 'reparent.younger-self-dialogue'],
        reason: 'reparenting imagery waits until attachment has been estimated',
      },
      { kind: 'adaptation', text: 'There is no attachment estimate yet: measure attachment anxiety and avoidance at session 1 and revisit this plan.' },
    ],
  },
  {
    id: 'plan.stabilisation-length',
    description: 'Stabilisation takes at least 4 sessions by default; rules above can lengthen it.',
    source: 'Clinical brief §D.1 (phase 2: 2–8 or more sessions, longer for complex trauma ⚠).',
    when: { kind: 'always' },
    effects: [{ kind: 'stabilisation-sessions', sessions: 4 }],
  },
] as const satisfies readonly PlanningRule[];
