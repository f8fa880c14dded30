/**
 * The two continuous dimensions of adult attachment (Brennan, Clark & Shaver 1998): the primary data.
 * A style label is only ever derived from these, with an explicit method.
 *
 * @example
 * ```ts
 * const d: AttachmentDimensions = { anxiety: 2.1, avoidance: 5.4 };
 * ```
 * @category Attachment
 */
export interface AttachmentDimensions {
  /** Attachment-related anxiety (worry about rejection and abandonment). */
  readonly anxiety: number;
  /** Attachment-related avoidance (discomfort with closeness and dependence). */
  readonly avoidance: number;
}

/**
 * The four adult attachment styles of Bartholomew & Horowitz (1991), as derived labels.
 *
 * @category Attachment
 */
export const ATTACHMENT_STYLES = ['secure', 'preoccupied', 'dismissing-avoidant', 'fearful-avoidant'] as const;

/** One of {@link ATTACHMENT_STYLES}. @category Attachment */
export type AttachmentStyle = (typeof ATTACHMENT_STYLES)[number];

/**
 * Secondary attachment strategies (Mikulincer & Shaver 2003): hyperactivating goes with anxiety,
 * deactivating with avoidance; disorganised is the unstable mix seen in fearful attachment.
 *
 * @category Attachment
 */
export const ATTACHMENT_STRATEGIES = ['security-based', 'hyperactivating', 'deactivating', 'disorganised'] as const;

/** One of {@link ATTACHMENT_STRATEGIES}. @category Attachment */
export type AttachmentStrategy = (typeof ATTACHMENT_STRATEGIES)[number];
