import type { AttachmentStrategy, AttachmentStyle } from '../model/attachment.js';
import type { Citation } from '../model/issue.js';

/**
 * Descriptive content for one attachment style, written by us for clinicians and developers
 * (not client-facing diagnosis). Presentations in therapy are clinical generalisations.
 *
 * @category Attachment
 */
export interface AttachmentStyleInfo {
  /** The style. */
  readonly style: AttachmentStyle;
  /** Its name, for people. */
  readonly label: string;
  /** Where it sits on the two dimensions (Bartholomew & Horowitz 1991 quadrants). */
  readonly dimensions: {
    /** Attachment anxiety. */
    readonly anxiety: 'low' | 'high';
    /** Attachment avoidance. */
    readonly avoidance: 'low' | 'high';
  };
  /** The model of self (Bartholomew & Horowitz 1991). */
  readonly modelOfSelf: 'positive' | 'negative';
  /** The model of others (Bartholomew & Horowitz 1991). */
  readonly modelOfOther: 'positive' | 'negative';
  /** The regulation strategy (Mikulincer & Shaver 2003). */
  readonly strategy: AttachmentStrategy;
  /** One sentence, for clinicians and developers. */
  readonly summary: string;
  /** Typical patterns in close relationships. */
  readonly relationalPatterns: readonly string[];
  /** How distress is typically regulated. */
  readonly regulation: string;
  /** Common presentations in therapy (clinical generalisations). */
  readonly inTherapy: readonly string[];
  /** The sources. */
  readonly citations: readonly Citation[];
}

const MS2003: Citation = {
  text: 'Mikulincer, M., & Shaver, P. R. (2003). The attachment behavioral system in adulthood: Activation, psychodynamics, and interpersonal processes. Advances in Experimental Social Psychology, 35, 53–152.',
  doi: '10.1016/S0065-2601(03)01002-5',
};
const BH1991: Citation = {
  text: 'Bartholomew, K., & Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. Journal of Personality and Social Psychology, 61(2), 226–244.',
  doi: '10.1037/0022-3514.61.2.226',
};
const MS2012: Citation = {
  text: 'Mikulincer, M., & Shaver, P. R. (2012). An attachment perspective on psychopathology. World Psychiatry, 11(1), 11–15.',
  doi: '10.1016/j.wpsyc.2012.01.003',
};
const LEVY2018: Citation = {
  text: 'Levy, K. N., Kivity, Y., Johnson, B. N., & Gooch, C. V. (2018). Adult attachment as a predictor and moderator of psychotherapy outcome: A meta-analysis. Journal of Clinical Psychology, 74(11), 1996–2013.',
  doi: '10.1002/jclp.22685',
};
const LIOTTI2004: Citation = {
  text: 'Liotti, G. (2004). Trauma, dissociation, and disorganized attachment: Three strands of a single braid. Psychotherapy: Theory, Research, Practice, Training, 41(4), 472–486.',
};

/**
 * The four styles described: relational patterns, regulation strategy (Mikulincer & Shaver 2003)
 * and common presentations in therapy, from the sources cited with each.
 *
 * @example
 * ```ts
 * attachmentStyles.preoccupied.strategy; // => 'hyperactivating'
 * ```
 * @category Attachment
 */
export const attachmentStyles: { readonly [S in AttachmentStyle]: AttachmentStyleInfo } = {
  secure: {
    style: 'secure',
    label: 'Secure',
    dimensions: { anxiety: 'low', avoidance: 'low' },
    modelOfSelf: 'positive',
    modelOfOther: 'positive',
    strategy: 'security-based',
    summary: 'Comfortable with closeness and with independence; expects others to be available and sees the self as worth caring for.',
    relationalPatterns: [
      'Seeks support when stressed and offers it in return',
      'Balances closeness and autonomy',
      'Repairs after conflict without lasting threat to the bond',
    ],
    regulation: 'Security-based: acknowledges distress, turns to others or problem-solves, then returns to exploration.',
    inTherapy: ['Uses the therapist as a collaborator', 'Tells a coherent story of early relationships', 'Better average outcomes across therapies'],
    citations: [BH1991, MS2003, LEVY2018],
  },
  preoccupied: {
    style: 'preoccupied',
    label: 'Preoccupied (anxious)',
    dimensions: { anxiety: 'high', avoidance: 'low' },
    modelOfSelf: 'negative',
    modelOfOther: 'positive',
    strategy: 'hyperactivating',
    summary: 'Wants closeness intensely and fears losing it; self-worth leans on the approval of others.',
    relationalPatterns: [
      'Watches closely for signs of rejection or abandonment',
      'Seeks reassurance, and can feel jealous or clinging',
      'Finds distance and endings hard',
    ],
    regulation: 'Hyperactivating: distress is amplified and ruminated on, and proximity-seeking is intensified.',
    inTherapy: [
      'Intense feelings and much disclosure early; a strong but fragile alliance',
      'Sensitive to breaks, endings and between-session distance',
      'Attachment anxiety predicts poorer average outcome, so regulation skills come early',
    ],
    citations: [BH1991, MS2003, LEVY2018],
  },
  'dismissing-avoidant': {
    style: 'dismissing-avoidant',
    label: 'Dismissing-avoidant',
    dimensions: { anxiety: 'low', avoidance: 'high' },
    modelOfSelf: 'positive',
    modelOfOther: 'negative',
    strategy: 'deactivating',
    summary: 'Relies on the self and plays down the importance of close relationships; keeps worth safe through distance.',
    relationalPatterns: [
      'Uneasy with dependence, in either direction',
      'Keeps feelings private and values independence',
      'May withdraw when others want more closeness',
    ],
    regulation: 'Deactivating: attachment needs and negative feelings are suppressed; attention turns away from threat and toward self-reliance.',
    inTherapy: [
      'Few or idealised memories of early care; difficulty naming feelings',
      'Scepticism about therapy; risk of quiet withdrawal or dropout',
      'Start with lower emotional intensity and a collaborative, task-focused frame',
    ],
    citations: [BH1991, MS2003, MS2012],
  },
  'fearful-avoidant': {
    style: 'fearful-avoidant',
    label: 'Fearful-avoidant',
    dimensions: { anxiety: 'high', avoidance: 'high' },
    modelOfSelf: 'negative',
    modelOfOther: 'negative',
    strategy: 'disorganised',
    summary: 'Wants closeness but fears being hurt by it; approach and withdrawal alternate.',
    relationalPatterns: ['Mistrust alongside a wish for closeness', 'Abrupt ruptures and repairs', 'Often linked with a history of trauma or frightening care'],
    regulation: 'Mixed and unstable: switches between hyperactivating and deactivating strategies; dissociation is more likely.',
    inTherapy: [
      'Safety, predictability, transparency and choice come first',
      'Higher risk of dissociation and self-harm; stabilisation before deep memory or imagery work',
      'Rupture and repair in the therapeutic relationship is central',
    ],
    citations: [BH1991, MS2003, LIOTTI2004],
  },
};
