import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * Parts shared by the mother and father forms: one key, one coding, one licence. The forms are
 * built with a `@__PURE__` `Object.assign` (not an object spread, which bundlers must keep as a
 * possible side effect), so importing one instrument never pulls in the PBI.
 */
const shared = {
  abbreviation: 'PBI',
  version: '1.0.0',
  description:
    'Recalled parenting in the first 16 years, rated separately for mother and father: care, overprotection and a parenting-style quadrant. For respondents over 16.',
  citations: [
    {
      text: 'Parker, G., Tupling, H., & Brown, L. B. (1979). A Parental Bonding Instrument. British Journal of Medical Psychology, 52, 1–10.',
      doi: '10.1111/j.2044-8341.1979.tb02487.x',
    },
    {
      text: 'Black Dog Institute. Parental Bonding Instrument (PBI) scoring sheet: scoring key, 0–3 coding, reversed items, cut-offs and quadrants.',
      url: 'https://www.blackdoginstitute.org.au/',
    },
  ],
  licence: {
    summary:
      'NOT FOR COMMERCIAL USE. NOT TO BE HOSTED ELECTRONICALLY outside the Black Dog Institute website (Black Dog sheet footer: "Not to be used for commercial purposes and not to be hosted electronically outside of the Black Dog Institute website."). Item text is NOT included and must not be added to an app or website without the Black Dog Institute\'s permission; this definition carries only the scoring key.',
    itemTextIncluded: false,
    url: 'https://www.blackdoginstitute.org.au/',
  },
  responseScales: {
    default: {
      min: 0,
      max: 3,
      anchors: [
        { value: 0, label: 'Very unlike' },
        { value: 1, label: 'Moderately unlike' },
        { value: 2, label: 'Moderately like' },
        { value: 3, label: 'Very like' },
      ],
    },
  },
  missing: { kind: 'complete' },
} as const;

/**
 * PBI, the Parental Bonding Instrument, **mother form** (Parker, Tupling & Brown 1979): care (12
 * items, 0–36) and overprotection (13 items, 0–39) as sums on 0–3 coding, plus the published
 * parenting-style quadrant.
 *
 * Record every answer as printed: Very like = 3, Moderately like = 2, Moderately unlike = 1, Very
 * unlike = 0; never pre-reverse. The key reverses care items 2, 4, 14, 16, 18, 24 and
 * overprotection items 3, 7, 15, 21, 22, 25 (3 − x). Some public scripts code 1–4: their sums are
 * shifted and the cut-offs below do not apply to them.
 *
 * Quadrant (`quadrant`): the mother cut-offs are care 27.0 and protection 13.5 (Black Dog
 * Institute sheet). High care + low protection = Optimal parenting; high + high = Affectionate
 * constraint; low care + high protection = Affectionless control; low + low = Neglectful parenting.
 * **Tie rule** (the sheet is silent): a score exactly at a cut-off counts as low. Missing answers
 * leave the scales and the quadrant without a value (no published prorating rule).
 *
 * **Licence: not for commercial use, and not to be hosted electronically outside the Black Dog
 * Institute website.** No item text ships; obtain the form from the Black Dog Institute.
 *
 * @example
 * ```ts
 * const r = score(pbiMother, Array(25).fill(1));
 * // 6 direct items × 1 + 6 reversed items × 2
 * r.scales.care.value; // => 18
 * // care 18 ≤ 27, overprotection 19 > 13.5
 * r.derived.quadrant.label; // => 'Affectionless control'
 * ```
 * @category Instruments
 */
