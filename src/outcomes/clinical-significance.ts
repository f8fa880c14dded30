import { _direction, _finite, _object, _positive, _preview, _sign } from './_internal/validate.js';
import { OutcomeInputError } from './errors.js';
import { _rci, _rciOptions, type MeasureDirection, type ReliableChangeInput, type ReliableChangeResult } from './reliable-change.js';

/**
 * The mean and standard deviation of a population on a measure (a published norm, or the
 * pre-treatment sample standing in for the dysfunctional population).
 *
 * @example
 * ```ts
 * const outpatients: PopulationNorm = { mean: 40, sd: 7.5 };
 * ```
 * @category Outcomes
 */
export interface PopulationNorm {
  /** The group's mean score. */
  readonly mean: number;
  /** The group's standard deviation; more than 0. */
  readonly sd: number;
}

/**
 * The arguments of {@link clinicalCutoffs}. `functional` norms are optional: without them only
 * cut-off a can be computed.
 *
 * @example
 * ```ts
 * const input: ClinicalCutoffsInput = {
 *   dysfunctional: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 }, direction: 'higher-is-better',
 * };
 * ```
 * @category Outcomes
 */
export interface ClinicalCutoffsInput {
  /** The norm of a clinical (dysfunctional) sample. */
  readonly dysfunctional: PopulationNorm;
  /** The norm of a non-clinical (functional) sample; without it only cut-off `a` exists. */
  readonly functional?: PopulationNorm;
  /** Whether lower or higher scores are better on this measure. */
  readonly direction: MeasureDirection;
  /** How many SDs from a mean cut-offs a and b lie; default 2 (some implementations use 1.96). */
  readonly sdMultiplier?: number;
}

/**
 * Cut-offs a, b and c of Jacobson & Truax (1991). `b` and `c` are `null` without functional norms.
 *
 * @example
 * ```ts
 * const cut: ClinicalCutoffs = clinicalCutoffs({ dysfunctional: { mean: 40, sd: 7.5 }, direction: 'higher-is-better' });
 * cut.a; // => 55
 * ```
 * @category Outcomes
 */
export interface ClinicalCutoffs {
  /** Outside the dysfunctional range: `sdMultiplier` SDs from its mean, toward functional. */
  readonly a: number;
  /** Inside the functional range: within `sdMultiplier` SDs of its mean, on the dysfunctional side. */
  readonly b: number | null;
  /** The SD-weighted midpoint: closer to the functional mean than to the dysfunctional mean. */
  readonly c: number | null;
  /** The measure's direction, as given. */
  readonly direction: MeasureDirection;
  /** The multiplier used. */
  readonly sdMultiplier: number;
}

function norm(fn: string, field: string, v: unknown): PopulationNorm {
  const o = _object(fn, field, v as PopulationNorm);
  return { mean: _finite(fn, `${field}.mean`, o.mean), sd: _positive(fn, `${field}.sd`, o.sd) };
}

/**
 * Computes the clinical-significance cut-offs a, b and c of Jacobson & Truax (1991) from
 * dysfunctional (M₁, s₁) and functional (M₀, s₀) norms, in the direction of the measure.
 *
 * - `a = M₁ + 2·s₁` when higher is better, `M₁ − 2·s₁` when lower is better (outside the
 *   dysfunctional range, toward functional). The only cut-off possible without functional norms.
 * - `b = M₀ − 2·s₀` when higher is better, `M₀ + 2·s₀` when lower is better (within the
 *   functional range).
 * - `c = (s₀·M₁ + s₁·M₀) / (s₀ + s₁)` (closer to the functional mean than to the dysfunctional one).
 *
 * Source: Jacobson & Truax (1991), doi:10.1037/0022-006X.59.1.12. The 2-SD formulas are CORROBORATED by CRAN `clinicalsignificance`
 * (its tests use J&T's worked example: M₁ = 40, s₁ = 7.5, M₀ = 60, s₀ = 7.5, giving a = 55, b = 45,
 * c = 50 when higher is better) and CRAN `clinsig`; J&T's own sentence was not read. Variants
 * with 1.96 SD exist (for example an early `JT-RCI` gist): pass `sdMultiplier: 1.96` to
 * reproduce them. **Which cut-off to use is your decision**: a is the only one possible without
 * norms; J&T are reported to prefer c when the two distributions overlap and b when they do not,
 * but their exact recommendation was not verified here.
 *
 * Throws {@link OutcomeInputError} naming the field when a mean is not finite, an SD is not above
 * 0, or the functional mean is not on the better side of the dysfunctional mean for the given
 * direction (a sign that the direction or the norms were swapped).
 *
 * @example
 * ```ts
 * import { clinicalCutoffs } from 'securebase';
 * const cut = clinicalCutoffs({
 *   dysfunctional: { mean: 40, sd: 7.5 },
 *   functional: { mean: 60, sd: 7.5 },
 *   direction: 'higher-is-better',
 * });
 * [cut.a, cut.b, cut.c]; // => [55, 45, 50]
 * ```
 * @category Outcomes
 */
