// The planner's output: a treatment plan and its parts.
import type { AttachmentClassification } from '../attachment/index.js';
import type { ScriptVariant } from '../exercises/types.js';
import type { AttachmentStrategy, AttachmentStyle } from '../model/attachment.js';
import type { ClinicianAnnotation, DeliveryContext } from '../model/intake.js';
import type { RegionCode } from '../model/region.js';
import type { Concern, Contraindication, DeliveryMode, TechniqueId } from '../model/technique.js';
import type { StrategyFit, TherapyPhase } from '../techniques/types.js';
import type { AttachmentSource } from './formulation.js';
import type { AttachmentProfile, MeasurementRule, RiskStatus, SafetyActionDefinition, ScriptFocus } from './planning-rule.js';

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
  /**
   * What the person is shown with this action (plain, grade 6): the crisis or domestic-abuse help
   * of the plan's region from `safety/` (`personHelp`), or `null`. Names no phone number without a region.
   */
  readonly forPerson: string | null;
}

/**
 * One message a plan has for the person (never the clinician's wording): the `clientMessage` of a
 * risk flag on a measure, the crisis help of their region, or the domestic-abuse help of their
 * region. A self-guided app shows these; they name no phone number without a region.
 *
 * @category Planning
 */
export interface PlanMessage {
  /** `flag` (a measure's flag), `crisis-help` or `domestic-abuse-help`. */
  readonly kind: 'flag' | 'crisis-help' | 'domestic-abuse-help';
  /** For a flag, `instrument:flag` (`'phq-9:phq9-item9'`); otherwise the kind. */
  readonly id: string;
  /** The words to show the person. */
  readonly text: string;
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
  /** The version of this stored format (2 added `region`, `forPerson` and the `reviewed` risk status). */
  readonly formatVersion: 2;
  /** The version of the planning rules that made the plan, so it can be reproduced. */
  readonly rulesVersion: string;
  /** Decision support, not a diagnosis: show it with the plan. */
  readonly disclaimer: string;
  /** The delivery context planned for. */
  readonly delivery: DeliveryContext;
  /** The region whose crisis and domestic-abuse contacts the plan names, or `null` (no number named). */
  readonly region: RegionCode | null;
  /** The number of sessions laid out. */
  readonly plannedSessions: number;
  /** The presenting concerns read. */
  readonly concerns: readonly Concern[];
  /** The risk picture. */
  readonly risk: {
    /** `positive`, `unknown`, `reviewed` or `negative` (a negative screen does not mean a person is safe). */
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
  /**
   * What the plan says to the person about safety, in order: the `clientMessage` of each risk flag
   * on a measure, then the crisis help of their region (always: crisis access stays visible), then
   * domestic-abuse help when the home-safety question was not answered "no". Never the clinician's
   * `message`.
   */
  readonly forPerson: readonly PlanMessage[];
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
