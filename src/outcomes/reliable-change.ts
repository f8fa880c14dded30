import { _direction, _finite, _object, _positive, _reliability, _sign } from './_internal/validate.js';

/**
 * Which way is better on a measure: `'lower-is-better'` for symptom scales (PHQ-9, GAD-7, HAMD),
 * `'higher-is-better'` for well-being or adjustment scales (the Dyadic Adjustment Scale). Every
 * outcome function asks for it, because the sign of a change means nothing without it.
 *
 * @example
 * ```ts
 * const phq9Direction: MeasureDirection = 'lower-is-better';
 * ```
 * @category Outcomes
 */
export type MeasureDirection = 'lower-is-better' | 'higher-is-better';

/**
 * The direction of a change once reliability is taken into account: `'improved'` or
 * `'deteriorated'` only when the change is reliable, otherwise `'unchanged'`.
 *
 * @example
 * ```ts
 * const d: ChangeDirection = 'unchanged';
 * ```
 * @category Outcomes
 */
export type ChangeDirection = 'improved' | 'deteriorated' | 'unchanged';

/**
 * The arguments of {@link reliableChange}. `sdPre` is the standard deviation of the
 * pre-treatment (or a normative) sample; `reliability` is the measure's reliability (J&T used
 * test–retest reliability; many studies use Cronbach's alpha; say which in your report).
 *
 * @example
 * ```ts
 * const input: ReliableChangeInput = { pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' };
 * ```
 * @category Outcomes
 */
export interface ReliableChangeInput {
  /** The score before treatment. */
  readonly pre: number;
  /** The score after (or during) treatment. */
  readonly post: number;
  /** The SD of the pre-treatment (or a normative) sample; more than 0. */
  readonly sdPre: number;
  /** The measure's reliability, between 0 and 1 (exclusive). */
  readonly reliability: number;
  /** Whether lower or higher scores are better on this measure. */
  readonly direction: MeasureDirection;
  /** The critical value |RC| must exceed; default 1.96 (two-sided p < .05). */
  readonly criterion?: number;
}

/**
 * The result of {@link reliableChange}: every intermediate value, so a report can show its work.
 *
 * @example
 * ```ts
 * const r: ReliableChangeResult = reliableChange({ pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' });
 * r.direction; // => 'improved'
 * ```
 * @category Outcomes
 */
export interface ReliableChangeResult {
  /** The method: Jacobson & Truax (1991). */
  readonly method: 'jacobson-truax-1991';
  /** The score before. */
  readonly pre: number;
  /** The score after. */
  readonly post: number;
  /** `post − pre` (raw points; its sign alone does not say better or worse). */
  readonly change: number;
  /** Standard error of measurement: `sdPre · √(1 − reliability)`. */
  readonly se: number;
  /** Standard error of the difference: `√2 · se`. */
  readonly sDiff: number;
  /** Reliable change index: `(post − pre) / sDiff`. */
  readonly rci: number;
  /** The critical value used. */
  readonly criterion: number;
  /** The smallest change (in raw points) that counts as reliable: `criterion · sDiff`. */
  readonly minimumReliableChange: number;
  /** `|rci| > criterion` (strictly, as J&T's "RC larger than 1.96" and R `clinicalsignificance`). */
  readonly reliable: boolean;
  /** The measure's direction, as given. */
  readonly measureDirection: MeasureDirection;
  /** The reliable direction, read with the measure's direction; `'unchanged'` when not reliable. */
  readonly direction: ChangeDirection;
}

/** @internal Computes RCI parts once inputs are validated. */
export function _rci(pre: number, post: number, sdPre: number, reliability: number, direction: MeasureDirection, criterion: number): ReliableChangeResult {
  const se = sdPre * Math.sqrt(1 - reliability);
  const sDiff = Math.sqrt(2 * se * se);
  const change = post - pre;
  const rci = change / sDiff;
  const reliable = Math.abs(rci) > criterion;
  const better = _sign(direction) * rci > 0;
  return Object.freeze({
    method: 'jacobson-truax-1991',
    pre,
    post,
    change,
    se,
    sDiff,
    rci,
    criterion,
    minimumReliableChange: criterion * sDiff,
    reliable,
    measureDirection: direction,
    direction: reliable ? (better ? 'improved' : 'deteriorated') : 'unchanged',
  } as const);
}

/** @internal Validates the shared options of the RCI family; `fn` names the caller in errors. */
export function _rciOptions(
  fn: string,
  o: { readonly sdPre?: unknown; readonly reliability: unknown; readonly direction: unknown; readonly criterion?: unknown },
  prefix = '',
): { reliability: number; direction: MeasureDirection; criterion: number } {
  const reliability = _reliability(fn, `${prefix}reliability`, o.reliability);
  const direction = _direction(fn, `${prefix}direction`, o.direction);
  const criterion = o.criterion === undefined ? 1.96 : _positive(fn, `${prefix}criterion`, o.criterion);
  return { reliability, direction, criterion };
}

/**
 * Computes the reliable change index of Jacobson & Truax (1991) for one person's pre and post
 * scores, and says whether the change is reliable and, read with the measure's direction, an
 * improvement or a deterioration.
 *
 * Formulas (Jacobson & Truax 1991, doi:10.1037/0022-006X.59.1.12; checked against the R packages
 * `clinicalsignificance` and `clinsig` on CRAN and `AWKruijt/JT-RCI` on GitHub):
 * `SE = sdPre · √(1 − r)`, `S_diff = √(2 · SE²)`, `RC = (post − pre) / S_diff`; the change is
 * reliable when `|RC| > criterion` (default 1.96, p < .05 two-sided). At exactly the criterion
 * the change is *not* counted as reliable (the conservative reading, as in
 * `clinicalsignificance`; `JT-RCI` counts it). `clinicalsignificance` uses `qnorm(0.975)` =
 * 1.959964 rather than 1.96; pass `criterion` to match it exactly.
 *
 * Throws {@link OutcomeInputError} (a `RangeError`) naming the field when a number is not finite,
 * `sdPre` is not above 0, `reliability` is not strictly between 0 and 1, or `direction` is unknown.
 *
 * Reliable change is a statistical statement about one measure; it is not a diagnosis and does
 * not replace a clinician's judgement.
 *
 * @example
 * ```ts
 * import { reliableChange } from 'securebase';
 * const r = reliableChange({ pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' });
 * r.sDiff.toFixed(3); // => '3.162'
 * r.rci.toFixed(2); // => '-3.79'
 * r.minimumReliableChange.toFixed(2); // => '6.20'
 * r.reliable; // => true
 * r.direction; // => 'improved'
 * ```
 * @category Outcomes
 */
export function reliableChange(input: ReliableChangeInput): ReliableChangeResult {
  const fn = 'reliableChange';
  _object(fn, 'input', input);
  const pre = _finite(fn, 'pre', input.pre);
  const post = _finite(fn, 'post', input.post);
  const sdPre = _positive(fn, 'sdPre', input.sdPre);
  const { reliability, direction, criterion } = _rciOptions(fn, input);
  return _rci(pre, post, sdPre, reliability, direction, criterion);
}