export function clinicalCutoffs(input: ClinicalCutoffsInput): ClinicalCutoffs {
  const fn = 'clinicalCutoffs';
  _object(fn, 'input', input);
  const dys = norm(fn, 'dysfunctional', input.dysfunctional);
  const fun = input.functional === undefined ? null : norm(fn, 'functional', input.functional);
  const direction = _direction(fn, 'direction', input.direction);
  const k = input.sdMultiplier === undefined ? 2 : _positive(fn, 'sdMultiplier', input.sdMultiplier);
  const s = _sign(direction);
  if (fun && !(s * fun.mean > s * dys.mean)) {
    throw new OutcomeInputError(
      fn,
      'functional.mean',
      _preview(fun.mean),
      `${s > 0 ? 'above' : 'below'} the dysfunctional mean (${dys.mean}) when ${direction}; check the direction and which norm is which`,
    );
  }
  return Object.freeze({
    a: dys.mean + s * k * dys.sd,
    b: fun ? fun.mean - s * k * fun.sd : null,
    c: fun ? (fun.sd * dys.mean + dys.sd * fun.mean) / (fun.sd + dys.sd) : null,
    direction,
    sdMultiplier: k,
  });
}

/**
 * A person's category in the combined Jacobson & Truax approach. Exactly one applies:
 *
 * - `'recovered'`: reliable improvement, and moved from the dysfunctional side of the cut-off
 *   at pre to past it at post;
 * - `'improved'`: reliable improvement without recovery;
 * - `'unchanged'`: no reliable change;
 * - `'deteriorated'`: reliable worsening (R `clinicalsignificance` further splits off "harmed",
 *   worsening that also crosses the cut-off; see `crossedIntoDysfunction`).
 *
 * @example
 * ```ts
 * const c: ClinicalSignificanceCategory = 'recovered';
 * ```
 * @category Outcomes
 */
export type ClinicalSignificanceCategory = 'recovered' | 'improved' | 'unchanged' | 'deteriorated';

/**
 * The arguments of {@link clinicalSignificance}: those of {@link reliableChange} plus the cut-off
 * chosen from {@link clinicalCutoffs}.
 *
 * @example
 * ```ts
 * const input: ClinicalSignificanceInput = { pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 };
 * ```
 * @category Outcomes
 */
export interface ClinicalSignificanceInput extends ReliableChangeInput {
  /** The cut-off between the dysfunctional and functional sides (`a`, `b` or `c` of {@link clinicalCutoffs}). */
  readonly cutoff: number;
}

/**
 * The result of {@link clinicalSignificance}.
 *
 * @example
 * ```ts
 * const r: ClinicalSignificanceResult = clinicalSignificance({ pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 });
 * r.category; // => 'recovered'
 * ```
 * @category Outcomes
 */
