import { _DEFINED_EXPECTED, _isDefined } from '../scoring/defined.js';
import { type ScoreIssue, safeScore } from '../scoring/score.js';
import type { InstrumentDefinition, ResponseScale, ScaleIdOf } from '../scoring/types.js';
import { _object, _preview } from './_internal/validate.js';
import { OutcomeInputError } from './errors.js';

/**
 * How {@link cronbachAlpha} treats rows with a missing item in the scale.
 *
 * - `'listwise'` (default): such rows are excluded (and reported); every statistic comes from the
 *   same complete rows, so alpha, alpha-if-deleted and item–total correlations are ordinary
 *   sample statistics.
 * - `'pairwise'`: every covariance is computed from the rows that answered both items (means
 *   taken over those rows), as R's `cov(use = "pairwise")`, which `psych::alpha` uses by
 *   default. Rows with some missing items still count where they can; only rows with no answered
 *   item in the scale (or invalid rows) are excluded. This reproduces psych's values on data with
 *   gaps, but the matrix mixes different subsamples.
 *
 * @example
 * ```ts
 * const m: AlphaMissing = 'pairwise';
 * ```
 * @category Outcomes
 */
export type AlphaMissing = 'listwise' | 'pairwise';

/**
 * Options of {@link cronbachAlpha}.
 *
 * @example
 * ```ts
 * const o: CronbachAlphaOptions = { scale: 'total', missing: 'listwise' };
 * ```
 * @category Outcomes
 */
export interface CronbachAlphaOptions<T extends InstrumentDefinition = InstrumentDefinition> {
  /** The scale whose items are analysed. */
  readonly scale: ScaleIdOf<T>;
  /** How to treat unanswered items: `listwise` (default) or `pairwise`. */
  readonly missing?: AlphaMissing;
}

/**
 * A row left out of {@link cronbachAlpha}, with the reason. Nothing is dropped silently.
 *
 * @example
 * ```ts
 * const x: AlphaExclusion = { row: 4, reason: 'missing-items', items: ['a2'], issues: [] };
 * ```
 * @category Outcomes
 */
export interface AlphaExclusion {
  /** The row's position in the input (0-based). */
  readonly row: number;
  /** `'invalid'`: the row failed validation against the instrument (see `issues`). `'missing-items'`: listwise, some scale items unanswered. `'no-items'`: no scale item answered. */
  readonly reason: 'invalid' | 'missing-items' | 'no-items';
  /** Unanswered scale items (for the missing reasons). */
  readonly items: readonly string[];
  /** The scoring engine's issues (for `'invalid'`); each previews the value, never dumps it. */
  readonly issues: readonly ScoreIssue[];
}

/**
 * Per-item statistics of {@link cronbachAlpha}.
 *
 * @example
 * ```ts
 * const i: AlphaItemStatistics = { id: 'a1', reversed: true, n: 120, alphaIfDeleted: 0.71, correctedItemTotal: 0.42 };
 * ```
 * @category Outcomes
 */
export interface AlphaItemStatistics {
  /** The item id. */
  readonly id: string;
  /** Reverse-keyed in this scale (the definition's key was applied before any statistic). */
  readonly reversed: boolean;
  /** Rows that answered this item and were used. */
  readonly n: number;
  /** Alpha of the scale without this item; `null` with fewer than 3 items or no variance. */
  readonly alphaIfDeleted: number | null;
  /** Correlation of the item with the sum of the other items (computed from the covariance matrix, as psych's `r.drop`); `null` without variance. */
  readonly correctedItemTotal: number | null;
}

/**
 * The result of {@link cronbachAlpha}.
 *
 * @example
 * ```ts
 * const report = (r: CronbachAlphaResult): string => `alpha ${r.alpha?.toFixed(2) ?? 'undefined'} (n = ${r.used}, ${r.excluded.length} excluded)`;
 * ```
 * @category Outcomes
 */
export interface CronbachAlphaResult {
  /** Which definition was used. */
  readonly instrument: {
    /** The instrument id. */
    readonly id: string;
    /** The definition's content version. */
    readonly version: string;
  };
  /** The scale analysed. */
  readonly scale: string;
  /** The missing-data treatment used. */
  readonly missing: AlphaMissing;
  /** Raw (unstandardised) coefficient alpha; `null` when undefined (see `note`). */
  readonly alpha: number | null;
  /** Number of items in the scale. */
  readonly k: number;
  /** Per-item statistics, in the scale's item order. */
  readonly items: readonly AlphaItemStatistics[];
  /** Rows given. */
  readonly rows: number;
  /** Rows that contributed to at least one statistic. */
  readonly used: number;
  /** Used rows with some scale item missing (always 0 with `'listwise'`). */
  readonly incomplete: number;
  /** Rows left out, with the reason. */
  readonly excluded: readonly AlphaExclusion[];
  /** Why alpha or a per-item value is `null`, or `null` when all are defined. */
  readonly note: string | null;
}

