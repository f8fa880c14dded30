import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { agree7 } from './_shared/scales.js';

/**
 * ECR-S, the 12-item short form of the Experiences in Close Relationships scale (Wei, Russell,
 * Mallinckrodt & Vogel 2007): anxiety and avoidance as means on 1–7.
 *
 * Built from the **original ECR** (Brennan, Clark & Shaver 1998), not the ECR-R: never mix the
 * keys. Anxiety = items 2, 4, 6, 8R, 10, 12; avoidance = items 1R, 3, 5R, 7, 9R, 11 (R = 8 − x).
 * Some users sum (6–42); this definition uses the mean (1–7), as implementations do; the
 * authors' preference is unverified. Item text is not shipped (licence not found).
 *
 * @example
 * ```ts
 * score(ecrS, [1, 7, 7, 7, 1, 7, 7, 1, 1, 7, 7, 7]).scales.avoidance.value; // => 7
 * ```
 * @category Instruments
 */
export const ecrS = /* @__PURE__ */ _builtin({
  id: 'ecr-s',
  name: 'Experiences in Close Relationship Scale–Short Form',
  abbreviation: 'ECR-S',
  version: '1.0.0',
  description: 'A 12-item short form of the ECR measuring attachment anxiety and avoidance.',
  citations: [
    {
      text: 'Wei, M., Russell, D. W., Mallinckrodt, B., & Vogel, D. L. (2007). The Experiences in Close Relationship Scale (ECR)-Short Form: Reliability, validity, and factor structure. Journal of Personality Assessment, 88(2), 187–204.',
      doi: '10.1080/00223890701268041',
    },
    {
      text: 'Brennan, K. A., Clark, C. L., & Shaver, P. R. (1998). Self-report measurement of adult attachment: An integrative overview. In J. A. Simpson & W. S. Rholes (Eds.), Attachment theory and close relationships (pp. 46–76). Guilford Press.',
    },
  ],
  licence: {
    summary: 'No licence statement was found for the ECR-S. Item text is not included: supply it in your app under terms you have confirmed with the authors.',
    itemTextIncluded: false,
  },
  responseScales: { default: agree7 },
  items: [
    { number: 1, id: 'ecrs-1', gloss: 'turning to partner helps (original ECR 33, reversed)' },
    { number: 2, id: 'ecrs-2', gloss: 'need a lot of reassurance (ECR 18)' },
    { number: 3, id: 'ecrs-3', gloss: 'want closeness but pull back (ECR 11)' },
    { number: 4, id: 'ecrs-4', gloss: "partners don't want to be as close (ECR 26)" },
    { number: 5, id: 'ecrs-5', gloss: 'turn to partner for many things (ECR 35, reversed)' },
    { number: 6, id: 'ecrs-6', gloss: 'desire for closeness scares people (ECR 16)' },
    { number: 7, id: 'ecrs-7', gloss: 'try to avoid getting too close (ECR 17)' },
    { number: 8, id: 'ecrs-8', gloss: 'rarely worry about abandonment (ECR 22, reversed)' },
    { number: 9, id: 'ecrs-9', gloss: 'discuss problems with partner (ECR 27, reversed)' },
    { number: 10, id: 'ecrs-10', gloss: 'frustrated when partner is unavailable (ECR 32)' },
    { number: 11, id: 'ecrs-11', gloss: 'nervous when partners get too close (ECR 13)' },
    { number: 12, id: 'ecrs-12', gloss: "worry partners won't care as much (ECR 6)" },
  ],
  scales: [
    {
      id: 'anxiety',
      label: 'Attachment anxiety',
      items: ['ecrs-2', 'ecrs-4', 'ecrs-6', 'ecrs-8', 'ecrs-10', 'ecrs-12'],
      reversed: ['ecrs-8'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'avoidance',
      label: 'Attachment avoidance',
      items: ['ecrs-1', 'ecrs-3', 'ecrs-5', 'ecrs-7', 'ecrs-9', 'ecrs-11'],
      reversed: ['ecrs-1', 'ecrs-5', 'ecrs-9'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the ECR-S, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const ecrSVerification: readonly string[] = [
  'Key CORROBORATED: an SPSS syntax file quoting the article ("AVOID: 1R, 3, 5R, 7, 9, 11. ANX: 2, 4, 6, 8R, 10, 12") and a TypeScript implementation. The quoted AVOID list omits the R on item 9, but the same quote gives the item order as "33R, 18, 11, 26, 35R, 16, 17, 22R, 27R, ..." (item 9 = original ECR 27R), item 27 is reverse-keyed in the original ECR key, and its content (discussing problems with a partner) runs against avoidance. Item 9 is therefore reversed here; this discrepancy is recorded so a user can check it against the article.',
  'Items map to original ECR items 33R, 18, 11, 26, 35R, 16, 17, 22R, 27R, 32, 13, 6 (quoted from the article via the same syntax file).',
  'Scoring: mean of 6 items per subscale (1–7); summing (6–42) is also seen. Mean chosen, as implementations do; the authors’ preference is UNVERIFIED.',
  'No cut-offs, norms or missing-data rule were found; none are applied.',
];
