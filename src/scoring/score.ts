import type { SafeResult } from '../model/issue.js';
import { preview } from './_internal/preview.js';
import { type _Compiled, type _CompiledCondition, _compile } from './compile.js';
import type { DerivedResult, InstrumentDefinition, RaisedFlag, ResponsesOf, ResultOf, ScaleResult, ScoreOptions } from './types.js';

/**
 * One problem with one answer (or with the responses as a whole). It names the item, shows a
 * short preview of the value received and says what was expected. It never carries more of the
 * input than the preview.
 *
 * @category Scoring
 */
export interface ScoreIssue {
  readonly code: 'invalid_responses' | 'unknown_item' | 'invalid_type' | 'not_finite' | 'out_of_range' | 'not_on_scale';
  /** The item id, or `null` when the issue is about the responses as a whole or an unknown key. */
  readonly item: string | null;
  readonly itemNumber: number | null;
  /** Where in the input: an array index or a (previewed) record key. */
  readonly path: readonly (string | number)[];
  readonly received: string;
  readonly expected: string;
  readonly message: string;
}

/**
 * Thrown by {@link score} when responses are invalid; `issues` lists every problem at once.
 *
 * @example
 * ```ts
 * try { score(phq9, [9]) } catch (e) { if (e instanceof ScoreError) console.log(e.issues[0]?.message) }
 * ```
 * @category Scoring
 */
export class ScoreError extends Error {
  override readonly name = 'ScoreError';
  readonly instrument: string;
  readonly issues: readonly ScoreIssue[];
  constructor(instrument: string, issues: readonly ScoreIssue[]) {
    const shown = issues.slice(0, 3).map((i) => i.message);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`${issues.length} invalid response${issues.length === 1 ? '' : 's'} for ${instrument}: ${shown.join(' ')}${more}`);
    this.instrument = instrument;
    this.issues = Object.freeze(issues.map((i) => Object.freeze(i)));
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'a string' : `a ${typeof v}`;
const EPS = 1e-9;

function itemIssue(c: _Compiled, i: number, path: string | number, code: ScoreIssue['code'], value: unknown): ScoreIssue {
  const item = c.itemIds[i] as string;
  const number = c.itemNumbers[i] as number;
  const received = preview(value);
  const expected = c.expected[i] as string;
  const why =
    code === 'out_of_range'
      ? 'out of range'
      : code === 'not_on_scale'
        ? 'not a value on the scale'
        : code === 'not_finite'
          ? 'not a finite number'
          : `${kindOf(value)}, not a number`;
  return {
    code,
    item,
    itemNumber: number,
    path: [path],
    received,
    expected,
    message: `Item ${number} ("${item}"): expected ${expected}, received ${received} (${why}).`,
  };
}

/** Reads one answer into the scratch buffer, or returns the issue. */
function readAnswer(c: _Compiled, i: number, v: unknown, path: string | number, issues: ScoreIssue[]): void {
  if (v === null || v === undefined) {
    c.values[i] = Number.NaN;
    return;
  }
  if (typeof v !== 'number') {
    issues.push(itemIssue(c, i, path, 'invalid_type', v));
    return;
  }
  if (!Number.isFinite(v)) {
    issues.push(itemIssue(c, i, path, 'not_finite', v));
    return;
  }
  const lo = c.min[i] as number;
  if (v < lo || v > (c.max[i] as number)) {
    issues.push(itemIssue(c, i, path, 'out_of_range', v));
    return;
  }
  const k = (v - lo) / (c.step[i] as number);
  if (Math.abs(k - Math.round(k)) > EPS) {
    issues.push(itemIssue(c, i, path, 'not_on_scale', v));
    return;
  }
  c.values[i] = v;
}

function readResponses(c: _Compiled, responses: unknown, issues: ScoreIssue[]): void {
  const n = c.n;
  if (Array.isArray(responses)) {
    const len = responses.length;
    for (let i = 0; i < n; i++) readAnswer(c, i, i < len ? responses[i] : undefined, i, issues);
    for (let i = n; i < len; i++) {
      issues.push({
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [i],
        received: preview(responses[i]),
        expected: `at most ${n} answers`,
        message: `Answer at index ${i}: ${c.def.id} has ${n} items, so there is no item at this position (received ${preview(responses[i])}).`,
      });
    }
    return;
  }
  if (typeof responses !== 'object' || responses === null) {
    issues.push({
      code: 'invalid_responses',
      item: null,
      itemNumber: null,
      path: [],
      received: preview(responses),
      expected: 'an array in item order or a record keyed by item id',
      message: `Responses: expected an array in item order or a record keyed by item id, received ${preview(responses)}.`,
    });
    return;
  }
  c.values.fill(Number.NaN);
  const rec = responses as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const i = c.itemIndex.get(key);
    if (i === undefined) {
      const k = preview(key);
      issues.push({
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [k],
        received: k,
        expected: `an item id of ${c.def.id}`,
        message: `Key ${k}: not an item of ${c.def.id} (item ids look like "${c.itemIds[0]}").`,
      });
    } else readAnswer(c, i, rec[key], key, issues);
  }
}

