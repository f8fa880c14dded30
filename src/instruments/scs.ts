import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * SCS, the 26-item Self-Compassion Scale (Neff 2003): six subscale means and a total mean, all on
 * 1–5.
 *
 * - **Subscales** are means of their items as answered (not reversed): Self-Kindness 5, 12, 19,
 *   23, 26; Self-Judgment 1, 8, 11, 16, 21; Common Humanity 3, 7, 10, 15; Isolation 4, 13, 18, 25;
 *   Mindfulness 9, 14, 17, 22; Over-identified 2, 6, 20, 24.
 * - **Total** (`total`): **Neff's current scoring sheet**: reverse the 13 negative-subscale items
 *   (6 − x), then take the grand mean of all 26 items (1–5; higher = more self-compassion).
 *   **Not** the method of the 2003 article, which added the subscale scores together; because the
 *   subscales have different lengths (4 or 5 items) the two methods give different numbers, so
 *   never compare totals computed the two ways.
 * - No official cut-offs: the "low / moderate / high" guide on Neff's site is not applied. No
 *   missing-data rule: no prorating by default. Item text is not shipped (see `licence`).
 *
 * @example
 * ```ts
 * const r = score(scs, Array(26).fill(5));
 * // not reversed
 * r.scales.self_judgment.value; // => 5
 * // 13 items at 5, 13 reversed to 1
 * r.scales.total.value; // => 3
 * ```
 * @category Instruments
 */
