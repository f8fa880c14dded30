import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { dersFrequency } from './_shared/ders.js';

/**
 * DERS, the 36-item Difficulties in Emotion Regulation Scale (Gratz & Roemer 2004): six
 * subscale sums and a total (36–180); higher scores mean more difficulty regulating emotions.
 *
 * Items 1, 2, 6, 7, 8, 10, 17, 20, 22, 24 and 34 are reverse-scored (6 − x) in their subscale and
 * in the total, per the scoring form. Subscales: Nonacceptance 11, 12, 21, 23, 25, 29 (6–30);
 * Goals 13, 18, 20R, 26, 33 (5–25); Impulse 3, 14, 19, 24R, 27, 32 (6–30); Awareness 2R, 6R, 8R,
 * 10R, 17R, 34R (6–30); Strategies 15, 16, 22R, 28, 30, 31, 35, 36 (8–40); Clarity 1R, 4, 5, 7R, 9
 * (5–25). No cut-offs are published. No official missing-data rule: a subscale with a missing item
 * has no value unless the caller asks to prorate. Item text is not shipped (licence not found).
 *
 * @example
 * ```ts
 * const r = score(ders36, Array(36).fill(1));
 * // all six awareness items are reversed
 * r.scales.awareness.value; // => 30
 * r.scales.total.value; // => 80
 * ```
 * @category Instruments
 */
