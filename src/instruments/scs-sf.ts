import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * SCS-SF, the 12-item Self-Compassion Scale–Short Form (Raes, Pommier, Neff & Van Gucht 2011):
 * six two-item subscale means and a total mean, all on 1–5.
 *
 * - **Subscales** are means of their two items **as answered, not reversed**, so a higher
 *   Self-Judgment, Isolation or Over-identified score means more of that (negative) component.
 *   Neff advises against using short-form subscale scores, since they are less reliable.
 * - **Total** (`total`): mean of all 12 items after reversing the negative-subscale items 1, 4, 8,
 *   9, 11, 12 (6 − x); higher = more self-compassion. The same item is therefore reversed in the
 *   total but not in its subscale. Some platforms sum instead (12–60); this definition follows
 *   Neff's mean.
 * - No official cut-offs: the "low / moderate / high" bands seen online are unverified and are not
 *   applied. No missing-data rule: no prorating by default.
 * - Item text is not shipped (see `licence`).
 *
 * @example
 * ```ts
 * const r = score(scsSf, [5, 1, 1, 5, 1, 1, 1, 5, 5, 1, 5, 5]);
 * // not reversed
 * r.scales.self_judgment.value; // => 5
 * r.scales.total.value; // => 1
 * ```
 * @category Instruments
 */
export const scsSf = /* @__PURE__ */ _builtin({
  id: 'scs-sf',
  name: 'Self-Compassion Scale–Short Form',
  abbreviation: 'SCS-SF',
  version: '1.0.0',
  description: 'Self-compassion in hard moments: six two-item components and a total mean (1–5). Higher total = more self-compassion.',
  citations: [
    {
      text: 'Raes, F., Pommier, E., Neff, K. D., & Van Gucht, D. (2011). Construction and factorial validation of a short form of the Self-Compassion Scale. Clinical Psychology & Psychotherapy, 18(3), 250–255.',
      doi: '10.1002/cpp.702',
      url: 'https://self-compassion.org/wp-content/uploads/publications/scsshort.pdf',
    },
  ],
  licence: {
    summary:
      'Free to use with citation: Neff\'s short-form sheet says "Please feel free to use the Self-Compassion Scale – Short Form in your research". That wording grants use, not redistribution inside software, so item text is not included: supply it in your app from self-compassion.org.',
    itemTextIncluded: false,
    url: 'https://self-compassion.org/',
  },
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Almost never' },
        { value: 3, label: 'Sometimes' },
        { value: 5, label: 'Almost always' },
      ],
    },
  },
  items: [
    { number: 1, id: 'scssf-1', gloss: 'consumed by inadequacy after failing (over-identified)' },
    { number: 2, id: 'scssf-2', gloss: 'understanding toward my own flaws (self-kindness)' },
    { number: 3, id: 'scssf-3', gloss: 'balanced view when something painful happens (mindfulness)' },
    { number: 4, id: 'scssf-4', gloss: 'others seem happier when I am down (isolation)' },
    { number: 5, id: 'scssf-5', gloss: 'failings are part of being human (common humanity)' },
    { number: 6, id: 'scssf-6', gloss: 'give myself care in hard times (self-kindness)' },
    { number: 7, id: 'scssf-7', gloss: 'keep emotions in balance when upset (mindfulness)' },
    { number: 8, id: 'scssf-8', gloss: 'feel alone in failure (isolation)' },
    { number: 9, id: 'scssf-9', gloss: 'fixate on what is wrong when down (over-identified)' },
    { number: 10, id: 'scssf-10', gloss: 'inadequacy is shared by most people (common humanity)' },
    { number: 11, id: 'scssf-11', gloss: 'judgmental about my flaws (self-judgment)' },
    { number: 12, id: 'scssf-12', gloss: 'intolerant of parts of myself I dislike (self-judgment)' },
  ],
  scales: [
    { id: 'self_kindness', label: 'Self-kindness', items: ['scssf-2', 'scssf-6'], aggregate: 'mean', higherIs: 'better' },
    { id: 'self_judgment', label: 'Self-judgment', items: ['scssf-11', 'scssf-12'], aggregate: 'mean', higherIs: 'worse' },
    { id: 'common_humanity', label: 'Common humanity', items: ['scssf-5', 'scssf-10'], aggregate: 'mean', higherIs: 'better' },
    { id: 'isolation', label: 'Isolation', items: ['scssf-4', 'scssf-8'], aggregate: 'mean', higherIs: 'worse' },
    { id: 'mindfulness', label: 'Mindfulness', items: ['scssf-3', 'scssf-7'], aggregate: 'mean', higherIs: 'better' },
    { id: 'over_identified', label: 'Over-identification', items: ['scssf-1', 'scssf-9'], aggregate: 'mean', higherIs: 'worse' },
    {
      id: 'total',
      label: 'Self-compassion total (mean)',
      items: ['scssf-1', 'scssf-2', 'scssf-3', 'scssf-4', 'scssf-5', 'scssf-6', 'scssf-7', 'scssf-8', 'scssf-9', 'scssf-10', 'scssf-11', 'scssf-12'],
      reversed: ['scssf-1', 'scssf-4', 'scssf-8', 'scssf-9', 'scssf-11', 'scssf-12'],
      aggregate: 'mean',
      higherIs: 'better',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the SCS-SF, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const scsSfVerification: readonly string[] = [
  'Key VERIFIED: Neff\'s SCS-SF sheet (copy at scales.arabpsychology.com, read with the search tool): Self-Kindness 2, 6; Self-Judgment 11, 12; Common Humanity 5, 10; Isolation 4, 8; Mindfulness 3, 7; Over-identified 1, 9; "To compute a total self-compassion score, reverse score the negative subscale items – self-judgment, isolation, and over-identification".',
  'Total = mean after reversal (6 − x): the mean is VERIFIED on Neff\'s long-form sheet ("then compute a total mean") and consistent with the short-form sheet; with two items per subscale the grand item mean equals the mean of the six (reversed) subscale means. Blueprint sums (12–60), a platform choice not followed here.',
  'Subscales unreversed VERIFIED (subscale = mean of its items as answered). Neff: "We do not recommend using the short form if you are interested in subscale scores".',
  'Wrong public key seen: a web calculator (simplified.tools) reverses items {2, 3, 5, 7, 9, 12}, which mixes positive and negative items. Do not copy it.',
  'Anchors VERIFIED on the sheet copy: 1 = Almost never, 3 = Sometimes, 5 = Almost always (2 and 4 unlabelled).',
  'Cut-offs: the "1–2.5 low, 2.5–3.5 moderate, 3.5–5 high" guide on Neff\'s site is described as "a rough guide" and is UNVERIFIED as a published norm; not applied. Missing data: no rule found; no prorating.',
  'Licence: sheet wording VERIFIED; a secondary quote ("for any purpose whatsoever, including research, clinical work, teaching", legalclarity.org) is UNVERIFIED. Item text withheld pending explicit redistribution permission.',
];