function alphaOf(C: readonly (readonly number[])[], keep: readonly number[]): number | null {
  const k = keep.length;
  if (k < 2) return null;
  let tr = 0;
  let sum = 0;
  for (const a of keep) {
    tr += C[a]?.[a] as number;
    for (const b of keep) sum += C[a]?.[b] as number;
  }
  // No variance in the total. Rounding can leave a total variance that is zero in exact arithmetic as
  // a tiny positive number (about 1e-16 of the item variances), which would give an alpha of -1e16.
  if (!(sum > tr * 1e-12)) return null;
  return (k / (k - 1)) * (1 - tr / sum);
}

/**
 * Computes Cronbach's (1951) coefficient alpha of one scale of an instrument over a cohort, with
 * alpha-if-item-deleted and corrected item–total correlations. Each row is validated and read
 * with the instrument's own definition: reverse-keyed items of the scale are reversed
 * (`min + max − value`, from the items' response scale) before any statistic, so the keys you
 * ship are the keys you test.
 *
 * Rows are responses as {@link score} takes them (arrays in item order or records by item id).
 * Invalid rows (any answer the engine rejects) are excluded with the engine's issues; rows with
 * missing scale items are excluded (`'listwise'`, the default) or used where possible
 * (`'pairwise'`, see {@link AlphaMissing}); every exclusion is reported in `excluded`. The
 * definition's prorating policy plays no part: only answered items are used.
 *
 * Alpha is the raw alpha `k/(k−1) · (1 − Σ var(item) / var(total))`, computed from the items'
 * covariance matrix (sample covariances, n − 1). With `'pairwise'` it reproduces R
 * `psych::alpha(x, keys)` `raw_alpha` (checked on psych's `bfi` data: agreeableness with A1
 * reversed, 0.7030184; also conscientiousness, extraversion, neuroticism and openness as in
 * `scoreItems`). Alpha is `null` (with a `note`) when it is undefined: fewer than 2 usable rows
 * or no variance in the total. A high alpha does not show that a scale is unidimensional.
 *
 * Throws {@link OutcomeInputError} when `rows` is not an array, the scale is unknown or has fewer
 * than 2 items, or `missing` is unknown; an invalid definition throws the engine's
 * `DefinitionError`.
 *
 * @example
 * ```ts
 * import { cronbachAlpha, type InstrumentDefinition } from 'securebase';
 * const trio = defineInstrument({
 *   id: 'trio', name: 'Three items', version: '1.0.0', citations: [{ text: 'Example.' }],
 *   licence: { summary: 'CC0', itemTextIncluded: false },
 *   responseScales: { default: { min: 1, max: 5, anchors: [{ value: 1, label: 'No' }, { value: 5, label: 'Yes' }] } },
 *   items: [{ number: 1, id: 'a' }, { number: 2, id: 'b' }, { number: 3, id: 'c' }],
 *   scales: [{ id: 'total', label: 'Total', items: ['a', 'b', 'c'], reversed: ['c'], aggregate: 'sum' }],
 * } as const satisfies InstrumentDefinition);
 * const r = cronbachAlpha(trio, [[1, 2, 5], [2, 2, 4], [4, 5, 2], [5, 4, 1], [3, null, 3]], { scale: 'total' });
 * r.alpha?.toFixed(3); // => '0.963'
 * r.used; // => 4
 * r.excluded[0]?.reason; // => 'missing-items'
 * ```
 * @category Outcomes
 */