export const ders36 = /* @__PURE__ */ _builtin({
  id: 'ders-36',
  name: 'Difficulties in Emotion Regulation Scale',
  abbreviation: 'DERS',
  version: '1.0.0',
  description:
    'Difficulties in emotion regulation: nonacceptance, goal-directed behaviour, impulse control, awareness, access to strategies and clarity. Higher = more difficulty.',
  citations: [
    {
      text: 'Gratz, K. L., & Roemer, L. (2004). Multidimensional assessment of emotion regulation and dysregulation: Development, factor structure, and initial validation of the Difficulties in Emotion Regulation Scale. Journal of Psychopathology and Behavioral Assessment, 26(1), 41–54.',
      doi: '10.1023/B:JOBA.0000007455.08539.94',
    },
  ],
  licence: {
    summary:
      'No licence statement was found for the DERS. Item text is not included: obtain it from the published article or the authors and supply it in your app under terms you have confirmed.',
    itemTextIncluded: false,
  },
  responseScales: { default: dersFrequency },
  items: [
    { number: 1, id: 'ders36-1', gloss: 'clear about my feelings (reversed)' },
    { number: 2, id: 'ders36-2', gloss: 'pay attention to how I feel (reversed)' },
    { number: 3, id: 'ders36-3', gloss: 'emotions feel overwhelming and out of control' },
    { number: 4, id: 'ders36-4', gloss: 'no idea how I am feeling' },
    { number: 5, id: 'ders36-5', gloss: 'hard to make sense of my feelings' },
    { number: 6, id: 'ders36-6', gloss: 'attentive to my feelings (reversed)' },
    { number: 7, id: 'ders36-7', gloss: 'know exactly how I feel (reversed)' },
    { number: 8, id: 'ders36-8', gloss: 'care about what I feel (reversed)' },
    { number: 9, id: 'ders36-9', gloss: 'confused about how I feel' },
    { number: 10, id: 'ders36-10', gloss: 'acknowledge emotions when upset (reversed)' },
    { number: 11, id: 'ders36-11', gloss: 'angry with myself for being upset' },
    { number: 12, id: 'ders36-12', gloss: 'embarrassed for being upset' },
    { number: 13, id: 'ders36-13', gloss: 'hard to get work done when upset' },
    { number: 14, id: 'ders36-14', gloss: 'out of control when upset' },
    { number: 15, id: 'ders36-15', gloss: 'stay upset a long time' },
    { number: 16, id: 'ders36-16', gloss: 'end up very depressed when upset' },
    { number: 17, id: 'ders36-17', gloss: 'feelings are valid and important (reversed)' },
    { number: 18, id: 'ders36-18', gloss: 'hard to focus on other things when upset' },
    { number: 19, id: 'ders36-19', gloss: 'feel out of control when upset' },
    { number: 20, id: 'ders36-20', gloss: 'can still get things done when upset (reversed)' },
    { number: 21, id: 'ders36-21', gloss: 'ashamed for being upset' },
    { number: 22, id: 'ders36-22', gloss: 'can find a way to feel better (reversed)' },
    { number: 23, id: 'ders36-23', gloss: 'feel weak when upset' },
    { number: 24, id: 'ders36-24', gloss: 'can stay in control of behaviour (reversed)' },
    { number: 25, id: 'ders36-25', gloss: 'guilty for being upset' },
    { number: 26, id: 'ders36-26', gloss: 'hard to concentrate when upset' },
    { number: 27, id: 'ders36-27', gloss: 'hard to control behaviour when upset' },
    { number: 28, id: 'ders36-28', gloss: 'nothing I can do to feel better' },
    { number: 29, id: 'ders36-29', gloss: 'irritated with myself for being upset' },
    { number: 30, id: 'ders36-30', gloss: 'feel very bad about myself when upset' },
    { number: 31, id: 'ders36-31', gloss: 'wallowing is all I can do' },
    { number: 32, id: 'ders36-32', gloss: 'lose control over behaviour when upset' },
    { number: 33, id: 'ders36-33', gloss: 'hard to think about anything else when upset' },
    { number: 34, id: 'ders36-34', gloss: 'take time to figure out what I feel (reversed)' },
    { number: 35, id: 'ders36-35', gloss: 'takes a long time to feel better' },
    { number: 36, id: 'ders36-36', gloss: 'emotions feel overwhelming when upset' },
  ],
  scales: [
    {
      id: 'nonacceptance',
      label: 'Nonacceptance of emotional responses',
      items: ['ders36-11', 'ders36-12', 'ders36-21', 'ders36-23', 'ders36-25', 'ders36-29'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'goals',
      label: 'Difficulty engaging in goal-directed behaviour',
      items: ['ders36-13', 'ders36-18', 'ders36-20', 'ders36-26', 'ders36-33'],
      reversed: ['ders36-20'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'impulse',
      label: 'Impulse control difficulties',
      items: ['ders36-3', 'ders36-14', 'ders36-19', 'ders36-24', 'ders36-27', 'ders36-32'],
      reversed: ['ders36-24'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'awareness',
      label: 'Lack of emotional awareness',
      items: ['ders36-2', 'ders36-6', 'ders36-8', 'ders36-10', 'ders36-17', 'ders36-34'],
      reversed: ['ders36-2', 'ders36-6', 'ders36-8', 'ders36-10', 'ders36-17', 'ders36-34'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'strategies',
      label: 'Limited access to emotion regulation strategies',
      items: ['ders36-15', 'ders36-16', 'ders36-22', 'ders36-28', 'ders36-30', 'ders36-31', 'ders36-35', 'ders36-36'],
      reversed: ['ders36-22'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'clarity',
      label: 'Lack of emotional clarity',
      items: ['ders36-1', 'ders36-4', 'ders36-5', 'ders36-7', 'ders36-9'],
      reversed: ['ders36-1', 'ders36-7'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'total',
      label: 'DERS total',
      items: [
        'ders36-1',
        'ders36-2',
        'ders36-3',
        'ders36-4',
        'ders36-5',
        'ders36-6',
        'ders36-7',
        'ders36-8',
        'ders36-9',
        'ders36-10',
        'ders36-11',
        'ders36-12',
        'ders36-13',
        'ders36-14',
        'ders36-15',
        'ders36-16',
        'ders36-17',
        'ders36-18',
        'ders36-19',
        'ders36-20',
        'ders36-21',
        'ders36-22',
        'ders36-23',
        'ders36-24',
        'ders36-25',
        'ders36-26',
        'ders36-27',
        'ders36-28',
        'ders36-29',
        'ders36-30',
        'ders36-31',
        'ders36-32',
        'ders36-33',
        'ders36-34',
        'ders36-35',
        'ders36-36',
      ],
      reversed: ['ders36-1', 'ders36-2', 'ders36-6', 'ders36-7', 'ders36-8', 'ders36-10', 'ders36-17', 'ders36-20', 'ders36-22', 'ders36-24', 'ders36-34'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the DERS, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const ders36Verification: readonly string[] = [
  'Key CORROBORATED by two independent public sources read with the search tool: the DERS scoring page of sphsoutcomes.net (http://sphsoutcomes.net/node/353: Nonacceptance 11, 12, 21, 23, 25, 29; Goals 13, 18, 20R, 26, 33; Impulse 3, 14, 19, 24R, 27, 32; Awareness 2R, 6R, 8R, 10R, 17R, 34R; Strategies 15, 16, 22R, 28, 30, 31, 35, 36; Clarity 1R, 4, 5, 7R, 9) and UNCDEPENdLab/dependlab R/score_ders.R (reverse_keys c(1, 2, 6, 7, 8, 10, 17, 20, 22, 24, 34), reversal max + min − x, the same six item sets, rowSums for subscales and total). A DERS-36 scoring form (PDF in the public repository goodsch/brain_explore, assessments/DERS-36.pdf) is reported to say "Reverse-scored items are numbered 1, 2, 6, 7, 8, 10, 17, 20, 22, 24 and 34", but it could not be read as text here: UNVERIFIED against that form. The key was not read in Gratz & Roemer (2004) itself.',
  'Scoring CORROBORATED: sums; total 36–180 and higher = more difficulty (sphsoutcomes.net: "180 is the highest possible score", "Higher score = Greater difficulty with emotion regulation"). Reversal 6 − x on 1–5, applied in the subscales and the total alike.',
  'Anchors CORROBORATED on a copy of the DERS form (scribd.com/document/395772208), matching the DERS-18 and DERS-SF forms built from it: 1 almost never (0–10%), 2 sometimes (11–35%), 3 about half the time (36–65%), 4 most of the time (66–90%), 5 almost always (91–100%).',
  'No cut-offs or norms from the authors are applied. Missing data: labs impute (dependlab ≤20 % missing; ABCD parent report ≤1 of 6) but no official rule was found (UNVERIFIED); no prorating by default.',
  'Licence: UNVERIFIED (not found); item text withheld.',
];
