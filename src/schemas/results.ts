import * as z from 'zod';
import { _isDefined } from '../scoring/defined.js';
import type { InstrumentDefinition, ScaleDefinition, ScoreResult } from '../scoring/types.js';
import { _says } from './issues.js';

/**
 * Limits of the result schemas: ids and labels are short, messages bounded, lists bounded. They
 * are far above what any definition in the library produces.
 *
 * @example
 * ```ts
 * RESULT_LIMITS.id; // => 100
 * ```
 * @category Schemas
 */
export const RESULT_LIMITS = {
  /** Characters of an id, a version or a code. */
  id: 100,
  /** Characters of a label, a band label or a code system. */
  label: 300,
  /** Characters of a flag message. */
  message: 2000,
  /** Items counted in one scale (`answered`, `expected`, `missing`). */
  items: 1000,
  /** Flags in one result. */
  flags: 100,
  /** Entries of `scales` and of `derived`. */
  entries: 200,
} as const;

const id = z.string().min(1).max(RESULT_LIMITS.id);

/**
 * The schema of a coded concept (`system`, `code`, optional `display`), as in FHIR `Coding`.
 *
 * @example
 * ```ts
 * codingSchema.safeParse({ system: 'http://loinc.org', code: '44261-6' }).success; // => true
 * ```
 * @category Schemas
 */
export const codingSchema = z.strictObject({
  system: z.string().min(1).max(RESULT_LIMITS.label),
  code: z.string().min(1).max(RESULT_LIMITS.id),
  display: z.string().max(RESULT_LIMITS.label).optional(),
});

const bandSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  label: z.string().min(1).max(RESULT_LIMITS.label),
  code: codingSchema.optional(),
});

const scaleResult = (value: z.ZodType<number>) =>
  z.strictObject({
    value: value.nullable(),
    answered: z.int().min(0).max(RESULT_LIMITS.items),
    expected: z.int().min(1).max(RESULT_LIMITS.items),
    missing: z.array(id).max(RESULT_LIMITS.items),
    prorated: z.boolean(),
    band: bandSchema.nullable(),
  });

const derivedResult = z.strictObject({ value: z.number().nullable(), label: z.string().max(RESULT_LIMITS.label).nullable() });

const flagSchema = (ids: z.ZodType<string>) =>
  z.strictObject({
    id: ids,
    level: z.enum(['urgent', 'review', 'warning', 'info']),
    message: z.string().min(1).max(RESULT_LIMITS.message),
    clientMessage: z.string().min(1).max(RESULT_LIMITS.message),
  });

const boundedRecord = <T extends z.ZodType>(value: T) =>
  z
    .record(id, value)
    .refine((o) => Object.keys(o).length <= RESULT_LIMITS.entries, { error: _says(`has too many entries: at most ${RESULT_LIMITS.entries}.`) })
    .meta({ maxProperties: RESULT_LIMITS.entries });

/**
 * The schema of any scoring result (`ScoreResult`), for results stored or sent as JSON: the
 * instrument id and content version, a result per scale (value or null, answered and expected
 * counts, missing item ids, prorated, band), derived scores, flags and the `complete` / `prorated`
 * summary. Use {@link resultSchema} for the exact shape of one instrument's results.
 *
 * @example
 * ```ts
 * scoreResultSchema.safeParse(JSON.parse(JSON.stringify(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0])))).success; // => true
 * ```
 * @category Schemas
 */
export const scoreResultSchema = z
  .strictObject({
    instrument: z.strictObject({ id, version: z.string().min(1).max(RESULT_LIMITS.id) }),
    scales: boundedRecord(scaleResult(z.number())),
    derived: boundedRecord(derivedResult),
    flags: z.array(flagSchema(id)).max(RESULT_LIMITS.flags),
    complete: z.boolean(),
    notAsked: z.array(id).max(RESULT_LIMITS.items),
    prorated: z.boolean(),
  })
  .meta({ title: 'securebase scoring result' }) as unknown as z.ZodType<ScoreResult>;

/** The lowest and highest value a scale can take (a mean scale stays within the response scale). */
function rangeOf(def: InstrumentDefinition, scale: ScaleDefinition): [number, number] {
  const first = def.items.find((i) => i.id === scale.items[0]);
  const rs = def.responseScales[first?.responseScale ?? 'default'];
  if (!rs) return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  return scale.aggregate === 'mean' ? [rs.min, rs.max] : [rs.min * scale.items.length, rs.max * scale.items.length];
}

const resultCache = new WeakMap<InstrumentDefinition, z.ZodType>();

/**
 * The schema of one instrument's results, generated from its definition: the instrument id is
 * fixed, the scales and derived scores are exactly the definition's (no more, no fewer), each
 * scale value lies within the scale's possible range (sum: items × min to items × max; mean: min
 * to max), and flag ids are the definition's. Cached for defined (frozen) definitions only.
 *
 * @example
 * ```ts
 * resultSchema(gad7).safeParse(score(gad7, [1, 1, 1, 1, 1, 1, 1, 0])).success; // => true
 * resultSchema(gad7).safeParse(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).success; // => false
 * ```
 * @category Schemas
 */
export function resultSchema(definition: InstrumentDefinition): z.ZodType<ScoreResult> {
  const hit = resultCache.get(definition);
  if (hit) return hit as z.ZodType<ScoreResult>;
  const scales = Object.fromEntries(
    definition.scales.map((s) => {
      const [lo, hi] = rangeOf(definition, s);
      return [s.id, scaleResult(z.number().min(lo).max(hi))];
    }),
  );
  const derived = Object.fromEntries((definition.derived ?? []).map((d) => [d.id, derivedResult]));
  const flagIds = (definition.flags ?? []).map((f) => f.id);
  const schema = z
    .strictObject({
      instrument: z.strictObject({ id: z.literal(definition.id), version: z.string().min(1).max(RESULT_LIMITS.id) }),
      scales: z.strictObject(scales),
      derived: z.strictObject(derived),
      flags: z.array(flagSchema(flagIds.length > 0 ? z.enum(flagIds as [string, ...string[]]) : z.never())).max(RESULT_LIMITS.flags),
      complete: z.boolean(),
      notAsked: z.array(z.enum(definition.items.map((i) => i.id) as [string, ...string[]])).max(RESULT_LIMITS.items),
      prorated: z.boolean(),
    })
    .meta({ title: `Result of ${definition.abbreviation ?? definition.name} (${definition.id})` });
  if (_isDefined(definition)) resultCache.set(definition, schema); // only a defined (deep-frozen, checked) definition keys a cache
  return schema as unknown as z.ZodType<ScoreResult>;
}