function holds(cond: _CompiledCondition, items: Float64Array, scales: Float64Array): boolean | null {
  const v = (cond.onScale ? scales : items)[cond.index] as number;
  if (Number.isNaN(v)) return null;
  return v >= cond.min && v <= cond.max;
}

function run(c: _Compiled, responses: unknown, options: ScoreOptions | undefined): SafeResult<ResultOf<InstrumentDefinition>, ScoreIssue> {
  const issues: ScoreIssue[] = [];
  readResponses(c, responses, issues);
  if (issues.length > 0) return { ok: false, issues: Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze(i.path) }))) };
  let maxMissing = c.maxMissing;
  const p = options?.prorate;
  if (p === false) maxMissing = 0;
  else if (p !== undefined) {
    if (!(Number.isInteger(p.maxMissing) && p.maxMissing >= 0)) {
      throw new RangeError(`score: options.prorate.maxMissing must be a whole number of 0 or more, received ${preview(p.maxMissing)}`);
    }
    maxMissing = p.maxMissing;
  }
  const values = c.values;
  const sv = c.scaleValues;
  const scales: Record<string, ScaleResult> = {};
  let complete = true;
  let anyProrated = false;
  for (let s = 0; s < c.scales.length; s++) {
    const sc = c.scales[s] as (typeof c.scales)[number];
    const idx = sc.idx;
    const k = idx.length;
    let sum = 0;
    let answered = 0;
    for (let j = 0; j < k; j++) {
      const v = values[idx[j] as number] as number;
      if (v === v) {
        sum += sc.reversed[j] === 1 ? sc.reverseSum - v : v;
        answered++;
      }
    }
    let missing: readonly string[] = EMPTY;
    let value: number | null = null;
    let prorated = false;
    if (answered === k) value = sc.mean ? sum / k : sum;
    else {
      complete = false;
      const m: string[] = [];
      for (let j = 0; j < k; j++) if (Number.isNaN(values[idx[j] as number])) m.push(c.itemIds[idx[j] as number] as string);
      missing = Object.freeze(m);
      if (answered > 0 && k - answered <= maxMissing) {
        value = sc.mean ? sum / answered : (sum * k) / answered;
        prorated = true;
        anyProrated = true;
      }
    }
    sv[s] = value ?? Number.NaN;
    let band = null;
    if (value !== null && sc.bands.length > 0) {
      let b = 0;
      while (b + 1 < sc.bands.length && value >= (sc.bandMins[b + 1] as number) - EPS) b++;
      band = sc.bands[b] ?? null;
    }
    scales[sc.id] = Object.freeze({ value, answered, expected: k, missing, prorated, band });
  }
  const derived: Record<string, DerivedResult> = {};
  for (const d of c.derived) {
    let value: number | null = null;
    let label: string | null = null;
    if (d.kind === 'linear') {
      let acc = d.constant;
      for (let t = 0; t < d.index.length; t++) acc += ((d.onScale[t] === 1 ? sv : values)[d.index[t] as number] as number) * (d.weight[t] as number);
      value = Number.isNaN(acc) ? null : acc;
    } else if (d.kind === 'criteria-count') {
      let count = 0;
      let core = 0;
      let missing = false;
      for (let t = 0; t < d.index.length; t++) {
        const v = values[d.index[t] as number] as number;
        if (Number.isNaN(v)) missing = true;
        else if (v >= (d.min[t] as number)) {
          count++;
          if (d.core[t] === 1) core++;
        }
      }
      if (!missing) {
        value = count;
        const o = d.outcomes.find((x) => count >= x.minCount && (x.maxCount === undefined || count <= x.maxCount) && (!x.requiresCore || core > 0));
        label = o?.label ?? null;
      }
    } else {
      let unknown = false;
      for (const r of d.rules) {
        let all: boolean | null = true;
        for (const w of r.when) {
          const h = holds(w, values, sv);
          if (h === null) all = null;
          else if (!h && all !== null) all = false;
          if (all === null) break;
        }
        if (all === null) {
          unknown = true;
          break;
        }
        if (all) {
          label = r.label;
          break;
        }
      }
      if (unknown) label = null;
    }
    derived[d.id] = Object.freeze({ value, label });
  }
  let flags: readonly RaisedFlag[] = EMPTY;
  for (const f of c.flags) {
    if (holds(f.when, values, sv) === true) {
      if (flags === EMPTY) flags = [];
      (flags as RaisedFlag[]).push(f.raised);
    }
  }
  const answers = new Array<number | null>(c.n);
  for (let i = 0; i < c.n; i++) {
    const v = values[i] as number;
    answers[i] = v === v ? v : null;
  }
  return {
    ok: true,
    value: Object.freeze({
      instrument: c.instrument,
      scales: Object.freeze(scales),
      derived: Object.freeze(derived),
      flags: flags === EMPTY ? EMPTY : Object.freeze(flags),
      answers: Object.freeze(answers),
      complete,
      prorated: anyProrated,
    }),
  };
}

