import type { AttachmentClassification, ClassificationMethod, RqStyle } from '../attachment/index.js';
import type { ExerciseScript, ScriptVariant } from '../exercises/types.js';
import type { AttachmentStrategy, AttachmentStyle } from '../model/attachment.js';
import type { Concern, Contraindication, DeliveryMode, TechniqueId } from '../model/technique.js';
import type { ScoreResult } from '../scoring/types.js';
import type { StrategyFit, TherapyPhase } from '../techniques/types.js';

/**
 * The answers a risk-screen question takes: `yes`, `no`, or `declined` (the person chose not to
 * answer; trauma-informed intake lets people skip, clinical brief §C.4). A declined answer is never
 * read as "no" (§C.2 rule 6).
 *
 * @example
 * ```ts
 * RISK_ANSWERS.includes('declined'); // => true
 * ```
 * @category Planning
 */
export const RISK_ANSWERS = ['yes', 'no', 'declined'] as const;

/** One of {@link RISK_ANSWERS}. @category Planning */
export type RiskAnswer = (typeof RISK_ANSWERS)[number];

/**
 * How recently a "yes" on the risk screen happened: `now` (today or ongoing), `past-2-weeks`
 * (the PHQ-9 time frame), `past-year`, or `over-a-year-ago`.
 *
 * @example
 * ```ts
 * RISK_RECENCIES[0]; // => 'now'
 * ```
 * @category Planning
 */
export const RISK_RECENCIES = ['now', 'past-2-weeks', 'past-year', 'over-a-year-ago'] as const;

/** One of {@link RISK_RECENCIES}. @category Planning */
export type RiskRecency = (typeof RISK_RECENCIES)[number];

/**
 * One risk-screen answer; a `yes` carries its recency.
 *
 * @example
 * ```ts
 * const a: RiskItem = { answer: 'yes', recency: 'past-2-weeks' };
 * ```
 * @category Planning
 */
export type RiskItem = { readonly answer: 'yes'; readonly recency: RiskRecency } | { readonly answer: 'no' | 'declined' };

/**
 * The three risk questions of the intake. Any `yes` is a positive screen; a `declined` answer
 * leaves risk unknown (clinical brief §C.2).
 *
 * @example
 * ```ts
 * const screen: RiskScreen = { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } };
 * ```
 * @category Planning
 */
export interface RiskScreen {
  readonly suicidalThoughts: RiskItem;
  readonly selfHarm: RiskItem;
  readonly harmToOthers: RiskItem;
}

/** The names of the risk-screen questions. @category Planning */
export type RiskScreenItem = keyof RiskScreen;

/**
 * The answers a contraindication-screen question takes. `unsure` counts as `yes` until a
 * clinician has reviewed it: a screen is not an assessment (clinical brief §C.2 rule 6).
 *
 * @example
 * ```ts
 * SCREEN_ANSWERS; // => ['yes', 'no', 'unsure']
 * ```
 * @category Planning
 */
export const SCREEN_ANSWERS = ['yes', 'no', 'unsure'] as const;

/** One of {@link SCREEN_ANSWERS}. @category Planning */
export type ScreenAnswer = (typeof SCREEN_ANSWERS)[number];

/**
 * The screen asked before imagery-, body- or memory-focused work (clinical brief §B, universal
 * cautions). `unsafeLivingSituation` is optional; left out, it is not screened.
 *
 * @example
 * ```ts
 * const screen: ContraindicationScreen = { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'unsure', currentCrisis: 'no' };
 * ```
 * @category Planning
 */
export interface ContraindicationScreen {
  readonly dissociation: ScreenAnswer;
  readonly psychosis: ScreenAnswer;
  readonly activeSubstanceMisuse: ScreenAnswer;
  readonly recentTrauma: ScreenAnswer;
  readonly currentCrisis: ScreenAnswer;
  readonly unsafeLivingSituation?: ScreenAnswer | undefined;
}

/** The names of the contraindication-screen questions. @category Planning */
export type ContraindicationScreenItem = keyof ContraindicationScreen;

