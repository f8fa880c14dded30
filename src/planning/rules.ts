import type { RiskAnswer, ScreenAnswer } from '../model/intake.js';
import { CONTRAINDICATIONS, type Contraindication } from '../model/technique.js';
import type { RiskScreenItem } from './formulation.js';
import type { PlanningRule } from './planning-rule.js';

/**
 * What every plan says about itself: decision support for a qualified clinician, not a diagnosis,
 * not a prescription and not an emergency service (NICE 2018, Evidence standards framework for
 * digital health technologies, https://www.nice.org.uk/corporate/ecd7).
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
 * PLANNING_RULES_VERSION; // => '2.0.0'
 * ```
 * @category Planning
 */
export const PLANNING_RULES_VERSION = '2.0.0';

/**
 * Which screen answers count as a contraindication being present: `yes`, and `unsure` until a
 * clinician has reviewed it (a screen is not an assessment; Uebelacker et al. 2011,
 * doi:10.4088/PCC.10m01027).
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const SCREEN_PRESENT_ANSWERS: readonly ScreenAnswer[] = ['yes', 'unsure'];

/**
 * Which risk answers count as the matching contraindication being present (`yes`, and `declined`,
 * until a clinician has reviewed them as not current), and which contraindication each risk
 * question stands for.
 * Harm to others has no contraindication id of its own; it makes risk positive and adds a review.
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const RISK_CONTRAINDICATIONS: { readonly [K in RiskScreenItem]: readonly Contraindication[] } = {
  suicidalThoughts: ['active-suicidality'],
  selfHarm: ['self-harm'],
  harmToOthers: [],
};

/**
 * Risk answers that count as present for screening (see {@link RISK_CONTRAINDICATIONS}).
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const RISK_PRESENT_ANSWERS: readonly RiskAnswer[] = ['yes', 'declined'];

/**
 * The contraindications a risk flag (`urgent`, or `review` until reviewed) on any measure stands
 * for: PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm, so both are
 * treated as present (Kroenke, Spitzer & Williams 2001, doi:10.1046/j.1525-1497.2001.016009606.x;
 * Simon et al. 2013, doi:10.1176/appi.ps.201200587).
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const URGENT_FLAG_CONTRAINDICATIONS: readonly Contraindication[] = ['active-suicidality', 'self-harm'];

const ALL_RISK_ITEMS = ['suicidalThoughts', 'selfHarm', 'harmToOthers'] as const;
const CURRENT_RISK = { kind: 'current-risk' } as const;
const ANNOTATED = { kind: 'annotation', any: ['unresolved', 'disorganised'] } as const;
const INTENSIVE = ['imagery', 'body', 'memory'] as const;

/**
 * The planning rules, as data. The planner evaluates every rule's condition against the
 * formulation and folds the effects of the rules that hold, in this order; where two rules set the
 * same thing (the technique order, the profile), the earlier one wins. Each rule carries a plain
 * description and its published source; a plan lists the rules that shaped it.
 *
 * Safety rules come first: any positive or unknown risk (an urgent flag such as PHQ-9 item 9, a
 * yes on the risk screen, a declined question or a blank risk item not yet reviewed) puts safety
 * planning and crisis resources first; positive risk withholds imagery, body and memory work, and
 * unknown risk withholds such work on one's own; a past risk a clinician reviewed as not current
 * blocks nothing; a "yes" on the home-safety question adds a safeguarding action; dissociation or
 * psychosis withholds imagery and body work; the attachment profile sets the order of techniques
 * and the adaptations.
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
    source:
      'Diamond, Diamond & Levy (2021), J Affect Disord 294:286–295, doi:10.1016/j.jad.2021.07.005 (only attachment-based family therapy is a trial-tested attachment-based therapy); NICE (2018), Evidence standards framework for digital health technologies, https://www.nice.org.uk/corporate/ecd7.',
    when: { kind: 'always' },
    effects: [],
  },
  {
    id: 'safety.crisis-access',
    description: 'Crisis access stays visible in every plan, whatever the screens say.',
    source:
      'Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z (access to emergency counselling); Louzon et al. (2016), Psychiatric Services, doi:10.1176/appi.ps.201500149 (a "0" on item 9 does not mean safe).',
    when: { kind: 'always' },
    effects: [{ kind: 'safety-action', action: 'crisis-access-visible' }],
  },
  {
    id: 'risk.positive.safety-first',
    description:
      'Any positive risk (an urgent flag on a measure, such as PHQ-9 item 9 at 1 or more, a current yes on the risk screen, or a past yes no clinician has reviewed) puts a safety plan, crisis resources and a structured follow-up first.',
    source:
      'Simon et al. (2013), Psychiatric Services 64(12):1195–1202, doi:10.1176/appi.ps.201200587; Uebelacker et al. (2011), doi:10.4088/PCC.10m01027; Stanley & Brown (2012), Cognitive and Behavioral Practice 19:256–264 (safety plan).',
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
    description:
      'Current risk (an urgent flag, a yes that is current or from the last 2 weeks, or a review that found risk current) needs a clinician to review safety today.',
    source:
      'Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16(9):606–613, doi:10.1046/j.1525-1497.2001.016009606.x (item 9 asks about the last 2 weeks); Simon et al. (2013), doi:10.1176/appi.ps.201200587.',
    when: CURRENT_RISK,
    effects: [{ kind: 'safety-action', action: 'clinician-review-today' }],
  },
  {
    id: 'risk.older.review',
    description: 'A yes on the risk screen that is older than 2 weeks and that no clinician has reviewed still needs a review before further work.',
    source:
      'Simon et al. (2013), doi:10.1176/appi.ps.201200587; Uebelacker et al. (2011), doi:10.4088/PCC.10m01027. Reviewing older answers before further work is securebase’s own conservative default, not a published rule.',
    when: {
      kind: 'all',
      of: [
        { kind: 'risk', status: 'positive' },
        { kind: 'not', condition: CURRENT_RISK },
      ],
    },
    effects: [{ kind: 'safety-action', action: 'clinician-review' }],
  },
  {
    id: 'risk.harm-to-others',
    description: 'A yes to thoughts of harming others needs a clinician to assess it directly and follow the service’s safeguarding procedure.',
    source: 'securebase’s own conservative default (no published rule in our sources): any yes on a risk screen is a positive screen that needs a clinician.',
    when: { kind: 'risk-answer', items: ['harmToOthers'], answers: ['yes'] },
    effects: [{ kind: 'safety-action', action: 'harm-to-others-review' }],
  },
  {
    id: 'risk.positive.clinician-notified',
    description: 'In a clinician-connected programme, a positive screen goes to the responsible clinician as the documented protocol says.',
    source: 'Simon et al. (2013), doi:10.1176/appi.ps.201200587; Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z.',
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
    source:
      'Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z; NICE (2018), Evidence standards framework for digital health technologies, https://www.nice.org.uk/corporate/ecd7.',
    when: { kind: 'delivery', context: 'self-guided-app' },
    effects: [{ kind: 'safety-action', action: 'nobody-monitoring' }],
  },
  {
    id: 'risk.positive.withhold-intensive',
    description:
      'After a positive risk screen, imagery, body and memory work waits until a clinician has reviewed risk; grounding and regulation skills come first and stabilisation is longer.',
    source:
      'Dobkin, Irving & Amar (2012), Mindfulness, doi:10.1007/s12671-011-0079-9 (who may be contraindicated); Britton et al. (2021), Clinical Psychological Science 9(6), doi:10.1177/2167702621996340 (lasting harms linked to dysregulated arousal); Stanley & Brown (2012) (keep safety-plan tools).',
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
      'A declined risk question or a blank risk item (a review flag such as phq9-item9-unanswered) leaves risk unknown: safety comes first, a clinician finishes the risk questions, and until then imagery, body and memory practice on one’s own waits.',
    source:
      'Louzon et al. (2016), Psychiatric Services, doi:10.1176/appi.ps.201500149 (a "0" does not mean safe, so a blank does not either); SAMHSA (2014), HHS Pub. No. (SMA) 14-4884 (people may skip questions). Safety first for unknown risk is securebase’s conservative reading.',
    when: { kind: 'risk', status: 'unknown' },
    effects: [
      { kind: 'safety-first' },
      { kind: 'safety-action', action: 'safety-plan' },
      { kind: 'safety-action', action: 'crisis-resources' },
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
    id: 'risk.reviewed.not-current',
    description:
      'A past risk that a clinician reviewed with the person and found not current no longer blocks work; the safety plan is kept up to date and scripts use their trauma-sensitive variant.',
    source:
      'Simon et al. (2013), doi:10.1176/appi.ps.201200587 and Uebelacker et al. (2011), doi:10.4088/PCC.10m01027 (a screen raises risk until a clinician assesses it); Stanley & Brown (2012), Cognitive and Behavioral Practice 19:256–264 (review and update the safety plan).',
    when: { kind: 'risk', status: 'reviewed' },
    effects: [
      { kind: 'safety-action', action: 'safety-plan' },
      {
        kind: 'adaptation',
        text: 'A past risk was reviewed with the person and found not current: keep the safety plan up to date and ask about risk again at each review.',
      },
    ],
  },
  {
    id: 'safeguarding.unsafe-at-home',
    description:
      'A "yes" (or "unsure") on "someone is hurting you or making you feel unsafe at home" adds a safeguarding action: a clinician reviews safety at home and the person is shown the domestic abuse services of their region.',
    source:
      'NICE (2014), Domestic violence and abuse: multi-agency working, PH50, https://www.nice.org.uk/guidance/ph50; World Health Organization (2013), Responding to intimate partner violence and sexual violence against women: WHO clinical and policy guidelines.',
    when: { kind: 'screen-answer', items: ['unsafeLivingSituation'], answers: ['yes', 'unsure'] },
    effects: [{ kind: 'safety-action', action: 'safeguarding' }],
  },
  {
    id: 'screen.not-cleared',
    description: 'An "unsure" or "declined" answer counts as yes for screening until a clinician has reviewed it.',
    source:
      'Uebelacker et al. (2011), doi:10.4088/PCC.10m01027 (a screen is not an assessment). Counting "unsure" as yes is securebase’s conservative reading.',
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
    source:
      'Dobkin, Irving & Amar (2012), Mindfulness, doi:10.1007/s12671-011-0079-9 (acute crisis as a contraindication); Stanley & Brown (2012), Cognitive and Behavioral Practice 19:256–264; Martinengo et al. (2019), doi:10.1186/s12916-019-1461-z.',
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
      'Dobkin, Irving & Amar (2012), Mindfulness, doi:10.1007/s12671-011-0079-9; Britton et al. (2021), Clinical Psychological Science 9(6), doi:10.1177/2167702621996340 (harms linked to dysregulated arousal); Treleaven (2018), Trauma-Sensitive Mindfulness, W. W. Norton.',
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
    source:
      'Dobkin, Irving & Amar (2012), Mindfulness, doi:10.1007/s12671-011-0079-9; Baer, Crane, Miller & Kuyken (2019), Clinical Psychology Review 71:101–114, doi:10.1016/j.cpr.2019.01.001.',
    when: { kind: 'always' },
    effects: [{ kind: 'withhold-contraindicated' }],
  },
  {
    id: 'context.self-guided',
    description: 'A self-guided app offers only scripts marked for self-guided use; guided and therapist-only scripts need a clinician.',
    source:
      'Martinengo et al. (2019), doi:10.1186/s12916-019-1461-z; Baer, Crane, Miller & Kuyken (2019), doi:10.1016/j.cpr.2019.01.001. Each script’s delivery mode is set by its own sources (see the exercise review pages).',
    when: { kind: 'delivery', context: 'self-guided-app' },
    effects: [{ kind: 'allow-delivery', delivery: ['self'] }],
  },
  {
    id: 'context.therapist-led',
    description: 'Therapist-led work can offer self-guided, guided and therapist-delivered scripts.',
    source:
      'Each script’s delivery mode (self, guided, therapist) is set by its own sources (see the exercise review pages); on doing no harm in mindfulness-based programmes: Baer, Crane, Miller & Kuyken (2019), Clinical Psychology Review 71:101–114, doi:10.1016/j.cpr.2019.01.001.',
    when: { kind: 'delivery', context: 'therapist-led' },
    effects: [{ kind: 'allow-delivery', delivery: ['self', 'guided', 'therapist'] }],
  },
  {
    id: 'variant.trauma-sensitive',
    description:
      'Scripts use their trauma-sensitive variant when any contraindication is flagged, risk is not clear, or attachment is fearful or disorganised.',
    source:
      'Treleaven (2018), Trauma-Sensitive Mindfulness, W. W. Norton (eyes open, short first, choice of anchor, a way out); SAMHSA (2014), HHS Pub. No. (SMA) 14-4884.',
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
      'Cloitre et al. (2011), J Trauma Stress 24(6):615–627, doi:10.1002/jts.20697 (phase-based care); Liotti (2004), Psychotherapy: Theory, Research, Practice, Training 41(4):472–486; Wallin (2007), Attachment in Psychotherapy, Guilford.',
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
    source:
      'Levy et al. (2018), J Clin Psychol 74(11):1996–2013, doi:10.1002/jclp.22685 (attachment anxiety predicts poorer outcome); Daly & Mallinckrodt (2009), J Couns Psychol 56(4):549–563; Wallin (2007), Attachment in Psychotherapy, Guilford.',
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
    source:
      'Daly & Mallinckrodt (2009), J Couns Psychol 56(4):549–563 (distance calibration); Wallin (2007), Attachment in Psychotherapy, Guilford; Levy et al. (2018), doi:10.1002/jclp.22685.',
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
    source:
      'Levy et al. (2018), J Clin Psychol 74(11):1996–2013, doi:10.1002/jclp.22685 (secure patients do better on average); Wallin (2007), Attachment in Psychotherapy, Guilford.',
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
      'Fraley, Waller & Brennan (2000), JPSP 78(2):350–365, doi:10.1037/0022-3514.78.2.350 (measure anxiety and avoidance as dimensions). The cautious default before an estimate is securebase’s own choice.',
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
    source:
      'Cloitre et al. (2011), J Trauma Stress 24(6):615–627, doi:10.1002/jts.20697 (stabilisation first, longer for complex trauma). The number of sessions is a planning default, not a published rule.',
    when: { kind: 'always' },
    effects: [{ kind: 'stabilisation-sessions', sessions: 4 }],
  },
] as const satisfies readonly PlanningRule[];
