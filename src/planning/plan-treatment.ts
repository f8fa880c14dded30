import { match } from 'ts-pattern';
import { exerciseScripts } from '../exercises/scripts/registry.js';
import type { ExerciseScript, ScriptVariant } from '../exercises/types.js';
import { instruments } from '../instruments/registry.js';
import { _deepFreeze } from '../model/freeze.js';
import { type ClinicianAnnotation, CURRENT_RISK_RECENCIES, REVIEW_OUTCOMES, type RiskRecency } from '../model/intake.js';
import { _formatPath } from '../model/preview.js';
import { CONCERNS, CONTRAINDICATIONS, type Concern, type Contraindication, type DeliveryMode, TECHNIQUE_IDS, type TechniqueId } from '../model/technique.js';
import { crisisHelp, domesticAbuseHelp, flagTextId, SafetyDataError } from '../safety/crisis-resources.js';
import { _assertComplete, _localeOrThrow, _word } from '../safety/locale.js';
import { techniques } from '../techniques/protocols/registry.js';
import { type StrategyFit, type TechniqueProtocol, THERAPY_PHASES, type TherapyPhase } from '../techniques/types.js';
import { _AttachmentProblem, _resolveAttachment, _strategyOf } from './_internal/attachment.js';
import { _holds, type _RuleContext } from './_internal/conditions.js';
import {
  type ClinicianReview,
  type ContraindicationScreenItem,
  DEFAULT_PLANNED_SESSIONS,
  type Formulation,
  PLANNED_SESSIONS_RANGE,
  type PlanOptions,
  type RiskItem,
  type RiskScreenItem,
  SCREEN_CONTRAINDICATIONS,
} from './formulation.js';
import { MEASUREMENT_RULES } from './measurement.js';
import { DEFAULT_ATTACHMENT_MEASURE, PHASE_GUIDES, PHASE_SESSIONS } from './phases.js';
import type { AttachmentProfile, MeasureTiming, PlanningRule, RiskStatus, RuleEffect, ScriptFocus } from './planning-rule.js';
import {
  PLAN_DISCLAIMER,
  PLANNING_RULES,
  PLANNING_RULES_VERSION,
  RISK_CONTRAINDICATIONS,
  RISK_PRESENT_ANSWERS,
  SCREEN_PRESENT_ANSWERS,
  URGENT_FLAG_CONTRAINDICATIONS,
} from './rules.js';
import { SAFETY_ACTIONS } from './safety-actions.js';
import type {
  AppliedRule,
  PlanMessage,
  PlannedExercise,
  PlannedSafetyAction,
  PlannedTechnique,
  PlanPhase,
  ScheduledMeasure,
  TreatmentPlan,
  WithheldExercise,
} from './treatment-plan.js';

/**
 * A problem with a formulation that stops a plan being made: the path names the field and the
 * message says what is wrong. {@link planTreatment} throws it; the schema-validated entries
 * (`safePlanTreatment`, `planFromIntake` in `securebase/schemas`) return the issues instead.
 *
 * @example
 * ```ts
 * const no = { answer: 'no' } as const;
 * let path = '';
 * try {
 *   planTreatment({
 *     attachment: { kind: 'measure', instrument: 'ecr-r' },
 *     concerns: ['anxiety'],
 *     riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
 *     contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *     delivery: 'therapist-led',
 *   });
 * } catch (e) {
 *   if (e instanceof PlanningError) path = e.issues[0]?.where ?? '';
 * }
 * path; // => 'attachment.instrument'
 * ```
 * @category Planning
 */
export class PlanningError extends Error {
  /** Always `'PlanningError'`. */
  override readonly name = 'PlanningError';
  /** Every problem found, frozen. */
  readonly issues: readonly PlanningIssue[];
  constructor(problems: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]) {
    const issues = problems.map((p) => {
      const where = _formatPath(p.path);
      return Object.freeze({ path: Object.freeze([...p.path]), where, message: `${where}: ${p.message}` });
    });
    super(issues.map((i) => i.message).join(' '));
    this.issues = Object.freeze(issues);
  }
}

/**
 * One problem that stopped a plan: the path in the formulation (keys and list positions), the
 * same path as text, and a message that starts with it.
 *
 * @category Planning
 */
export interface PlanningIssue {
  /** Where in the formulation: keys and list positions. */
  readonly path: readonly (string | number)[];
  /** The same path as text, for example `attachment.instrument`. */
  readonly where: string;
  /** A plain message that starts with `where`. */
  readonly message: string;
}

type WithholdEffect = Extract<RuleEffect, { kind: 'withhold' }>;

