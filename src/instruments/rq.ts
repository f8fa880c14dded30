import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * RQ, the Relationship Questionnaire (Bartholomew & Horowitz 1991): four short paragraphs, one
 * per attachment prototype, each rated 1–7 for how well it describes the person, plus a forced
 * choice of the one that fits best.
 *
 * Item order here: 1 = Secure (paragraph A), 2 = Fearful (B), 3 = Preoccupied (C),
 * 4 = Dismissing (D), 5 = the forced choice (1 = secure, 2 = fearful, 3 = preoccupied,
 * 4 = dismissing). The paragraph letter order is CORROBORATED only by an implementation, so
 * ids and answer labels name the prototype, not the letter. The ratings are the numbers 1–7 with
 * no anchor words: the Bartholomew lab's published description gives the 7-point scale but no
 * anchor wording, so none is shipped (show the wording of the form you use). Derived: model of self = (Secure + Dismissing) −
 * (Fearful + Preoccupied); model of other = (Secure + Preoccupied) − (Fearful + Dismissing)
 * (Griffin & Bartholomew 1994), each −12…+12, higher = more positive. The lab recommends using the
 * ratings continuously rather than as categories; see `rqStyle` for the category and its ties.
 * Paragraph text is not shipped.
 *
 * @example
 * ```ts
 * const r = score(rq, [6, 2, 1, 4, 1]);
 * r.derived['model_of_self'].value; // => 7
 * ```
 * @category Instruments
 */
export const rq = /* @__PURE__ */ _builtin({
  id: 'rq',
  name: 'Relationship Questionnaire',
  abbreviation: 'RQ',
  version: '1.1.0',
  description: 'Ratings of the four attachment prototypes (secure, fearful, preoccupied, dismissing) and a forced choice of the best fit.',
  citations: [
    {
      text: 'Bartholomew, K., & Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. Journal of Personality and Social Psychology, 61(2), 226–244.',
      doi: '10.1037/0022-3514.61.2.226',
    },
    {
      text: 'Griffin, D. W., & Bartholomew, K. (1994). Models of the self and other: Fundamental dimensions underlying measures of adult attachment. Journal of Personality and Social Psychology, 67(3), 430–445.',
    },
  ],
  licence: {
    summary:
      'The RQ paragraphs are widely reprinted by the Bartholomew lab for research use; no explicit licence for redistribution in software was found. Paragraph text is not included: supply it in your app.',
    itemTextIncluded: false,
  },
  responseScales: {
    default: {
      min: 1,
      max: 7,
      anchors: [],
    },
    choice: {
      min: 1,
      max: 4,
      anchors: [
        { value: 1, label: 'Secure' },
        { value: 2, label: 'Fearful' },
        { value: 3, label: 'Preoccupied' },
        { value: 4, label: 'Dismissing' },
      ],
    },
  },
  items: [
    { number: 1, id: 'rq-secure', gloss: 'secure prototype rating (paragraph A)' },
    { number: 2, id: 'rq-fearful', gloss: 'fearful prototype rating (paragraph B)' },
    { number: 3, id: 'rq-preoccupied', gloss: 'preoccupied prototype rating (paragraph C)' },
    { number: 4, id: 'rq-dismissing', gloss: 'dismissing prototype rating (paragraph D)' },
    { number: 5, id: 'rq-choice', responseScale: 'choice', gloss: 'forced choice of the best-fitting paragraph' },
  ],
  scales: [
    { id: 'secure', label: 'Secure rating', items: ['rq-secure'], aggregate: 'sum' },
    { id: 'fearful', label: 'Fearful rating', items: ['rq-fearful'], aggregate: 'sum' },
    { id: 'preoccupied', label: 'Preoccupied rating', items: ['rq-preoccupied'], aggregate: 'sum' },
    { id: 'dismissing', label: 'Dismissing rating', items: ['rq-dismissing'], aggregate: 'sum' },
  ],
  derived: [
    {
      kind: 'linear',
      id: 'model_of_self',
      label: 'Model of self (higher = more positive)',
      terms: [
        { item: 'rq-secure', weight: 1 },
        { item: 'rq-dismissing', weight: 1 },
        { item: 'rq-fearful', weight: -1 },
        { item: 'rq-preoccupied', weight: -1 },
      ],
      source: 'Griffin & Bartholomew (1994), as quoted from the Bartholomew lab',
    },
    {
      kind: 'linear',
      id: 'model_of_other',
      label: 'Model of other (higher = more positive)',
      terms: [
        { item: 'rq-secure', weight: 1 },
        { item: 'rq-preoccupied', weight: 1 },
        { item: 'rq-fearful', weight: -1 },
        { item: 'rq-dismissing', weight: -1 },
      ],
      source: 'Griffin & Bartholomew (1994), as quoted from the Bartholomew lab',
    },
    {
      kind: 'linear',
      id: 'forced_choice',
      label: 'Forced choice (1 = secure, 2 = fearful, 3 = preoccupied, 4 = dismissing)',
      terms: [{ item: 'rq-choice', weight: 1 }],
      source: 'Bartholomew & Horowitz (1991), part 1 of the RQ',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the RQ, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const rqVerification: readonly string[] = [
  'Rating on a 7-point scale, 1–7: VERIFIED (Bartholomew lab RQ page, members.psyc.sfu.ca/labs/kim_bartholomew/attachment/self, read via a copy at nedayemehr.ir: "Participants are asked to rate their degree of correspondence to each prototype on a 7-point scale"). No anchor words are shipped: that page gives none, and the wordings seen elsewhere (for example "It does not describe me at all … It very much describes me" for a Turkish adaptation, psychology.wikia.com) belong to other versions. Show the anchor wording of the RQ form you use.',
  'Model of self and model of other formulas: VERIFIED as formulas from two secondary sources quoting the lab; the Griffin & Bartholomew (1994) DOI is UNVERIFIED and therefore omitted.',
  'Paragraph order A = secure, B = fearful, C = preoccupied, D = dismissing: CORROBORATED by one implementation only; ids name prototypes.',
  "Forced-choice answer labels are the four prototype names of Bartholomew & Horowitz (1991) (secure, fearful, preoccupied, dismissing); the codes 1–4 are this library's own coding, since no published numeric code was found.",
  'Category: the lab says the highest rating can classify, that ties are a problem (resolve with the forced choice; otherwise the case cannot be classified) and that it does NOT recommend categorical use.',
];