export const scs = /* @__PURE__ */ _builtin({
  id: 'scs',
  name: 'Self-Compassion Scale',
  abbreviation: 'SCS',
  version: '1.0.0',
  description: 'Self-compassion in hard moments: six components (means) and a total mean (1–5). Higher total = more self-compassion.',
  citations: [
    {
      text: 'Neff, K. D. (2003). The development and validation of a scale to measure self-compassion. Self and Identity, 2(3), 223–250.',
      doi: '10.1080/15298860309027',
    },
    {
      text: 'Neff, K. D. Self-Compassion Scale coding key and scoring instructions (researcher sheet), as reproduced by the Association for Contextual Behavioral Science.',
      url: 'http://www.contextualpsychology.org/Self_Compassion_Scale',
    },
  ],
  licence: {
    summary:
      'Free to use: Neff\'s researcher sheet says "please feel free to use the Self-Compassion Scale (SCS) for research or any other use". That wording grants use, not redistribution inside software, so item text is not included: supply it in your app from self-compassion.org.',
    itemTextIncluded: false,
    url: 'https://self-compassion.org/',
  },
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Almost never' },
        { value: 5, label: 'Almost always' },
      ],
    },
  },
  items: [
    { number: 1, id: 'scs-1', gloss: 'self-judgment item' },
    { number: 2, id: 'scs-2', gloss: 'over-identification item' },
    { number: 3, id: 'scs-3', gloss: 'common humanity item' },
    { number: 4, id: 'scs-4', gloss: 'isolation item' },
    { number: 5, id: 'scs-5', gloss: 'self-kindness item' },
    { number: 6, id: 'scs-6', gloss: 'over-identification item' },
    { number: 7, id: 'scs-7', gloss: 'common humanity item' },
    { number: 8, id: 'scs-8', gloss: 'self-judgment item' },
    { number: 9, id: 'scs-9', gloss: 'mindfulness item' },
    { number: 10, id: 'scs-10', gloss: 'common humanity item' },
    { number: 11, id: 'scs-11', gloss: 'self-judgment item' },
    { number: 12, id: 'scs-12', gloss: 'self-kindness item' },
    { number: 13, id: 'scs-13', gloss: 'isolation item' },
    { number: 14, id: 'scs-14', gloss: 'mindfulness item' },
    { number: 15, id: 'scs-15', gloss: 'common humanity item' },
    { number: 16, id: 'scs-16', gloss: 'self-judgment item' },
    { number: 17, id: 'scs-17', gloss: 'mindfulness item' },
    { number: 18, id: 'scs-18', gloss: 'isolation item' },
    { number: 19, id: 'scs-19', gloss: 'self-kindness item' },
    { number: 20, id: 'scs-20', gloss: 'over-identification item' },
    { number: 21, id: 'scs-21', gloss: 'self-judgment item' },
    { number: 22, id: 'scs-22', gloss: 'mindfulness item' },
    { number: 23, id: 'scs-23', gloss: 'self-kindness item' },
    { number: 24, id: 'scs-24', gloss: 'over-identification item' },
    { number: 25, id: 'scs-25', gloss: 'isolation item' },
    { number: 26, id: 'scs-26', gloss: 'self-kindness item' },
  ],
  scales: [
    { id: 'self_kindness', label: 'Self-kindness', items: ['scs-5', 'scs-12', 'scs-19', 'scs-23', 'scs-26'], aggregate: 'mean', higherIs: 'better' },
    { id: 'self_judgment', label: 'Self-judgment', items: ['scs-1', 'scs-8', 'scs-11', 'scs-16', 'scs-21'], aggregate: 'mean', higherIs: 'worse' },
    { id: 'common_humanity', label: 'Common humanity', items: ['scs-3', 'scs-7', 'scs-10', 'scs-15'], aggregate: 'mean', higherIs: 'better' },
    { id: 'isolation', label: 'Isolation', items: ['scs-4', 'scs-13', 'scs-18', 'scs-25'], aggregate: 'mean', higherIs: 'worse' },
    { id: 'mindfulness', label: 'Mindfulness', items: ['scs-9', 'scs-14', 'scs-17', 'scs-22'], aggregate: 'mean', higherIs: 'better' },
    { id: 'over_identified', label: 'Over-identification', items: ['scs-2', 'scs-6', 'scs-20', 'scs-24'], aggregate: 'mean', higherIs: 'worse' },
    {
      id: 'total',
      label: 'Self-compassion total (grand mean after reversal)',
      items: [
        'scs-1',
        'scs-2',
        'scs-3',
        'scs-4',
        'scs-5',
        'scs-6',
        'scs-7',
        'scs-8',
        'scs-9',
        'scs-10',
        'scs-11',
        'scs-12',
        'scs-13',
        'scs-14',
        'scs-15',
        'scs-16',
        'scs-17',
        'scs-18',
        'scs-19',
        'scs-20',
        'scs-21',
        'scs-22',
        'scs-23',
        'scs-24',
        'scs-25',
        'scs-26',
      ],
      reversed: ['scs-1', 'scs-2', 'scs-4', 'scs-6', 'scs-8', 'scs-11', 'scs-13', 'scs-16', 'scs-18', 'scs-20', 'scs-21', 'scs-24', 'scs-25'],
      aggregate: 'mean',
      higherIs: 'better',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the SCS, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const scsVerification: readonly string[] = [
  "Key VERIFIED: Neff's coding key as reproduced on contextualpsychology.org (read with the search tool): Self-Kindness 5, 12, 19, 23, 26; Self-Judgment 1, 8, 11, 16, 21; Common Humanity 3, 7, 10, 15; Isolation 4, 13, 18, 25; Mindfulness 9, 14, 17, 22; Over-identified 2, 6, 20, 24. The same key is reported on Neff's researcher sheet (scribd document 693200653), not read here.",
  'Total method: we follow Neff\'s current sheet, VERIFIED quote: "reverse score the negative subscale items - self-judgment, isolation, and over-identification - then compute a total mean. (This method of calculating the total score is slightly different than that used in the article referenced above, in which each subscale was added together. However, I find it is easier to interpret the scores if the total mean is used.)" The 2003 summed-subscale total is NOT computed; it gives a different number (subscales have 4 or 5 items, so the grand item mean is not the mean of subscale means).',
  'Subscales = mean of their items, unreversed: VERIFIED ("Subscale scores are computed by calculating the mean of subscale item responses"). Reversal 1 = 5, 2 = 4, 3 = 3, 4 = 2, 5 = 1 (6 − x): VERIFIED.',
  'Anchors: 1 = Almost never … 5 = Almost always, CORROBORATED (a summary of Neff 2003a quoting Pommier 2010, sites.google.com/site/empathytraininglitreview: "a five-point scale from “Almost Never” to “Almost Always”"; the same anchors on Neff\'s short-form sheet).',
  'Cut-offs: the "1–2.5 low, 2.5–3.5 moderate, 3.5–5.0 high" guide ("As a rough guide", seen on a secondary page quoting Neff) is UNVERIFIED as a norm; not applied. Missing data: no rule found; no prorating.',
  "Licence wording as quoted from Neff's researcher sheet: UNVERIFIED here (the sheet was not re-read); item text withheld pending explicit redistribution permission.",
];
