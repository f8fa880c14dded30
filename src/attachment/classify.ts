import type { AttachmentDimensions, AttachmentStyle } from '../model/attachment.js';

/**
 * How "high" and "low" are decided when a style label is derived from the two dimensions. No
 * authoritative cut-off exists (Fraley et al. 2015 find attachment dimensional, not categorical),
 * so the caller must choose one:
 *
 * - `midpoint`: the midpoint of the response scale (4 on the ECR family's 1–7).
 * - `cutoffs`: cut-offs the caller supplies (for example from a published norm).
 * - `cohort-median`: the medians of a cohort the caller passes (a sample-dependent median split).
 *
 * @category Attachment
 */
export type ClassificationMethod =
  | {
      /** The midpoint of the response scale on both dimensions. */
      readonly kind: 'midpoint';
      /** The lowest value of the response scale (1 for the ECR family). */
      readonly scaleMin: number;
      /** The highest value of the response scale (7 for the ECR family). */
      readonly scaleMax: number;
    }
  | {
      /** Cut-offs the caller supplies. */
      readonly kind: 'cutoffs';
      /** The anxiety cut-off. */
      readonly anxiety: number;
      /** The avoidance cut-off. */
      readonly avoidance: number;
      /** Where the cut-offs come from (a published norm, a service decision). */
      readonly source: string;
    }
  | {
      /** The medians of a cohort. */
      readonly kind: 'cohort-median';
      /** The cohort's dimensions (at least one person). */
      readonly cohort: readonly AttachmentDimensions[];
    };

/**
 * The tie rule of every classification: a score exactly at a cut-off counts as **high**. This
 * follows the common implementation convention (`anxiety >= 4` is high) and is the conservative
 * choice for a screen: a borderline score is not labelled secure. `distanceToBoundary` is 0 for
 * such a score, so apps can show it as borderline.
 *
 * @category Attachment
 */
export const TIE_RULE = 'A score equal to the cut-off counts as high (at or above the cut-off = high).' as const;

/**
 * A derived style label, with everything needed to read it honestly.
 *
 * @category Attachment
 */
export interface AttachmentClassification {
  /** The derived style. */
  readonly style: AttachmentStyle;
  /** The dimensions it was derived from. */
  readonly dimensions: AttachmentDimensions;
  /** The method used. */
  readonly method: ClassificationMethod['kind'];
  /** The cut-offs used on each dimension. */
  readonly cutoffs: AttachmentDimensions;
  /** How a score exactly at a cut-off was read ({@link TIE_RULE}). */
  readonly tieRule: typeof TIE_RULE;
  /** Distance to the nearest cut-off, on the dimension's own scale (0 = on the boundary). */
  readonly distanceToBoundary: number;
  /** Which dimension's cut-off is nearest (`anxiety` on a tie). */
  readonly nearestBoundary: 'anxiety' | 'avoidance';
  /** Why the label is a derived convenience and not a diagnosis; show it with the label. */
  readonly caveat: string;
}

/** Error for invalid classification input; the message names the field. @category Attachment */
export class ClassificationError extends Error {
  /** Always `'ClassificationError'`. */
  override readonly name = 'ClassificationError';
}

const CAVEAT =
  'Attachment is measured as two continuous dimensions; this label is a derived convenience that depends on the chosen cut-offs (Fraley, Hudson, Heffernan & Segal 2015, doi:10.1037/pspp0000027). It is not a diagnosis.';

function finite(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ClassificationError(`${name}: expected a finite number, received ${typeof v === 'number' ? v : typeof v}`);
  return v;
}

function median(xs: number[]): number {
  const s = xs.sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function cutoffsOf(method: ClassificationMethod): AttachmentDimensions {
  switch (method.kind) {
    case 'midpoint': {
      const lo = finite('method.scaleMin', method.scaleMin);
      const hi = finite('method.scaleMax', method.scaleMax);
      if (!(lo < hi)) throw new ClassificationError(`method.scaleMin (${lo}) must be below method.scaleMax (${hi})`);
      const mid = (lo + hi) / 2;
      return { anxiety: mid, avoidance: mid };
    }
    case 'cutoffs':
      return { anxiety: finite('method.anxiety', method.anxiety), avoidance: finite('method.avoidance', method.avoidance) };
    case 'cohort-median': {
      if (!Array.isArray(method.cohort) || method.cohort.length === 0) throw new ClassificationError('method.cohort: needs at least one person');
      const a = method.cohort.map((d, i) => finite(`method.cohort[${i}].anxiety`, d?.anxiety));
      const v = method.cohort.map((d, i) => finite(`method.cohort[${i}].avoidance`, d?.avoidance));
      return { anxiety: median(a), avoidance: median(v) };
    }
    default:
      throw new ClassificationError(`method.kind: expected "midpoint", "cutoffs" or "cohort-median", received ${String((method as { kind?: unknown }).kind)}`);
  }
}

/**
 * Derives one of the four styles from attachment anxiety and avoidance with an explicit method
 * (Bartholomew & Horowitz 1991 quadrants: low/low secure, high anxiety preoccupied, high avoidance
 * dismissing-avoidant, high/high fearful-avoidant). The result carries the method, the cut-offs,
 * the tie rule ({@link TIE_RULE}) and the distance to the nearest boundary.
 *
 * @example
 * ```ts
 * const c = classifyAttachment({ anxiety: 2.5, avoidance: 5 }, { kind: 'midpoint', scaleMin: 1, scaleMax: 7 });
 * c.style; // => 'dismissing-avoidant'
 * c.distanceToBoundary; // => 1
 * ```
 * @category Attachment
 */
export function classifyAttachment(dimensions: AttachmentDimensions, method: ClassificationMethod): AttachmentClassification {
  const anxiety = finite('dimensions.anxiety', dimensions?.anxiety);
  const avoidance = finite('dimensions.avoidance', dimensions?.avoidance);
  const cut = cutoffsOf(method);
  const highAnx = anxiety >= cut.anxiety;
  const highAvo = avoidance >= cut.avoidance;
  const style: AttachmentStyle = highAnx ? (highAvo ? 'fearful-avoidant' : 'preoccupied') : highAvo ? 'dismissing-avoidant' : 'secure';
  const dA = Math.abs(anxiety - cut.anxiety);
  const dV = Math.abs(avoidance - cut.avoidance);
  return Object.freeze({
    style,
    dimensions: Object.freeze({ anxiety, avoidance }),
    method: method.kind,
    cutoffs: Object.freeze(cut),
    tieRule: TIE_RULE,
    distanceToBoundary: Math.min(dA, dV),
    nearestBoundary: dA <= dV ? 'anxiety' : 'avoidance',
    caveat: CAVEAT,
  });
}