/**
 * Scores responses to an instrument and returns a frozen result; throws a {@link ScoreError}
 * listing every invalid answer. Responses are an array in item order or a record keyed by item
 * id. Missing answers follow the definition's policy: by default a scale with any missing item has
 * no value and lists the missing items. Risk flags are always evaluated and always returned.
 *
 * @example
 * ```ts
 * import { score, phq9 } from 'securebase';
 * const r = score(phq9, [1, 1, 2, 1, 0, 1, 1, 0, 0]);
 * r.scales.total.value; // => 7
 * r.scales.total.band?.label; // => 'Mild'
 * ```
 * @category Scoring
 */
export function score<const T extends InstrumentDefinition>(instrument: T, responses: ResponsesOf<T>, options?: ScoreOptions): ResultOf<T> {
  const c = _compile(instrument);
  const r = run(c, responses, options);
  if (!r.ok) throw new ScoreError(c.def.id, r.issues);
  return r.value as ResultOf<T>;
}

/**
 * Like {@link score}, for untrusted input: never throws on bad responses, and returns
 * `{ ok: true, value }` or `{ ok: false, issues }`. (An invalid *definition* still throws a
 * `DefinitionError`, since that is a programming error.)
 *
 * @example
 * ```ts
 * const r = safeScore(phq9, JSON.parse('[1, "x"]'));
 * if (!r.ok) r.issues[0]?.message; // => 'Item 2 ("phq9-2"): expected a whole number from 0 to 3, received "x" (a string, not a number).'
 * ```
 * @category Scoring
 */
export function safeScore<const T extends InstrumentDefinition>(
  instrument: T,
  responses: unknown,
  options?: ScoreOptions,
): SafeResult<ResultOf<T>, ScoreIssue> {
  return run(_compile(instrument), responses, options) as SafeResult<ResultOf<T>, ScoreIssue>;
}
