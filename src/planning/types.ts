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
export type RiskItem =
  | {
      /** The person answered yes. */
      readonly answer: 'yes';
      /** How recently it happened; `now` and `past-2-weeks` weigh most. */
      readonly recency: RiskRecency;
    }
  | {
      /** `no`, or `declined` (not answered; never read as no, so risk stays unknown). */
      readonly answer: 'no' | 'declined';
    };

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
  /** Thoughts of suicide or of being better off dead. */
  readonly suicidalThoughts: RiskItem;
  /** Hurting oneself on purpose. */
  readonly selfHarm: RiskItem;
  /** Thoughts of hurting someone else. */
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
  /** Severe dissociation; read as `severe-dissociation`. */
  readonly dissociation: ScreenAnswer;
  /** Psychosis; read as `psychosis`. */
  readonly psychosis: ScreenAnswer;
  /** Active substance misuse; read as `substance-intoxication`, the conservative mapping. */
  readonly activeSubstanceMisuse: ScreenAnswer;
  /** A recent trauma; read as `recent-trauma`. */
  readonly recentTrauma: ScreenAnswer;
  /** A current crisis; read as `current-crisis`. */
  readonly currentCrisis: ScreenAnswer;
  /** An unsafe living situation, read as `unsafe-living-situation` (optional; left out, it is not screened). */
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
  | {
      /** Anxiety and avoidance given directly. */
      readonly kind: 'dimensions';
      /** Attachment anxiety, on the scale of the measure it came from (ECR family: 1–7 mean). */
      readonly anxiety: number;
      /** Attachment avoidance, on the same scale. */
      readonly avoidance: number;
      /** How to derive a style; default: the 1–7 scale midpoint (4). */
      readonly method?: ClassificationMethod | undefined;
    }
  | {
      /** Read from a result in the formulation's `measures`. */
      readonly kind: 'measure';
      /** The instrument id whose `anxiety` and `avoidance` scales to read (for example `'ecr-r'`). */
      readonly instrument: string;
      /** How to derive a style; default: the midpoint of that instrument's response scale. */
      readonly method?: ClassificationMethod | undefined;
    }
  | {
      /** Read from an RQ result with `rqStyle`. */
      readonly kind: 'rq';
      /** The scored RQ. */
      readonly result: ScoreResult;
    }
  | {
      /** An RQ style already computed. */
      readonly kind: 'rq-style';
      /** The output of `rqStyle`. */
      readonly style: RqStyle;
    }
  | {
      /** A style a clinician judged. */
      readonly kind: 'clinician-style';
      /** The judged style. */
      readonly style: AttachmentStyle;
      /** How it was judged (interview, observation, ...), shown in the plan. */
      readonly note: string;
    }
  | {
      /** No estimate yet; the plan measures attachment at session 1. */
      readonly kind: 'not-assessed';
    };

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
  /** Where the attachment estimate comes from. */
  readonly attachment: AttachmentSource;
  /** The presenting concerns, in the shared vocabulary (`CONCERNS`). */
  readonly concerns: readonly Concern[];
  /** The latest result of each instrument, keyed by instrument id (`'phq-9'`, `'ecr-r'`, ...). */
  readonly measures?: { readonly [instrumentId: string]: ScoreResult } | undefined;
  /** The three risk questions; any yes (or an urgent flag on a measure) puts safety first. */
  readonly riskScreen: RiskScreen;
  /** The screen asked before imagery-, body- or memory-focused work. */
  readonly contraindicationScreen: ContraindicationScreen;
  /** Where the plan will be used; it decides which delivery modes may be offered. */
  readonly delivery: DeliveryContext;
  /** Planned number of sessions (8–60); default {@link DEFAULT_PLANNED_SESSIONS}. */
  readonly plannedSessions?: number | undefined;
  /** Annotations only a clinician may enter (`unresolved`, `disorganised`). */
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
export const PLANNED_SESSIONS_RANGE = {
  /** The shortest course: 3 + 1 + 1 + 3 sessions. */
  min: 8,
  /** The longest course the planner lays out. */
  max: 60,
} as const;

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
  | {
      /** Always holds. */
      readonly kind: 'always';
    }
  | {
      /** Holds when the plan's risk status is `status`. */
      readonly kind: 'risk';
      /** The risk status to match. */
      readonly status: RiskStatus;
    }
  | {
      /** Holds when any result in `measures` raised an urgent flag (such as PHQ-9 item 9). */
      readonly kind: 'urgent-flag';
    }
  | {
      /** Holds when one of `items` on the risk screen has one of `answers`. */
      readonly kind: 'risk-answer';
      /** The risk questions to look at. */
      readonly items: readonly RiskScreenItem[];
      /** The answers that match. */
      readonly answers: readonly RiskAnswer[];
      /** For a `yes`, the recencies that match (any recency when left out). */
      readonly recency?: readonly RiskRecency[];
    }
  | {
      /** Holds when any contraindication-screen question has one of `answers`. */
      readonly kind: 'screen-answer';
      /** The answers that match. */
      readonly answers: readonly ScreenAnswer[];
    }
  | {
      /** Holds when the screens show any of these contraindications. */
      readonly kind: 'contraindication';
      /** The contraindications that match. */
      readonly any: readonly Contraindication[];
    }
  | {
      /** Holds when the plan is shaped by any of these attachment profiles. */
      readonly kind: 'profile';
      /** The profiles that match. */
      readonly any: readonly AttachmentProfile[];
    }
  | {
      /** Holds when a clinician entered any of these annotations. */
      readonly kind: 'annotation';
      /** The annotations that match. */
      readonly any: readonly ClinicianAnnotation[];
    }
  | {
      /** Holds in this delivery context. */
      readonly kind: 'delivery';
      /** The delivery context that matches. */
      readonly context: DeliveryContext;
    }
  | {
      /** Holds when every condition in `of` holds. */
      readonly kind: 'all';
      /** The conditions. */
      readonly of: readonly RuleCondition[];
    }
  | {
      /** Holds when at least one condition in `of` holds. */
      readonly kind: 'any';
      /** The conditions. */
      readonly of: readonly RuleCondition[];
    }
  | {
      /** Holds when `condition` does not. */
      readonly kind: 'not';
      /** The condition to negate. */
      readonly condition: RuleCondition;
    };

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
  | {
      /** Safety planning and crisis resources lead the plan. */
      readonly kind: 'safety-first';
    }
  | {
      /** Add a safety action. */
      readonly kind: 'safety-action';
      /** The id of an entry of `SAFETY_ACTIONS`. */
      readonly action: string;
    }
  | {
      /** Set the script delivery modes this context may offer. */
      readonly kind: 'allow-delivery';
      /** The delivery modes allowed. */
      readonly delivery: readonly DeliveryMode[];
    }
  | {
      /** Never offer a script whose contraindications the screens show. */
      readonly kind: 'withhold-contraindicated';
    }
  | {
      /** Withhold scripts (and protocols) that match any of the lists given. */
      readonly kind: 'withhold';
      /** Withhold scripts with any of these focuses. */
      readonly focus?: readonly ScriptFocus[];
      /** Withhold scripts with any of these delivery modes. */
      readonly delivery?: readonly DeliveryMode[];
      /** Withhold these protocols and their scripts. */
      readonly protocols?: readonly string[];
      /** Why, in plain words (shown with each withheld script). */
      readonly reason: string;
    }
  | {
      /** Set the order of the five techniques (the first rule that sets it wins). */
      readonly kind: 'technique-order';
      /** The techniques, first to last. */
      readonly order: readonly TechniqueId[];
      /** Sort first by how many presenting concerns a technique addresses, then by `order`. */
      readonly byConcerns: boolean;
    }
  | {
      /** Move a technique to the front. */
      readonly kind: 'promote-technique';
      /** The technique to move. */
      readonly technique: TechniqueId;
      /** Why, in plain words. */
      readonly reason: string;
    }
  | {
      /** Offer these protocols first. */
      readonly kind: 'prioritise';
      /** Protocol ids. */
      readonly protocols: readonly string[];
      /** Why, in plain words. */
      readonly reason: string;
    }
  | {
      /** Offer these protocols later, with care. */
      readonly kind: 'introduce-carefully';
      /** Protocol ids. */
      readonly protocols: readonly string[];
      /** Why, and how to adapt, in plain words. */
      readonly reason: string;
    }
  | {
      /** Keep these protocols until the working-through phase. */
      readonly kind: 'defer';
      /** Protocol ids. */
      readonly protocols: readonly string[];
      /** Why, in plain words. */
      readonly reason: string;
    }
  | {
      /** Set the minimum length of the stabilisation phase. */
      readonly kind: 'stabilisation-sessions';
      /** At least this many sessions. */
      readonly sessions: number;
    }
  | {
      /** Recommend a script variant (`trauma-sensitive` wins over `standard`). */
      readonly kind: 'variant';
      /** The variant. */
      readonly variant: ScriptVariant;
    }
  | {
      /** Add a clinician-facing note on stance or pacing. */
      readonly kind: 'adaptation';
      /** The note. */
      readonly text: string;
    }
  | {
      /** Shape the plan by this attachment profile (the first rule that sets it wins). */
      readonly kind: 'plan-as';
      /** The profile. */
      readonly profile: AttachmentProfile;
    };

