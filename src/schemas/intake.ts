import * as z from 'zod';
import { REVIEW_OUTCOMES, RISK_RECENCIES, SCREEN_ANSWERS } from '../model/intake.js';
import type { SafeResult } from '../model/issue.js';
import { CONCERNS, DELIVERY_MODES } from '../model/technique.js';
import { _says, parseWith, type SchemaIssue, safeParseWith } from './issues.js';

/**
 * The limits the intake schema enforces, in one place: characters of each kind of text, and
 * entries of each list. Characters are Unicode code points (an emoji counts as one), as zod 4
 * and JSON Schema both count them.
 *
 * @example
 * ```ts
 * INTAKE_LIMITS.earlyExperienceNotes; // => 4000
 * ```
 * @category Schemas
 */
export const INTAKE_LIMITS = {
  /** Free-text detail of one presenting concern. */
  concernDetail: 1000,
  /** A name or label (what the person calls a caregiver or a partner). */
  label: 80,
  /** Notes on one caregiver, one relationship. */
  notes: 1000,
  /** Notes on one separation or loss. */
  eventNotes: 500,
  /** Notes on early experiences, overall. */
  earlyExperienceNotes: 4000,
  /** Caregivers listed. */
  caregivers: 12,
  /** Separations and losses listed. */
  separationsAndLosses: 30,
  /** Current relationships listed. */
  currentRelationships: 30,
  /** Oldest age in years at a separation or loss. */
  maxAge: 120,
  /** A BCP 47 language tag. */
  language: 35,
} as const;

/**
 * Who a caregiver was to the person. Family structures vary: `parent` and `other-carer` are there
 * for anyone the list does not name.
 *
 * @example
 * ```ts
 * CAREGIVER_RELATIONSHIPS.includes('grandparent'); // => true
 * ```
 * @category Schemas
 */
export const CAREGIVER_RELATIONSHIPS = [
  'mother',
  'father',
  'parent',
  'step-parent',
  'adoptive-parent',
  'foster-carer',
  'grandparent',
  'sibling',
  'other-relative',
  'other-carer',
] as const;

/**
 * Kinds of early separation or loss recorded in the attachment history.
 *
 * @example
 * ```ts
 * SEPARATION_KINDS.includes('care-placement'); // => true
 * ```
 * @category Schemas
 */
export const SEPARATION_KINDS = ['separation', 'bereavement', 'parental-separation', 'care-placement', 'hospital-stay', 'move-or-migration', 'other'] as const;

/**
 * Kinds of current relationship.
 *
 * @example
 * ```ts
 * RELATIONSHIP_KINDS[0]; // => 'partner'
 * ```
 * @category Schemas
 */
export const RELATIONSHIP_KINDS = ['partner', 'child', 'parent', 'sibling', 'friend', 'other-relative', 'colleague', 'carer', 'other'] as const;

/**
 * How a current relationship feels to the person (the closest match to their words).
 *
 * @example
 * ```ts
 * RELATIONSHIP_QUALITIES; // => ['close', 'mixed', 'distant', 'conflicted', 'ended']
 * ```
 * @category Schemas
 */
export const RELATIONSHIP_QUALITIES = ['close', 'mixed', 'distant', 'conflicted', 'ended'] as const;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/\S/, { error: _says('must not be empty or only spaces.') });

/**
 * A clinician's review of a risk answer or flag: the date (`YYYY-MM-DD`), the outcome (`current`
 * or `not-current`) and an optional short note.
 *
 * @example
 * ```ts
 * clinicianReviewSchema.safeParse({ reviewedAt: '2026-11-30', outcome: 'not-current' }).success; // => true
 * clinicianReviewSchema.safeParse({ reviewedAt: 'last week', outcome: 'not-current' }).success; // => false
 * ```
 * @category Schemas
 */
export const clinicianReviewSchema = z.strictObject({
  reviewedAt: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: _says('expected a date YYYY-MM-DD.') }),
  outcome: z.enum(REVIEW_OUTCOMES),
  note: text(INTAKE_LIMITS.notes).optional(),
});

/**
 * One risk-screen answer: `{ answer: 'yes', recency }`, `{ answer: 'no' }` or `{ answer: 'declined' }`,
 * each with an optional clinician `review`.
 *
 * @example
 * ```ts
 * riskItemSchema.safeParse({ answer: 'yes', recency: 'now' }).success; // => true
 * riskItemSchema.safeParse({ answer: 'yes' }).success; // => false
 * riskItemSchema.safeParse({ answer: 'yes', recency: 'past-year', review: { reviewedAt: '2026-11-30', outcome: 'not-current' } }).success; // => true
 * ```
 * @category Schemas
 */
export const riskItemSchema = z.discriminatedUnion('answer', [
  z.strictObject({ answer: z.literal('yes'), recency: z.enum(RISK_RECENCIES), review: clinicianReviewSchema.optional() }),
  z.strictObject({ answer: z.enum(['no', 'declined']), review: clinicianReviewSchema.optional() }),
]);

/**
 * The risk screen: suicidal thoughts, self-harm and harm to others, each with its recency when
 * the answer is yes. Any yes makes a plan put safety first.
 *
 * @example
 * ```ts
 * const no = { answer: 'no' };
 * riskScreenSchema.safeParse({ suicidalThoughts: no, selfHarm: no, harmToOthers: no }).success; // => true
 * ```
 * @category Schemas
 */
export const riskScreenSchema = z.strictObject({
  suicidalThoughts: riskItemSchema,
  selfHarm: riskItemSchema,
  harmToOthers: riskItemSchema,
});

