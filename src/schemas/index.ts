// The `securebase/schemas` entry: the only entry that pulls zod in. Kept by hand.

export { attachmentSourceSchema, classificationMethodSchema, FORMULATION_LIMITS, flagReviewSchema, formulationSchema } from './formulation.js';
export {
  CAREGIVER_RELATIONSHIPS,
  clinicianReviewSchema,
  contraindicationScreenSchema,
  INTAKE_LIMITS,
  type Intake,
  intakeSchema,
  parseIntake,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_QUALITIES,
  riskItemSchema,
  riskScreenSchema,
  SEPARATION_KINDS,
  safeParseIntake,
} from './intake.js';
export { parseWith, plainErrorMap, SchemaError, type SchemaIssue, safeParseWith } from './issues.js';
export { jsonSchemaOf } from './json-schema.js';
export { PLAN_LIMITS, treatmentPlanSchema } from './plan.js';
export { planFromIntake, safePlanTreatment } from './plan-from-intake.js';
export { type PlanningRequest, planningRequestSchema, requestAttachmentSchema } from './planning-request.js';
export * from './questionnaire.js';
export { responsesSchema, safeParseResponses } from './responses.js';
export { codingSchema, RESULT_LIMITS, resultSchema, scoreResultSchema } from './results.js';
export * from './session.js';
