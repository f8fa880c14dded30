import type { AttachmentStyle } from '../model/attachment.js';
import type { ScoreResult } from '../scoring/types.js';
import { ClassificationError } from './classify.js';

/** The RQ's prototypes in the order of its forced-choice codes 1–4. @category Attachment *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const RQ_PROTOTYPES = ['secure', 'fearful', 'preoccupied', 'dismissing'] as const;

const STYLE: Record<(typeof RQ_PROTOTYPES)[number], AttachmentStyle> = {
  secure: 'secure',
  fearful: 'fearful-avoidant',
  preoccupied: 'preoccupied',
  dismissing: 'dismissing-avoidant',
};

/**
 * A style from an RQ result: from the highest rating (with every tied prototype reported) and
 * from the forced choice. The Bartholomew lab notes that ties cannot be broken from the ratings
 * and recommends the forced choice for that; this function never breaks a tie silently.
 *
 * @category Attachment
 */
export interface RqStyle {
  /** Styles with the highest rating; more than one when tied; empty when a rating is missing. */
  readonly highest: readonly AttachmentStyle[];
  /** Whether more than one style shares the highest rating. */
  readonly tie: boolean;
  /** The style of the forced choice, or `null` when it was not answered. */
  readonly forcedChoice: AttachmentStyle | null;
  /** The single style if one can be named: the unique highest rating, else the forced choice if it is among the tied. */
  readonly style: AttachmentStyle | null;
  /** Whether the forced choice is among the highest-rated styles; `null` when either is missing. */
  readonly agreement: boolean | null;
}

/**
 * Reads the style from an RQ result (see {@link RqStyle}).
 *
 * @example
 * ```ts
 * const s = rqStyle(score(rq, [6, 2, 6, 4, 3]));
 * s.highest; // => ['secure', 'preoccupied']
 * s.style; // => 'preoccupied'
 * ```
 * @category Attachment
 */
export function rqStyle(result: ScoreResult<'secure' | 'fearful' | 'preoccupied' | 'dismissing', 'forced_choice'>): RqStyle {
  if (result?.instrument?.id !== 'rq')
    throw new ClassificationError(`result.instrument.id: rqStyle reads a result of the RQ, received "${String(result?.instrument?.id).slice(0, 24)}"`);
  const ratings = RQ_PROTOTYPES.map((p) => result.scales[p]?.value ?? null);
  let highest: AttachmentStyle[] = [];
  if (ratings.every((r) => r !== null)) {
    const top = Math.max(...(ratings as number[]));
    highest = RQ_PROTOTYPES.filter((_, i) => ratings[i] === top).map((p) => STYLE[p]);
  }
  const choiceCode = result.derived['forced_choice']?.value;
  const proto = typeof choiceCode === 'number' ? RQ_PROTOTYPES[choiceCode - 1] : undefined;
  const forcedChoice = proto ? STYLE[proto] : null;
  const tie = highest.length > 1;
  const style = highest.length === 1 ? (highest[0] as AttachmentStyle) : tie && forcedChoice && highest.includes(forcedChoice) ? forcedChoice : null;
  return Object.freeze({
    highest: Object.freeze(highest),
    tie,
    forcedChoice,
    style,
    agreement: forcedChoice && highest.length > 0 ? highest.includes(forcedChoice) : null,
  });
}
