// The planner's input: a formulation (attachment estimate, concerns, measures, the two screens with
// any clinician reviews, delivery context) and the plan options (region).
import type { ClassificationMethod, RqStyle } from '../attachment/index.js';
import type { AttachmentStyle } from '../model/attachment.js';
import type { ClinicianAnnotation, DeliveryContext, ReviewOutcome, RiskRecency, ScreenAnswer } from '../model/intake.js';
import type { Concern, Contraindication } from '../model/technique.js';
import type { SafetyOptions } from '../safety/types.js';
import type { ScoreResult } from '../scoring/types.js';

/**
 * One risk-screen answer; a `yes` carries its recency, and any answer can carry a clinician's
 * review. A `yes` that is current (`now`, `past-2-weeks`) stays current risk whatever the review
 * says; a past `yes` or a `declined` answer that a clinician reviewed as `not-current` no longer
 * blocks work.
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
      /** How recently it happened; `now` and `past-2-weeks` are current risk. */
      readonly recency: RiskRecency;
      /** A clinician's review of this answer with the person, if there was one. */
      readonly review?: ClinicianReview | undefined;
    }
  | {
      /** `no`, or `declined` (not answered; never read as no, so risk stays unknown until reviewed). */
      readonly answer: 'no' | 'declined';
      /** A clinician's review of this answer with the person, if there was one (it matters for `declined`). */
      readonly review?: ClinicianReview | undefined;
    };

/**
 * The three risk questions of the intake. Any `yes` is a positive screen; a `declined` answer
 * leaves risk unknown until a clinician has asked again.
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
 * The screen asked before imagery-, body- or memory-focused work (psychosis, severe dissociation,
 * intoxication, recent trauma, crisis, an unsafe home; Dobkin, Irving & Amar 2012,
 * doi:10.1007/s12671-011-0079-9; Treleaven 2018, *Trauma-Sensitive Mindfulness*). A `yes` (or
 * `unsure`) on `unsafeLivingSituation` adds a safeguarding action. It is optional; left out, it is
 * not screened.
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
 * @internal Not on the public surface: an implementation table, free to change in any release.
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
  /**
   * A clinician's reviews of risk flags raised by `measures` (such as `phq9-item9-unanswered`). A
   * `review`-level flag counts as unknown risk until it is reviewed; an `urgent` flag stays current
   * risk (its time frame is the last 2 weeks): give the measure again to update it.
   */
  readonly flagReviews?: readonly FlagReview[] | undefined;
}

/**
 * A clinician's review of a risk answer or a risk flag with the person: when (`YYYY-MM-DD`), what
 * they found, and an optional note for the record. A screen is not an assessment (Simon et al. 2013,
 * doi:10.1176/appi.ps.201200587; Uebelacker et al. 2011, doi:10.4088/PCC.10m01027): risk it
 * raises is present until a clinician reviews it.
 *
 * @example
 * ```ts
 * const r: ClinicianReview = { reviewedAt: '2026-11-30', outcome: 'not-current' };
 * ```
 * @category Planning
 */
export interface ClinicianReview {
  /** The date of the review, `YYYY-MM-DD`. */
  readonly reviewedAt: string;
  /** `current` (the risk is current) or `not-current` (the risk is in the past). */
  readonly outcome: ReviewOutcome;
  /** A short note for the record (clinician-facing). */
  readonly note?: string | undefined;
}

/**
 * A clinician's review of one flag raised by one of a formulation's `measures`.
 *
 * @example
 * ```ts
 * const r: FlagReview = { instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30', outcome: 'not-current' };
 * ```
 * @category Planning
 */
export interface FlagReview extends ClinicianReview {
  /** The instrument id, as a key of `measures` (`'phq-9'`). */
  readonly instrument: string;
  /** The flag's id (`'phq9-item9-unanswered'`). */
  readonly flag: string;
}

/**
 * The options of {@link planTreatment}: the person's region, for the crisis and domestic-abuse help
 * the plan shows them, and an app's own resources for it. With no region the plan names no phone
 * number ("your local emergency number or a crisis line"). `locale` (`'en'` or a pack such as `es`
 * from `securebase/locales/es`) sets the language of what the plan says to the person
 * (`forPerson`, `safetyActions[].forPerson`); the clinician's parts stay in English.
 *
 * @example
 * ```ts
 * const o: PlanOptions = { region: 'GB' };
 * ```
 * @category Planning
 */
export type PlanOptions = SafetyOptions;

/**
 * The planned course length when a formulation gives none. Published phase models give phase
 * lengths but no total; 16 is a planning default, not a clinical rule.
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
