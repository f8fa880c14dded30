import { _preview } from '../model/preview.js';
import { _isDefined, _markDefined } from './defined.js';
import type { BandDefinition, InstrumentDefinition, ValueCondition } from './types.js';

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

const EPS = 1e-9;

const isWhole = (x: number): boolean => Math.abs(x - Math.round(x)) < EPS;

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
 * {@link DefinitionError} listing every problem. Every function that scores takes only a defined
 * instrument (this copy, or a built-in, which is defined already): it compiles it once and reuses
 * that work, and a plain object is refused with a message that says to define it. Changing your
 * own object later never changes the defined copy; define it again to use the change.
 *
 * @example
 * ```ts
 * const mine = defineInstrument({ ...gad7, id: 'my-gad-7' });
 * Object.isFrozen(mine.items[0]); // => true
 * score(mine, [0, 1, 2, 3, 0, 1, 2]).scales.total.value; // => 9
 * defineInstrument(mine) === mine; // => true
 * ```
 * @category Scoring
 */
export function defineInstrument<const T extends InstrumentDefinition>(definition: T): T {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new TypeError(`defineInstrument: definition must be an InstrumentDefinition object, received ${_preview(definition)}`);
  }
  if (_isDefined(definition)) return definition;
  const copy = copyFrozen(definition); // checked after copying: what is checked is what is kept
  const problems = instrumentProblems(copy);
  if (problems.length > 0) throw new DefinitionError(String((copy as { id?: unknown }).id ?? '?'), problems);
  return _markDefined(copy);
}

/**
 * Checks a definition and throws a {@link DefinitionError} listing every problem, or returns it
 * unchanged. It does not define it: to score it, use {@link defineInstrument}, which checks it and
 * returns a frozen copy. Use it in a test of your own instruments.
 *
 * @example
 * ```ts
 * const mine = validateInstrument({ ...phq9, id: 'my-phq9' });
 * ```
 * @category Scoring
 */
export function validateInstrument<const T extends InstrumentDefinition>(def: T): T {
  const problems = instrumentProblems(def);
  if (problems.length > 0) throw new DefinitionError(String((def as { id?: unknown })?.id ?? '?'), problems);
  return def;
}
