import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * WAI-SR, the Working Alliance Inventory–Short Revised, client form (Hatcher & Gillaspy 2006):
 * 12 items on 1–5 (Seldom … Always); Goal, Task and Bond subscales and a total, each as a **mean**
 * (1–5; higher = stronger alliance).
 *
 * - **Key**: Goal 4, 6, 8, 11; Task 1, 2, 10, 12; Bond 3, 5, 7, 9. No item is reverse-worded.
 * - **Score by label, never by the position of the ticked box.** The printed form runs the answer
 *   choices Always → Seldom on items 2, 5, 6, 8, 10 and 11 (`printedOrder: 'descending'`) and
 *   Seldom → Always on the others. Coding the box position (1 = leftmost) silently reverses those
 *   six items. Always record Seldom = 1 … Always = 5 whatever the layout.
 * - **Mean, not sum**: the authors' preference is unverified. Means keep every score on the
 *   answer metric (3 = "Fairly often"), so subscales and total compare directly. For sums
 *   multiply by the item count (subscales × 4, 4–20; total × 12, 12–60).
 * - No cut-offs. No missing-data rule: no prorating by default.
 * - Item text is not shipped: © Adam Horvath; commercial use needs permission via the Society for
 *   Psychotherapy Research.
 *
 * @example
 * ```ts
 * const r = score(waiSr, [4, 4, 5, 3, 5, 3, 5, 3, 5, 4, 3, 4]);
 * r.scales.bond.value; // => 5
 * r.scales.total.value; // => 4
 * ```
 * @category Instruments
 */