const screenAnswer = z.enum(SCREEN_ANSWERS);

/**
 * The contraindication screen asked before imagery-, body- or memory-focused work: dissociation,
 * psychosis, active substance misuse, recent trauma, current crisis, and (optional) an unsafe
 * living situation; each `yes`, `no` or `unsure` (`unsure` counts as yes until reviewed).
 *
 * @example
 * ```ts
 * contraindicationScreenSchema.safeParse({ dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'unsure', currentCrisis: 'no' }).success; // => true
 * ```
 * @category Schemas
 */
export const contraindicationScreenSchema = z.strictObject({
  dissociation: screenAnswer,
  psychosis: screenAnswer,
  activeSubstanceMisuse: screenAnswer,
  recentTrauma: screenAnswer,
  currentCrisis: screenAnswer,
  unsafeLivingSituation: screenAnswer.optional(),
});

const concernsSchema = z
  .partialRecord(z.enum(CONCERNS), z.strictObject({ detail: text(INTAKE_LIMITS.concernDetail).optional() }))
  // Only when the concerns are otherwise valid: an unknown concern is reported once, not also as "none".
  .refine((o) => Object.keys(o).length > 0, { error: _says('needs at least one presenting concern.'), when: (payload) => payload.issues.length === 0 })
  .meta({ minProperties: 1 });

/**
 * A client intake, validated: presenting concerns (from the closed list `CONCERNS`, each with
 * optional free-text detail, at least one), attachment history (caregivers and who they were to
 * the person, separations and losses with the age at which they happened, notes on early
 * experiences), current relationships, the risk screen, the contraindication screen, and
 * preferences (delivery mode and a BCP 47 language tag). Objects are strict: an unknown field is an
 * error, so a typo is never silently dropped. Limits are in {@link INTAKE_LIMITS}.
 *
 * Free text is sensitive: store it encrypted, and never log it. Error messages show at most a
 * 24-character preview of any value.
 *
 * @example
 * ```ts
 * const no = { answer: 'no' };
 * const r = intakeSchema.safeParse({
 *   concerns: { anxiety: { detail: 'Worse since the move.' } },
 *   attachmentHistory: { caregivers: [{ label: 'Mum', relationship: 'mother' }], separationsAndLosses: [{ kind: 'bereavement', ageYears: 9 }] },
 *   currentRelationships: [{ relationship: 'partner', quality: 'mixed' }],
 *   riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
 *   contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *   preferences: { deliveryMode: 'self', language: 'en-GB' },
 * });
 * r.success; // => true
 * ```
 * @category Schemas
 */
export const intakeSchema = z
  .strictObject({
    concerns: concernsSchema,
    attachmentHistory: z.strictObject({
      caregivers: z
        .array(
          z.strictObject({
            label: text(INTAKE_LIMITS.label),
            relationship: z.enum(CAREGIVER_RELATIONSHIPS),
            notes: text(INTAKE_LIMITS.notes).optional(),
          }),
        )
        .max(INTAKE_LIMITS.caregivers),
      separationsAndLosses: z
        .array(
          z.strictObject({
            kind: z.enum(SEPARATION_KINDS),
            ageYears: z.int().min(0).max(INTAKE_LIMITS.maxAge),
            person: text(INTAKE_LIMITS.label).optional(),
            notes: text(INTAKE_LIMITS.eventNotes).optional(),
          }),
        )
        .max(INTAKE_LIMITS.separationsAndLosses),
      earlyExperienceNotes: text(INTAKE_LIMITS.earlyExperienceNotes).optional(),
    }),
    currentRelationships: z
      .array(
        z.strictObject({
          relationship: z.enum(RELATIONSHIP_KINDS),
          label: text(INTAKE_LIMITS.label).optional(),
          quality: z.enum(RELATIONSHIP_QUALITIES).optional(),
          notes: text(INTAKE_LIMITS.notes).optional(),
        }),
      )
      .max(INTAKE_LIMITS.currentRelationships),
    riskScreen: riskScreenSchema,
    contraindicationScreen: contraindicationScreenSchema,
    preferences: z.strictObject({
      deliveryMode: z.enum(DELIVERY_MODES),
      language: z
        .string()
        .max(INTAKE_LIMITS.language)
        .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: _says('must be a language tag such as "en", "en-GB" or "es-419".') }),
    }),
  })
  .meta({ title: 'securebase client intake' });

/** A validated intake (the output of {@link intakeSchema}). @category Schemas */
export type Intake = z.output<typeof intakeSchema>;

/**
 * Validates an untrusted intake (for example parsed JSON) and returns `{ ok: true, value }` or
 * `{ ok: false, issues }`; every issue names its path in plain words.
 *
 * @example
 * ```ts
 * const r = safeParseIntake({ concerns: { sadness: {} } });
 * if (!r.ok) r.issues[0]?.message; // => 'concerns: has an unknown field "sadness": remove it or check the spelling.'
 * ```
 * @category Schemas
 */
export function safeParseIntake(input: unknown): SafeResult<Intake, SchemaIssue> {
  return safeParseWith(intakeSchema, input);
}

/**
 * Like {@link safeParseIntake}, but throws a `SchemaError` listing every issue.
 *
 * @example
 * ```ts
 * let n = 0;
 * try { parseIntake({}); } catch (e) { if (e instanceof SchemaError) n = e.issues.length; }
 * n; // => 6
 * ```
 * @category Schemas
 */
export function parseIntake(input: unknown): Intake {
  return parseWith(intakeSchema, input, 'intake');
}