export interface ClinicalSignificanceResult {
  /** Jacobson & Truax's category. */
  readonly category: ClinicalSignificanceCategory;
  /** The reliable change. */
  readonly change: ReliableChangeResult;
  /** The cut-off used. */
  readonly cutoff: number;
  /** Pre strictly on the dysfunctional side of the cut-off (a score exactly at it is neither side). */
  readonly dysfunctionalAtPre: boolean;
  /** Post strictly past the cut-off, on the functional side. */
  readonly functionalAtPost: boolean;
  /**
   * Kruijt's extra label in `AWKruijt/JT-RCI` (not Jacobson & Truax's): dysfunctional at pre and
   * past the cut-off at post, but the change is not reliable. Reported beside `category` (which
   * is then `'unchanged'`), never instead of it.
   */
  readonly nonReliablyRecovered: boolean;
  /**
   * Reliable worsening that also moves from the functional side at pre to the dysfunctional side
   * at post (R `clinicalsignificance` calls this "harmed"). `category` is then `'deteriorated'`.
   */
  readonly crossedIntoDysfunction: boolean;
}

/** @internal */
export function _classify(change: ReliableChangeResult, cutoff: number): ClinicalSignificanceResult {
  const s = _sign(change.measureDirection);
  const dysfunctionalAtPre = s * change.pre < s * cutoff;
  const functionalAtPost = s * change.post > s * cutoff;
  const functionalAtPre = s * change.pre > s * cutoff;
  const dysfunctionalAtPost = s * change.post < s * cutoff;
  let category: ClinicalSignificanceCategory;
  if (change.direction === 'improved') category = dysfunctionalAtPre && functionalAtPost ? 'recovered' : 'improved';
  else category = change.direction;
  return Object.freeze({
    category,
    change,
    cutoff,
    dysfunctionalAtPre,
    functionalAtPost,
    nonReliablyRecovered: category === 'unchanged' && dysfunctionalAtPre && functionalAtPost,
    crossedIntoDysfunction: category === 'deteriorated' && functionalAtPre && dysfunctionalAtPost,
  });
}

/**
 * Classifies one person's change with the combined approach of Jacobson & Truax (1991): reliable
 * change ({@link reliableChange}) plus a clinical-significance cut-off ({@link clinicalCutoffs}).
 *
 * Categories, exhaustive and exclusive: `'recovered'` (reliable improvement **and** from the
 * dysfunctional side of the cut-off at pre to past it at post), `'improved'` (reliable
 * improvement only), `'unchanged'` (no reliable change), `'deteriorated'` (reliable worsening).
 * Requiring the person to start on the dysfunctional side follows J&T's definition (moving *from*
 * the dysfunctional range) and R `clinicalsignificance` (`clinical_pre`); `JT-RCI` does not
 * require it and only warns. A score exactly at the cut-off is on neither side (strict
 * comparisons, as in `clinicalsignificance`), so it never counts as recovered.
 * `nonReliablyRecovered` reports `JT-RCI`'s extra label, clearly as an extra.
 *
 * Throws {@link OutcomeInputError} for the same reasons as {@link reliableChange}, or when
 * `cutoff` is not a finite number.
 *
 * @example
 * ```ts
 * import { clinicalSignificance } from 'securebase';
 * const r = clinicalSignificance({ pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 });
 * r.category; // => 'recovered'
 * clinicalSignificance({ pre: 24, post: 16, sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 }).category; // => 'improved'
 * clinicalSignificance({ pre: 16, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 }).nonReliablyRecovered; // => true
 * ```
 * @category Outcomes
 */
export function clinicalSignificance(input: ClinicalSignificanceInput): ClinicalSignificanceResult {
  const fn = 'clinicalSignificance';
  _object(fn, 'input', input);
  const pre = _finite(fn, 'pre', input.pre);
  const post = _finite(fn, 'post', input.post);
  const sdPre = _positive(fn, 'sdPre', input.sdPre);
  const { reliability, direction, criterion } = _rciOptions(fn, input);
  const cutoff = _finite(fn, 'cutoff', input.cutoff);
  return _classify(_rci(pre, post, sdPre, reliability, direction, criterion), cutoff);
}
