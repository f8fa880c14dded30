// The rule language of the planner: conditions and effects as data, the rule, safety-action,
// measurement and phase tables' row types.
import type { ExerciseScript, ScriptVariant } from '../exercises/types.js';
import type { AttachmentStrategy } from '../model/attachment.js';
import type { ClinicianAnnotation, DeliveryContext, RiskAnswer, RiskRecency, ScreenAnswer } from '../model/intake.js';
import type { Concern, Contraindication, DeliveryMode, TechniqueId } from '../model/technique.js';
import type { TherapyPhase } from '../techniques/types.js';
import type { ContraindicationScreenItem, RiskScreenItem } from './formulation.js';

/**
 * The attachment profile a plan is shaped by: the attachment strategy of the derived style
 * (Mikulincer & Shaver 2003, doi:10.1016/S0065-2601(03)01002-5), or `not-assessed`.
 *
 * @category Planning
 */
export type AttachmentProfile = AttachmentStrategy | 'not-assessed';

/**
 * The risk picture:
 * - `positive`: current risk (an urgent flag on a measure, such as PHQ-9 item 9; a `yes` that is
 *   current; a review that found risk current) or a past `yes` no clinician has reviewed;
 * - `unknown`: a risk question declined or a risk item left blank (a `review` flag), not yet reviewed;
 * - `reviewed`: every risk found is in the past and a clinician reviewed it as not current;
 * - `negative`: all answered `no`, no risk flag. A negative screen does not mean a person is safe
 *   (Louzon et al. 2016, doi:10.1176/appi.ps.201500149).
 *
 * @category Planning
 */
export type RiskStatus = 'positive' | 'unknown' | 'reviewed' | 'negative';

/**
 * Every {@link RiskStatus}, from the most to the least concern.
 *
 * @example
 * ```ts
 * RISK_STATUSES; // => ['positive', 'unknown', 'reviewed', 'negative']
 * ```
 * @category Planning
 */
export const RISK_STATUSES = ['positive', 'unknown', 'reviewed', 'negative'] as const satisfies readonly RiskStatus[];

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
      /** Holds when any risk is current: an urgent flag, a current `yes`, or a review that found risk current. */
      readonly kind: 'current-risk';
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
      /** Holds when any contraindication-screen question (or one of `items`) has one of `answers`. */
      readonly kind: 'screen-answer';
      /** The answers that match. */
      readonly answers: readonly ScreenAnswer[];
      /** The questions to look at (all of them when left out). */
      readonly items?: readonly ContraindicationScreenItem[];
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
      /** Holds when the formulation names any of these presenting concerns. */
      readonly kind: 'concern';
      /** The concerns that match. */
      readonly any: readonly Concern[];
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
 * One planning rule: an id, a plain description, its published source, the condition under which
 * it applies and what it does. The planner reads only this table; no rule
 * is buried in code.
 *
 * @category Planning
 */
export interface PlanningRule {
  /** A stable id, cited by plans (`appliedRules`, withheld exercises, safety actions). */
  readonly id: string;
  /** What the rule does, in plain words. */
  readonly description: string;
  /** Where the rule comes from: the published sources (author, year, DOI or URL), or a plain note that it is securebase's own conservative default. */
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
  /** Where the action comes from: the published sources (author, year, DOI or URL). */
  readonly source: string;
  /**
   * The help the person is shown with this action, from `safety/` for the plan's region:
   * `crisis` (`crisisHelp`), `domestic-abuse` (`domesticAbuseHelp`), or `null`.
   */
  readonly personHelp: 'crisis' | 'domestic-abuse' | null;
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
 * The guide to one therapy phase: its title, goals and typical length.
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