/**
 * Which contraindication (the shared vocabulary, `CONTRAINDICATIONS`) each screen question
 * stands for. "Active substance misuse" maps to `substance-intoxication`, the closest id the
 * exercise scripts screen for: the conservative reading.
 *
 * @example
 * ```ts
 * SCREEN_CONTRAINDICATIONS.dissociation; // => 'severe-dissociation'
 * ```
 * @category Planning
 */
export const SCREEN_CONTRAINDICATIONS = {
  dissociation: 'severe-dissociation',
  psychosis: 'psychosis',
  activeSubstanceMisuse: 'substance-intoxication',
  recentTrauma: 'recent-trauma',
  currentCrisis: 'current-crisis',
  unsafeLivingSituation: 'unsafe-living-situation',
} as const satisfies { readonly [K in ContraindicationScreenItem]-?: Contraindication };

/**
 * Where the plan will be used: a `self-guided-app` (nobody watches answers in real time; only
 * scripts marked `self` are offered) or `therapist-led` work (a clinician-connected programme;
 * `guided` and `therapist` scripts are offered too).
 *
 * @example
 * ```ts
 * DELIVERY_CONTEXTS; // => ['self-guided-app', 'therapist-led']
 * ```
 * @category Planning
 */
export const DELIVERY_CONTEXTS = ['self-guided-app', 'therapist-led'] as const;

/** One of {@link DELIVERY_CONTEXTS}. @category Planning */
export type DeliveryContext = (typeof DELIVERY_CONTEXTS)[number];

/**
 * Annotations only a clinician may enter (never derived from self-report, clinical brief §F):
 * an AAI-style `unresolved` state of mind about loss or trauma, or a `disorganised` pattern. Either
 * one plans as the fearful / disorganised profile of §B.6.
 *
 * @example
 * ```ts
 * CLINICIAN_ANNOTATIONS; // => ['unresolved', 'disorganised']
 * ```
 * @category Planning
 */
export const CLINICIAN_ANNOTATIONS = ['unresolved', 'disorganised'] as const;

/** One of {@link CLINICIAN_ANNOTATIONS}. @category Planning */
export type ClinicianAnnotation = (typeof CLINICIAN_ANNOTATIONS)[number];

/**
 * Where the formulation's attachment estimate comes from.
 *
 * - `dimensions`: anxiety and avoidance given directly (ECR-family means by default, so the
 *   default method is the 1–7 scale midpoint).
 * - `measure`: the `anxiety` and `avoidance` scales of a result in `measures` (for example
 *   `'ecr-r'` or `'ecr-s'`); the default method is the midpoint of that instrument's response scale.
 * - `rq`: an RQ result, read with `rqStyle` (highest rating; a tie is broken only by the forced choice).
 * - `rq-style`: an `RqStyle` already computed.
 * - `clinician-style`: a style a clinician judged, with a note on how.
 * - `not-assessed`: no estimate yet; the plan measures attachment at session 1.
 *
 * @example
 * ```ts
 * const a: AttachmentSource = { kind: 'dimensions', anxiety: 5.1, avoidance: 2.2 };
 * ```
 * @category Planning
 */
export type AttachmentSource =
  | { readonly kind: 'dimensions'; readonly anxiety: number; readonly avoidance: number; readonly method?: ClassificationMethod | undefined }
  | { readonly kind: 'measure'; readonly instrument: string; readonly method?: ClassificationMethod | undefined }
  | { readonly kind: 'rq'; readonly result: ScoreResult }
  | { readonly kind: 'rq-style'; readonly style: RqStyle }
  | { readonly kind: 'clinician-style'; readonly style: AttachmentStyle; readonly note: string }
  | { readonly kind: 'not-assessed' };

/**
 * Everything the planner reads: the attachment estimate, presenting concerns, the latest measure
 * results keyed by instrument id, the risk and contraindication screens, and the delivery context.
 *
 * @example
 * ```ts
 * const f: Formulation = {
 *   attachment: { kind: 'dimensions', anxiety: 5.1, avoidance: 2.2 },
 *   concerns: ['anxiety'],
 *   riskScreen: { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } },
 *   contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *   delivery: 'self-guided-app',
 * };
 * ```
 * @category Planning
 */