/** Everything the rules that hold ask for, folded in table order. */
interface Folded {
  safetyFirst: boolean;
  actions: Map<string, string>;
  allowDelivery: Set<DeliveryMode>;
  withholdContraindicated: string | null;
  withholds: { effect: WithholdEffect; rule: string }[];
  order: { order: readonly TechniqueId[]; byConcerns: boolean } | null;
  promotes: { technique: TechniqueId; reason: string }[];
  prioritise: { protocol: string; reason: string }[];
  carefully: Map<string, string>;
  defer: Map<string, string>;
  stabilisation: number;
  variant: ScriptVariant;
  adaptations: string[];
  planAs: AttachmentProfile | null;
}

function fold(rules: readonly PlanningRule[]): Folded {
  const f: Folded = {
    safetyFirst: false,
    actions: new Map(),
    allowDelivery: new Set(),
    withholdContraindicated: null,
    withholds: [],
    order: null,
    promotes: [],
    prioritise: [],
    carefully: new Map(),
    defer: new Map(),
    stabilisation: 0,
    variant: 'standard',
    adaptations: [],
    planAs: null,
  };
  for (const rule of rules) {
    for (const effect of rule.effects) {
      match(effect)
        .with({ kind: 'safety-first' }, () => {
          f.safetyFirst = true;
        })
        .with({ kind: 'safety-action' }, (e) => {
          if (!f.actions.has(e.action)) f.actions.set(e.action, rule.id);
        })
        .with({ kind: 'allow-delivery' }, (e) => {
          for (const d of e.delivery) f.allowDelivery.add(d);
        })
        .with({ kind: 'withhold-contraindicated' }, () => {
          f.withholdContraindicated ??= rule.id;
        })
        .with({ kind: 'withhold' }, (e) => {
          f.withholds.push({ effect: e, rule: rule.id });
        })
        .with({ kind: 'technique-order' }, (e) => {
          f.order ??= { order: e.order, byConcerns: e.byConcerns };
        })
        .with({ kind: 'promote-technique' }, (e) => {
          f.promotes.push({ technique: e.technique, reason: e.reason });
        })
        .with({ kind: 'prioritise' }, (e) => {
          for (const p of e.protocols) if (!f.prioritise.some((x) => x.protocol === p)) f.prioritise.push({ protocol: p, reason: e.reason });
        })
        .with({ kind: 'introduce-carefully' }, (e) => {
          for (const p of e.protocols) if (!f.carefully.has(p)) f.carefully.set(p, e.reason);
        })
        .with({ kind: 'defer' }, (e) => {
          for (const p of e.protocols) if (!f.defer.has(p)) f.defer.set(p, e.reason);
        })
        .with({ kind: 'stabilisation-sessions' }, (e) => {
          f.stabilisation = Math.max(f.stabilisation, e.sessions);
        })
        .with({ kind: 'variant' }, (e) => {
          if (e.variant === 'trauma-sensitive' || f.variant === 'standard') f.variant = e.variant;
        })
        .with({ kind: 'adaptation' }, (e) => {
          if (!f.adaptations.includes(e.text)) f.adaptations.push(e.text);
        })
        .with({ kind: 'plan-as' }, (e) => {
          f.planAs ??= e.profile;
        })
        .exhaustive();
    }
  }
  return f;
}

const RISK_WORDS: { readonly [K in RiskScreenItem]: string } = {
  suicidalThoughts: 'thoughts of suicide',
  selfHarm: 'self-harm',
  harmToOthers: 'thoughts of harming others',
};
const RECENCY_WORDS = { now: 'now', 'past-2-weeks': 'in the last 2 weeks', 'past-year': 'in the last year', 'over-a-year-ago': 'over a year ago' } as const;
const CONTRA_WORDS: { readonly [C in Contraindication]: string } = {
  'active-suicidality': 'suicidal thoughts',
  'self-harm': 'self-harm',
  psychosis: 'psychosis',
  'severe-dissociation': 'dissociation',
  'substance-intoxication': 'substance use',
  'recent-trauma': 'a recent trauma or loss',
  'current-crisis': 'a current crisis',
  'unsafe-living-situation': 'an unsafe living situation',
};
const PROFILE_WORDS: { readonly [P in AttachmentProfile]: string } = {
  hyperactivating: 'high attachment anxiety (a hyperactivating pattern)',
  deactivating: 'high attachment avoidance (a deactivating pattern)',
  disorganised: 'fearful or disorganised attachment',
  'security-based': 'secure attachment',
  'not-assessed': 'attachment not yet assessed',
};
const DELIVERY_WORDS: { readonly [D in DeliveryMode]: string } = {
  self: 'self-guided use',
  guided: 'a clinician-connected programme',
  therapist: 'a therapist in session',
};

