import * as z from 'zod';
import type { ClassificationMethod } from '../attachment/classify.js';
import { ATTACHMENT_STYLES } from '../model/attachment.js';
import { CLINICIAN_ANNOTATIONS, DELIVERY_CONTEXTS } from '../model/intake.js';
import { CONCERNS } from '../model/technique.js';
import { type Formulation, PLANNED_SESSIONS_RANGE } from '../planning/formulation.js';
import { clinicianReviewSchema, contraindicationScreenSchema, riskScreenSchema } from './intake.js';
import { _says } from './issues.js';
import { RESULT_LIMITS, scoreResultSchema } from './results.js';

/**
 * Limits of the formulation schema: characters of a note and of a cut-off source, people in a
 * cohort, and measure results.
 *
 * @example
 * ```ts
 * FORMULATION_LIMITS.measures; // => 50
 * ```
 * @category Schemas
 */
export const FORMULATION_LIMITS = {
  /** Characters of a clinician's note on a judged style. */
  note: 500,
  /** Characters of the source of supplied cut-offs. */
  source: 300,
  /** People in a cohort for a median split. */
  cohort: 100_000,
  /** Results in `measures`. */
  measures: 50,
  /** Flag reviews in `flagReviews`. */
  flagReviews: 50,
} as const;

/**
 * The schema of a clinician's review of one flag on one of a formulation's measures.
 *
 * @example
 * ```ts
 * flagReviewSchema.safeParse({ instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30', outcome: 'not-current' }).success; // => true
 * ```
 * @category Schemas
 */
export const flagReviewSchema = clinicianReviewSchema.extend({
  instrument: z.string().min(1).max(RESULT_LIMITS.id),
  flag: z.string().min(1).max(RESULT_LIMITS.id),
});

const dims = z.strictObject({ anxiety: z.number(), avoidance: z.number() });

/**
 * The schema of a classification method (`midpoint`, `cutoffs` with their source, or
 * `cohort-median` with the cohort). That `scaleMin` is below `scaleMax` is checked when the plan is
 * made (JSON Schema cannot compare two fields).
 *
 * @example
 * ```ts
 * classificationMethodSchema.safeParse({ kind: 'midpoint', scaleMin: 1, scaleMax: 7 }).success; // => true
 * ```
 * @category Schemas
 */
export const classificationMethodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('midpoint'), scaleMin: z.number(), scaleMax: z.number() }),
  z.strictObject({ kind: z.literal('cutoffs'), anxiety: z.number(), avoidance: z.number(), source: z.string().min(1).max(FORMULATION_LIMITS.source) }),
  z.strictObject({ kind: z.literal('cohort-median'), cohort: z.array(dims).min(1).max(FORMULATION_LIMITS.cohort) }),
]) as unknown as z.ZodType<ClassificationMethod>;

const style = z.enum(ATTACHMENT_STYLES);

/**
 * The schema of a formulation's attachment source (see `AttachmentSource`).
 *
 * @example
 * ```ts
 * attachmentSourceSchema.safeParse({ kind: 'dimensions', anxiety: 2, avoidance: 5.5 }).success; // => true
 * ```
 * @category Schemas
 */
export const attachmentSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dimensions'), anxiety: z.number(), avoidance: z.number(), method: classificationMethodSchema.optional() }),
  z.strictObject({ kind: z.literal('measure'), instrument: z.string().min(1).max(RESULT_LIMITS.id), method: classificationMethodSchema.optional() }),
  z.strictObject({ kind: z.literal('rq'), result: scoreResultSchema }),
  z.strictObject({
    kind: z.literal('rq-style'),
    style: z.strictObject({
      highest: z.array(style).max(4),
      tie: z.boolean(),
      forcedChoice: style.nullable(),
      style: style.nullable(),
      agreement: z.boolean().nullable(),
    }),
  }),
  z.strictObject({ kind: z.literal('clinician-style'), style, note: z.string().min(1).max(FORMULATION_LIMITS.note) }),
  z.strictObject({ kind: z.literal('not-assessed') }),
]);

/**
 * The schema of a {@link Formulation}, the planner's input: attachment source, concerns, measure
 * results keyed by instrument id (at most 50), the two screens (with any clinician reviews), the
 * delivery context, the planned number of sessions (8–60), clinician annotations and clinician
 * reviews of flags.
 *
 * @example
 * ```ts
 * const no = { answer: 'no' };
 * const r = formulationSchema.safeParse({
 *   attachment: { kind: 'not-assessed' },
 *   concerns: ['depression'],
 *   riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
 *   contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *   delivery: 'therapist-led',
 * });
 * r.success; // => true
 * ```
 * @category Schemas
 */
export const formulationSchema = z
  .strictObject({
    attachment: attachmentSourceSchema,
    concerns: z.array(z.enum(CONCERNS)).max(CONCERNS.length),
    measures: z
      .record(z.string().min(1).max(RESULT_LIMITS.id), scoreResultSchema)
      .refine((o) => Object.keys(o).length <= FORMULATION_LIMITS.measures, { error: _says(`has too many entries: at most ${FORMULATION_LIMITS.measures}.`) })
      .meta({ maxProperties: FORMULATION_LIMITS.measures })
      .optional(),
    riskScreen: riskScreenSchema,
    contraindicationScreen: contraindicationScreenSchema,
    delivery: z.enum(DELIVERY_CONTEXTS),
    plannedSessions: z.int().min(PLANNED_SESSIONS_RANGE.min).max(PLANNED_SESSIONS_RANGE.max).optional(),
    clinicianAnnotations: z.array(z.enum(CLINICIAN_ANNOTATIONS)).max(CLINICIAN_ANNOTATIONS.length).optional(),
    flagReviews: z.array(flagReviewSchema).max(FORMULATION_LIMITS.flagReviews).optional(),
  })
  .meta({ title: 'securebase formulation' }) as unknown as z.ZodType<Formulation>;