export interface Formulation {
  readonly attachment: AttachmentSource;
  readonly concerns: readonly Concern[];
  /** The latest result of each instrument, keyed by instrument id (`'phq-9'`, `'ecr-r'`, ...). */
  readonly measures?: { readonly [instrumentId: string]: ScoreResult } | undefined;
  readonly riskScreen: RiskScreen;
  readonly contraindicationScreen: ContraindicationScreen;
  readonly delivery: DeliveryContext;
  /** Planned number of sessions (8–60); default {@link DEFAULT_PLANNED_SESSIONS}. */
  readonly plannedSessions?: number | undefined;
  readonly clinicianAnnotations?: readonly ClinicianAnnotation[] | undefined;
}

/**
 * The planned course length when a formulation gives none. The brief gives phase lengths (§D.1)
 * but no total; 16 is a planning default, not a clinical rule.
 *
 * @example
 * ```ts
 * DEFAULT_PLANNED_SESSIONS; // => 16
 * ```
 * @category Planning
 */
export const DEFAULT_PLANNED_SESSIONS = 16;

/**
 * The shortest and longest course the planner lays out (assessment 3, stabilisation and working
 * through at least 1 each, ending 3).
 *
 * @example
 * ```ts
 * PLANNED_SESSIONS_RANGE.min; // => 8
 * ```
 * @category Planning
 */
export const PLANNED_SESSIONS_RANGE = { min: 8, max: 60 } as const;

/**
 * The attachment profile a plan is shaped by: the attachment strategy of the derived style
 * (clinical brief §A.6, §B.6), or `not-assessed`.
 *
 * @category Planning
 */
export type AttachmentProfile = AttachmentStrategy | 'not-assessed';

/**
 * The risk picture: `positive` (an urgent flag on a measure, such as PHQ-9 item 9, or any yes on
 * the risk screen), `unknown` (a risk question declined), or `negative` (all answered no, no
 * urgent flag). A negative screen does not mean a person is safe (clinical brief §C.2 rule 6).
 *
 * @category Planning
 */
export type RiskStatus = 'positive' | 'unknown' | 'negative';

/**
 * A condition of a planning rule, as data. `all`, `any` and `not` combine conditions.
 *
 * @category Planning
 */
export type RuleCondition =
  | { readonly kind: 'always' }
  | { readonly kind: 'risk'; readonly status: RiskStatus }
  | { readonly kind: 'urgent-flag' }
  | {
      readonly kind: 'risk-answer';
      readonly items: readonly RiskScreenItem[];
      readonly answers: readonly RiskAnswer[];
      readonly recency?: readonly RiskRecency[];
    }
  | { readonly kind: 'screen-answer'; readonly answers: readonly ScreenAnswer[] }
  | { readonly kind: 'contraindication'; readonly any: readonly Contraindication[] }
  | { readonly kind: 'profile'; readonly any: readonly AttachmentProfile[] }
  | { readonly kind: 'annotation'; readonly any: readonly ClinicianAnnotation[] }
  | { readonly kind: 'delivery'; readonly context: DeliveryContext }
  | { readonly kind: 'all'; readonly of: readonly RuleCondition[] }
  | { readonly kind: 'any'; readonly of: readonly RuleCondition[] }
  | { readonly kind: 'not'; readonly condition: RuleCondition };

/** What an exercise script focuses on (the `focus` field of {@link ExerciseScript}). @category Planning */
export type ScriptFocus = ExerciseScript['focus'][number];

/**
 * What a planning rule does, as data. The planner folds the effects of every rule that applies,
 * in table order.
 *
 * - `safety-first`: safety planning and crisis resources lead the plan.
 * - `safety-action`: add a safety action (see `SAFETY_ACTIONS`).
 * - `allow-delivery`: the script delivery modes this context may offer.
 * - `withhold-contraindicated`: never offer a script whose contraindications the screens show.
 * - `withhold`: withhold scripts (and protocols) by focus, delivery or protocol id.
 * - `technique-order`: the order of the five techniques (the first rule that sets it wins);
 *   `byConcerns` sorts by how many presenting concerns a technique addresses first.
 * - `promote-technique`: move a technique to the front.
 * - `prioritise` / `introduce-carefully`: protocols to offer first / later, with the adaptation.
 * - `defer`: protocols that wait until the working-through phase.
 * - `stabilisation-sessions`: the minimum length of the stabilisation phase.
 * - `variant`: the script variant to recommend (`trauma-sensitive` wins over `standard`).
 * - `adaptation`: a clinician-facing note on stance or pacing.
 * - `plan-as`: the attachment profile the plan is shaped by (the first rule that sets it wins).
 *
 * @category Planning
 */
