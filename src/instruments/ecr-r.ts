import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { agree7 } from './_shared/scales.js';

/**
 * ECR-R, the Experiences in Close Relationships–Revised (Fraley, Waller & Brennan 2000): 36 items,
 * attachment anxiety and avoidance as means on 1–7.
 *
 * Numbering: **Fraley's published listing** (anxiety = items 1–18, avoidance = items 19–36). Other
 * forms interleave the items (odd = avoidance); never use this key with such a form.
 * Reverse-keyed (8 − x): anxiety 9, 11; avoidance 20, 22, 26–31, 33–36. Item 21 is *not* reversed
 * (Fraley's 2013-06-05 correction). No cut-offs are published: classify with
 * `classifyAttachment` and an explicit method. No missing-data rule is published, so a subscale
 * with any missing item has no value unless the caller asks to prorate.
 * Item text is not shipped (licence for the ECR-R is unverified): apps supply their own.
 *
 * @example
 * ```ts
 * const r = score(ecrR, Array(36).fill(4));
 * r.scales.anxiety.value; // => 4
 * ```
 * @category Instruments
 */
export const ecrR = /* @__PURE__ */ _builtin({
  id: 'ecr-r',
  name: 'Experiences in Close Relationships–Revised',
  abbreviation: 'ECR-R',
  version: '1.0.0',
  description: 'Adult romantic attachment: anxiety (fear of rejection and abandonment) and avoidance (discomfort with closeness and dependence).',
  citations: [
    {
      text: 'Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. Journal of Personality and Social Psychology, 78(2), 350–365.',
      doi: '10.1037/0022-3514.78.2.350',
      url: 'https://labs.psychology.illinois.edu/~rcfraley/measures/ecrr.htm',
    },
  ],
  licence: {
    summary:
      'Free research use is widely reported; the terms for the ECR-R itself (and for commercial use) are unverified. Item text is not included: obtain it from the authors and supply it in your app.',
    itemTextIncluded: false,
    url: 'https://labs.psychology.illinois.edu/~rcfraley/measures/ecrr.htm',
  },
  responseScales: { default: agree7 },
  items: [
    { number: 1, id: 'ecrr-1', gloss: "afraid of losing partner's love" },
    { number: 2, id: 'ecrr-2', gloss: "worry partner won't want to stay" },
    { number: 3, id: 'ecrr-3', gloss: "worry partner doesn't really love me" },
    { number: 4, id: 'ecrr-4', gloss: "worry partner won't care as much as I do" },
    { number: 5, id: 'ecrr-5', gloss: "wish partner's feelings were as strong as mine" },
    { number: 6, id: 'ecrr-6', gloss: 'worry a lot about relationships' },
    { number: 7, id: 'ecrr-7', gloss: 'when partner is away, worry about others' },
    { number: 8, id: 'ecrr-8', gloss: "fear feelings won't be returned" },
    { number: 9, id: 'ecrr-9', gloss: 'rarely worry about partner leaving (reversed)' },
    { number: 10, id: 'ecrr-10', gloss: 'partner makes me doubt myself' },
    { number: 11, id: 'ecrr-11', gloss: 'do not often worry about being abandoned (reversed)' },
    { number: 12, id: 'ecrr-12', gloss: "partners don't want to be as close as I'd like" },
    { number: 13, id: 'ecrr-13', gloss: 'partner changes feelings for no clear reason' },
    { number: 14, id: 'ecrr-14', gloss: 'desire for closeness scares people away' },
    { number: 15, id: 'ecrr-15', gloss: "fear partner won't like who I really am" },
    { number: 16, id: 'ecrr-16', gloss: "furious when I don't get support I need" },
    { number: 17, id: 'ecrr-17', gloss: "worry I won't measure up" },
    { number: 18, id: 'ecrr-18', gloss: 'partner only notices me when I am angry' },
    { number: 19, id: 'ecrr-19', gloss: 'prefer not to show how I feel deep down' },
    { number: 20, id: 'ecrr-20', gloss: 'comfortable sharing private thoughts (reversed)' },
    { number: 21, id: 'ecrr-21', gloss: 'hard to let myself depend on partners (not reversed)' },
    { number: 22, id: 'ecrr-22', gloss: 'comfortable being close (reversed)' },
    { number: 23, id: 'ecrr-23', gloss: 'uncomfortable opening up' },
    { number: 24, id: 'ecrr-24', gloss: 'prefer not to be too close' },
    { number: 25, id: 'ecrr-25', gloss: 'uncomfortable when partner wants closeness' },
    { number: 26, id: 'ecrr-26', gloss: 'easy to get close (reversed)' },
    { number: 27, id: 'ecrr-27', gloss: 'not difficult to get close (reversed)' },
    { number: 28, id: 'ecrr-28', gloss: 'discuss problems with partner (reversed)' },
    { number: 29, id: 'ecrr-29', gloss: 'helps to turn to partner (reversed)' },
    { number: 30, id: 'ecrr-30', gloss: 'tell partner just about everything (reversed)' },
    { number: 31, id: 'ecrr-31', gloss: 'talk things over with partner (reversed)' },
    { number: 32, id: 'ecrr-32', gloss: 'nervous when partners get too close' },
    { number: 33, id: 'ecrr-33', gloss: 'comfortable depending on partners (reversed)' },
    { number: 34, id: 'ecrr-34', gloss: 'easy to depend on partners (reversed)' },
    { number: 35, id: 'ecrr-35', gloss: 'easy to be affectionate (reversed)' },
    { number: 36, id: 'ecrr-36', gloss: 'partner understands my needs (reversed)' },
  ],
  scales: [
    {
      id: 'anxiety',
      label: 'Attachment anxiety',
      items: [
        'ecrr-1',
        'ecrr-2',
        'ecrr-3',
        'ecrr-4',
        'ecrr-5',
        'ecrr-6',
        'ecrr-7',
        'ecrr-8',
        'ecrr-9',
        'ecrr-10',
        'ecrr-11',
        'ecrr-12',
        'ecrr-13',
        'ecrr-14',
        'ecrr-15',
        'ecrr-16',
        'ecrr-17',
        'ecrr-18',
      ],
      reversed: ['ecrr-9', 'ecrr-11'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'avoidance',
      label: 'Attachment avoidance',
      items: [
        'ecrr-19',
        'ecrr-20',
        'ecrr-21',
        'ecrr-22',
        'ecrr-23',
        'ecrr-24',
        'ecrr-25',
        'ecrr-26',
        'ecrr-27',
        'ecrr-28',
        'ecrr-29',
        'ecrr-30',
        'ecrr-31',
        'ecrr-32',
        'ecrr-33',
        'ecrr-34',
        'ecrr-35',
        'ecrr-36',
      ],
      reversed: ['ecrr-20', 'ecrr-22', 'ecrr-26', 'ecrr-27', 'ecrr-28', 'ecrr-29', 'ecrr-30', 'ecrr-31', 'ecrr-33', 'ecrr-34', 'ecrr-35', 'ecrr-36'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the ECR-R, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const ecrRVerification: readonly string[] = [
  "Numbering: Fraley's published listing, anxiety 1–18 and avoidance 19–36. Interleaved forms (odd = avoidance) need a different key.",
  "Key CORROBORATED by four independent secondary sources quoting Fraley's ecrritems.htm (not read directly): reversed 9, 11, 20, 22, 26–31, 33–36; item 21 not reversed.",
  'Scoring: mean of the 18 items of each subscale after reversal (8 − x), range 1–7. Some secondary pages sum; the mean is the rule quoted from Fraley.',
  'No missing-data rule and no norms or cut-offs were found from the authors; none are applied.',
];
