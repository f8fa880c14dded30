// The planning engine and its tables. Kept by hand. The schema-validated entries
// (planFromIntake, safePlanTreatment) live in src/schemas/plan-from-intake.ts and are exported only
// from the `securebase/schemas` entry, so that the main entry never pulls zod in.

export {
  type AttachmentSource,
  type ClinicianReview,
  type ContraindicationScreen,
  type ContraindicationScreenItem,
  DEFAULT_PLANNED_SESSIONS,
  type FlagReview,
  type Formulation,
  PLANNED_SESSIONS_RANGE,
  type PlanOptions,
  type RiskItem,
  type RiskScreen,
  type RiskScreenItem,
} from './formulation.js';
export { MEASUREMENT_RULES } from './measurement.js';
export { PHASE_GUIDES } from './phases.js';
export { PlanningError, type PlanningIssue, planTreatment } from './plan-treatment.js';
export type {
  AttachmentProfile,
  MeasurementRule,
  MeasureTiming,
  PhaseGuide,
  PlanningRule,
  RiskStatus,
  RuleCondition,
  RuleEffect,
  SafetyActionDefinition,
  ScriptFocus,
} from './planning-rule.js';
export { PLAN_DISCLAIMER, PLANNING_RULES, PLANNING_RULES_VERSION } from './rules.js';
export { SAFETY_ACTIONS, type SafetyActionId } from './safety-actions.js';
export type * from './treatment-plan.js';