const FIT_SOURCE = 'Wallin 2007, Attachment in Psychotherapy; Daly & Mallinckrodt 2009, J Couns Psychol 56(4):549–563';

const list = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const sentence = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

/** A risk flag on a measure: `urgent`, or `review` (a risk item left blank). */
interface RiskFlag {
  readonly instrument: string;
  readonly id: string;
  readonly level: 'urgent' | 'review';
  readonly message: string;
  readonly clientMessage: string;
}

/** What the planner read about risk, item by item. */
interface RiskReading {
  readonly status: RiskStatus;
  readonly reasons: string[];
  readonly urgent: boolean;
  readonly current: boolean;
  /** Flags whose contraindications stay present (every urgent flag, and review flags not reviewed as not current). */
  readonly presentFlags: boolean;
  /** Risk-screen items whose contraindications stay present. */
  readonly presentItems: ReadonlySet<RiskScreenItem>;
  readonly flags: readonly RiskFlag[];
}

const isCurrentRecency = (r: RiskRecency): boolean => (CURRENT_RISK_RECENCIES as readonly RiskRecency[]).includes(r);
const reviewWords = (r: ClinicianReview): string => `reviewed ${r.reviewedAt}: ${r.outcome === 'current' ? 'current' : 'not current'}`;

/** How one risk-screen answer counts: not at all, current, past and unreviewed, unanswered, or reviewed as not current. */
function itemState(a: RiskItem): 'none' | 'current' | 'unreviewed' | 'unanswered' | 'reviewed' {
  if (a.answer === 'no') return 'none';
  if (a.review?.outcome === 'current') return 'current';
  if (a.answer === 'yes') {
    if (isCurrentRecency(a.recency)) return 'current';
    return a.review === undefined ? 'unreviewed' : 'reviewed';
  }
  return a.review === undefined ? 'unanswered' : 'reviewed';
}

function readRisk(f: Formulation): RiskReading {
  const reasons: string[] = [];
  const flags: RiskFlag[] = [];
  for (const [instrument, result] of Object.entries(f.measures ?? {})) {
    for (const flag of result?.flags ?? []) {
      if (flag.level === 'urgent' || flag.level === 'review')
        flags.push({ instrument, id: flag.id, level: flag.level, message: flag.message, clientMessage: flag.clientMessage });
    }
  }
  let urgent = false;
  let current = false;
  let unreviewed = false;
  let unknown = false;
  let reviewed = false;
  let presentFlags = false;
  for (const flag of flags) {
    const review = f.flagReviews?.find((r) => r.instrument === flag.instrument && r.flag === flag.id);
    const seen = review === undefined ? '' : ` (${reviewWords(review)})`;
    if (flag.level === 'urgent') {
      urgent = true;
      current = true;
      presentFlags = true;
      reasons.push(`${flag.instrument}: urgent flag "${flag.id}"${seen}. ${flag.message}`);
    } else if (review?.outcome === 'current') {
      current = true;
      presentFlags = true;
      reasons.push(`${flag.instrument}: review flag "${flag.id}"${seen}. ${flag.message}`);
    } else if (review === undefined) {
      unknown = true;
      presentFlags = true;
      reasons.push(`${flag.instrument}: review flag "${flag.id}", not yet reviewed. ${flag.message}`);
    } else {
      reviewed = true;
      reasons.push(`${flag.instrument}: review flag "${flag.id}"${seen}.`);
    }
  }
  const presentItems = new Set<RiskScreenItem>();
  for (const item of Object.keys(RISK_WORDS) as RiskScreenItem[]) {
    const a = f.riskScreen[item];
    const state = itemState(a);
    const seen = a.review === undefined ? '' : `, ${reviewWords(a.review)}`;
    const what = a.answer === 'yes' ? `yes (${RECENCY_WORDS[a.recency]}${seen})` : `not answered${seen === '' ? '' : ` (${seen.slice(2)})`}`;
    if (state === 'none') continue;
    if (state !== 'reviewed') presentItems.add(item);
    if (state === 'current') current = true;
    else if (state === 'unreviewed') unreviewed = true;
    else if (state === 'unanswered') unknown = true;
    else reviewed = true;
    reasons.push(`Risk screen: ${RISK_WORDS[item]}, ${what}.`);
  }
  const status: RiskStatus = current || unreviewed ? 'positive' : unknown ? 'unknown' : reviewed ? 'reviewed' : 'negative';
  if (status === 'negative') reasons.push('No risk flag and no yes on the risk screen. This does not mean the person is safe: keep crisis access visible.');
  if (status === 'reviewed') reasons.push('Every risk found is in the past and was reviewed by a clinician as not current. Keep the safety plan up to date.');
  return { status, reasons, urgent, current, presentFlags, presentItems, flags };
}

