import { _finite, _meanSd, _object, _positive, _preview } from './_internal/validate.js';
import { _classify, type ClinicalSignificanceResult } from './clinical-significance.js';
import { OutcomeInputError } from './errors.js';
import { _rci, _rciOptions, type MeasureDirection, type ReliableChangeResult } from './reliable-change.js';

/**
 * One person's pair of scores for {@link summarizeChange}. `id` is echoed back so results can be
 * joined to your records; `null` or `undefined` marks a missing score.
 *
 * @example
 * ```ts
 * const p: ChangePair = { id: 'client-7', pre: 24, post: null };
 * ```
 * @category Outcomes
 */
export interface ChangePair {
  /** Your id for the person, echoed in the summary. */
  readonly id?: string | number;
  /** The score before, or `null`/`undefined` when missing. */
  readonly pre: number | null | undefined;
  /** The score after, or `null`/`undefined` when missing. */
  readonly post: number | null | undefined;
}

/**
 * Options of {@link summarizeChange}. Without `sdPre` the SD of the included pre scores is used
 * (sample SD, n − 1, as R `clinicalsignificance` and `JT-RCI` do). With `cutoff` every person is
 * also classified with {@link clinicalSignificance}.
 *
 * @example
 * ```ts
 * const o: ChangeSummaryOptions = { reliability: 0.8, direction: 'lower-is-better' };
 * ```
 * @category Outcomes
 */
export interface ChangeSummaryOptions {
  /** The measure's reliability, between 0 and 1 (exclusive). */
  readonly reliability: number;
  /** Whether lower or higher scores are better on this measure. */
  readonly direction: MeasureDirection;
  /** The critical value |RC| must exceed; default 1.96. */
  readonly criterion?: number;
  /** The SD of a normative sample; left out, the sample SD of the included pre scores. */
  readonly sdPre?: number;
  /** A cut-off from {@link clinicalCutoffs}; given, every person is also classified. */
  readonly cutoff?: number;
}

/**
 * A pair left out of {@link summarizeChange}, with the reason. Nothing is dropped silently.
 *
 * @example
 * ```ts
 * const x: ChangeExclusion = { index: 3, id: 'client-7', reason: 'missing-post', received: 'null' };
 * ```
 * @category Outcomes
 */
export interface ChangeExclusion {
  /** The pair's position in the input (0-based). */
  readonly index: number;
  /** The pair's `id`, or `null` when it had none. */
  readonly id: string | number | null;
  /** Why it was left out: a score missing or not a finite number, or the pair not an object. */
  readonly reason: 'missing-pre' | 'missing-post' | 'missing-both' | 'invalid-pre' | 'invalid-post' | 'invalid-pair';
  /** A short preview of the offending value(s). */
  readonly received: string;
}

/**
 * One included person in a {@link ChangeSummary}.
 *
 * @example
 * ```ts
 * const s = summarizeChange([{ pre: 20, post: 10 }, { pre: 24, post: 22 }], { reliability: 0.8, direction: 'lower-is-better', sdPre: 5 });
 * const first: ChangeSummaryPerson | undefined = s.people[0];
 * first?.change.direction; // => 'improved'
 * ```
 * @category Outcomes
 */
export interface ChangeSummaryPerson {
  /** The pair's position in the input (0-based). */
  readonly index: number;
  /** The pair's `id`, or `null` when it had none. */
  readonly id: string | number | null;
  /** The person's reliable change. */
  readonly change: ReliableChangeResult;
  /** Present only when a `cutoff` was given. */
  readonly clinical: ClinicalSignificanceResult | null;
}

/**
 * The result of {@link summarizeChange}. Without a cut-off, `counts.improved` counts every
 * reliable improvement and `recovered`/`nonReliablyRecovered` are `null`; with a cut-off,
 * `counts.improved` counts reliable improvement *without* recovery (as R `clinicalsignificance`
 * reports it), so the four categories add up to `n`.
 *
 * @example
 * ```ts
 * const s: ChangeSummary = summarizeChange([{ pre: 20, post: 10 }], { reliability: 0.8, direction: 'lower-is-better', sdPre: 5 });
 * s.n; // => 1
 * ```
 * @category Outcomes
 */
export interface ChangeSummary {
  /** Pairs included (both scores present and valid). */
  readonly n: number;
  /** The SD used for every person. */
  readonly sdPre: number;
  /** `'given'` when `options.sdPre` was passed, `'sample'` when computed from the included pre scores. */
  readonly sdPreSource: 'given' | 'sample';
  /** Standard error of measurement: `sdPre · √(1 − reliability)`. */
  readonly se: number;
  /** Standard error of the difference: `√2 · se`. */
  readonly sDiff: number;
  /** The smallest change (in raw points) that counts as reliable: `criterion · sDiff`. */
  readonly minimumReliableChange: number;
  /** How many people fall in each category. */
  readonly counts: {
    /** Recovered (with a cut-off), or `null` without one. */
    readonly recovered: number | null;
    /** Reliably improved (without a cut-off: all of them; with one: those not recovered). */
    readonly improved: number;
    /** No reliable change. */
    readonly unchanged: number;
    /** Reliably deteriorated. */
    readonly deteriorated: number;
    /** Past the cut-off without reliable change (with a cut-off; also counted in `unchanged`), or `null`. */
    readonly nonReliablyRecovered: number | null;
  };
  /** Each included person, in input order. */
  readonly people: readonly ChangeSummaryPerson[];
  /** Each pair left out, with the reason. */
  readonly excluded: readonly ChangeExclusion[];
}

