import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * MAAS, the Mindful Attention Awareness Scale (Brown & Ryan 2003): 15 items, scored as their
 * mean on 1–6; higher = more dispositional mindfulness.
 *
 * **No item is reversed.** Every item describes a lapse of attention, and the answer scale already
 * runs 1 = Almost always … 6 = Almost never, so a higher answer already means more mindfulness.
 * Reverse-coding the MAAS is a well-known scoring error. Record the number next to the label
 * ticked (Almost always = 1). No cut-offs are published. No missing-data rule is published: no
 * prorating by default. Item text is not shipped (licence unverified).
 *
 * @example
 * ```ts
 * const r = score(maas, Array(15).fill(6)); // "Almost never" on every lapse
 * r.scales.total.value; // => 6
 * ```
 * @category Instruments
 */
export const maas = /* @__PURE__ */ _builtin({
  id: 'maas',
  name: 'Mindful Attention Awareness Scale',
  abbreviation: 'MAAS',
  version: '1.0.0',
  description: 'Dispositional mindful attention and awareness in daily life: mean of 15 items (1–6). Higher = more mindful.',
  citations: [
    {
      text: 'Brown, K. W., & Ryan, R. M. (2003). The benefits of being present: Mindfulness and its role in psychological well-being. Journal of Personality and Social Psychology, 84(4), 822–848.',
      doi: '10.1037/0022-3514.84.4.822',
    },
  ],
  licence: {
    summary:
      'Terms not confirmed: free research use with citation is reported, and commercial use is reported to need permission from the Center for Self-Determination Theory (one secondary source). Item text is not included: supply it in your app under terms you have confirmed.',
    itemTextIncluded: false,
  },
  responseScales: {
    default: {
      min: 1,
      max: 6,
      anchors: [
        { value: 1, label: 'Almost always' },
        { value: 2, label: 'Very frequently' },
        { value: 3, label: 'Somewhat frequently' },
        { value: 4, label: 'Somewhat infrequently' },
        { value: 5, label: 'Very infrequently' },
        { value: 6, label: 'Almost never' },
      ],
    },
  },
  items: [
    { number: 1, id: 'maas-1', gloss: 'notice an emotion only later' },
    { number: 2, id: 'maas-2', gloss: 'break or spill things from carelessness' },
    { number: 3, id: 'maas-3', gloss: 'hard to stay focused on the present' },
    { number: 4, id: 'maas-4', gloss: 'walk fast without noticing the way' },
    { number: 5, id: 'maas-5', gloss: 'miss body tension until it is strong' },
    { number: 6, id: 'maas-6', gloss: 'forget a name right after hearing it' },
    { number: 7, id: 'maas-7', gloss: 'running on automatic' },
    { number: 8, id: 'maas-8', gloss: 'rush through activities' },
    { number: 9, id: 'maas-9', gloss: 'lose touch with the present while chasing a goal' },
    { number: 10, id: 'maas-10', gloss: 'do tasks automatically' },
    { number: 11, id: 'maas-11', gloss: 'half-listen while doing something else' },
    { number: 12, id: 'maas-12', gloss: 'drive on automatic pilot' },
    { number: 13, id: 'maas-13', gloss: 'preoccupied with future or past' },
    { number: 14, id: 'maas-14', gloss: 'do things without paying attention' },
    { number: 15, id: 'maas-15', gloss: 'snack without noticing' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Mindful attention awareness (mean)',
      items: [
        'maas-1',
        'maas-2',
        'maas-3',
        'maas-4',
        'maas-5',
        'maas-6',
        'maas-7',
        'maas-8',
        'maas-9',
        'maas-10',
        'maas-11',
        'maas-12',
        'maas-13',
        'maas-14',
        'maas-15',
      ],
      aggregate: 'mean',
      higherIs: 'better',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the MAAS, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const maasVerification: readonly string[] = [
  'Scoring VERIFIED: the Center for Self-Determination Theory (the authors\' centre, http://selfdeterminationtheory.org/mindfulness-attention-awareness): "Based on a mean of all items, MAAS scores can range from 1 to 6. Higher scores indicate greater mindfulness." Corroborated with the search tool: a scoring sheet copy on docslib.org ("Find the average of your score for all 15 items") and statistics.datanalysis.net ("calculated by the average of the 15 responses").',
  'Anchors VERIFIED: 1 Almost always, 2 Very frequently, 3 Somewhat frequently, 4 Somewhat infrequently, 5 Very infrequently, 6 Almost never (form copy; docslib.org copy agrees).',
  'No reversal VERIFIED by the scoring rule: all 15 items describe inattention and the scale runs toward "Almost never" = 6. Reverse-coding is a documented common error (secondary).',
  'Cut-offs: none published. "Low / moderate / high" cut-offs seen on blogs are UNVERIFIED and not applied. Missing data: no rule stated (UNVERIFIED); no prorating.',
  'Licence UNVERIFIED (one secondary source); item text withheld.',
];
