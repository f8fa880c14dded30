import type { SafeResult } from '../model/issue.js';
import { preview } from './_internal/preview.js';
import { type _Compiled, type _CompiledCondition, type _CompiledDerived, type _CompiledScale, _compile } from './compile.js';
import type { DerivedResult, InstrumentDefinition, RaisedFlag, ResponsesOf, ResultOf, ScaleResult, ScoreOptions, ScoreResult } from './types.js';

/**
 * One problem with one answer (or with the responses as a whole). It names the item, shows a
 * short preview of the value received and says what was expected. It never carries more of the
 * input than the preview.
 *
 * @category Scoring
 */
export interface ScoreIssue {
  /** What is wrong, as a stable code. */
  readonly code:
    | 'invalid_responses'
    | 'unreadable_input'
    | 'invalid_options'
    | 'invalid_instrument'
    | 'unknown_item'
    | 'invalid_type'
    | 'not_finite'
    | 'out_of_range'
    | 'not_on_scale';
  /** The item id, or `null` when the issue is about the responses as a whole or an unknown key. */
  readonly item: string | null;
  /** The printed item number, or `null` with `item`. */
  readonly itemNumber: number | null;
  /** Where in the input: an array index or a (previewed) record key; empty for the responses as a whole (and for the issue that counts unknown keys past the tenth). */
  readonly path: readonly (string | number)[];
  /** A short, truncated preview of the value received. */
  readonly received: string;
  /** What was expected, in words (for example "a whole number from 0 to 3"). */
  readonly expected: string;
  /** The whole issue in one sentence. */
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
  /** Always `'ScoreError'`. */
  override readonly name = 'ScoreError';
  /** The id of the instrument being scored. */
  readonly instrument: string;
  /** Every issue found, frozen. */
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
const EMPTY_RECORD: Record<string, never> = Object.freeze({});

/** Names the kind of a value that is not a number; `null` and `undefined` never get here (they mean "not answered"). */
const kindOf = (v: unknown): string =>
  Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'a string' : `a ${typeof v}`;
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

/** Classifies a value that failed the fast check (or was missing). */
function badAnswer(c: _Compiled, values: number[], i: number, v: unknown, path: string | number, issues: ScoreIssue[]): void {
  if (v === null || v === undefined) {
    values[i] = Number.NaN;
    return;
  }
  const code: ScoreIssue['code'] =
    typeof v !== 'number'
      ? 'invalid_type'
      : !Number.isFinite(v)
        ? 'not_finite'
        : v < (c.min[i] as number) || v > (c.max[i] as number)
          ? 'out_of_range'
          : 'not_on_scale';
  issues.push(itemIssue(c, i, path, code, v));
}

/** Reads one answer into this call's buffer; anything but a value on the item's scale goes to `badAnswer`. */
function readAnswer(c: _Compiled, values: number[], i: number, v: unknown, path: string | number, issues: ScoreIssue[]): void {
  if (typeof v === 'number' && v >= (c.min[i] as number) && v <= (c.max[i] as number)) {
    if (c.wholeSteps[i] === 1) {
      if (Math.floor(v) === v) {
        values[i] = v;
        return;
      }
    } else {
      const k = (v - (c.min[i] as number)) / (c.step[i] as number);
      if (Math.abs(k - Math.round(k)) <= EPS) {
        values[i] = v;
        return;
      }
    }
  }
  badAnswer(c, values, i, v, path, issues);
}

/**
 * At most this many answers that match no item (answers past the last item, unknown record keys)
 * are reported one by one; the rest are counted in one more issue, so that a huge input cannot
 * make a huge list of issues (a million extra answers made a million issues and 850 MB).
 */
const MAX_LISTED_UNMATCHED = 10;

function readResponses(c: _Compiled, values: number[], responses: unknown, issues: ScoreIssue[]): void {
  const n = c.n;
  if (Array.isArray(responses)) {
    const len = responses.length;
    const { min, max, wholeSteps } = c;
    const m = Math.min(len, n);
    for (let i = 0; i < m; i++) {
      const v: unknown = responses[i];
      // Fast path, inlined: a whole number within range on a whole-number scale.
      if (Number.isInteger(v) && wholeSteps[i] === 1 && (v as number) >= (min[i] as number) && (v as number) <= (max[i] as number)) values[i] = v as number;
      else readAnswer(c, values, i, v, i, issues);
    }
    for (let i = m; i < n; i++) values[i] = Number.NaN;
    const listed = Math.min(len, n + MAX_LISTED_UNMATCHED);
    for (let i = n; i < listed; i++) {
      issues.push({
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [i],
        received: preview(responses[i]),
        expected: `at most ${n} answers`,
        message: `Answer at index ${i}: ${c.def.id} has ${n} items, no item at this position (received ${preview(responses[i])}).`,
      });
    }
    if (len > listed) {
      const rest = len - listed;
      issues.push({
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [listed],
        received: `${rest} more answers`,
        expected: `at most ${n} answers`,
        message: `Answers at index ${listed} to ${len - 1}: ${c.def.id} has ${n} items, no items at these positions (${rest} more answers, counted in this one issue).`,
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
  // `values` arrives filled with NaN (run makes it for this call), so an item without a key stays missing.
  const rec = responses as Record<string, unknown>;
  let unmatched = 0;
  for (const key of Object.keys(rec)) {
    const i = c.itemIndex.get(key);
    if (i === undefined) {
      if (++unmatched > MAX_LISTED_UNMATCHED) continue; // counted in one issue below
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
    } else {
      const v: unknown = rec[key];
      // Fast path, inlined as for arrays: a whole number within range on a whole-number scale.
      if (Number.isInteger(v) && c.wholeSteps[i] === 1 && (v as number) >= (c.min[i] as number) && (v as number) <= (c.max[i] as number))
        values[i] = v as number;
      else readAnswer(c, values, i, v, key, issues);
    }
  }
  if (unmatched > MAX_LISTED_UNMATCHED) {
    const rest = unmatched - MAX_LISTED_UNMATCHED;
    issues.push({
      code: 'unknown_item',
      item: null,
      itemNumber: null,
      path: [],
      received: `${rest} more keys`,
      expected: `an item id of ${c.def.id}`,
      message: `${rest} more keys are not items of ${c.def.id} (counted in this one issue; item ids look like "${c.itemIds[0]}").`,
    });
  }
}

/** How many distinct complete results one definition keeps for reuse. */
const RESULT_INTERN_LIMIT = 1 << 16;

function scaleResult(sc: _CompiledScale, value: number | null, answered: number, missing: readonly string[], prorated: boolean): ScaleResult {
  let band = null;
  if (value !== null && sc.bands.length > 0) {
    let b = 0;
    while (b + 1 < sc.bands.length && value >= (sc.bandMins[b + 1] as number) - EPS) b++;
    band = sc.bands[b] ?? null;
  }
  return Object.freeze({ value, answered, expected: sc.idx.length, missing, prorated, band });
}

/** Tests a condition on this call's buffer: item values at `[0, n)`, scale values from `n`. */
function holds(cond: _CompiledCondition, buf: number[], n: number): boolean | null {
  const v = buf[cond.onScale ? n + cond.index : cond.index] as number;
  if (cond.unanswered) {
    if (!Number.isNaN(v)) return false;
    // A blank item the form's own rule did not ask is not an unanswered question.
    return cond.askedWhen === null || !cond.askedWhen.every((w) => holds(w, buf, n) === false);
  }
  if (Number.isNaN(v)) return null;
  return v >= cond.min && v <= cond.max;
}

/**
 * Reads the options once: the most missing answers a scale may have and still be prorated, or a
 * sentence saying what is wrong with the options.
 */
function readOptions(c: _Compiled, options: unknown): number | string {
  if (options === undefined) return c.maxMissing;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    return `options must be an object such as { prorate: { maxMissing: 1 } }, received ${preview(options)}`;
  const p = (options as ScoreOptions).prorate;
  if (p === undefined) return c.maxMissing;
  if (p === false) return 0;
  const m = p !== null && typeof p === 'object' ? (p as { maxMissing?: unknown }).maxMissing : p;
  if (!(typeof m === 'number' && Number.isInteger(m) && m >= 0))
    return `options.prorate.maxMissing must be a whole number of 0 or more, received ${preview(m)}`;
  return m;
}

type CriteriaCount = _CompiledDerived & { kind: 'criteria-count' };
type RuleLabel = _CompiledDerived & { kind: 'rules' };

/** A criteria count as one code: −1 when an answer it needs is missing, else count·(outcomes + 1) + (outcome index + 1), 0 for no outcome. */
function criteriaCode(d: CriteriaCount, buf: number[]): number {
  let count = 0;
  let core = 0;
  const inGroup = d.groups === 0 ? null : new Float64Array(d.groups);
  for (let t = 0; t < d.index.length; t++) {
    const v = buf[d.index[t] as number] as number;
    if (Number.isNaN(v)) return -1;
    if (v >= (d.min[t] as number)) {
      count++;
      if (d.core[t] === 1) core++;
      const g = d.group[t] as number;
      if (inGroup !== null && g >= 0) inGroup[g] = (inGroup[g] as number) + 1;
    }
  }
  const outcomes = d.outcomes;
  for (let j = 0; j < outcomes.length; j++) {
    const x = outcomes[j] as (typeof outcomes)[number];
    if (count < x.minCount || (x.maxCount !== undefined && count > x.maxCount) || (x.requiresCore && core === 0)) continue;
    if (inGroup !== null && !inGroup.every((c, g) => c >= ((d.perGroup[j] as Float64Array)[g] as number))) continue;
    return count * (outcomes.length + 1) + j + 1;
  }
  return count * (outcomes.length + 1);
}

/** A rule-based label as one code: the index + 1 of the first rule whose conditions all hold, 0 when none does or one needs a missing answer. */
function ruleCode(d: RuleLabel, buf: number[], n: number): number {
  for (let k = 0; k < d.rules.length; k++) {
    let all = true;
    for (const w of (d.rules[k] as RuleLabel['rules'][number]).when) {
      const h = holds(w, buf, n);
      if (h === null) return 0;
      all &&= h;
    }
    if (all) return k + 1;
  }
  return 0;
}

/**
 * The key of a complete result: the key of its scale sums, then each derived score's code (a
 * criteria count and its outcome, or which rule holds), then one bit per flag raised. −1 when a
 * part cannot be keyed (a linear derived score takes any value; more than 30 flags) or the key is
 * not a safe integer.
 */
function resultKeyOf(c: _Compiled, buf: number[], scalesKey: number): number {
  let key = scalesKey;
  for (const d of c.derived) {
    if (d.kind === 'linear') return -1;
    key =
      d.kind === 'criteria-count'
        ? key * ((d.index.length + 1) * (d.outcomes.length + 1) + 1) + criteriaCode(d, buf) + 1
        : key * (d.rules.length + 1) + ruleCode(d, buf, c.n);
  }
  if (c.flags.length > 30) return -1;
  for (const f of c.flags) key = key * 2 + (holds(f.when, buf, c.n) === true ? 1 : 0);
  return Number.isSafeInteger(key) ? key : -1;
}

function derive(c: _Compiled, buf: number[]): Record<string, DerivedResult> {
  const n = c.n;
  if (c.derived.length === 0) return EMPTY_RECORD;
  const derived: Record<string, DerivedResult> = {};
  for (const d of c.derived) {
    let value: number | null = null;
    let label: string | null = null;
    if (d.kind === 'linear') {
      let acc = d.constant;
      for (let t = 0; t < d.index.length; t++) acc += (buf[(d.onScale[t] === 1 ? n : 0) + (d.index[t] as number)] as number) * (d.weight[t] as number);
      value = Number.isNaN(acc) ? null : acc;
    } else if (d.kind === 'criteria-count') {
      const code = criteriaCode(d, buf);
      if (code >= 0) {
        const per = d.outcomes.length + 1;
        value = Math.floor(code / per);
        const j = (code % per) - 1;
        label = j >= 0 ? (d.outcomes[j]?.label ?? null) : null;
      }
    } else {
      // The first rule whose conditions all hold; no label when any value a rule needs is missing.
      const code = ruleCode(d, buf, n);
      label = code === 0 ? null : (d.rules[code - 1]?.label ?? null);
    }
    derived[d.id] = Object.freeze({ value, label });
  }
  return Object.freeze(derived);
}

function raise(c: _Compiled, buf: number[]): readonly RaisedFlag[] {
  const flags = c.flags.filter((f) => holds(f.when, buf, c.n) === true).map((f) => f.raised);
  return flags.length === 0 ? EMPTY : Object.freeze(flags);
}

const lookup = (c: _Compiled, key: number): ScoreResult | undefined => (c.dense !== null ? c.dense[key] : c.sparse !== null ? c.sparse.get(key) : undefined);

/**
 * The fast path for the common case: a complete array of whole numbers on their scales, for an
 * instrument whose result depends on its scale sums alone. It checks every answer, sums each scale
 * and returns the interned result for those sums; anything else (a missing or invalid answer, a
 * record, a first-seen result) returns `undefined` and the full path runs.
 */
function fastResult(c: _Compiled, responses: unknown): ScoreResult | undefined {
  if ((c.dense === null && c.sparse === null) || !Array.isArray(responses) || responses.length !== c.n) return undefined;
  let key = 0;
  const scales = c.scales;
  for (let s = 0; s < scales.length; s++) {
    const { fwd, rev, reverseSum, lo, hi, internSize, internBase } = scales[s] as _CompiledScale;
    let sum = 0;
    for (let j = 0; j < fwd.length; j++) {
      const v: unknown = responses[fwd[j] as number];
      // In range first (rules out NaN), then whole: `v | 0` is exact for any in-range value.
      if (typeof v !== 'number' || !(v >= lo && v <= hi) || (v | 0) !== v) return undefined;
      sum += v;
    }
    for (let j = 0; j < rev.length; j++) {
      const v: unknown = responses[rev[j] as number];
      if (typeof v !== 'number' || !(v >= lo && v <= hi) || (v | 0) !== v) return undefined;
      sum += reverseSum - v;
    }
    key = key * internSize + (sum - internBase);
  }
  const unscored = c.unscored;
  for (let u = 0; u < unscored.length; u++) {
    const i = unscored[u] as number;
    const v: unknown = responses[i];
    if (typeof v !== 'number' || !(v >= (c.min[i] as number) && v <= (c.max[i] as number)) || (v | 0) !== v) return undefined;
  }
  return lookup(c, key);
}

/** Scores, or returns the frozen issues found (an array). Every buffer belongs to this call. */
function run(c: _Compiled, responses: unknown, maxMissing: number): ScoreResult | readonly ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const n = c.n;
  const ns = c.scales.length;
  // One buffer per call (one allocation): item values at [0, n) (NaN = missing), scale values at
  // [n, n + ns), then each scale's sum and its count of answered items.
  // A plain array of doubles: V8 allocates it in the young generation far faster than a typed array.
  const buf: number[] = [];
  for (let i = 0; i < n + 3 * ns; i++) buf.push(Number.NaN);
  readResponses(c, buf, responses, issues);
  if (issues.length !== 0) return Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze(i.path) })));
  const sums = n + ns;
  const counts = n + 2 * ns;
  // Pass 1: sums and counts per scale.
  let allAnswered = true;
  let key = 0;
  for (let s = 0; s < ns; s++) {
    const sc = c.scales[s] as _CompiledScale;
    const idx = sc.idx;
    const k = idx.length;
    let sum = 0;
    let answered = 0;
    for (let j = 0; j < k; j++) {
      const v = buf[idx[j] as number] as number;
      if (v === v) {
        sum += sc.reversed[j] === 1 ? sc.reverseSum - v : v;
        answered++;
      }
    }
    buf[sums + s] = sum;
    buf[counts + s] = answered;
    if (answered !== k) allAnswered = false;
    else key = key * sc.internSize + (sum - sc.internBase);
    buf[n + s] = answered === k ? (sc.mean ? sum / k : sum) : Number.NaN;
  }
  // Complete results of instruments whose result depends on the scale sums alone are interned
  // (hash-consed): an identical frozen result already built is returned again.
  const interned = allAnswered ? lookup(c, key) : undefined;
  if (interned !== undefined) return interned;
  // Pass 2: build the frozen result. A complete response's scales record is interned by its sums;
  // its whole result by the sums, the derived scores' codes and the flags raised (all that a
  // complete result depends on), when each of them is internable.
  const scalesKey = allAnswered && Number.isSafeInteger(key) ? key : -1;
  const resultKey = scalesKey >= 0 ? resultKeyOf(c, buf, scalesKey) : -1;
  if (resultKey >= 0) {
    const hit = c.resultIntern.get(resultKey);
    if (hit !== undefined) return hit;
  }
  const scales: Record<string, ScaleResult> = {};
  let anyProrated = false;
  for (let s = 0; s < ns; s++) {
    const sc = c.scales[s] as _CompiledScale;
    const k = sc.idx.length;
    const sum = buf[sums + s] as number;
    const answered = buf[counts + s] as number;
    if (answered === k) {
      const value = buf[n + s] as number;
      if (sc.intern === null) scales[sc.id] = scaleResult(sc, value, answered, EMPTY, false);
      else {
        sc.intern[sum - sc.internBase] ??= scaleResult(sc, value, answered, EMPTY, false);
        scales[sc.id] = sc.intern[sum - sc.internBase] as ScaleResult;
      }
      continue;
    }
    const missing: string[] = [];
    for (const i of sc.idx) if (Number.isNaN(buf[i])) missing.push(c.itemIds[i] as string);
    let value: number | null = null;
    if (answered > 0 && k - answered <= maxMissing) {
      value = sc.mean ? sum / answered : (sum * k) / answered;
      buf[n + s] = value;
      anyProrated = true;
    }
    scales[sc.id] = scaleResult(sc, value, answered, Object.freeze(missing), value !== null);
  }
  // Blank items that the form's own rule did not ask do not make the result incomplete.
  let notAsked: readonly string[] = EMPTY;
  let complete = true;
  if (!allAnswered) {
    const skipped: string[] = [];
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(buf[i])) continue;
      if (c.conditional.some((x) => x.index === i && x.anyOf.every((w) => holds(w, buf, n) === false))) skipped.push(c.itemIds[i] as string);
      else complete = false;
    }
    if (skipped.length > 0) notAsked = Object.freeze(skipped);
  }
  const result = Object.freeze({
    instrument: c.instrument,
    scales: Object.freeze(scales),
    derived: derive(c, buf),
    flags: raise(c, buf),
    complete,
    notAsked,
    prorated: anyProrated,
  });
  if (allAnswered) {
    if (c.dense !== null) c.dense[key] = result;
    else if (c.sparse !== null && c.sparse.size < RESULT_INTERN_LIMIT) c.sparse.set(key, result);
  }
  if (resultKey >= 0 && c.resultIntern.size < RESULT_INTERN_LIMIT) c.resultIntern.set(resultKey, result);
  return result;
}