const isMissing = (v: unknown): boolean => v === null || v === undefined;
const isValid = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Applies {@link reliableChange} (and, with a `cutoff`, {@link clinicalSignificance}) to a cohort
 * of pre/post pairs and counts the categories, as R `clinicalsignificance::cs_distribution` (and
 * `cs_combined` with a cut-off) do with the Jacobson–Truax method.
 *
 * Pairs with a missing or invalid score are excluded and listed in `excluded` with the reason;
 * they are never dropped silently. Unless `sdPre` is given, the SD is the sample SD (n − 1) of the
 * included pre scores, which then needs at least 2 included pairs with some spread.
 *
 * Checked against R `clinicalsignificance` on its `claus_2020` data (HAMD, time 1 → 4,
 * reliability 0.8): n = 40, Improved 29, Unchanged 10, Deteriorated 1; with cut-off c from
 * functional norms M = 8, SD = 8: Recovered 26, Improved 3, Unchanged 10, Deteriorated 1.
 *
 * Throws {@link OutcomeInputError} for invalid options (reliability, direction, criterion, sdPre,
 * cutoff), when `pairs` is not an array, or when the SD cannot be estimated.
 *
 * @example
 * ```ts
 * import { summarizeChange } from 'securebase';
 * const s = summarizeChange(
 *   [{ id: 'a', pre: 20, post: 10 }, { id: 'b', pre: 24, post: 22 }, { id: 'c', pre: 18, post: null }],
 *   { reliability: 0.8, direction: 'lower-is-better', sdPre: 5 },
 * );
 * s.counts; // => { recovered: null, improved: 1, unchanged: 1, deteriorated: 0, nonReliablyRecovered: null }
 * s.excluded[0]?.reason; // => 'missing-post'
 * ```
 * @category Outcomes
 */
export function summarizeChange(pairs: readonly ChangePair[], options: ChangeSummaryOptions): ChangeSummary {
  const fn = 'summarizeChange';
  if (!Array.isArray(pairs)) throw new OutcomeInputError(fn, 'pairs', _preview(pairs), 'an array of { pre, post } pairs');
  _object(fn, 'options', options);
  const { reliability, direction, criterion } = _rciOptions(fn, options, 'options.');
  const cutoff = options.cutoff === undefined ? null : _finite(fn, 'options.cutoff', options.cutoff);
  const included: { index: number; id: string | number | null; pre: number; post: number }[] = [];
  const excluded: ChangeExclusion[] = [];
  pairs.forEach((p, index) => {
    if (typeof p !== 'object' || p === null) {
      excluded.push(Object.freeze({ index, id: null, reason: 'invalid-pair', received: _preview(p) }));
      return;
    }
    const id = p.id ?? null;
    const mPre = isMissing(p.pre);
    const mPost = isMissing(p.post);
    const shown = `pre ${_preview(p.pre)}, post ${_preview(p.post)}`;
    let reason: ChangeExclusion['reason'] | null = null;
    if (!mPre && !isValid(p.pre)) reason = 'invalid-pre';
    else if (!mPost && !isValid(p.post)) reason = 'invalid-post';
    else if (mPre && mPost) reason = 'missing-both';
    else if (mPre) reason = 'missing-pre';
    else if (mPost) reason = 'missing-post';
    if (reason) excluded.push(Object.freeze({ index, id, reason, received: shown }));
    else included.push({ index, id, pre: p.pre as number, post: p.post as number });
  });
  let sdPre: number;
  let sdPreSource: 'given' | 'sample';
  if (options.sdPre !== undefined) {
    sdPre = _positive(fn, 'options.sdPre', options.sdPre);
    sdPreSource = 'given';
  } else {
    const sd = included.length >= 2 ? _meanSd(included.map((x) => x.pre)).sd : Number.NaN;
    if (!(sd > 0)) {
      throw new OutcomeInputError(
        fn,
        'options.sdPre',
        'undefined',
        `given, because it cannot be estimated from ${included.length} included pair(s)${included.length >= 2 ? ' with no spread in pre scores' : ''}; pass a normative SD`,
      );
    }
    sdPre = sd;
    sdPreSource = 'sample';
  }
  const counts = { recovered: 0, improved: 0, unchanged: 0, deteriorated: 0, nonReliablyRecovered: 0 };
  const people = included.map((x): ChangeSummaryPerson => {
    const change = _rci(x.pre, x.post, sdPre, reliability, direction, criterion);
    const clinical = cutoff === null ? null : _classify(change, cutoff);
    if (clinical) {
      counts[clinical.category]++;
      if (clinical.nonReliablyRecovered) counts.nonReliablyRecovered++;
    } else counts[change.direction]++;
    return Object.freeze({ index: x.index, id: x.id, change, clinical });
  });
  const any = _rci(0, 0, sdPre, reliability, direction, criterion);
  return Object.freeze({
    n: included.length,
    sdPre,
    sdPreSource,
    se: any.se,
    sDiff: any.sDiff,
    minimumReliableChange: any.minimumReliableChange,
    counts: Object.freeze(
      cutoff === null
        ? { recovered: null, improved: counts.improved, unchanged: counts.unchanged, deteriorated: counts.deteriorated, nonReliablyRecovered: null }
        : counts,
    ),
    people: Object.freeze(people),
    excluded: Object.freeze(excluded),
  });
}
