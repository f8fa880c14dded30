import { _preview } from '../model/preview.js';
import type { BandDefinition, DerivedDefinition, InstrumentDefinition, RaisedFlag, ResponseScale, ScaleResult, ScoreResult, ValueCondition } from './types.js';

/**
 * Thrown when an instrument definition is inconsistent (a reversed item outside its scale, bands
 * with a gap, a duplicate id...). `problems` lists every problem found, each naming the field.
 *
 * @example
 * ```ts
 * const broken = { ...phq9, id: 'broken', scales: [{ id: 's', label: 'S', items: ['phq9-1'], reversed: ['phq9-2'], aggregate: 'sum' }], derived: [], flags: [] } as const;
 * let problems: readonly string[] = [];
 * try { validateInstrument(broken) } catch (e) { if (e instanceof DefinitionError) problems = e.problems }
 * problems; // => ['scales[0] ("s").reversed: "phq9-2" is not one of the scale\'s items']
 * ```
 * @category Scoring
 */
export class DefinitionError extends Error {
  /** Always `'DefinitionError'`. */
  override readonly name = 'DefinitionError';
  /** Every problem found, one sentence each. */
  readonly problems: readonly string[];
  constructor(id: string, problems: readonly string[]) {
    super(`Instrument definition "${id}" is invalid:\n- ${problems.join('\n- ')}`);
    this.problems = Object.freeze([...problems]);
  }
}

/** @internal */
export interface _CompiledCondition {
  readonly onScale: boolean;
  /** Holds when the value is missing (an `unanswered` condition). */
  readonly unanswered: boolean;
  readonly index: number;
  readonly min: number;
  readonly max: number;
  /** For an `unanswered` condition on an item the form asks only under a rule: that rule (`askedWhen.anyOf`). */
  readonly askedWhen: readonly _CompiledCondition[] | null;
}

/** @internal */
export interface _CompiledScale {
  readonly id: string;
  readonly idx: Int32Array;
  readonly reversed: Uint8Array;
  readonly reverseSum: number;
  readonly mean: boolean;
  readonly bands: readonly BandDefinition[];
  readonly bandMins: Float64Array;
  /** Interned frozen results of complete responses, indexed by `sum - internBase`; `null` when not whole-numbered. */
  readonly intern: (ScaleResult | undefined)[] | null;
  readonly internBase: number;
  /** How many sums a complete response can have (the radix of this scale in a result key). */
  readonly internSize: number;
  /** The response scale's bounds, shared by every item of the scale. */
  readonly lo: number;
  readonly hi: number;
  /** Item indices of the forward-keyed and of the reverse-keyed items (the fast path's loops). */
  readonly fwd: Int32Array;
  readonly rev: Int32Array;
}

/** @internal */
export type _CompiledDerived =
  | {
      readonly kind: 'linear';
      readonly id: string;
      readonly onScale: Uint8Array;
      readonly index: Int32Array;
      readonly weight: Float64Array;
      readonly constant: number;
    }
  | {
      readonly kind: 'criteria-count';
      readonly id: string;
      readonly index: Int32Array;
      readonly min: Float64Array;
      readonly core: Uint8Array;
      readonly outcomes: DerivedDefinition & { kind: 'criteria-count' } extends { outcomes: infer O } ? O : never;
      /** Each criterion's group index (-1: none), and how many groups there are. */
      readonly group: Int32Array;
      readonly groups: number;
      /** Per outcome, the least count met in each group (0 where the outcome names none). */
      readonly perGroup: readonly Float64Array[];
    }
  | { readonly kind: 'rules'; readonly id: string; readonly rules: readonly { readonly label: string; readonly when: readonly _CompiledCondition[] }[] };

/** @internal */
export interface _Compiled {
  readonly def: InstrumentDefinition;
  readonly n: number;
  readonly itemIds: readonly string[];
  readonly itemNumbers: Int32Array;
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly step: Float64Array;
  /** 1 where the item takes whole numbers only (integer min, step 1): the fast check. */
  readonly wholeSteps: Uint8Array;
  readonly expected: readonly string[];
  readonly scales: readonly _CompiledScale[];
  readonly derived: readonly _CompiledDerived[];
  readonly flags: readonly { readonly when: _CompiledCondition; readonly raised: RaisedFlag }[];
  readonly maxMissing: number;
  readonly instrument: { readonly id: string; readonly version: string };
  /** Items the form asks only under a condition (`askedWhen`), with their compiled conditions. */
  readonly conditional: readonly { readonly index: number; readonly anyOf: readonly _CompiledCondition[] }[];
  /**
   * Interned frozen results of complete responses, keyed by the mixed-radix number of the scale
   * sums: a dense array for small key spaces, else a bounded map. Both `null` when the result
   * depends on more than the sums (derived scores, flags) or a scale is not whole-numbered.
   */
  readonly dense: (ScoreResult | undefined)[] | null;
  readonly sparse: Map<number, ScoreResult> | null;
  /** Items in no scale, checked separately by the fast path. */
  readonly unscored: Int32Array;
}