/** Where reading the responses threw (a throwing getter or Proxy trap), as well as can be told. */
function unreadablePath(responses: unknown, n: number): (string | number)[] {
  try {
    if (Array.isArray(responses)) {
      const len = Math.min(responses.length, n + MAX_LISTED_UNMATCHED);
      for (let i = 0; i < len; i++) {
        try {
          void responses[i];
        } catch {
          return [i];
        }
      }
      return [];
    }
    for (const key of Object.keys(responses as object)) {
      try {
        void (responses as Record<string, unknown>)[key];
      } catch {
        return [key.length > 24 ? preview(key) : key];
      }
    }
  } catch {
    // The array check, the length or the keys themselves could not be read.
  }
  return [];
}

function unreadable(c: _Compiled, responses: unknown): readonly ScoreIssue[] {
  const path = unreadablePath(responses, c.n);
  const at = path[0];
  const i = typeof at === 'number' ? at : at === undefined ? undefined : c.itemIndex.get(at);
  const item = i === undefined ? null : (c.itemIds[i] ?? null);
  const where = path.length === 0 ? 'Responses' : typeof at === 'number' ? `Answer at index ${at}` : `Key ${JSON.stringify(at)}`;
  return Object.freeze([
    Object.freeze({
      code: 'unreadable_input' as const,
      item,
      itemNumber: i === undefined || item === null ? null : (c.itemNumbers[i] as number),
      path: Object.freeze(path),
      received: 'an unreadable value',
      expected: 'plain data (reading it threw: a getter or a Proxy)',
      message: `${where}: could not be read (reading it threw: a getter or a Proxy); nothing was scored.`,
    }),
  ]);
}

