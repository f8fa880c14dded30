import type * as z from 'zod';
import type { SafeResult } from '../model/issue.js';
import { _frozenIssues, _issuesMessage } from '../model/issue-list.js';
import { _unreadablePath } from '../model/preview.js';
import { _formatPath, _kindOf, _oneOf, _preview } from './_internal/words.js';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  record: 'an object',
  null: 'null',
};

function problem(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'is required but missing.';
      return `expected ${EXPECTED[iss.expected] ?? iss.expected}, received ${_kindOf(iss.input)}.`;
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'string') return `is too long: at most ${max} characters (received ${typeof iss.input === 'string' ? [...iss.input].length : '?'}).`;
      if (iss.origin === 'array') return `has too many entries: at most ${max} (received ${Array.isArray(iss.input) ? iss.input.length : '?'}).`;
      return `must be ${iss.inclusive === false ? 'below' : 'at most'} ${max} (received ${_preview(iss.input)}).`;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? 'must not be empty.' : `is too short: at least ${min} characters.`;
      if (iss.origin === 'array') return `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}.`;
      return `must be ${iss.inclusive === false ? 'above' : 'at least'} ${min} (received ${_preview(iss.input)}).`;
    }
    case 'invalid_value':
      if (iss.input === undefined) return `is required but missing; it must be ${_oneOf(iss.values)}.`;
      return `must be ${_oneOf(iss.values)} (received ${_preview(iss.input)}).`;
    case 'unrecognized_keys': {
      const keys = iss.keys.slice(0, 5).map((k) => _preview(k));
      const more = iss.keys.length > 5 ? ` and ${iss.keys.length - 5} more` : '';
      return `has ${iss.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${keys.join(', ')}${more}: remove ${iss.keys.length === 1 ? 'it' : 'them'} or check the spelling.`;
    }
    case 'invalid_union':
      if (iss.discriminator !== undefined) {
        const options = Array.isArray(iss.options) ? (iss.options as readonly unknown[]) : [];
        const got = iss.input !== null && typeof iss.input === 'object' ? (iss.input as Record<string, unknown>)[iss.discriminator] : undefined;
        return got === undefined ? `is required but missing; it must be ${_oneOf(options)}.` : `must be ${_oneOf(options)} (received ${_preview(got)}).`;
      }
      return `does not match any of the allowed forms (received ${_kindOf(iss.input)}).`;
    case 'invalid_format':
      return `is not in the expected format (received ${_preview(iss.input)}).`;
    case 'not_multiple_of':
      return `must be a multiple of ${iss.divisor} (received ${_preview(iss.input)}).`;
    case 'invalid_key':
      return `has a key that is not allowed (${_preview(iss.input)}).`;
    case 'invalid_element':
      return 'has an entry that is not allowed.';
    default:
      return 'is not valid.';
  }
}

/**
 * A zod error map that writes every message as "where: what is wrong", in plain words a developer
 * can show to a clinician: `riskScreen.selfHarm.recency: must be one of "now", "past-2-weeks",
 * "past-year", "over-a-year-ago" (received "yesterday").` Values received are shown only as a short
 * preview (text cut to 24 characters), never in full. Pass it per parse (`schema.safeParse(x, {
 * error: plainErrorMap })`); the `safeParse*` helpers of this module already do.
 *
 * @example
 * ```ts
 * const r = intakeSchema.safeParse({}, { error: plainErrorMap });
 * r.error?.issues[0]?.message; // => 'concerns: is required but missing.'
 * ```
 * @category Schemas
 */
export const plainErrorMap: z.core.$ZodErrorMap = (iss) => `${_formatPath(iss.path ?? [])}: ${problem(iss)}`;

/**
 * An error-map factory for one schema: a fixed problem text, prefixed with the path. Used for
 * refinements and formats whose generic message would be vague.
 *
 * @internal
 */
export const _says =
  (text: string) =>
  (iss: z.core.$ZodRawIssue): string =>
    `${_formatPath(iss.path ?? [])}: ${text}`;

/**
 * One problem found by a schema: the path (keys and list positions; a key longer than 40
 * characters is cut, as in `where`, so an issue never carries a long key in full), the same path
 * as text, a machine code (zod's issue code) and a plain message that starts with the path.
 *
 * @category Schemas
 */
export interface SchemaIssue {
  /** zod's issue code (for example `invalid_type`, `too_big`). */
  readonly code: string;
  /** Where: keys and list positions (a key longer than 40 characters is cut). */
  readonly path: readonly (string | number)[];
  /** The same path as text, for example `riskScreen.selfHarm.recency`. */
  readonly where: string;
  /** A plain message that starts with `where`. */
  readonly message: string;
}