function readContraindications(f: Formulation, risk: RiskReading): Set<Contraindication> {
  const present = new Set<Contraindication>();
  for (const [item, id] of Object.entries(SCREEN_CONTRAINDICATIONS) as [ContraindicationScreenItem, Contraindication][]) {
    const a = f.contraindicationScreen[item];
    if (a !== undefined && SCREEN_PRESENT_ANSWERS.includes(a)) present.add(id);
  }
  for (const item of risk.presentItems) {
    if (RISK_PRESENT_ANSWERS.includes(f.riskScreen[item].answer)) for (const c of RISK_CONTRAINDICATIONS[item]) present.add(c);
  }
  if (risk.presentFlags) for (const c of URGENT_FLAG_CONTRAINDICATIONS) present.add(c);
  return present;
}

function layoutPhases(total: number, stabilisationWanted: number) {
  const a = PHASE_SESSIONS.assessment;
  const c = PHASE_SESSIONS.consolidation;
  const room = total - a - c;
  const stab = Math.max(PHASE_SESSIONS.minimumStabilisation, Math.min(stabilisationWanted, room - PHASE_SESSIONS.minimumWorkingThrough));
  const ranges: Record<TherapyPhase, [number, number]> = {
    'assessment-formulation': [1, a],
    stabilisation: [a + 1, a + stab],
    'working-through': [a + stab + 1, total - c],
    'consolidation-ending': [total - c + 1, total],
  };
  return ranges;
}

function sessionsFor(timing: MeasureTiming, total: number, mid: number): number[] {
  return match(timing)
    .with({ kind: 'every-session' }, () => Array.from({ length: total }, (_, i) => i + 1))
    .with({ kind: 'baseline-end' }, () => [1, total])
    .with({ kind: 'baseline-mid-end' }, () => [1, mid, total])
    .with({ kind: 'from-then-every' }, (t) => {
      const out: number[] = [];
      for (let s = t.first; s <= total; s += t.every) out.push(s);
      return out;
    })
    .exhaustive();
}

function validate(f: Formulation, options: PlanOptions | undefined): number {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const n = f.plannedSessions ?? DEFAULT_PLANNED_SESSIONS;
  if (!Number.isInteger(n) || n < PLANNED_SESSIONS_RANGE.min || n > PLANNED_SESSIONS_RANGE.max) {
    problems.push({
      path: ['plannedSessions'],
      message: `expected a whole number from ${PLANNED_SESSIONS_RANGE.min} to ${PLANNED_SESSIONS_RANGE.max}, received ${String(n).slice(0, 24)}.`,
    });
  }
  if (!Array.isArray(f.concerns)) problems.push({ path: ['concerns'], message: 'expected a list of concerns.' });
  else
    f.concerns.forEach((c, i) => {
      if (!(CONCERNS as readonly unknown[]).includes(c))
        problems.push({ path: ['concerns', i], message: `"${String(c).slice(0, 24)}" is not one of the presenting concerns.` });
    });
  const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  const checkReview = (r: ClinicianReview | undefined, path: (string | number)[]) => {
    if (r === undefined) return;
    if (typeof r !== 'object' || r === null) {
      problems.push({ path, message: 'expected { reviewedAt, outcome }.' });
      return;
    }
    if (!(typeof r.reviewedAt === 'string' && DATE.test(r.reviewedAt)))
      problems.push({ path: [...path, 'reviewedAt'], message: `expected a date YYYY-MM-DD, received ${String(r.reviewedAt).slice(0, 24)}.` });
    if (!(REVIEW_OUTCOMES as readonly unknown[]).includes(r.outcome))
      problems.push({ path: [...path, 'outcome'], message: `expected "current" or "not-current", received ${String(r.outcome).slice(0, 24)}.` });
  };
  for (const item of Object.keys(RISK_WORDS) as RiskScreenItem[]) checkReview(f.riskScreen?.[item]?.review, ['riskScreen', item, 'review']);
  if (f.flagReviews !== undefined) {
    if (!Array.isArray(f.flagReviews)) problems.push({ path: ['flagReviews'], message: 'expected a list of flag reviews.' });
    else f.flagReviews.forEach((r, i) => checkReview(r, ['flagReviews', i]));
  }
  if (options !== undefined) {
    try {
      crisisHelp(options);
    } catch (e) {
      if (!(e instanceof SafetyDataError)) throw e;
      for (const i of e.issues)
        problems.push({ path: ['options', /^(options\.)?region\b/.test(i.path) ? 'region' : 'resources'], message: `${i.path}: ${i.message}` });
    }
  }
  if (problems.length > 0) throw new PlanningError(problems);
  return n;
}

