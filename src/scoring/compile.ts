import { _preview } from '../model/preview.js';
import { _isDefined } from './defined.js';
import type { BandDefinition, DerivedDefinition, InstrumentDefinition, RaisedFlag, ResponseScale, ScaleResult, ScoreResult, ValueCondition } from './types.js';

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
  /** Interned frozen results of complete responses, keyed by `resultKeyOf` in score.ts (sums, derived codes, flags raised). */
  readonly resultIntern: Map<number, ScoreResult>;
}

function describeScale(s: ResponseScale): string {
  const step = s.step ?? 1;
  return step === 1 && Number.isInteger(s.min) ? `a whole number from ${s.min} to ${s.max}` : `a number from ${s.min} to ${s.max} in steps of ${step}`;
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
 * Compiled definitions, keyed only by defined definitions (see `_isDefined`): deep-frozen plain
 * data that was checked when it was defined, so such a key always describes the same definition.
 */
const cache = new WeakMap<InstrumentDefinition, _Compiled>();

/**
 * The compiled form of a defined definition (a built-in, or one returned by `defineInstrument`):
 * compiled once, then reused. A defined definition is deep-frozen and was checked when it was
 * defined, so it can key a cache: its contents can never change. Anything else is refused with a
 * TypeError that says how to define it; the checks live in `defineInstrument`, so an app that
 * scores only built-ins does not bundle them.
 *
 * @internal
 */
export function _compile(def: InstrumentDefinition): _Compiled {
  const hit = cache.get(def);
  if (hit !== undefined) return hit;
  if (!_isDefined(def)) throw new TypeError(notDefined(def));
  const compiled = compileChecked(def);
  cache.set(def, compiled);
  return compiled;
}

function notDefined(def: unknown): string {
  let id: unknown;
  try {
    id = (def as { id?: unknown }).id;
  } catch {}
  return `instrument${typeof id === 'string' ? ` ${_preview(id)}` : ''} is not a defined instrument: pass it to defineInstrument() first (built-ins are defined already)`;
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
    resultIntern: new Map(),
  };
  return compiled;
}