/** Scores responses with a compiled definition: the result, or every issue found. Never throws. */
function evaluate(c: _Compiled, responses: unknown, maxMissing: number): ScoreResult | readonly ScoreIssue[] {
  try {
    return fastResult(c, responses) ?? run(c, responses, maxMissing);
  } catch {
    return unreadable(c, responses);
  }
}

function instrumentIssue(message: string): ScoreIssue {
  return Object.freeze({
    code: 'invalid_instrument' as const,
    item: null,
    itemNumber: null,
    path: Object.freeze([]) as readonly (string | number)[],
    received: '',
    expected: 'an InstrumentDefinition (for example phq9, or one made with defineInstrument)',
    message: `Instrument: ${message}`,
  });
}

/**
 * Scores responses to an instrument and returns a frozen result; throws a {@link ScoreError}
 * listing every invalid answer. Responses are an array in item order or a record keyed by item
 * id. Missing answers follow the definition's policy: by default a scale with any missing item has
 * no value and lists the missing items. Risk flags are always evaluated and always returned.
 * Answers that match no item (past the last item, or under an unknown key) are reported one by one
 * up to ten; any more are counted in one further `unknown_item` issue.
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
  if (instrument === null || typeof instrument !== 'object' || Array.isArray(instrument)) {
    throw new TypeError(`score: instrument must be an InstrumentDefinition (for example phq9), received ${preview(instrument)}`);
  }
  const c = _compile(instrument);
  const maxMissing = readOptions(c, options);
  if (typeof maxMissing === 'string') throw new RangeError(`score: ${maxMissing}`);
  const r = evaluate(c, responses, maxMissing);
  if (Array.isArray(r)) throw new ScoreError(c.def.id, r);
  return r as ResultOf<T>;
}

/**
 * Like {@link score}, for untrusted input: it never throws, and returns `{ ok: true, value }` or
 * `{ ok: false, issues }`. Bad answers, responses that cannot be read (a throwing getter or
 * Proxy), invalid options and an invalid instrument each come back as issues.
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
  let c: _Compiled;
  try {
    if (instrument === null || typeof instrument !== 'object' || Array.isArray(instrument)) {
      return { ok: false, issues: [instrumentIssue(`expected an InstrumentDefinition (for example phq9), received ${preview(instrument)}.`)] };
    }
    c = _compile(instrument);
  } catch (e) {
    const problem = e instanceof TypeError ? e.message : 'it could not be read (reading it threw: a getter or a Proxy)';
    return { ok: false, issues: [instrumentIssue(`${problem}.`)] };
  }
  let maxMissing: number | string;
  try {
    maxMissing = readOptions(c, options);
  } catch {
    maxMissing = 'options could not be read (reading them threw: a getter or a Proxy)';
  }
  if (typeof maxMissing === 'string') {
    return {
      ok: false,
      issues: [
        Object.freeze({
          code: 'invalid_options' as const,
          item: null,
          itemNumber: null,
          path: Object.freeze(['options']) as readonly (string | number)[],
          received: '',
          expected: 'options such as { prorate: { maxMissing: 1 } }',
          message: `Options: ${maxMissing}.`,
        }),
      ],
    };
  }
  const r = evaluate(c, responses, maxMissing);
  return Array.isArray(r) ? { ok: false, issues: r } : { ok: true, value: r as ResultOf<T> };
}