/**
 * One planning rule: an id, a plain description, its source in the clinical brief, the
 * condition under which it applies and what it does. The planner reads only this table; no rule
 * is buried in code.
 *
 * @category Planning
 */
export interface PlanningRule {
  /** A stable id, cited by plans (`appliedRules`, withheld exercises, safety actions). */
  readonly id: string;
  /** What the rule does, in plain words. */
  readonly description: string;
  /** Where the rule comes from: the clinical brief section and the sources it cites. */
  readonly source: string;
  /** When the rule applies. */
  readonly when: RuleCondition;
  /** What it does when it applies, folded in table order. */
  readonly effects: readonly RuleEffect[];
}

/**
 * A safety action a plan can carry, as data (see `SAFETY_ACTIONS`).
 *
 * @category Planning
 */
export interface SafetyActionDefinition {
  /** A stable id, named by `safety-action` effects. */
  readonly id: string;
  /** A short title. */
  readonly title: string;
  /** What to do, in plain words for a clinician or an app team. */
  readonly detail: string;
  /** Where the action comes from (clinical brief section and its sources). */
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
  | {
      /** At every session. */
      readonly kind: 'every-session';
    }
  | {
      /** At session 1 and at the last session. */
      readonly kind: 'baseline-end';
    }
  | {
      /** At session 1, the first working-through session, and the last session. */
      readonly kind: 'baseline-mid-end';
    }
  | {
      /** From session `first`, then every `every` sessions. */
      readonly kind: 'from-then-every';
      /** The first session (1-based). */
      readonly first: number;
      /** The interval in sessions. */
      readonly every: number;
    };

/**
 * One row of the measurement table: which instrument, when, why, and under which condition.
 * `instrument: 'attachment'` stands for the formulation's attachment measure (ECR-R unless the
 * formulation names another ECR-family measure).
 *
 * @category Planning
 */
export interface MeasurementRule {
  /** A stable id, cited by the schedule (`ScheduledMeasure.rule`). */
  readonly id: string;
  /** An instrument id, or `'attachment'` for the formulation's attachment measure. */
  readonly instrument: string;
  /** `outcome` (does the person improve), `process` (how the work goes) or `monitoring` (safety). */
  readonly role: 'outcome' | 'process' | 'monitoring';
  /** When to give it. */
  readonly timing: MeasureTiming;
  /** Why, in plain words. */
  readonly reason: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** When the row applies. */
  readonly when: RuleCondition;
}

/**
 * The guide to one therapy phase (clinical brief §D.1): its title, goals and typical length.
 *
 * @category Planning
 */
export interface PhaseGuide {
  /** Which phase. */
  readonly phase: TherapyPhase;
  /** Its title. */
  readonly title: string;
  /** Its goals, in plain words. */
  readonly goals: readonly string[];
  /** A typical length from common practice (a planning default, not a rule). */
  readonly typicalLength: string;
  /** Where the guide comes from. */
  readonly source: string;
}

/** A rule as a plan cites it. @category Planning */
export interface AppliedRule {
  /** The rule's id. */
  readonly id: string;
  /** What it does, in plain words. */
  readonly description: string;
  /** Where it comes from. */
  readonly source: string;
}

/** A safety action in a plan, with the rule that added it. @category Planning */
export interface PlannedSafetyAction extends SafetyActionDefinition {
  /** The id of the planning rule that added it. */
  readonly rule: string;
}

/**
 * The attachment part of a plan: where the estimate came from, the style and strategy, and, in
 * plain words, which method derived it.
 *
 * @category Planning
 */
export interface PlanAttachment {
  /** Where the estimate came from (the `kind` of the formulation's {@link AttachmentSource}). */
  readonly source: AttachmentSource['kind'];
  /** The derived or judged style, or `null` when not assessed. */
  readonly style: AttachmentStyle | null;
  /** The attachment strategy of that style, or `null`. */
  readonly strategy: AttachmentStrategy | null;
  /** The profile the plan is shaped by (a clinician annotation makes it `disorganised`). */
  readonly profile: AttachmentProfile;
  /** The classification, when the style was derived from dimensions (method, cut-offs, distance to boundary). */
  readonly classification: AttachmentClassification | null;
  /** Which method derived the style, in plain words. */
  readonly method: string;
  /** The clinician annotations the plan read. */
  readonly clinicianAnnotations: readonly ClinicianAnnotation[];
  /** What the estimate cannot tell, in plain words (a style is a summary, not a diagnosis). */
  readonly caveat: string;
}

/** One phase of a plan, with its sessions, goals and the protocols available in it. @category Planning */
export interface PlanPhase {
  /** Which phase. */
  readonly phase: TherapyPhase;
  /** Its title. */
  readonly title: string;
  /** Its first session (1-based). */
  readonly firstSession: number;
  /** Its last session (inclusive). */
  readonly lastSession: number;
  /** Its goals. */
  readonly goals: readonly string[];
  /** Protocol ids available in this phase. */
  readonly protocols: readonly string[];
}

/** One of the five techniques in a plan, in priority order, with its reason. @category Planning */
export interface PlannedTechnique {
  /** Which technique. */
  readonly technique: TechniqueId;
  /** Its name. */
  readonly name: string;
  /** Its place, 1 = first. */
  readonly rank: number;
  /** How well it fits the plan's attachment profile (from the technique data). */
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
  /** The script id. */
  readonly id: string;
  /** The script title. */
  readonly title: string;
  /** The technique it belongs to. */
  readonly technique: TechniqueId;
  /** The protocol it carries out. */
  readonly protocol: string;
  /** Who guides it: `self`, `guided` or `therapist`. */
  readonly delivery: DeliveryMode;
  /** What it focuses on (imagery, body, memory, ...). */
  readonly focus: readonly ScriptFocus[];
  /** The phase in which to offer it. */
  readonly phase: TherapyPhase;
  /** The variant to use. */
  readonly variant: ScriptVariant;
  /** Why it is offered, in plain words. */
  readonly reason: string;
  /** The screening questions to ask before the script starts (a "yes" means do not start). */
  readonly screeningQuestions: readonly string[];
}

/** An exercise script a plan does not offer, and why. @category Planning */
export interface WithheldExercise {
  /** The script id. */
  readonly id: string;
  /** The script title. */
  readonly title: string;
  /** Why it is withheld, in plain words. */
  readonly reasons: readonly string[];
  /** The ids of the planning rules that withheld it. */
  readonly rules: readonly string[];
}

/** One instrument in the measurement schedule. @category Planning */
export interface ScheduledMeasure {
  /** The id of the measurement rule. */
  readonly rule: string;
  /** The instrument id (the attachment measure is resolved to its id). */
  readonly instrument: string;
  /** `outcome`, `process` or `monitoring`. */
  readonly role: MeasurementRule['role'];
  /** Session numbers, 1-based, ascending. */
  readonly sessions: readonly number[];
  /** Why, in plain words. */
  readonly reason: string;
  /** Where the rule comes from. */
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
  /** Always `'treatment-plan'`. */
  readonly kind: 'treatment-plan';
  /** The version of this stored format. */
  readonly formatVersion: 1;
  /** The version of the planning rules that made the plan, so it can be reproduced. */
  readonly rulesVersion: string;
  /** Decision support, not a diagnosis: show it with the plan. */
  readonly disclaimer: string;
  /** The delivery context planned for. */
  readonly delivery: DeliveryContext;
  /** The number of sessions laid out. */
  readonly plannedSessions: number;
  /** The presenting concerns read. */
  readonly concerns: readonly Concern[];
  /** The risk picture. */
  readonly risk: {
    /** `positive`, `unknown` or `negative` (a negative screen does not mean a person is safe). */
    readonly status: RiskStatus;
    /** What led to the status, in plain words. */
    readonly reasons: readonly string[];
  };
  /** Contraindications the screens show (a `yes`, `unsure` or `declined` answer counts). */
  readonly contraindications: readonly Contraindication[];
  /** Whether safety planning and crisis resources lead the plan. */
  readonly safetyFirst: boolean;
  /** The safety actions, each with the rule that added it. */
  readonly safetyActions: readonly PlannedSafetyAction[];
  /** The attachment estimate and how it was derived. */
  readonly attachment: PlanAttachment;
  /** Clinician-facing notes on stance and pacing. */
  readonly adaptations: readonly string[];
  /** The phases with their sessions. */
  readonly phases: readonly PlanPhase[];
  /** The five techniques in priority order. */
  readonly techniques: readonly PlannedTechnique[];
  /** The exercise scripts offered. */
  readonly exercises: readonly PlannedExercise[];
  /** The exercise scripts not offered, and why. */
  readonly withheldExercises: readonly WithheldExercise[];
  /** Which instrument to give at which sessions. */
  readonly measurementSchedule: readonly ScheduledMeasure[];
  /** Every rule that shaped the plan, with its source. */
  readonly appliedRules: readonly AppliedRule[];
}
