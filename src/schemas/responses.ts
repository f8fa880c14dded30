import * as z from 'zod';
import type { SafeResult } from '../model/issue.js';
import { _isDefined } from '../scoring/defined.js';
import type { InstrumentDefinition, ItemDefinition, ResponseScale } from '../scoring/types.js';
import { _formatPath, _kindOf } from './_internal/words.js';
import { _rebase, type SchemaIssue, safeParseWith } from './issues.js';

/** The most values a stepped scale is enumerated with (a larger one is a definition error). */
const MAX_ENUMERATED = 1000;

function scaleOf(def: InstrumentDefinition, item: ItemDefinition): ResponseScale {
  const key = item.responseScale ?? 'default';
  const s = def.responseScales[key];
  if (!s) throw new RangeError(`responsesSchema: ${def.id} item "${item.id}" names the response scale "${key}", which the definition does not have.`);
  return s;
}

/** The values of a stepped scale, min to max, rounded to remove floating-point drift. */
function valuesOf(s: ResponseScale, step: number): number[] {
  const n = Math.floor((s.max - s.min) / step + 1e-9);
  if (!(n >= 0) || n + 1 > MAX_ENUMERATED)
    throw new RangeError(`responsesSchema: a scale from ${s.min} to ${s.max} in steps of ${step} has too many values to list.`);
  return Array.from({ length: n + 1 }, (_, k) => Number((s.min + k * step).toFixed(10)));
}

function describe(s: ResponseScale): string {
  const step = s.step ?? 1;
  return step === 1 && Number.isInteger(s.min) ? `a whole number from ${s.min} to ${s.max}` : `a number from ${s.min} to ${s.max} in steps of ${step}`;
}

/** The schema of one answer: a value on the item's scale, or `null` for not answered. */
function answerSchema(def: InstrumentDefinition, item: ItemDefinition) {
  const s = scaleOf(def, item);
  const step = s.step ?? 1;
  const expected = describe(s);
  const error = (iss: z.core.$ZodRawIssue) =>
    `${_formatPath(iss.path ?? [])} (item ${item.number}, "${item.id}"): expected ${expected} or null, received ${_kindOf(iss.input)}.`;
  const value = step === 1 && Number.isInteger(s.min) ? z.int({ error }).min(s.min).max(s.max) : z.literal(valuesOf(s, step), { error });
  return value.nullable();
}

const cache = new WeakMap<InstrumentDefinition, z.ZodType>();

function build(def: InstrumentDefinition) {
  const answers = def.items.map((item) => answerSchema(def, item));
  const n = def.items.length;
  const list = z.tuple(answers.map((a) => a.optional()) as unknown as [z.ZodType, ...z.ZodType[]], {
    error: (iss) =>
      iss.code === 'too_big'
        ? `${_formatPath(iss.path ?? [])}: ${def.id} has ${n} items, so a list of answers has at most ${n} entries (received ${Array.isArray(iss.input) ? iss.input.length : '?'}).`
        : undefined,
  });
  const record = z.strictObject(Object.fromEntries(def.items.map((item, i) => [item.id, (answers[i] as z.ZodType).optional()])), {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `${_formatPath(iss.path ?? [])}: ${iss.keys
            .slice(0, 5)
            .map((k) => JSON.stringify(k.slice(0, 24)))
            .join(', ')} ${iss.keys.length === 1 ? 'is not an item' : 'are not items'} of ${def.id} (item ids look like "${def.items[0]?.id}").`
        : undefined,
  });
  return z
    .union([list, record], {
      error: (iss) => {
        if (iss.code !== 'invalid_union') return undefined;
        // A list means item order, an object means item ids: show the problems of that form.
        const branch = Array.isArray(iss.input) ? iss.errors[0] : iss.input !== null && typeof iss.input === 'object' ? iss.errors[1] : undefined;
        if (branch !== undefined && branch.length > 0) {
          // The first three, as SchemaError shows them: one message per bad answer would grow with the input.
          const shown = branch.slice(0, 3).map((i) => _rebase(i.message, i.path, iss.path ?? []));
          return branch.length > 3 ? `${shown.join(' ')} (and ${branch.length - 3} more)` : shown.join(' ');
        }
        return `${_formatPath(iss.path ?? [])}: expected the answers to ${def.id} as a list in item order or an object keyed by item id, received ${_kindOf(iss.input)}.`;
      },
    })
    .meta({ title: `Responses to ${def.abbreviation ?? def.name} (${def.id} ${def.version})` });
}

/**
 * The zod schema of responses to one instrument, generated from its definition, so a new
 * instrument gets its schema with no extra code. It accepts exactly what `score` accepts from
 * JSON: a list in item order (at most one answer per item; a shorter list leaves the rest
 * unanswered) or an object keyed by item id (unknown ids rejected); each answer is a value on that
 * item's response scale (whole numbers from min to max, or the listed steps of a stepped scale), or
 * `null` for not answered. Messages name the item number and id. Schemas are cached per definition.
 *
 * @example
 * ```ts
 * const s = responsesSchema(phq9);
 * s.safeParse([0, 1, 2, 3, 0, 1, 2, 3, 0, 1]).success; // => true
 * s.safeParse({ 'phq9-1': 4 }).success; // => false
 * ```
 * @category Schemas
 */
export function responsesSchema(
  definition: InstrumentDefinition,
): z.ZodType<readonly (number | null | undefined)[] | Readonly<Record<string, number | null | undefined>>> {
  let s = cache.get(definition);
  if (s === undefined) {
    s = build(definition);
    if (_isDefined(definition)) cache.set(definition, s); // only a defined (deep-frozen, checked) definition keys a cache
  }
  return s as z.ZodType<readonly (number | null | undefined)[] | Readonly<Record<string, number | null | undefined>>>;
}

/**
 * Validates untrusted responses to one instrument and returns `{ ok: true, value }` or
 * `{ ok: false, issues }`, each issue naming the item.
 *
 * @example
 * ```ts
 * const r = safeParseResponses(gad7, [0, 1, 'two']);
 * if (!r.ok) r.issues[0]?.message; // => '[2] (item 3, "gad7-3"): expected a whole number from 0 to 3 or null, received text ("two").'
 * ```
 * @category Schemas
 */
export function safeParseResponses(
  definition: InstrumentDefinition,
  input: unknown,
): SafeResult<readonly (number | null | undefined)[] | Readonly<Record<string, number | null | undefined>>, SchemaIssue> {
  return safeParseWith(responsesSchema(definition), input);
}