/** The focus of a protocol: the union of its scripts' focus, or all three intensive kinds if it needs screening and has no script. */
function protocolFocus(p: TechniqueProtocol): readonly ScriptFocus[] {
  const scripts = exerciseScripts.filter((s) => s.protocol === p.id);
  if (scripts.length > 0) return [...new Set(scripts.flatMap((s) => s.focus as readonly ScriptFocus[]))];
  return p.requiresScreening ? ['imagery', 'body', 'memory'] : [];
}

/**
 * Turns a formulation into a treatment plan, by reading the planning rules (`PLANNING_RULES`),
 * the safety actions, the measurement table and the phase guide, together with the technique
 * protocols and the exercise scripts. The plan is decision support for a clinician, never a
 * diagnosis: it always carries {@link PLAN_DISCLAIMER}.
 *
 * What always holds:
 * - Any positive risk (an urgent flag on a measure, such as PHQ-9 item 9; a current yes on the risk
 *   screen; a past yes no clinician has reviewed) puts the safety plan and crisis resources first
 *   and withholds imagery, body and memory work. Unknown risk (a declined question, or a `review`
 *   flag such as a blank PHQ-9 item 9) also puts safety first and withholds such work on one's own
 *   until a clinician has reviewed it. A past risk a clinician reviewed as not current blocks nothing.
 * - Crisis help shown to the person comes only from `safety/` for `options.region` (`crisisHelp`,
 *   `domesticAbuseHelp`, with an app's own `resources`); with no region the plan names no number.
 *   `plan.forPerson` carries each risk flag's `clientMessage`, never its clinician `message`.
 * - A "yes" (or "unsure") on the home-safety question adds a safeguarding action.
 * - No exercise is offered whose contraindications the screens show (`unsure` counts as yes);
 *   dissociation or psychosis withholds every imagery- and body-focused script.
 * - A self-guided app is offered only self-guided scripts.
 * - The attachment style is derived with an explicit method (default: the scale midpoint for
 *   ECR-family dimensions), and the plan says which; the profile orders the techniques and sets
 *   the adaptations (fearful / disorganised: stabilisation first; Cloitre et al. 2011, doi:10.1002/jts.20697).
 * - Every technique and exercise carries its reason in plain words; every rule that shaped the plan
 *   is listed with its source.
 *
 * Throws {@link PlanningError} when the formulation or the options cannot be read (for example an
 * attachment measure that is not in `measures`, a review without a date, or a region that is not a code). Pure: the same formulation always gives the same frozen plan.
 *
 * @example
 * ```ts
 * import { phq9, planTreatment, score } from 'securebase';
 * const plan = planTreatment({
 *   attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
 *   concerns: ['anxiety', 'relationship-distress'],
 *   measures: { 'phq-9': score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 0, 1]) },
 *   riskScreen: { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } },
 *   contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *   delivery: 'self-guided-app',
 * });
 * plan.attachment.style; // => 'preoccupied'
 * plan.attachment.profile; // => 'hyperactivating'
 * plan.techniques[0]?.technique; // => 'regulate'
 * plan.safetyFirst; // => false
 * plan.exercises.every((e) => e.delivery === 'self'); // => true
 * ```
 * @category Planning
 */