export const waiSr = /* @__PURE__ */ _builtin({
  id: 'wai-sr',
  name: 'Working Alliance Inventory–Short Revised (client form)',
  abbreviation: 'WAI-SR',
  version: '1.0.0',
  description: 'The client-rated therapeutic alliance: agreement on goals, agreement on tasks and the emotional bond. Higher = stronger alliance.',
  citations: [
    {
      text: 'Hatcher, R. L., & Gillaspy, J. A. (2006). Development and validation of a revised short version of the Working Alliance Inventory. Psychotherapy Research, 16(1), 12–25.',
      doi: '10.1080/10503300500352500',
    },
    {
      text: 'Horvath, A. O., & Greenberg, L. S. (1989). Development and validation of the Working Alliance Inventory. Journal of Counseling Psychology, 36(2), 223–233.',
      doi: '10.1037/0022-0167.36.2.223',
    },
  ],
  licence: {
    summary:
      'Items copyright © Adam Horvath. The forms are openly downloadable from the WAI website, but permission (via the Society for Psychotherapy Research) is needed for commercial use, and a Limited Copyright Release is advised for translations. Item text is not included: obtain it and the needed permission, then supply it in your app.',
    itemTextIncluded: false,
    url: 'https://wai.profhorvath.com/downloads',
  },
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Seldom' },
        { value: 2, label: 'Sometimes' },
        { value: 3, label: 'Fairly often' },
        { value: 4, label: 'Very often' },
        { value: 5, label: 'Always' },
      ],
    },
  },
  items: [
    { number: 1, id: 'waisr-1', printedOrder: 'ascending', gloss: 'clearer about how I might change (task)' },
    { number: 2, id: 'waisr-2', printedOrder: 'descending', gloss: 'therapy gives new ways of seeing my problem (task)' },
    { number: 3, id: 'waisr-3', printedOrder: 'ascending', gloss: 'believe the therapist likes me (bond)' },
    { number: 4, id: 'waisr-4', printedOrder: 'ascending', gloss: 'we collaborate on setting goals (goal)' },
    { number: 5, id: 'waisr-5', printedOrder: 'descending', gloss: 'we respect each other (bond)' },
    { number: 6, id: 'waisr-6', printedOrder: 'descending', gloss: 'working toward mutually agreed goals (goal)' },
    { number: 7, id: 'waisr-7', printedOrder: 'ascending', gloss: 'therapist appreciates me (bond)' },
    { number: 8, id: 'waisr-8', printedOrder: 'descending', gloss: 'agree on what is important to work on (goal)' },
    { number: 9, id: 'waisr-9', printedOrder: 'ascending', gloss: 'therapist cares even when I do things they disapprove of (bond)' },
    { number: 10, id: 'waisr-10', printedOrder: 'descending', gloss: 'what I do in therapy will help me change (task)' },
    { number: 11, id: 'waisr-11', printedOrder: 'descending', gloss: 'shared understanding of the changes that would be good (goal)' },
    { number: 12, id: 'waisr-12', printedOrder: 'ascending', gloss: 'the way we work on my problem is correct (task)' },
  ],
  scales: [
    { id: 'goal', label: 'Goal', items: ['waisr-4', 'waisr-6', 'waisr-8', 'waisr-11'], aggregate: 'mean', higherIs: 'better' },
    { id: 'task', label: 'Task', items: ['waisr-1', 'waisr-2', 'waisr-10', 'waisr-12'], aggregate: 'mean', higherIs: 'better' },
    { id: 'bond', label: 'Bond', items: ['waisr-3', 'waisr-5', 'waisr-7', 'waisr-9'], aggregate: 'mean', higherIs: 'better' },
    {
      id: 'total',
      label: 'Working alliance total (mean)',
      items: ['waisr-1', 'waisr-2', 'waisr-3', 'waisr-4', 'waisr-5', 'waisr-6', 'waisr-7', 'waisr-8', 'waisr-9', 'waisr-10', 'waisr-11', 'waisr-12'],
      aggregate: 'mean',
      higherIs: 'better',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the WAI-SR, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const waiSrVerification: readonly string[] = [
  'Key UNVERIFIED against the primary source: Goal 4, 6, 8, 11; Task 1, 2, 10, 12; Bond 3, 5, 7, 9, as listed by one secondary source read here, a clinical scoring guide that cites Hatcher & Gillaspy (2006) (https://docs.getrivet.ca/clinical-templates/specialized/wai-sr, read with the search tool). The client form (PDF in the public repository goodsch/brain_explore, assessments/WAI-SR-Client.pdf) is reported to carry the footnote "Goal Items: 4, 6, 8, 11; Task Items: 1, 2, 10, 12; Bond Items: 3, 5, 7, 9", but it could not be read as text here, and the article was not read. No reverse-worded items: UNVERIFIED against the primary source (the items were not read here).',
  'Printed answer order: items 2, 5, 6, 8, 10, 11 run Always → Seldom and the rest Seldom → Always on the client form, as reported for the same PDF; UNVERIFIED against the primary source. Score by label, never by box position; see printedOrder on each item.',
  'Anchors VERIFIED (Seldom, Sometimes, Fairly often, Very often, Always); the 1–5 coding is not printed on the form and is CORROBORATED.',
  'Sum vs mean: which the authors prefer is UNVERIFIED (the article was not readable here). We chose the mean for subscales and total because it stays on the 1–5 answer metric and makes Goal, Task, Bond and total directly comparable; published studies commonly report WAI-SR mean item scores (e.g. a secondary summary of a chatbot study reporting a WAI-SR score of 3.03, SD 0.8). Sums are mean × 4 (subscales) and mean × 12 (total).',
  'Citation and DOI CORROBORATED; the parent WAI (Horvath & Greenberg 1989) DOI CORROBORATED by several independent public citations found with the search tool. Not the WAI (36 items, 7-point) nor the WAI-S (Tracey & Kokotovic 1989, 7-point); the German validation (Munder et al. 2010) is sometimes wrongly credited with the WAI-SR.',
  'Cut-offs: none. Missing data: no rule found (UNVERIFIED); no prorating. Licence: copyright line VERIFIED; access and SPR permission terms CORROBORATED (McGill MAPPRO; Rehab Measures).',
];