export function cronbachAlpha<const T extends InstrumentDefinition>(
  instrument: T,
  rows: readonly unknown[],
  options: CronbachAlphaOptions<T>,
): CronbachAlphaResult {
  const fn = 'cronbachAlpha';
  if (!_isDefined(instrument)) {
    throw new OutcomeInputError(fn, 'instrument', _preview(instrument), _DEFINED_EXPECTED);
  }
  if (!Array.isArray(rows)) throw new OutcomeInputError(fn, 'rows', _preview(rows), 'an array of responses (arrays in item order or records by item id)');
  _object(fn, 'options', options);
  const missing = options.missing ?? 'listwise';
  if (missing !== 'listwise' && missing !== 'pairwise') throw new OutcomeInputError(fn, 'options.missing', _preview(missing), '"listwise" or "pairwise"');
  const scale = instrument.scales.find((s) => s.id === options.scale);
  if (!scale) {
    throw new OutcomeInputError(
      fn,
      'options.scale',
      _preview(options.scale),
      `a scale id of ${instrument.id} (${instrument.scales.map((s) => `"${s.id}"`).join(', ')})`,
    );
  }
  const k = scale.items.length;
  if (k < 2) throw new OutcomeInputError(fn, 'options.scale', _preview(options.scale), 'a scale with at least 2 items (alpha needs 2 or more)');
  const index = new Map(instrument.items.map((it, i) => [it.id, i] as const));
  const reversed = new Set(scale.reversed ?? []);
  const cols = scale.items.map((id) => {
    const i = index.get(id) as number;
    const rs = instrument.responseScales[instrument.items[i]?.responseScale ?? 'default'] as ResponseScale;
    return { id, i, rev: reversed.has(id), flip: rs.min + rs.max };
  });

  const data: (number | null)[][] = [];
  const excluded: AlphaExclusion[] = [];
  let incomplete = 0;
  rows.forEach((row, r) => {
    const res = safeScore(instrument as InstrumentDefinition, row);
    if (!res.ok) {
      excluded.push(Object.freeze({ row: r, reason: 'invalid', items: Object.freeze([]), issues: res.issues }));
      return;
    }
    // The engine accepted the row, so each answer is a value on its item's scale or missing.
    const vals = cols.map((c) => {
      const v = Array.isArray(row) ? row[c.i] : (row as Record<string, unknown>)[c.id];
      return typeof v === 'number' ? (c.rev ? c.flip - v : v) : null;
    });
    const gaps = cols.filter((_, j) => vals[j] === null).map((c) => c.id);
    if (gaps.length === k) excluded.push(Object.freeze({ row: r, reason: 'no-items', items: Object.freeze(gaps), issues: Object.freeze([]) }));
    else if (gaps.length > 0 && missing === 'listwise')
      excluded.push(Object.freeze({ row: r, reason: 'missing-items', items: Object.freeze(gaps), issues: Object.freeze([]) }));
    else {
      if (gaps.length > 0) incomplete++;
      data.push(vals);
    }
  });

  // Covariance matrix: pairwise-complete means and n for each pair (identical to listwise when no gaps remain).
  const C: number[][] = [];
  const nPair: number[][] = [];
  for (let a = 0; a < k; a++) {
    C.push(new Array<number>(k).fill(Number.NaN));
    nPair.push(new Array<number>(k).fill(0));
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let n = 0;
      let ma = 0;
      let mb = 0;
      for (const v of data) {
        const x = v[a];
        const y = v[b];
        if (x === null || y === null || x === undefined || y === undefined) continue;
        n++;
        ma += x;
        mb += y;
      }
      let cov = Number.NaN;
      if (n >= 2) {
        ma /= n;
        mb /= n;
        let s = 0;
        for (const v of data) {
          const x = v[a];
          const y = v[b];
          if (x === null || y === null || x === undefined || y === undefined) continue;
          s += (x - ma) * (y - mb);
        }
        cov = s / (n - 1);
      }
      (C[a] as number[])[b] = cov;
      (C[b] as number[])[a] = cov;
      (nPair[a] as number[])[b] = n;
      (nPair[b] as number[])[a] = n;
    }
  }
  const all = cols.map((_, j) => j);
  const defined = C.every((row) => row.every((x) => Number.isFinite(x)));
  const alpha = defined ? alphaOf(C, all) : null;
  const notes: string[] = [];
  if (!defined) notes.push('fewer than 2 usable rows for some pair of items, so the covariances (and alpha) are undefined');
  else if (alpha === null) notes.push('the total has no variance, so alpha is undefined');
  const items = cols.map((c, j): AlphaItemStatistics => {
    const rest = all.filter((x) => x !== j);
    let correctedItemTotal: number | null = null;
    let alphaIfDeleted: number | null = null;
    if (defined) {
      alphaIfDeleted = alphaOf(C, rest);
      let covRest = 0;
      let varRest = 0;
      for (const x of rest) {
        covRest += C[j]?.[x] as number;
        for (const y of rest) varRest += C[x]?.[y] as number;
      }
      const vi = C[j]?.[j] as number;
      correctedItemTotal = vi > 0 && varRest > 0 ? covRest / Math.sqrt(vi * varRest) : null;
    }
    return Object.freeze({ id: c.id, reversed: c.rev, n: nPair[j]?.[j] as number, alphaIfDeleted, correctedItemTotal });
  });
  if (defined && k === 2) notes.push('alpha if item deleted is undefined for a 2-item scale');
  if (defined && items.some((i) => i.correctedItemTotal === null))
    notes.push('an item or the rest of the scale has no variance, so its item–total correlation is undefined');
  return Object.freeze({
    instrument: Object.freeze({ id: instrument.id, version: instrument.version }),
    scale: scale.id,
    missing,
    alpha,
    k,
    items: Object.freeze(items),
    rows: rows.length,
    used: data.length,
    incomplete,
    excluded: Object.freeze(excluded),
    note: notes.length > 0 ? notes.join('; ') : null,
  });
}