const EPS = 1e-9;

const isWhole = (x: number): boolean => Math.abs(x - Math.round(x)) < EPS;

function describeScale(s: ResponseScale): string {
  const step = s.step ?? 1;
  return step === 1 && Number.isInteger(s.min) ? `a whole number from ${s.min} to ${s.max}` : `a number from ${s.min} to ${s.max} in steps of ${step}`;
}

function checkBands(where: string, bands: readonly BandDefinition[], lo: number, hi: number, grid: number, out: string[]): void {
  bands.forEach((b, i) => {
    if (!(b.min <= b.max)) out.push(`${where}.bands[${i}] ("${b.label}"): min ${b.min} is above max ${b.max}`);
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return;
  if (Math.abs(first.min - lo) > EPS) out.push(`${where}.bands: the first band starts at ${first.min}, but the scale's lowest value is ${lo}`);
  if (Math.abs(last.max - hi) > EPS) out.push(`${where}.bands: the last band ends at ${last.max}, but the scale's highest value is ${hi}`);
  for (let i = 1; i < bands.length; i++) {
    const a = bands[i - 1] as BandDefinition;
    const b = bands[i] as BandDefinition;
    if (b.min <= a.max + EPS) out.push(`${where}.bands: "${a.label}" (${a.min}-${a.max}) overlaps "${b.label}" (${b.min}-${b.max})`);
    else if (b.min - a.max > grid + EPS)
      out.push(`${where}.bands: gap between "${a.label}" (ends ${a.max}) and "${b.label}" (starts ${b.min}); the scale takes values every ${grid}`);
  }
}

function collectProblems(def: InstrumentDefinition): string[] {
  const out: string[] = [];
  const d = def as Partial<InstrumentDefinition>;
  if (typeof d.id !== 'string' || d.id === '') out.push('id: must be a non-empty string');
  if (typeof d.version !== 'string' || d.version === '') out.push('version: must be a non-empty string (the content version results record)');
  if (!Array.isArray(d.citations) || d.citations.length === 0) out.push('citations: at least one source is required');
  if (!d.licence || typeof d.licence.itemTextIncluded !== 'boolean') out.push('licence.itemTextIncluded: must say whether item text ships');
  const rs = d.responseScales ?? {};
  for (const [key, s] of Object.entries(rs)) {
    const step = s.step ?? 1;
    if (!(Number.isFinite(s.min) && Number.isFinite(s.max) && s.min < s.max)) out.push(`responseScales.${key}: min must be a number below max`);
    if (!(step > 0) || !isWhole((s.max - s.min) / step)) out.push(`responseScales.${key}.step: must be positive and divide max - min`);
    s.anchors.forEach((a, i) => {
      if (a.value < s.min || a.value > s.max || !isWhole((a.value - s.min) / step))
        out.push(`responseScales.${key}.anchors[${i}]: value ${a.value} is not on the scale`);
    });
  }
  const items = d.items ?? [];
  if (items.length === 0) out.push('items: at least one item is required');
  const ids = new Map<string, number>();
  items.forEach((it, i) => {
    if (typeof it.id !== 'string' || it.id === '') out.push(`items[${i}].id: must be a non-empty string`);
    else if (ids.has(it.id)) out.push(`items[${i}].id: "${it.id}" is used twice`);
    else ids.set(it.id, i);
    if (!Number.isInteger(it.number) || it.number < 1) out.push(`items[${i}].number: must be a whole number of 1 or more`);
    const prev = items[i - 1];
    if (prev && !(it.number > prev.number)) out.push(`items[${i}].number: items must be listed in ascending item number (${it.number} follows ${prev.number})`);
    if (!rs[it.responseScale ?? 'default']) out.push(`items[${i}] ("${it.id}"): response scale "${it.responseScale ?? 'default'}" is not in responseScales`);
  });
  const scaleIds = new Set<string>();
  const checkCondition = (where: string, c: ValueCondition): void => {
    if ('item' in c ? !ids.has(c.item) : !scaleIds.has(c.scale))
      out.push(`${where}: refers to unknown ${'item' in c ? `item "${c.item}"` : `scale "${c.scale}"`}`);
    if ('item' in c && c.unanswered !== undefined) {
      if (c.unanswered !== true) out.push(`${where}.unanswered: must be true when given`);
      if (c.min !== undefined || c.max !== undefined) out.push(`${where}: an unanswered condition takes no min or max`);
    } else if (c.min === undefined && c.max === undefined) out.push(`${where}: needs a min or a max`);
  };
  (d.scales ?? []).forEach((s, i) => {
    const where = `scales[${i}] ("${s.id}")`;
    if (scaleIds.has(s.id)) out.push(`${where}.id: used twice`);
    scaleIds.add(s.id);
    if (s.items.length === 0) out.push(`${where}.items: a scale needs at least one item`);
    const seen = new Set<string>();
    const scaleKeys = new Set<string>();
    for (const id of s.items) {
      if (seen.has(id)) out.push(`${where}.items: "${id}" is listed twice`);
      seen.add(id);
      const at = ids.get(id);
      if (at === undefined) out.push(`${where}.items: "${id}" is not an item`);
      else scaleKeys.add(items[at]?.responseScale ?? 'default');
    }
    for (const id of s.reversed ?? []) {
      if (!seen.has(id)) out.push(`${where}.reversed: "${id}" is not one of the scale's items`);
    }
    if (new Set(s.reversed ?? []).size !== (s.reversed ?? []).length) out.push(`${where}.reversed: an item is listed twice`);
    if (scaleKeys.size > 1) out.push(`${where}.items: all items of a scale must share one response scale (found ${[...scaleKeys].join(', ')})`);
    const rsc = rs[[...scaleKeys][0] ?? 'default'];
    if (rsc && s.bands && s.bands.length > 0 && scaleKeys.size === 1) {
      const k = s.items.length;
      const step = rsc.step ?? 1;
      const [lo, hi, grid] = s.aggregate === 'sum' ? [rsc.min * k, rsc.max * k, step] : [rsc.min, rsc.max, step / k];
      checkBands(where, s.bands, lo, hi, grid, out);
    }
    if (s.aggregate !== 'sum' && s.aggregate !== 'mean') out.push(`${where}.aggregate: must be "sum" or "mean"`);
  });
  const derivedIds = new Set<string>();
  (d.derived ?? []).forEach((x, i) => {
    const where = `derived[${i}] ("${x.id}")`;
    if (derivedIds.has(x.id) || scaleIds.has(x.id)) out.push(`${where}.id: used twice (derived and scale ids share one namespace)`);
    derivedIds.add(x.id);
    if (x.kind === 'linear') {
      x.terms.forEach((t, j) => checkCondition(`${where}.terms[${j}]`, { ...t, min: 0 }));
    } else if (x.kind === 'criteria-count') {
      x.criteria.forEach((c, j) => checkCondition(`${where}.criteria[${j}]`, c));
      const crit = new Set(x.criteria.map((c) => c.item));
      for (const c of x.core) if (!crit.has(c)) out.push(`${where}.core: "${c}" is not one of the criteria`);
      if (x.outcomes.length === 0) out.push(`${where}.outcomes: at least one outcome is required`);
      const groups = new Set(x.criteria.flatMap((c) => (c.group === undefined ? [] : [c.group])));
      x.outcomes.forEach((o, j) => {
        for (const [g, m] of Object.entries(o.minPerGroup ?? {})) {
          if (!groups.has(g)) out.push(`${where}.outcomes[${j}].minPerGroup: "${g}" is not the group of any criterion`);
          if (!(Number.isInteger(m) && m >= 0)) out.push(`${where}.outcomes[${j}].minPerGroup.${g}: must be a whole number of 0 or more`);
        }
      });
    } else {
      if (x.rules.length === 0) out.push(`${where}.rules: at least one rule is required`);
      x.rules.forEach((r, j) => r.when.forEach((c, k) => checkCondition(`${where}.rules[${j}].when[${k}]`, c)));
      if (!x.tieRule) out.push(`${where}.tieRule: say how a value at a cut-off is treated`);
    }
  });
  items.forEach((it, i) => {
    const a = it.askedWhen;
    if (a === undefined) return;
    if (!Array.isArray(a.anyOf) || a.anyOf.length === 0) out.push(`items[${i}] ("${it.id}").askedWhen.anyOf: at least one condition is required`);
    else
      a.anyOf.forEach((c, j) => {
        checkCondition(`items[${i}] ("${it.id}").askedWhen.anyOf[${j}]`, c);
        if ('item' in c && (ids.get(c.item) ?? Number.POSITIVE_INFINITY) >= i)
          out.push(`items[${i}] ("${it.id}").askedWhen.anyOf[${j}]: must refer to an earlier item`);
        if ('scale' in c) out.push(`items[${i}] ("${it.id}").askedWhen.anyOf[${j}]: must test an earlier item, not a scale`);
      });
  });
  const flagIds = new Set<string>();
  (d.flags ?? []).forEach((f, i) => {
    if (flagIds.has(f.id)) out.push(`flags[${i}].id: "${f.id}" is used twice`);
    flagIds.add(f.id);
    checkCondition(`flags[${i}] ("${f.id}").when`, f.when);
    if (!(typeof f.message === 'string' && f.message.trim() !== '')) out.push(`flags[${i}] ("${f.id}").message: the clinician's message is required`);
    if (!(typeof f.clientMessage === 'string' && f.clientMessage.trim() !== ''))
      out.push(`flags[${i}] ("${f.id}").clientMessage: the person's message is required`);
    if (!['urgent', 'review', 'warning', 'info'].includes(f.level)) out.push(`flags[${i}] ("${f.id}").level: must be "urgent", "review", "warning" or "info"`);
  });
  const m = d.missing;
  if (m && m.kind === 'prorate' && !(Number.isInteger(m.maxMissing) && m.maxMissing >= 0)) out.push('missing.maxMissing: must be a whole number of 0 or more');
  if (m && m.kind === 'prorate' && !m.source) out.push('missing.source: prorating needs the published source that allows it');
  return out;
}

/**
 * Checks an instrument definition and returns every problem found, each naming the field (an
 * empty array when the definition is sound). {@link score} runs the same checks once per
 * definition and throws a {@link DefinitionError} when any fails.
 *
 * @example
 * ```ts
 * instrumentProblems(phq9); // => []
 * ```
 * @category Scoring
 */
export function instrumentProblems(def: InstrumentDefinition): readonly string[] {
  try {
    return collectProblems(def);
  } catch (e) {
    return [`the definition is not shaped like an InstrumentDefinition (${(e as Error).message})`];
  }
}

function compileCondition(
  c: ValueCondition,
  itemIndex: ReadonlyMap<string, number>,
  scaleIndex: ReadonlyMap<string, number>,
  items: InstrumentDefinition['items'],
): _CompiledCondition {
  const onScale = 'scale' in c;
  const unanswered = !onScale && c.unanswered === true;
  const index = (onScale ? scaleIndex.get(c.scale) : itemIndex.get(c.item)) as number;
  // A blank item is an unanswered question only when the form asked it (askedWhen refers to earlier items only).
  const rule = unanswered ? items[index]?.askedWhen : undefined;
  return {
    onScale,
    unanswered,
    index,
    min: c.min ?? Number.NEGATIVE_INFINITY,
    max: c.max ?? Number.POSITIVE_INFINITY,
    askedWhen: rule === undefined ? null : rule.anyOf.map((w) => compileCondition(w, itemIndex, scaleIndex, items)),
  };
}

const INTERN_LIMIT = 4096;

/** Complete whole-number scales have few possible sums: their frozen results can be shared. */
function internTable(k: number, lo: number, hi: number, step: number): { intern: (ScaleResult | undefined)[] | null; internBase: number; internSize: number } {
  const size = k * (hi - lo) + 1;
  // Whole numbers within int32, so that the fast path's `(v | 0) === v` check is exact.
  return step === 1 && Number.isInteger(lo) && Number.isInteger(hi) && Math.abs(lo) < 2 ** 31 && Math.abs(hi) < 2 ** 31 && size <= INTERN_LIMIT
    ? { intern: [], internBase: k * lo, internSize: size }
    : { intern: null, internBase: 0, internSize: Number.POSITIVE_INFINITY };
}

const DENSE_LIMIT = 1 << 16;

/** Result tables for hash-consing complete results (see `_Compiled.dense`). */
function resultTables(
  scales: readonly _CompiledScale[],
  sumsAlone: boolean,
): { dense: (ScoreResult | undefined)[] | null; sparse: Map<number, ScoreResult> | null } {
  const space = scales.reduce((p, sc) => p * sc.internSize, 1);
  if (!sumsAlone || scales.length === 0 || !(space <= Number.MAX_SAFE_INTEGER)) return { dense: null, sparse: null };
  return space <= DENSE_LIMIT ? { dense: new Array(space), sparse: null } : { dense: null, sparse: new Map() };
}

/**
 * Compiled definitions, keyed only by definitions that can never change: deep-frozen plain data
 * (every own property a data property, every object and array frozen). A frozen object's
 * properties cannot be reassigned, and a Proxy over a frozen target must report the target's
 * values, so such a key always describes the same definition. A definition a caller can still
 * change is checked and compiled for each call and never cached.
 */
const cache = new WeakMap<InstrumentDefinition, _Compiled>();

/**
 * True when `v` is deep-frozen plain data: frozen all the way down, with no accessor properties.
 * Only such a value may key a cache: its contents can never change.
 *
 * @internal
 */
export function _isDeepFrozen(v: unknown): boolean {
  try {
    return deepFrozen(v, 0);
  } catch {
    return false; // a Proxy whose traps throw is not plain data
  }
}

function deepFrozen(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function';
  if (depth > 64 || !Object.isFrozen(v)) return false;
  for (const key of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (d === undefined || !('value' in d) || !deepFrozen(d.value, depth + 1)) return false;
  }
  return true;
}

/** Copies plain data (objects and arrays, own enumerable data) and freezes every copy. */
function copyFrozen<T>(v: T, depth = 0): T {
  if (v === null || typeof v !== 'object') return v;
  if (depth > 64) throw new TypeError('defineInstrument: the definition nests more than 64 levels deep');
  const out: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
  for (const key of Object.keys(v)) (out as Record<string, unknown>)[key] = copyFrozen((v as Record<string, unknown>)[key], depth + 1);
  return Object.freeze(out) as T;
}

/**
 * Checks a definition once and returns a deep-frozen copy that keeps its literal types; throws a
 * {@link DefinitionError} listing every problem. Score with the copy: the engine compiles a
 * defined definition once and reuses that work, while a plain object is checked and compiled
 * again on every call (its contents may have changed). Changing your own object later never
 * changes the defined copy. The built-in instruments are defined already.
 *
 * @example
 * ```ts
 * const mine = defineInstrument({ ...gad7, id: 'my-gad-7' });
 * Object.isFrozen(mine.items[0]); // => true
 * score(mine, [0, 1, 2, 3, 0, 1, 2]).scales.total.value; // => 9
 * ```
 * @category Scoring
 */
export function defineInstrument<const T extends InstrumentDefinition>(definition: T): T {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new TypeError(`defineInstrument: definition must be an InstrumentDefinition object, received ${_preview(definition)}`);
  }
  const copy = copyFrozen(definition);
  _compile(copy);
  return copy;
}

/**
 * The compiled form of a definition: from the cache for a deep-frozen definition, else checked and
 * compiled now. Throws a {@link DefinitionError} for an invalid definition.
 *
 * @internal
 */
export function _compile(def: InstrumentDefinition): _Compiled {
  const hit = cache.get(def);
  if (hit !== undefined) return hit;
  const problems = instrumentProblems(def);
  if (problems.length > 0) throw new DefinitionError(String((def as { id?: unknown })?.id ?? '?'), problems);
  const compiled = compileChecked(def);
  if (_isDeepFrozen(def)) cache.set(def, compiled);
  return compiled;
}

function compileChecked(def: InstrumentDefinition): _Compiled {
  const n = def.items.length;
  const itemIndex = new Map(def.items.map((it, i) => [it.id, i] as const));
  const scaleIndex = new Map(def.scales.map((s, i) => [s.id, i] as const));
  const rsOf = (i: number): ResponseScale => def.responseScales[def.items[i]?.responseScale ?? 'default'] as ResponseScale;
  const min = new Float64Array(n);
  const max = new Float64Array(n);
  const step = new Float64Array(n);
  const expected: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = rsOf(i);
    min[i] = s.min;
    max[i] = s.max;
    step[i] = s.step ?? 1;
    expected.push(describeScale(s));
  }
  const scales = def.scales.map((s): _CompiledScale => {
    const idx = Int32Array.from(s.items, (id) => itemIndex.get(id) as number);
    const rev = new Set(s.reversed ?? []);
    const first = idx[0] as number;
    const bands = Object.freeze((s.bands ?? []).map((b) => Object.freeze({ ...b })));
    return {
      id: s.id,
      idx,
      reversed: Uint8Array.from(s.items, (id) => (rev.has(id) ? 1 : 0)),
      reverseSum: (min[first] as number) + (max[first] as number),
      mean: s.aggregate === 'mean',
      bands,
      bandMins: Float64Array.from(bands, (b) => b.min),
      ...internTable(s.items.length, min[first] as number, max[first] as number, step[first] as number),
      lo: min[first] as number,
      hi: max[first] as number,
      fwd: Int32Array.from(
        s.items.filter((id) => !rev.has(id)),
        (id) => itemIndex.get(id) as number,
      ),
      rev: Int32Array.from(
        s.items.filter((id) => rev.has(id)),
        (id) => itemIndex.get(id) as number,
      ),
    };
  });
  const derived = (def.derived ?? []).map((x): _CompiledDerived => {
    if (x.kind === 'linear') {
      return {
        kind: 'linear',
        id: x.id,
        onScale: Uint8Array.from(x.terms, (t) => ('scale' in t ? 1 : 0)),
        index: Int32Array.from(x.terms, (t) => ('scale' in t ? (scaleIndex.get(t.scale) as number) : (itemIndex.get(t.item) as number))),
        weight: Float64Array.from(x.terms, (t) => t.weight),
        constant: x.constant ?? 0,
      };
    }
    if (x.kind === 'criteria-count') {
      const core = new Set(x.core);
      const names = [...new Set(x.criteria.flatMap((c) => (c.group === undefined ? [] : [c.group])))];
      return {
        kind: 'criteria-count',
        id: x.id,
        index: Int32Array.from(x.criteria, (c) => itemIndex.get(c.item) as number),
        min: Float64Array.from(x.criteria, (c) => c.min),
        core: Uint8Array.from(x.criteria, (c) => (core.has(c.item) ? 1 : 0)),
        outcomes: x.outcomes,
        group: Int32Array.from(x.criteria, (c) => (c.group === undefined ? -1 : names.indexOf(c.group))),
        groups: names.length,
        perGroup: x.outcomes.map((o) => Float64Array.from(names, (g) => o.minPerGroup?.[g] ?? 0)),
      };
    }
    return {
      kind: 'rules',
      id: x.id,
      rules: x.rules.map((r) => ({ label: r.label, when: r.when.map((c) => compileCondition(c, itemIndex, scaleIndex, def.items)) })),
    };
  });
  const flags = (def.flags ?? []).map((f) => ({
    when: compileCondition(f.when, itemIndex, scaleIndex, def.items),
    raised: Object.freeze({ id: f.id, level: f.level, message: f.message, clientMessage: f.clientMessage }),
  }));
  const compiled: _Compiled = {
    def,
    n,
    itemIds: def.items.map((it) => it.id),
    itemNumbers: Int32Array.from(def.items, (it) => it.number),
    itemIndex,
    min,
    max,
    step,
    wholeSteps: Uint8Array.from(step, (st, i) => (st === 1 && Number.isInteger(min[i]) ? 1 : 0)),
    expected,
    scales,
    derived,
    flags,
    maxMissing: def.missing?.kind === 'prorate' ? def.missing.maxMissing : 0,
    instrument: Object.freeze({ id: def.id, version: def.version }),
    conditional: def.items.flatMap((it, i) =>
      it.askedWhen === undefined ? [] : [{ index: i, anyOf: it.askedWhen.anyOf.map((c) => compileCondition(c, itemIndex, scaleIndex, def.items)) }],
    ),
    ...resultTables(scales, derived.length + flags.length === 0),
    unscored: Int32Array.from(def.items.flatMap((it, i) => (def.scales.some((sc) => sc.items.includes(it.id)) ? [] : [i]))),
  };
  return compiled;
}

/**
 * Checks a definition and throws a {@link DefinitionError} listing every problem, or returns it
 * unchanged (not frozen: prefer {@link defineInstrument}, which returns a frozen copy the engine
 * compiles once). Use it in a test of your own instruments.
 *
 * @example
 * ```ts
 * const mine = validateInstrument({ ...phq9, id: 'my-phq9' });
 * ```
 * @category Scoring
 */
export function validateInstrument<const T extends InstrumentDefinition>(def: T): T {
  _compile(def);
  return def;
}