export type RuleEffect =
  | { readonly kind: 'safety-first' }
  | { readonly kind: 'safety-action'; readonly action: string }
  | { readonly kind: 'allow-delivery'; readonly delivery: readonly DeliveryMode[] }
  | { readonly kind: 'withhold-contraindicated' }
  | {
      readonly kind: 'withhold';
      readonly focus?: readonly ScriptFocus[];
      readonly delivery?: readonly DeliveryMode[];
      readonly protocols?: readonly string[];
      readonly reason: string;
    }
  | { readonly kind: 'technique-order'; readonly order: readonly TechniqueId[]; readonly byConcerns: boolean }
  | { readonly kind: 'promote-technique'; readonly technique: TechniqueId; readonly reason: string }
  | { readonly kind: 'prioritise'; readonly protocols: readonly string[]; readonly reason: string }
  | { readonly kind: 'introduce-carefully'; readonly protocols: readonly string[]; readonly reason: string }
  | { readonly kind: 'defer'; readonly protocols: readonly string[]; readonly reason: string }
  | { readonly kind: 'stabilisation-sessions'; readonly sessions: number }
  | { readonly kind: 'variant'; readonly variant: ScriptVariant }
  | { readonly kind: 'adaptation'; readonly text: string }
  | { readonly kind: 'plan-as'; readonly profile: AttachmentProfile };

/**
 * One planning rule: an id, a plain description, its source in the clinical brief, the
 * condition under which it applies and what it does. The planner reads only this table; no rule
 * is buried in code.
 *
 * @category Planning
 */
export interface PlanningRule {
  readonly id: string;
  readonly description: string;
  /** Where the rule comes from: the clinical brief section and the sources it cites. */
  readonly source: string;
  readonly when: RuleCondition;
  readonly effects: readonly RuleEffect[];
}

/**
 * A safety action a plan can carry, as data (see `SAFETY_ACTIONS`).
 *
 * @category Planning
 */
export interface SafetyActionDefinition {
  readonly id: string;
  readonly title: string;
  /** What to do, in plain words for a clinician or an app team. */
  readonly detail: string;
  readonly source: string;
}

/**
 * When a measure is given: at `every-session`, at `baseline-end`, at `baseline-mid-end` (the mid
 * point is the first working-through session), or `from-then-every` (first at session `first`,
 * then every `every` sessions).
 *
 * @category Planning
 */
export type MeasureTiming =
  | { readonly kind: 'every-session' }
  | { readonly kind: 'baseline-end' }
  | { readonly kind: 'baseline-mid-end' }
  | { readonly kind: 'from-then-every'; readonly first: number; readonly every: number };

/**
 * One row of the measurement table: which instrument, when, why, and under which condition.
 * `instrument: 'attachment'` stands for the formulation's attachment measure (ECR-R unless the
 * formulation names another ECR-family measure).
 *
 * @category Planning
 */
export interface MeasurementRule {
  readonly id: string;
  readonly instrument: string;
  readonly role: 'outcome' | 'process' | 'monitoring';
  readonly timing: MeasureTiming;
  readonly reason: string;
  readonly source: string;
  readonly when: RuleCondition;
}

/**
 * The guide to one therapy phase (clinical brief §D.1): its title, goals and typical length.
 *
 * @category Planning
 */
export interface PhaseGuide {
  readonly phase: TherapyPhase;
  readonly title: string;
  readonly goals: readonly string[];
  readonly typicalLength: string;
  readonly source: string;
}

/** A rule as a plan cites it. @category Planning */
export interface AppliedRule {
  readonly id: string;
  readonly description: string;
  readonly source: string;
}

/** A safety action in a plan, with the rule that added it. @category Planning */
export interface PlannedSafetyAction extends SafetyActionDefinition {
  readonly rule: string;
}