export const pbiMother = /* @__PURE__ */ _builtin(
  /* @__PURE__ */ Object.assign({}, shared, {
    id: 'pbi-mother',
    name: 'Parental Bonding Instrument (mother form)',
    items: [
      { number: 1, id: 'pbim-1' },
      { number: 2, id: 'pbim-2' },
      { number: 3, id: 'pbim-3' },
      { number: 4, id: 'pbim-4' },
      { number: 5, id: 'pbim-5' },
      { number: 6, id: 'pbim-6' },
      { number: 7, id: 'pbim-7' },
      { number: 8, id: 'pbim-8' },
      { number: 9, id: 'pbim-9' },
      { number: 10, id: 'pbim-10' },
      { number: 11, id: 'pbim-11' },
      { number: 12, id: 'pbim-12' },
      { number: 13, id: 'pbim-13' },
      { number: 14, id: 'pbim-14' },
      { number: 15, id: 'pbim-15' },
      { number: 16, id: 'pbim-16' },
      { number: 17, id: 'pbim-17' },
      { number: 18, id: 'pbim-18' },
      { number: 19, id: 'pbim-19' },
      { number: 20, id: 'pbim-20' },
      { number: 21, id: 'pbim-21' },
      { number: 22, id: 'pbim-22' },
      { number: 23, id: 'pbim-23' },
      { number: 24, id: 'pbim-24' },
      { number: 25, id: 'pbim-25' },
    ],
    scales: [
      {
        id: 'care',
        label: 'Care',
        items: ['pbim-1', 'pbim-2', 'pbim-4', 'pbim-5', 'pbim-6', 'pbim-11', 'pbim-12', 'pbim-14', 'pbim-16', 'pbim-17', 'pbim-18', 'pbim-24'],
        reversed: ['pbim-2', 'pbim-4', 'pbim-14', 'pbim-16', 'pbim-18', 'pbim-24'],
        aggregate: 'sum',
        higherIs: 'better',
      },
      {
        id: 'overprotection',
        label: 'Overprotection',
        items: ['pbim-3', 'pbim-7', 'pbim-8', 'pbim-9', 'pbim-10', 'pbim-13', 'pbim-15', 'pbim-19', 'pbim-20', 'pbim-21', 'pbim-22', 'pbim-23', 'pbim-25'],
        reversed: ['pbim-3', 'pbim-7', 'pbim-15', 'pbim-21', 'pbim-22', 'pbim-25'],
        aggregate: 'sum',
        higherIs: 'worse',
      },
    ],
    derived: [
      {
        kind: 'rules',
        id: 'quadrant',
        label: 'Parenting style quadrant (mother cut-offs: care 27.0, protection 13.5)',
        rules: [
          {
            label: 'Neglectful parenting',
            when: [
              { scale: 'care', max: 27.0 },
              { scale: 'overprotection', max: 13.5 },
            ],
          },
          { label: 'Affectionless control', when: [{ scale: 'care', max: 27.0 }] },
          { label: 'Optimal parenting', when: [{ scale: 'overprotection', max: 13.5 }] },
          {
            label: 'Affectionate constraint',
            when: [
              { scale: 'care', min: 27.0 },
              { scale: 'overprotection', min: 13.5 },
            ],
          },
        ],
        tieRule:
          'A score exactly at a cut-off counts as low: high care means care above 27.0, high protection means overprotection above 13.5. The Black Dog sheet is silent on ties; this follows teaching slides attributed to Parker that describe optimal bonding as care above and overprotection below the cut-offs. With whole-number sums only the care cut-off can tie. Rules are checked in order and the first match wins.',
        source:
          'Black Dog Institute PBI scoring sheet: "For mothers, a care score of 27.0 and a protection score of 13.5. For fathers, a care score of 24.0 and a protection score of 12.5."',
      },
    ],
  } as const) satisfies InstrumentDefinition,
);

/**
 * PBI, the Parental Bonding Instrument, **father form** (Parker, Tupling & Brown 1979): care (12
 * items, 0–36) and overprotection (13 items, 0–39) as sums on 0–3 coding, plus the published
 * parenting-style quadrant.
 *
 * Record every answer as printed: Very like = 3, Moderately like = 2, Moderately unlike = 1, Very
 * unlike = 0; never pre-reverse. The key reverses care items 2, 4, 14, 16, 18, 24 and
 * overprotection items 3, 7, 15, 21, 22, 25 (3 − x). Some public scripts code 1–4: their sums are
 * shifted and the cut-offs below do not apply to them.
 *
 * Quadrant (`quadrant`): the father cut-offs are care 24.0 and protection 12.5 (Black Dog
 * Institute sheet). High care + low protection = Optimal parenting; high + high = Affectionate
 * constraint; low care + high protection = Affectionless control; low + low = Neglectful parenting.
 * **Tie rule** (the sheet is silent): a score exactly at a cut-off counts as low. Missing answers
 * leave the scales and the quadrant without a value (no published prorating rule).
 *
 * **Licence: not for commercial use, and not to be hosted electronically outside the Black Dog
 * Institute website.** No item text ships; obtain the form from the Black Dog Institute.
 *
 * @example
 * ```ts
 * const r = score(pbiFather, Array(25).fill(2));
 * // 7 direct items × 2 + 6 reversed items × 1
 * r.scales.overprotection.value; // => 20
 * // care 18 ≤ 24, overprotection 20 > 12.5
 * r.derived.quadrant.label; // => 'Affectionless control'
 * ```
 * @category Instruments
 */
