import * as z from 'zod';
import { instruments } from '../instruments/registry.js';
import { ATTACHMENT_STYLES } from '../model/attachment.js';
import { CLINICIAN_ANNOTATIONS, DELIVERY_CONTEXTS } from '../model/intake.js';
import { PLANNED_SESSIONS_RANGE } from '../planning/formulation.js';
import { classificationMethodSchema, FORMULATION_LIMITS, flagReviewSchema } from './formulation.js';
import { intakeSchema } from './intake.js';
import { _says } from './issues.js';
import { responsesSchema } from './responses.js';

const instrumentId = z.enum(instruments.map((d) => d.id) as [string, ...string[]]);

/**
 * Where a planning request takes its attachment estimate from: `dimensions` given directly,
 * `measure` (the anxiety and avoidance scales of one of the request's measures, such as `ecr-r`),
 * `rq-measure` (one of the request's measures read as an RQ), `clinician-style`, or `not-assessed`.
 *
 * @example
 * ```ts
 * requestAttachmentSchema.safeParse({ kind: 'measure', instrument: 'ecr-s' }).success; // => true
 * ```
 * @category Schemas
 */
export const requestAttachmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dimensions'), anxiety: z.number(), avoidance: z.number(), method: classificationMethodSchema.optional() }),
  z.strictObject({ kind: z.literal('measure'), instrument: instrumentId, method: classificationMethodSchema.optional() }),
  z.strictObject({ kind: z.literal('rq-measure'), instrument: instrumentId }),
  z.strictObject({ kind: z.literal('clinician-style'), style: z.enum(ATTACHMENT_STYLES), note: z.string().min(1).max(FORMULATION_LIMITS.note) }),
  z.strictObject({ kind: z.literal('not-assessed') }),
]);

/**
 * The schema of a planning request, the JSON `planFromIntake` reads: an intake, optional raw
 * questionnaire responses keyed by instrument id (each checked against its instrument, generated
 * from the `instruments` registry), where the attachment estimate comes from (default
 * `not-assessed`), the delivery context (default: `self-guided-app` when the intake prefers
 * `self`, else `therapist-led`), the planned number of sessions, clinician annotations, clinician
 * reviews of flags, and the person's `region` (for the crisis help the plan shows them).
 *
 * @example
 * ```ts
 * planningRequestSchema.safeParse({ intake: {} }).success; // => false
 * ```
 * @category Schemas
 */
export const planningRequestSchema = z
  .strictObject({
    intake: intakeSchema,
    measures: z.strictObject(Object.fromEntries(instruments.map((d) => [d.id, responsesSchema(d).optional()]))).optional(),
    attachment: requestAttachmentSchema.optional(),
    delivery: z.enum(DELIVERY_CONTEXTS).optional(),
    plannedSessions: z.int().min(PLANNED_SESSIONS_RANGE.min).max(PLANNED_SESSIONS_RANGE.max).optional(),
    clinicianAnnotations: z.array(z.enum(CLINICIAN_ANNOTATIONS)).max(CLINICIAN_ANNOTATIONS.length).optional(),
    flagReviews: z.array(flagReviewSchema).max(FORMULATION_LIMITS.flagReviews).optional(),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: _says('expected an ISO 3166-1 alpha-2 code such as "GB".') })
      .optional(),
  })
  .meta({ title: 'securebase planning request' });

/** A validated planning request. @category Schemas */
export type PlanningRequest = z.output<typeof planningRequestSchema>;