/**
 * Thrown by the `parse*` helpers of `securebase/schemas`; `issues` lists every problem found.
 *
 * @example
 * ```ts
 * try { parseIntake({}) } catch (e) { if (e instanceof SchemaError) e.issues.length; }
 * ```
 * @category Schemas
 */
export class SchemaError extends Error {
  /** Always `'SchemaError'`. */
  override readonly name = 'SchemaError';
  /** Every problem found, frozen. */
  readonly issues: readonly SchemaIssue[];
  constructor(what: string, issues: readonly SchemaIssue[]) {
    super(_issuesMessage(`Invalid ${what}`, issues));
    this.issues = _frozenIssues(issues);
  }
}

/**
 * Moves a message written for a relative path (as a union's inner issues are) to the full path:
 * every message of this module starts with its path, so the leading path is replaced.
 *
 * @internal
 */
export function _rebase(message: string, relative: readonly PropertyKey[], prefix: readonly PropertyKey[]): string {
  const old = _formatPath(relative);
  const full = _formatPath([...prefix, ...relative]);
  return message.startsWith(old) ? `${full}${message.slice(old.length)}` : `${full}: ${message}`;
}

/**
 * The inner issues of a failed union, when exactly one of its options fits the kind of value
 * received (the others failed on the type at their root): those are the issues to show.
 */
function fittingBranch(issue: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return null;
  const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}

/** A path entry as issues carry it: a symbol by its description, a key cut to 40 characters (as in `where`). */
function pathKey(k: PropertyKey): string | number {
  const key = typeof k === 'symbol' ? String(k.description ?? 'symbol') : k;
  return typeof key === 'string' && key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

/**
 * Turns zod issues into {@link SchemaIssue}s (paths without symbols). A failed union whose value
 * clearly meant one option (a list for responses in item order) is replaced by that option's issues.
 *
 * @internal
 */
export function _toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): SchemaIssue[] {
  return issues.flatMap((i) => {
    const full = [...prefix, ...i.path];
    const branch = fittingBranch(i);
    if (branch !== null) return _toIssues(branch, full);
    const path = full.map(pathKey);
    const message = prefix.length === 0 ? i.message : _rebase(i.message, i.path, prefix);
    return [{ code: i.code, path, where: _formatPath(path), message }];
  });
}

/**
 * Parses untrusted input with any schema of this module and returns `{ ok: true, value }` or
 * `{ ok: false, issues }`, with plain messages that name the path ({@link plainErrorMap}).
 *
 * Prefer it to a schema's own `parse`/`safeParse` for input you log or send back: zod's own
 * `ZodError` keeps zod's raw issues, which list every unknown key in full and whose `message` is
 * those issues as JSON (a million unknown keys made a 17 MB message), while these issues show keys
 * and values as short previews only.
 *
 * @example
 * ```ts
 * const r = safeParseWith(riskScreenSchema, { suicidalThoughts: { answer: 'maybe' } });
 * if (!r.ok) r.issues[0]?.message; // => 'suicidalThoughts.answer: must be one of "yes", "no", "declined" (received "maybe").'
 * ```
 * @category Schemas
 */
export function safeParseWith<TSchema extends z.ZodType>(schema: TSchema, input: unknown): SafeResult<z.output<TSchema>, SchemaIssue> {
  let r: z.ZodSafeParseResult<z.output<TSchema>>;
  try {
    r = schema.safeParse(input, { error: plainErrorMap });
  } catch {
    // zod lets an exception from reading the input (a throwing getter or Proxy) out: say where.
    const path = _unreadablePath(input);
    const where = _formatPath(path);
    const issue = {
      code: 'unreadable_input',
      path: Object.freeze(path),
      where,
      message: `${where}: could not be read (reading it threw: a getter or a Proxy); pass plain data.`,
    };
    return { ok: false, issues: Object.freeze([Object.freeze(issue)]) };
  }
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: Object.freeze(_toIssues(r.error.issues)) };
}

/**
 * Like {@link safeParseWith}, but throws a {@link SchemaError} listing every issue.
 *
 * @example
 * ```ts
 * parseWith(riskScreenSchema, { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } }).selfHarm.answer; // => 'no'
 * ```
 * @category Schemas
 */
export function parseWith<TSchema extends z.ZodType>(schema: TSchema, input: unknown, what = 'input'): z.output<TSchema> {
  const r = safeParseWith(schema, input);
  if (!r.ok) throw new SchemaError(what, r.issues);
  return r.value;
}