export const pbiFather = /* @__PURE__ */ _builtin(
  /* @__PURE__ */ Object.assign({}, shared, {
    id: 'pbi-father',
    name: 'Parental Bonding Instrument (father form)',
    items: [
      { number: 1, id: 'pbif-1' },
      { number: 2, id: 'pbif-2' },
      { number: 3, id: 'pbif-3' },
      { number: 4, id: 'pbif-4' },
      { number: 5, id: 'pbif-5' },
      { number: 6, id: 'pbif-6' },
      { number: 7, id: 'pbif-7' },
      { number: 8, id: 'pbif-8' },
      { number: 9, id: 'pbif-9' },
      { number: 10, id: 'pbif-10' },
      { number: 11, id: 'pbif-11' },
      { number: 12, id: 'pbif-12' },
      { number: 13, id: 'pbif-13' },
      { number: 14, id: 'pbif-14' },
      { number: 15, id: 'pbif-15' },
      { number: 16, id: 'pbif-16' },
      { number: 17, id: 'pbif-17' },
      { number: 18, id: 'pbif-18' },
      { number: 19, id: 'pbif-19' },
      { number: 20, id: 'pbif-20' },
      { number: 21, id: 'pbif-21' },
      { number: 22, id: 'pbif-22' },
      { number: 23, id: 'pbif-23' },
      { number: 24, id: 'pbif-24' },
      { number: 25, id: 'pbif-25' },
    ],
    scales: [
      {
        id: 'care',
        label: 'Care',
        items: ['pbif-1', 'pbif-2', 'pbif-4', 'pbif-5', 'pbif-6', 'pbif-11', 'pbif-12', 'pbif-14', 'pbif-16', 'pbif-17', 'pbif-18', 'pbif-24'],
        reversed: ['pbif-2', 'pbif-4', 'pbif-14', 'pbif-16', 'pbif-18', 'pbif-24'],
        aggregate: 'sum',
        higherIs: 'better',
      },
      {
        id: 'overprotection',
        label: 'Overprotection',
        items: ['pbif-3', 'pbif-7', 'pbif-8', 'pbif-9', 'pbif-10', 'pbif-13', 'pbif-15', 'pbif-19', 'pbif-20', 'pbif-21', 'pbif-22', 'pbif-23', 'pbif-25'],
        reversed: ['pbif-3', 'pbif-7', 'pbif-15', 'pbif-21', 'pbif-22', 'pbif-25'],
        aggregate: 'sum',
        higherIs: 'worse',
      },
    ],
    derived: [
      {
        kind: 'rules',
        id: 'quadrant',
        label: 'Parenting style quadrant (father cut-offs: care 24.0, protection 12.5)',
        rules: [
          {
            label: 'Neglectful parenting',
            when: [
              { scale: 'care', max: 24.0 },
              { scale: 'overprotection', max: 12.5 },
            ],
          },
          { label: 'Affectionless control', when: [{ scale: 'care', max: 24.0 }] },
          { label: 'Optimal parenting', when: [{ scale: 'overprotection', max: 12.5 }] },
          {
            label: 'Affectionate constraint',
            when: [
              { scale: 'care', min: 24.0 },
              { scale: 'overprotection', min: 12.5 },
            ],
          },
        ],
        tieRule:
          'A score exactly at a cut-off counts as low: high care means care above 24.0, high protection means overprotection above 12.5. The Black Dog sheet is silent on ties; this follows teaching slides attributed to Parker that describe optimal bonding as care above and overprotection below the cut-offs. With whole-number sums only the care cut-off can tie. Rules are checked in order and the first match wins.',
        source:
          'Black Dog Institute PBI scoring sheet: "For mothers, a care score of 27.0 and a protection score of 13.5. For fathers, a care score of 24.0 and a protection score of 12.5."',
      },
    ],
  } as const) satisfies InstrumentDefinition,
);

/**
 * What was verified for the PBI, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const pbiVerification: readonly string[] = [
  'Key VERIFIED (Black Dog Institute scoring sheet, read with the search tool on the copy at https://it.scribd.com/document/253736063/ParentalBondingInstrument-Doc): care direct 1, 5, 6, 11, 12, 17, reversed 2, 4, 14, 16, 18, 24; overprotection direct 8, 9, 10, 13, 19, 20, 23, reversed 3, 7, 15, 21, 22, 25; coding Very like 3 … Very unlike 0, reversed items the other way round (3 − x). A public R pbi() function uses the same item sets but codes 1–4 and reverses with 5 − x, which shifts every sum, so the cut-offs do not apply to it.',
  'Cut-offs VERIFIED (same sheet): mothers care 27.0, protection 13.5; fathers care 24.0, protection 12.5. Quadrant names VERIFIED: affectionate constraint, affectionless control, optimal parenting, neglectful parenting.',
  'Tie rule UNVERIFIED (the sheet does not say): a score equal to a cut-off is treated as low. Reason: teaching slides attributed to Parker (slideplayer copy, found with the search tool) describe optimal bonding as care > 27 and overprotection < 13.5 for mothers, care > 24 and overprotection < 12.5 for fathers, so high care is strictly above the cut-off. Only care can tie with whole-number sums; a protection tie needs an explicitly prorated score.',
  'Mother and father forms are two definitions with one key and separate item ids (pbim-*, pbif-*), so both fit in one record or CSV row; a test checks that the two keys are identical.',
  'Citation VERIFIED (article first page); DOI CORROBORATED (document slug j-2044-8341-1979-tb02487-x). Missing data: no rule found (UNVERIFIED); no prorating.',
  'Licence VERIFIED (sheet footer): non-commercial and not to be hosted electronically; item text and paraphrases are withheld.',
];
