import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { dersFrequency } from './_shared/ders.js';

/**
 * DERS-16, the 16-item short form of the Difficulties in Emotion Regulation Scale (Bjureberg et
 * al. 2016): five subscale sums and a total (16–80); higher scores mean more difficulty.
 *
 * No item is reversed (the Awareness subscale, which held most reversed DERS items, was dropped).
 * Subscales: Clarity 1, 2 (2–10); Goals 3, 7, 15 (3–15); Impulse 4, 8, 11 (3–15); Strategies 5, 6,
 * 12, 14, 16 (5–25); Nonacceptance 9, 10, 13 (3–15). The key is CORROBORATED (item-by-item mapping
 * to the DERS-36), not read in the article's appendix. No cut-offs are published. No official
 * missing-data rule: no prorating by default. Item text is not shipped (licence not found).
 *
 * @example
 * ```ts
 * const r = score(ders16, [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1]);
 * r.scales.clarity.value; // => 3
 * r.scales.total.value; // => 46
 * ```
 * @category Instruments
 */
export const ders16 = /* @__PURE__ */ _builtin({
  id: 'ders-16',
  name: 'Difficulties in Emotion Regulation Scale, 16-item version',
  abbreviation: 'DERS-16',
  version: '1.0.0',
  description: 'A 16-item short form of the DERS without the Awareness subscale. Higher = more difficulty regulating emotions.',
  citations: [
    {
      text: 'Bjureberg, J., Ljótsson, B., Tull, M. T., Hedman, E., Sahlin, H., Lundh, L.-G., Bjärehed, J., DiLillo, D., Messman-Moore, T., Hellner Gumpert, C., & Gratz, K. L. (2016). Development and validation of a brief version of the Difficulties in Emotion Regulation Scale: The DERS-16. Journal of Psychopathology and Behavioral Assessment, 38(2), 284–296.',
      doi: '10.1007/s10862-015-9514-x',
      url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4882111/',
    },
    {
      text: 'Gratz, K. L., & Roemer, L. (2004). Multidimensional assessment of emotion regulation and dysregulation: Development, factor structure, and initial validation of the Difficulties in Emotion Regulation Scale. Journal of Psychopathology and Behavioral Assessment, 26(1), 41–54.',
      doi: '10.1023/B:JOBA.0000007455.08539.94',
    },
  ],
  licence: {
    summary:
      'No licence statement was found for the DERS-16. Item text is not included: obtain it from the published article (open access in PMC) and supply it in your app under terms you have confirmed.',
    itemTextIncluded: false,
  },
  responseScales: { default: dersFrequency },
  items: [
    { number: 1, id: 'ders16-1', gloss: 'hard to make sense of my feelings (DERS 5)' },
    { number: 2, id: 'ders16-2', gloss: 'confused about how I feel (DERS 9)' },
    { number: 3, id: 'ders16-3', gloss: 'hard to get work done when upset (DERS 13)' },
    { number: 4, id: 'ders16-4', gloss: 'out of control when upset (DERS 14)' },
    { number: 5, id: 'ders16-5', gloss: 'stay upset a long time (DERS 15)' },
    { number: 6, id: 'ders16-6', gloss: 'end up very depressed when upset (DERS 16)' },
    { number: 7, id: 'ders16-7', gloss: 'hard to focus on other things when upset (DERS 18)' },
    { number: 8, id: 'ders16-8', gloss: 'feel out of control when upset (DERS 19)' },
    { number: 9, id: 'ders16-9', gloss: 'ashamed for being upset (DERS 21)' },
    { number: 10, id: 'ders16-10', gloss: 'feel weak when upset (DERS 23)' },
    { number: 11, id: 'ders16-11', gloss: 'hard to control behaviour when upset (DERS 27)' },
    { number: 12, id: 'ders16-12', gloss: 'nothing I can do to feel better (DERS 28)' },
    { number: 13, id: 'ders16-13', gloss: 'irritated with myself for being upset (DERS 29)' },
    { number: 14, id: 'ders16-14', gloss: 'feel very bad about myself when upset (DERS 30)' },
    { number: 15, id: 'ders16-15', gloss: 'hard to think about anything else when upset (DERS 33)' },
    { number: 16, id: 'ders16-16', gloss: 'emotions feel overwhelming when upset (DERS 36)' },
  ],
  scales: [
    { id: 'clarity', label: 'Lack of emotional clarity', items: ['ders16-1', 'ders16-2'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'goals', label: 'Difficulty engaging in goal-directed behaviour', items: ['ders16-3', 'ders16-7', 'ders16-15'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'impulse', label: 'Impulse control difficulties', items: ['ders16-4', 'ders16-8', 'ders16-11'], aggregate: 'sum', higherIs: 'worse' },
    {
      id: 'strategies',
      label: 'Limited access to emotion regulation strategies',
      items: ['ders16-5', 'ders16-6', 'ders16-12', 'ders16-14', 'ders16-16'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'nonacceptance',
      label: 'Nonacceptance of emotional responses',
      items: ['ders16-9', 'ders16-10', 'ders16-13'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'total',
      label: 'DERS-16 total',
      items: [
        'ders16-1',
        'ders16-2',
        'ders16-3',
        'ders16-4',
        'ders16-5',
        'ders16-6',
        'ders16-7',
        'ders16-8',
        'ders16-9',
        'ders16-10',
        'ders16-11',
        'ders16-12',
        'ders16-13',
        'ders16-14',
        'ders16-15',
        'ders16-16',
      ],
      aggregate: 'sum',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the DERS-16, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const ders16Verification: readonly string[] = [
  'Citation and DOI VERIFIED on the PubMed Central record (https://pmc.ncbi.nlm.nih.gov/articles/PMC4882111, PMID 27239096: J Psychopathol Behav Assess 38(2):284–296, doi:10.1007/s10862-015-9514-x), read with the search tool.',
  'Key CORROBORATED, not VERIFIED: the item order comes from a DERS-16 implementation; each item was matched by content to its DERS-36 source item (5, 9, 13, 14, 15, 16, 18, 19, 21, 23, 27, 28, 29, 30, 33, 36), whose subscale is VERIFIED. The Bjureberg appendix was not readable here.',
  'No reversal CORROBORATED: none of the 16 source items is in the DERS-36 reverse set {1, 2, 6, 7, 8, 10, 17, 20, 22, 24, 34}; two further public files found with the search tool agree ("No native reverse"; a database schema with five subscales, no awareness score, total 16–80).',
  'Scoring: sums, total 16–80 (CORROBORATED by an implementation). Anchors as the DERS-36 (CORROBORATED).',
  'No cut-offs from the authors (UNVERIFIED whether any exist); none are applied. Missing data: no official rule; no prorating. Licence UNVERIFIED; item text withheld.',
];
