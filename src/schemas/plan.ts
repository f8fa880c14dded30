import * as z from 'zod';
import { TIE_RULE } from '../attachment/classify.js';
import { SCRIPT_VARIANTS } from '../exercises/types.js';
import { ATTACHMENT_STRATEGIES, ATTACHMENT_STYLES } from '../model/attachment.js';
import { CLINICIAN_ANNOTATIONS, DELIVERY_CONTEXTS } from '../model/intake.js';
import { CONCERNS, CONTRAINDICATIONS, DELIVERY_MODES, TECHNIQUE_IDS } from '../model/technique.js';
import { PLANNED_SESSIONS_RANGE } from '../planning/formulation.js';
import { RISK_STATUSES } from '../planning/planning-rule.js';
import { STRATEGY_FITS, THERAPY_PHASES } from '../techniques/types.js';

/**
 * Limits of the plan schema: every text and list, generous but bounded.
 *
 * @example
 * ```ts
 * PLAN_LIMITS.text; // => 2000
 * ```
 * @category Schemas
 */
export const PLAN_LIMITS = {
  /** Characters of an id. */
  id: 100,
  /** Characters of a title. */
  title: 200,
  /** Characters of any other text. */
  text: 2000,
  /** Entries of any list. */
  list: 100,
  /** The highest session number. */
  sessions: PLANNED_SESSIONS_RANGE.max,
} as const;

const id = z.string().min(1).max(PLAN_LIMITS.id);
const title = z.string().min(1).max(PLAN_LIMITS.title);
const text = z.string().min(1).max(PLAN_LIMITS.text);
const texts = z.array(text).max(PLAN_LIMITS.list);
const ids = z.array(id).max(PLAN_LIMITS.list);
const session = z.int().min(1).max(PLAN_LIMITS.sessions);
const phase = z.enum(THERAPY_PHASES);
const focus = z.enum(['imagery', 'body', 'memory', 'breath', 'relational', 'cognitive', 'writing']);
const style = z.enum(ATTACHMENT_STYLES);
const profile = z.enum([...ATTACHMENT_STRATEGIES, 'not-assessed']);
const dims = z.strictObject({ anxiety: z.number(), avoidance: z.number() });

/**
 * The schema of a stored `TreatmentPlan` (format version 2), so a plan saved as JSON can be
 * read back and checked. Every plan `planTreatment` makes passes it (a test checks random plans).
 *
 * @example
 * ```ts
 * treatmentPlanSchema.safeParse({ kind: 'treatment-plan' }).success; // => false
 * ```
 * @category Schemas
 */
export const treatmentPlanSchema = z
  .strictObject({
    kind: z.literal('treatment-plan'),
    formatVersion: z.literal(2),
    rulesVersion: id,
    disclaimer: text,
    delivery: z.enum(DELIVERY_CONTEXTS),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    plannedSessions: session,
    concerns: z.array(z.enum(CONCERNS)).max(CONCERNS.length),
    risk: z.strictObject({ status: z.enum(RISK_STATUSES), reasons: texts }),
    contraindications: z.array(z.enum(CONTRAINDICATIONS)).max(CONTRAINDICATIONS.length),
    safetyFirst: z.boolean(),
    safetyActions: z
      .array(
        z.strictObject({
          id,
          title,
          detail: text,
          source: text,
          personHelp: z.enum(['crisis', 'domestic-abuse']).nullable(),
          rule: id,
          forPerson: text.nullable(),
        }),
      )
      .max(PLAN_LIMITS.list),
    forPerson: z
      .array(
        z.strictObject({
          kind: z.enum(['flag', 'crisis-help', 'domestic-abuse-help']),
          id: z
            .string()
            .min(1)
            .max(2 * PLAN_LIMITS.id + 1),
          text,
        }),
      )
      .min(1)
      .max(PLAN_LIMITS.list),
    attachment: z.strictObject({
      source: z.enum(['dimensions', 'measure', 'rq', 'rq-style', 'clinician-style', 'not-assessed']),
      style: style.nullable(),
      strategy: z.enum(ATTACHMENT_STRATEGIES).nullable(),
      profile,
      classification: z
        .strictObject({
          style,
          dimensions: dims,
          method: z.enum(['midpoint', 'cutoffs', 'cohort-median']),
          cutoffs: dims,
          tieRule: z.literal(TIE_RULE),
          distanceToBoundary: z.number().min(0),
          nearestBoundary: z.enum(['anxiety', 'avoidance']),
          caveat: text,
        })
        .nullable(),
      method: text,
      clinicianAnnotations: z.array(z.enum(CLINICIAN_ANNOTATIONS)).max(CLINICIAN_ANNOTATIONS.length),
      caveat: text,
    }),
    adaptations: texts,
    phases: z.array(z.strictObject({ phase, title, firstSession: session, lastSession: session, goals: texts, protocols: ids })).length(THERAPY_PHASES.length),
    techniques: z
      .array(
        z.strictObject({
          technique: z.enum(TECHNIQUE_IDS),
          name: title,
          rank: z.int().min(1).max(TECHNIQUE_IDS.length),
          fit: z.enum(STRATEGY_FITS),
          reason: text,
          adaptation: text.nullable(),
          protocols: ids,
        }),
      )
      .max(TECHNIQUE_IDS.length),
    exercises: z
      .array(
        z.strictObject({
          id,
          title,
          technique: z.enum(TECHNIQUE_IDS),
          protocol: id,
          delivery: z.enum(DELIVERY_MODES),
          focus: z.array(focus).max(7),
          phase,
          variant: z.enum(SCRIPT_VARIANTS),
          reason: text,
          screeningQuestions: texts,
        }),
      )
      .max(PLAN_LIMITS.list),
    withheldExercises: z.array(z.strictObject({ id, title, reasons: texts.min(1), rules: ids })).max(PLAN_LIMITS.list),
    measurementSchedule: z
      .array(
        z.strictObject({
          rule: id,
          instrument: id,
          role: z.enum(['outcome', 'process', 'monitoring']),
          sessions: z.array(session).min(1).max(PLAN_LIMITS.sessions),
          reason: text,
          source: text,
          baselineAvailable: z.boolean(),
        }),
      )
      .max(PLAN_LIMITS.list),
    appliedRules: z.array(z.strictObject({ id, description: text, source: text })).max(PLAN_LIMITS.list),
  })
  .meta({ title: 'securebase treatment plan' });