export function planTreatment(formulation: Formulation, options?: PlanOptions): TreatmentPlan {
  const total = validate(formulation, options);
  let resolved: ReturnType<typeof _resolveAttachment>;
  try {
    resolved = _resolveAttachment(formulation.attachment, formulation.measures);
  } catch (e) {
    if (e instanceof _AttachmentProblem) throw new PlanningError([e.problem]);
    throw e;
  }
  const strategy = _strategyOf(resolved.style);
  const risk = readRisk(formulation);
  const present = readContraindications(formulation, risk);
  const annotations = new Set<ClinicianAnnotation>(formulation.clinicianAnnotations ?? []);
  const concerns = CONCERNS.filter((c) => formulation.concerns.includes(c));
  const ctx: _RuleContext = {
    riskStatus: risk.status,
    urgentFlag: risk.urgent,
    currentRisk: risk.current,
    riskScreen: formulation.riskScreen,
    screen: formulation.contraindicationScreen,
    present,
    profile: strategy ?? 'not-assessed',
    annotations,
    delivery: formulation.delivery,
    concerns: new Set(concerns),
  };

  const applying = (PLANNING_RULES as readonly PlanningRule[]).filter((r) => _holds(r.when, ctx));
  const f = fold(applying);
  const profile: AttachmentProfile = f.planAs ?? ctx.profile;
  const fitProfile = profile === 'security-based' || profile === 'not-assessed' ? null : profile;

  // Techniques: the order of the first rule that sets one, then concerns, then promotions.
  const baseOrder = f.order?.order ?? TECHNIQUE_IDS;
  const concernHits = (ind: readonly Concern[]) => ind.filter((c) => concerns.includes(c));
  const techniqueById = new Map(techniques.map((t) => [t.id as TechniqueId, t]));
  let order = [...TECHNIQUE_IDS].sort((a, b) => baseOrder.indexOf(a) - baseOrder.indexOf(b));
  if (f.order?.byConcerns) {
    const hits = (t: TechniqueId) => concernHits(techniqueById.get(t)?.indications ?? []).length;
    order = order
      .map((t, i) => ({ t, i }))
      .sort((x, y) => hits(y.t) - hits(x.t) || x.i - y.i)
      .map((x) => x.t);
  }
  const promoted = new Map<TechniqueId, string>();
  for (const p of [...f.promotes].reverse()) {
    order = [p.technique, ...order.filter((t) => t !== p.technique)];
    promoted.set(p.technique, p.reason);
  }
  const rankOf = (t: TechniqueId) => order.indexOf(t) + 1;

  // Availability of protocols and scripts.
  const allowed = f.allowDelivery;
  const prioIndex = (protocol: string) => {
    const i = f.prioritise.findIndex((x) => x.protocol === protocol);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const withholdMatchesScript = (e: WithholdEffect, s: ExerciseScript) =>
    (e.protocols === undefined || e.protocols.includes(s.protocol)) &&
    (e.focus === undefined || s.focus.some((x) => (e.focus as readonly string[]).includes(x))) &&
    (e.delivery === undefined || e.delivery.includes(s.delivery));
  const withholdMatchesProtocol = (e: WithholdEffect, p: TechniqueProtocol) => {
    const modes = p.delivery.filter((d) => allowed.has(d));
    return (
      (e.protocols === undefined || e.protocols.includes(p.id)) &&
      (e.focus === undefined || protocolFocus(p).some((x) => (e.focus as readonly string[]).includes(x))) &&
      (e.delivery === undefined || modes.every((d) => (e.delivery as readonly DeliveryMode[]).includes(d)))
    );
  };
  const protocolAvailable = (p: TechniqueProtocol) =>
    p.delivery.some((d) => allowed.has(d)) &&
    !(f.withholdContraindicated !== null && p.contraindications.some((c) => present.has(c))) &&
    !f.withholds.some((w) => withholdMatchesProtocol(w.effect, p));
  const protocolRank = (id: string) => (prioIndex(id) < Number.POSITIVE_INFINITY ? 0 : f.carefully.has(id) ? 2 : 1);
  const orderProtocols = (ps: readonly TechniqueProtocol[]) =>
    ps
      .map((p, i) => ({ p, i }))
      .sort((x, y) => protocolRank(x.p.id) - protocolRank(y.p.id) || prioIndex(x.p.id) - prioIndex(y.p.id) || x.i - y.i)
      .map((x) => x.p);

  const planTechniques: PlannedTechnique[] = order.map((id) => {
    const t = techniqueById.get(id);
    const name = t?.name ?? id;
    const fit: StrategyFit = (fitProfile && t?.strategies.find((s) => s.strategy === fitProfile)?.fit) || 'suitable';
    const adaptation = (fitProfile && t?.strategies.find((s) => s.strategy === fitProfile)?.adaptation) || null;
    const fitWords = match(fit)
      .with('prioritise', () => `A priority for ${PROFILE_WORDS[profile]} (${FIT_SOURCE}).`)
      .with('suitable', () => `Suitable for ${PROFILE_WORDS[profile]}.`)
      .with('introduce-carefully', () => `Introduce carefully with ${PROFILE_WORDS[profile]} (${FIT_SOURCE}).`)
      .with('after-stabilisation', () => `With ${PROFILE_WORDS[profile]}, only after stabilisation and led by a therapist (${FIT_SOURCE}).`)
      .exhaustive();
    const hits = concernHits(t?.indications ?? []);
    const available = orderProtocols((t?.protocols ?? []).filter(protocolAvailable));
    const first = available.filter((p) => prioIndex(p.id) < Number.POSITIVE_INFINITY).slice(0, 3);
    const firstReason = first[0] ? f.prioritise[prioIndex(first[0].id)]?.reason : undefined;
    const parts = [
      promoted.has(id) ? sentence(promoted.get(id) as string) : null,
      fitWords,
      firstReason ? `Start with ${list(first.map((p) => p.name))}, because ${firstReason}.` : null,
      hits.length > 0 ? `It addresses ${list(hits.map((c) => c.replaceAll('-', ' ')))}.` : 'It does not target the presenting concerns directly.',
    ].filter((x): x is string => x !== null);
    return {
      technique: id,
      name,
      rank: rankOf(id),
      fit,
      reason: parts.join(' '),
      adaptation,
      protocols: available.map((p) => p.id),
    };
  });

  // Phases.
  const ranges = layoutPhases(total, f.stabilisation);
  const wtIndex = THERAPY_PHASES.indexOf('working-through');
  const allProtocols = order.flatMap((id) => orderProtocols(techniqueById.get(id)?.protocols ?? []));
  const phases: PlanPhase[] = PHASE_GUIDES.map((g) => {
    const [firstSession, lastSession] = ranges[g.phase];
    const goals: string[] = [...g.goals];
    if (g.phase === 'assessment-formulation' && f.safetyFirst)
      goals.unshift('Safety first: make a safety plan with the person and share crisis resources before any other work.');
    const before = THERAPY_PHASES.indexOf(g.phase) < wtIndex;
    return {
      phase: g.phase,
      title: g.title,
      firstSession,
      lastSession,
      goals,
      protocols: allProtocols
        .filter((p) => (p.phases as readonly string[]).includes(g.phase) && protocolAvailable(p) && !(before && f.defer.has(p.id)))
        .map((p) => p.id),
    };
  });

  // Exercises.
  const protocolById = new Map<string, TechniqueProtocol>(techniques.flatMap((t) => t.protocols.map((p) => [p.id, p] as const)));
  const offered: { e: PlannedExercise; key: number[] }[] = [];
  const withheld: WithheldExercise[] = [];
  exerciseScripts.forEach((s: ExerciseScript, index) => {
    const reasons: string[] = [];
    const rules: string[] = [];
    if (!allowed.has(s.delivery)) {
      reasons.push(
        `It needs ${DELIVERY_WORDS[s.delivery]}; this plan is for ${formulation.delivery === 'self-guided-app' ? 'a self-guided app' : 'therapist-led work'}.`,
      );
      const r = applying.find((x) => x.effects.some((e) => e.kind === 'allow-delivery'));
      if (r) rules.push(r.id);
    }
    const hit = s.contraindications.map((q) => q.contraindication).filter((c) => present.has(c));
    if (f.withholdContraindicated !== null && hit.length > 0) {
      reasons.push(`The screens show ${list(hit.map((c) => CONTRA_WORDS[c]))}, which this script lists as a contraindication.`);
      rules.push(f.withholdContraindicated);
    }
    for (const w of f.withholds) {
      if (withholdMatchesScript(w.effect, s) && !rules.includes(w.rule)) {
        reasons.push(w.effect.reason);
        rules.push(w.rule);
      }
    }
    if (reasons.length > 0) {
      withheld.push({ id: s.id, title: s.title, reasons, rules });
      return;
    }
    const p = protocolById.get(s.protocol);
    const phaseList = (p?.phases ?? techniqueById.get(s.technique)?.phases ?? THERAPY_PHASES) as readonly TherapyPhase[];
    let phase = THERAPY_PHASES.find((x) => phaseList.includes(x)) ?? 'stabilisation';
    if (f.defer.has(s.protocol) && THERAPY_PHASES.indexOf(phase) < wtIndex) phase = 'working-through';
    const hits = concernHits(s.indications);
    const suited = fitProfile !== null && s.suitedStrategies.includes(fitProfile);
    const t = techniqueById.get(s.technique);
    const parts = [
      `Part of ${t?.name ?? s.technique} (technique ${rankOf(s.technique)} of ${order.length} in this plan).`,
      prioIndex(s.protocol) < Number.POSITIVE_INFINITY ? sentence(`offered early: ${f.prioritise[prioIndex(s.protocol)]?.reason}`) : null,
      f.carefully.has(s.protocol) ? sentence(`introduce carefully: ${f.carefully.get(s.protocol)}`) : null,
      f.defer.has(s.protocol) ? sentence(`after stabilisation: ${f.defer.get(s.protocol)}`) : null,
      suited ? `It suits a ${fitProfile} pattern.` : null,
      hits.length > 0 ? `It addresses ${list(hits.map((c) => c.replaceAll('-', ' ')))}.` : null,
    ].filter((x): x is string => x !== null);
    offered.push({
      e: {
        id: s.id,
        title: s.title,
        technique: s.technique,
        protocol: s.protocol,
        delivery: s.delivery,
        focus: [...s.focus],
        phase,
        variant: f.variant,
        reason: parts.join(' '),
        screeningQuestions: s.contraindications.map((q) => q.question),
      },
      key: [prioIndex(s.protocol), f.carefully.has(s.protocol) ? 1 : 0, rankOf(s.technique), -hits.length, suited ? 0 : 1, index],
    });
  });
  offered.sort((x, y) => {
    for (let i = 0; i < x.key.length; i++) {
      const d = (x.key[i] as number) - (y.key[i] as number);
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
    return 0;
  });

  // Measurement schedule.
  const attachmentMeasure =
    formulation.attachment.kind === 'measure' && instruments.some((d) => d.id === (formulation.attachment as { instrument: string }).instrument)
      ? (formulation.attachment as { instrument: string }).instrument
      : DEFAULT_ATTACHMENT_MEASURE;
  const mid = ranges['working-through'][0];
  const measurementSchedule: ScheduledMeasure[] = MEASUREMENT_RULES.filter((m) => _holds(m.when, ctx)).map((m) => {
    const instrument = m.instrument === 'attachment' ? attachmentMeasure : m.instrument;
    return {
      rule: m.id,
      instrument,
      role: m.role,
      sessions: sessionsFor(m.timing, total, mid),
      reason: m.reason,
      source: m.source,
      baselineAvailable: formulation.measures?.[instrument] !== undefined,
    };
  });

  // What the person is shown: crisis help always, domestic-abuse help with a safeguarding action.
  const crisis = crisisHelp(options);
  const abuse = f.actions.has('safeguarding') ? domesticAbuseHelp(options) : null;
  const crisisText = crisis.text; // safety/ words it warmly and plainly (grade 6 or below)
  // Only the safeguarding action asks for domestic-abuse help, and `abuse` is made exactly when it applies.
  const helpText = (kind: 'crisis' | 'domestic-abuse' | null): string | null =>
    kind === 'crisis' ? crisisText : kind === 'domestic-abuse' ? (abuse?.text ?? null) : null;
  const safetyActions: PlannedSafetyAction[] = SAFETY_ACTIONS.filter((a) => f.actions.has(a.id)).map((a) => ({
    ...a,
    rule: f.actions.get(a.id) as string,
    forPerson: helpText(a.personHelp),
  }));
  // A flag's words for the person in the plan's language (`flag.<id>.clientMessage` of the pack).
  const pack = _localeOrThrow(options?.locale, 'planTreatment');
  const missing: string[] = [];
  const flagText = (x: { id: string; clientMessage: string }) => (pack === null ? x.clientMessage : _word(pack, flagTextId(x.id), x.clientMessage, missing));
  const forPerson: PlanMessage[] = [
    ...risk.flags.map((x): PlanMessage => ({ kind: 'flag', id: `${x.instrument}:${x.id}`, text: flagText(x) })),
    { kind: 'crisis-help', id: 'crisis-help', text: crisisText },
    ...(abuse === null ? [] : [{ kind: 'domestic-abuse-help', id: 'domestic-abuse-help', text: abuse.text } satisfies PlanMessage]),
  ];
  _assertComplete(pack, missing, 'planTreatment');
  const appliedRules: AppliedRule[] = applying.map((r) => ({ id: r.id, description: r.description, source: r.source }));

  const plan: TreatmentPlan = {
    kind: 'treatment-plan',
    formatVersion: 2,
    rulesVersion: PLANNING_RULES_VERSION,
    disclaimer: PLAN_DISCLAIMER,
    delivery: formulation.delivery,
    region: crisis.region,
    plannedSessions: total,
    concerns,
    risk: { status: risk.status, reasons: risk.reasons },
    contraindications: CONTRAINDICATIONS.filter((c) => present.has(c)),
    safetyFirst: f.safetyFirst,
    safetyActions,
    forPerson,
    attachment: {
      source: formulation.attachment.kind,
      style: resolved.style,
      strategy,
      profile,
      classification: resolved.classification,
      method: resolved.method,
      clinicianAnnotations: [...annotations],
      caveat: resolved.caveat,
    },
    adaptations: f.adaptations,
    phases,
    techniques: planTechniques,
    exercises: offered.map((o) => o.e),
    withheldExercises: withheld,
    measurementSchedule,
    appliedRules,
  };
  return _deepFreeze(plan);
}