/**
 * The attachment part of a plan: where the estimate came from, the style and strategy, and, in
 * plain words, which method derived it.
 *
 * @category Planning
 */
export interface PlanAttachment {
  readonly source: AttachmentSource['kind'];
  readonly style: AttachmentStyle | null;
  readonly strategy: AttachmentStrategy | null;
  readonly profile: AttachmentProfile;
  /** The classification, when the style was derived from dimensions (method, cut-offs, distance to boundary). */
  readonly classification: AttachmentClassification | null;
  /** Which method derived the style, in plain words. */
  readonly method: string;
  readonly clinicianAnnotations: readonly ClinicianAnnotation[];
  readonly caveat: string;
}

/** One phase of a plan, with its sessions, goals and the protocols available in it. @category Planning */
export interface PlanPhase {
  readonly phase: TherapyPhase;
  readonly title: string;
  readonly firstSession: number;
  readonly lastSession: number;
  readonly goals: readonly string[];
  readonly protocols: readonly string[];
}

/** One of the five techniques in a plan, in priority order, with its reason. @category Planning */
export interface PlannedTechnique {
  readonly technique: TechniqueId;
  readonly name: string;
  readonly rank: number;
  readonly fit: StrategyFit;
  /** Why the technique has this place, in plain words. */
  readonly reason: string;
  /** How to adapt it for this person's attachment strategy (from the technique data), if any. */
  readonly adaptation: string | null;
  /** Protocols of the technique available in this plan, in the order to offer them. */
  readonly protocols: readonly string[];
}

/** An exercise script a plan offers, with its reason. @category Planning */
export interface PlannedExercise {
  readonly id: string;
  readonly title: string;
  readonly technique: TechniqueId;
  readonly protocol: string;
  readonly delivery: DeliveryMode;
  readonly focus: readonly ScriptFocus[];
  readonly phase: TherapyPhase;
  readonly variant: ScriptVariant;
  readonly reason: string;
  /** The screening questions to ask before the script starts (a "yes" means do not start). */
  readonly screeningQuestions: readonly string[];
}

/** An exercise script a plan does not offer, and why. @category Planning */
export interface WithheldExercise {
  readonly id: string;
  readonly title: string;
  readonly reasons: readonly string[];
  readonly rules: readonly string[];
}

/** One instrument in the measurement schedule. @category Planning */
export interface ScheduledMeasure {
  readonly rule: string;
  readonly instrument: string;
  readonly role: MeasurementRule['role'];
  /** Session numbers, 1-based, ascending. */
  readonly sessions: readonly number[];
  readonly reason: string;
  readonly source: string;
  /** Whether the formulation already holds a result of this instrument (a baseline is available). */
  readonly baselineAvailable: boolean;
}

/**
 * A treatment plan: decision support for a clinician, never a diagnosis. It records what it
 * read (risk, contraindications, attachment and its method), the phases with their sessions, the
 * techniques in priority order each with its reason, the exercises offered and withheld, the
 * measurement schedule, the safety actions, and every rule that shaped it with its source.
 *
 * @category Planning
 */
export interface TreatmentPlan {
  readonly kind: 'treatment-plan';
  readonly formatVersion: 1;
  readonly rulesVersion: string;
  readonly disclaimer: string;
  readonly delivery: DeliveryContext;
  readonly plannedSessions: number;
  readonly concerns: readonly Concern[];
  readonly risk: { readonly status: RiskStatus; readonly reasons: readonly string[] };
  /** Contraindications the screens show (a `yes`, `unsure` or `declined` answer counts). */
  readonly contraindications: readonly Contraindication[];
  readonly safetyFirst: boolean;
  readonly safetyActions: readonly PlannedSafetyAction[];
  readonly attachment: PlanAttachment;
  readonly adaptations: readonly string[];
  readonly phases: readonly PlanPhase[];
  readonly techniques: readonly PlannedTechnique[];
  readonly exercises: readonly PlannedExercise[];
  readonly withheldExercises: readonly WithheldExercise[];
  readonly measurementSchedule: readonly ScheduledMeasure[];
  readonly appliedRules: readonly AppliedRule[];
}
