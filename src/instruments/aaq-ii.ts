import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * AAQ-II, the Acceptance and Action Questionnaire–II (Bond et al. 2011): seven statements about
 * psychological inflexibility and experiential avoidance, each rated 1 = Never true … 7 = Always
 * true, summed 7–49. Higher = more psychological inflexibility (less acceptance).
 *
 * - **Total** (`total`): all seven items are worded in the same direction; none is reversed.
 * - **Cut-off guidance, not bands**: scores above about 24–28 are reported to suggest probable
 *   current clinical distress (a mean of 28.3, SD 9.9, in clinical samples and 18.51, SD 7.05, in
 *   non-clinical ones). The guidance is a range, not a band table, so the definition carries no
 *   bands; read the total against it with clinical judgement.
 * - **No risk item**, so no flag.
 * - **Missing answers**: no prorating (a total with any item missing has no value).
 * - **Licence**: free for research and with clients; use in any money-making enterprise needs the
 *   authors' permission. Item text is not included.
 *
 * @example
 * ```ts
 * const r = score(aaqII, [4, 3, 5, 3, 4, 5, 4]);
 * r.scales.total.value; // => 28
 * r.scales.total.band; // => null
 * ```
 * @category Instruments
 */
export const aaqII = /* @__PURE__ */ _builtin({
  id: 'aaq-ii',
  name: 'Acceptance and Action Questionnaire–II',
  abbreviation: 'AAQ-II',
  version: '1.0.0',
  description:
    'Psychological inflexibility and experiential avoidance: seven items rated 1–7, summed 7–49; higher = more inflexibility. Scores above about 24–28 suggest probable clinical distress.',
  citations: [
    {
      text: 'Bond, F. W., Hayes, S. C., Baer, R. A., Carpenter, K. M., Guenole, N., Orcutt, H. K., Waltz, T., & Zettle, R. D. (2011). Preliminary psychometric properties of the Acceptance and Action Questionnaire–II: A revised measure of psychological inflexibility and experiential avoidance. Behavior Therapy, 42(4), 676–688.',
      doi: '10.1016/j.beth.2011.03.007',
    },
    {
      text: 'Association for Contextual Behavioral Science. Acceptance & Action Questionnaire (AAQ) and variations: the 7-item AAQ-II and its terms of use.',
      url: 'https://contextualscience.org/acceptance_action_questionnaire_aaq_and_variations',
    },
  ],
  licence: {
    summary:
      'Permission is given by the authors to use the AAQ-II for research and with clients without further permission; use in any type of money-making enterprise (e.g. consultancy to organisations) needs the authors’ permission (Frank Bond, Goldsmiths, University of London). This package may be used commercially, so the item text is not included: obtain it from the ACBS page and the permission your use needs.',
    itemTextIncluded: false,
    url: 'https://contextualscience.org/acceptance_action_questionnaire_aaq_and_variations',
  },
  notes: [
    'Licence VERIFIED on the Association for Contextual Behavioral Science page (read with the search tool): "Permission is given to use the AAQ-II for research and with clients, and does not require additional author permission. If, however, the AAQ-II was to be used in any type of money making enterprise (e.g., consultancy to organizations), seeking permission is requested by the authors." The same page says the AAQ-II was reduced from 10 to 7 items in 2011; this is the 7-item version.',
    'Response scale and scoring CORROBORATED on a public copy of the form (read with the search tool): 1 never true, 2 very seldom true, 3 seldom true, 4 sometimes true, 5 frequently true, 6 almost always true, 7 always true; "total score" of the seven items; all seven statements are worded toward inflexibility, so none is reversed. The article\'s scoring section was not read here (only its abstract: seven items, mean alpha .84, 3- and 12-month test–retest .81 and .79).',
    'Cut-off guidance UNVERIFIED against the article (read only on the same form copy, which cites Bond et al. 2011): "Average (mean) score in a clinical population was 28.3 (SD 9.9); while in a non-clinical population it was 18.51 (SD 7.05). Scores of >24-28 suggest probable current clinical distress". Because the guidance is a range rather than a band table, no bands are defined (labelling 24–28 ourselves would invent a rule).',
    'Item glosses are our paraphrases for identification only, never item text. Higher totals mean more inflexibility (`higherIs: worse`). LOINC: no AAQ-II code was found (UNVERIFIED whether one exists). Missing data: no published prorating rule was read (UNVERIFIED); none is applied.',
  ],
  responseScales: {
    default: {
      min: 1,
      max: 7,
      anchors: [
        { value: 1, label: 'Never true' },
        { value: 2, label: 'Very seldom true' },
        { value: 3, label: 'Seldom true' },
        { value: 4, label: 'Sometimes true' },
        { value: 5, label: 'Frequently true' },
        { value: 6, label: 'Almost always true' },
        { value: 7, label: 'Always true' },
      ],
    },
  },
  items: [
    { number: 1, id: 'aaq2-1', gloss: 'painful experiences and memories get in the way of a valued life' },
    { number: 2, id: 'aaq2-2', gloss: 'afraid of my feelings' },
    { number: 3, id: 'aaq2-3', gloss: 'worry about not controlling worries and feelings' },
    { number: 4, id: 'aaq2-4', gloss: 'painful memories block a fulfilling life' },
    { number: 5, id: 'aaq2-5', gloss: 'emotions cause problems in my life' },
    { number: 6, id: 'aaq2-6', gloss: 'others seem to handle their lives better' },
    { number: 7, id: 'aaq2-7', gloss: 'worries get in the way of success' },
  ],
  scales: [
    {
      id: 'total',
      label: 'AAQ-II total score',
      items: ['aaq2-1', 'aaq2-2', 'aaq2-3', 'aaq2-4', 'aaq2-5', 'aaq2-6', 'aaq2-7'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
