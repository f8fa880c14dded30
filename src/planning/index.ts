// The planning engine and its tables. Kept by hand. The schema-validated entries
// (planFromIntake, safePlanTreatment) live in src/schemas/plan-from-intake.ts and are exported only
// from the `securebase/schemas` entry, so that the main entry never pulls zod in.

export * from './formulation.js';
export { MEASUREMENT_RULES } from './measurement.js';
export { DEFAULT_ATTACHMENT_MEASURE, PHASE_GUIDES, PHASE_SESSIONS } from './phases.js';
export { PlanningError, type PlanningIssue, planTreatment } from './plan-treatment.js';
export * from './planning-rule.js';
export {
  PLAN_DISCLAIMER,
  PLANNING_RULES,
  PLANNING_RULES_VERSION,
  RISK_CONTRAINDICATIONS,
  RISK_PRESENT_ANSWERS,
  SCREEN_PRESENT_ANSWERS,
  URGENT_FLAG_CONTRAINDICATIONS,
} from './rules.js';
export { SAFETY_ACTIONS, type SafetyActionId } from './safety-actions.js';
export type * from './treatment-plan.js';
