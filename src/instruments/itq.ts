import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

const ENDORSED = 2;
const criterion = <const TItem extends string, const TGroup extends string>(item: TItem, group: TGroup) => ({ item, min: ENDORSED, group }) as const;

/**
 * ITQ, the International Trauma Questionnaire (Cloitre et al. 2018): the self-report measure of
 * ICD-11 PTSD and complex PTSD. Six PTSD symptoms (P1–P6) and three PTSD functional-impairment
 * items (P7–P9), six disturbances-in-self-organisation symptoms (C1–C6) and three DSO
 * functional-impairment items (C7–C9), each rated 0 ("Not at all") to 4 ("Extremely").
 *
 * - **Diagnosis** (`diagnosis`, the published algorithm; an item is endorsed at **2 or more**):
 *   PTSD needs one of P1/P2 (re-experiencing in the here and now), one of P3/P4 (avoidance), one of
 *   P5/P6 (sense of current threat) and one of P7–P9 (functional impairment). Complex PTSD needs all
 *   of that plus one of C1/C2 (affective dysregulation), one of C3/C4 (negative self-concept), one
 *   of C5/C6 (disturbances in relationships) and one of C7–C9 (DSO functional impairment). The two
 *   are **mutually exclusive**: someone who meets complex PTSD is not also given PTSD. The value is
 *   the number of the 18 items endorsed. A self-report result needs a clinician's confirmation.
 * - **Symptom sums** (not diagnostic): `ptsd_symptoms` (P1–P6) and `dso_symptoms` (C1–C6), 0–24
 *   each. The functional-impairment items count only in the diagnosis; each is also reported
 *   as a one-item scale (`ptsd_impairment_relationships` … `dso_impairment_other`), never summed.
 * - **Missing answers**: any blank among the 18 items leaves the diagnosis without a value.
 * - **Licence**: free to use (Cloitre et al. 2018: "The measure is freely available"), but the
 *   article is © John Wiley & Sons and no licence to redistribute the wording in software was
 *   found, so **item text is not included**.
 *
 * @example
 * ```ts
 * // P1 3, P4 2, P6 2, P8 2; C1 2, C3 3, C6 2, C7 2: complex PTSD (not also PTSD)
 * const r = score(itq, [3, 0, 0, 2, 0, 2, 0, 2, 0, 2, 0, 3, 0, 0, 2, 2, 0, 0]);
 * r.derived.diagnosis.label; // => 'Complex PTSD'
 * r.scales.ptsd_symptoms.value; // => 7
 * ```
 * @category Instruments
 */
export const itq = /* @__PURE__ */ _builtin({
  id: 'itq',
  name: 'International Trauma Questionnaire',
  abbreviation: 'ITQ',
  version: '1.0.0',
  description:
    'ICD-11 PTSD and complex PTSD over the past month: 12 symptom items and 6 functional-impairment items rated 0–4, with the published diagnostic algorithm (PTSD and complex PTSD mutually exclusive).',
  citations: [
    {
      text: 'Cloitre, M., Shevlin, M., Brewin, C. R., Bisson, J. I., Roberts, N. P., Maercker, A., Karatzias, T., & Hyland, P. (2018). The International Trauma Questionnaire: Development of a self-report measure of ICD-11 PTSD and complex PTSD. Acta Psychiatrica Scandinavica, 138(6), 536–546.',
      doi: '10.1111/acps.12956',
    },
    {
      text: 'ITQ scoring instructions (diagnostic scoring for PTSD and CPTSD), as reproduced in the Australian Comorbidity Guidelines, Appendix P: "ITQ: Scoring and interpretation".',
      url: 'https://comorbidityguidelines.org.au/appendix-p-the-international-trauma-questionnaire-itq/itq-scoring-and-interpretation',
    },
  ],
  licence: {
    summary:
      'Free to use: the authors publish the ITQ in the body of Cloitre et al. (2018), "freely available". The article is © John Wiley & Sons, and no licence to redistribute the item wording in software was found, so item text is not included: the key and the diagnostic algorithm are. Take the wording from the article or the authors\' release and supply it in your app.',
    itemTextIncluded: false,
    url: 'https://doi.org/10.1111/acps.12956',
  },
  notes: [
    'Diagnostic algorithm VERIFIED against the ITQ scoring instructions as reproduced in the Australian Comorbidity Guidelines (Appendix P) and corroborated by PsyPack\'s copy (Re_dx, Av_dx, Th_dx, PTSDFI; AD_dx, NSC_dx, DR_dx, DSOFI): endorsement = a score of 2 or more; PTSD = one of P1/P2, one of P3/P4, one of P5/P6 and one of P7–P9; CPTSD = the PTSD criteria plus one of C1/C2, C3/C4, C5/C6 and one of C7–C9; "An individual can receive either a diagnosis of PTSD or CPTSD, but not both."',
    'The mutual exclusion is coded by order: the `diagnosis` outcomes are tried in order, complex PTSD first, so a person who meets complex PTSD is never labelled PTSD. DSO criteria without the PTSD criteria give neither diagnosis (as the algorithm states: CPTSD requires the PTSD criteria).',
    "Items and clusters CORROBORATED: 12 symptom items, two per cluster (Re, Av, Th; AD, NSC, DR), and three functional-impairment items for each part (relationships or social life; work or ability to work; other important parts of life), all rated 0 Not at all to 4 Extremely (Cloitre et al. 2018 abstract and a validation study's method section). The printed order P1–P9 then C1–C9 follows the scoring instructions' item names.",
    'Symptom sums `ptsd_symptoms` (P1–P6) and `dso_symptoms` (C1–C6): the item membership is VERIFIED; the sums as scores are common in ITQ research but were not read in the scoring instructions (UNVERIFIED as a published score). No bands: the source gives none.',
    'Licence: "The measure is freely available and can be found in the body of this paper" (Cloitre et al. 2018 abstract, read on the publisher\'s record). No statement allowing redistribution of the text in software was found; item text withheld (UNVERIFIED whether the authors would allow it).',
    'LOINC: no ITQ panel or score code was found; none is given (UNVERIFIED whether one exists).',
    'Missing data: the instructions give no rule for missing items; the diagnosis needs all 18 items (UNVERIFIED whether a partial form may be scored).',
  ],
  responseScales: {
    default: {
      min: 0,
      max: 4,
      anchors: [
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'A little bit' },
        { value: 2, label: 'Moderately' },
        { value: 3, label: 'Quite a bit' },
        { value: 4, label: 'Extremely' },
      ],
    },
  },
  items: [
    { number: 1, id: 'itq-p1', gloss: 'upsetting dreams replaying the experience (re-experiencing)' },
    { number: 2, id: 'itq-p2', gloss: 'feeling it is happening again in the here and now (re-experiencing)' },
    { number: 3, id: 'itq-p3', gloss: 'avoiding internal reminders: thoughts, feelings (avoidance)' },
    { number: 4, id: 'itq-p4', gloss: 'avoiding external reminders: people, places, situations (avoidance)' },
    { number: 5, id: 'itq-p5', gloss: 'being on guard, watchful (sense of current threat)' },
    { number: 6, id: 'itq-p6', gloss: 'jumpy, easily startled (sense of current threat)' },
    { number: 7, id: 'itq-p7', gloss: 'these problems affected relationships or social life (PTSD impairment)' },
    { number: 8, id: 'itq-p8', gloss: 'these problems affected work or ability to work (PTSD impairment)' },
    { number: 9, id: 'itq-p9', gloss: 'these problems affected another important part of life (PTSD impairment)' },
    { number: 10, id: 'itq-c1', gloss: 'slow to calm down when upset (affective dysregulation)' },
    { number: 11, id: 'itq-c2', gloss: 'numb or emotionally shut down (affective dysregulation)' },
    { number: 12, id: 'itq-c3', gloss: 'feeling a failure (negative self-concept)' },
    { number: 13, id: 'itq-c4', gloss: 'feeling worthless (negative self-concept)' },
    { number: 14, id: 'itq-c5', gloss: 'feeling distant or cut off from people (disturbances in relationships)' },
    { number: 15, id: 'itq-c6', gloss: 'hard to stay emotionally close to people (disturbances in relationships)' },
    { number: 16, id: 'itq-c7', gloss: 'these problems affected relationships or social life (DSO impairment)' },
    { number: 17, id: 'itq-c8', gloss: 'these problems affected work or ability to work (DSO impairment)' },
    { number: 18, id: 'itq-c9', gloss: 'these problems affected another important part of life (DSO impairment)' },
  ],
  scales: [
    {
      id: 'ptsd_symptoms',
      label: 'PTSD symptoms (P1–P6)',
      items: ['itq-p1', 'itq-p2', 'itq-p3', 'itq-p4', 'itq-p5', 'itq-p6'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    {
      id: 'dso_symptoms',
      label: 'Disturbances in self-organisation (C1–C6)',
      items: ['itq-c1', 'itq-c2', 'itq-c3', 'itq-c4', 'itq-c5', 'itq-c6'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    // The functional-impairment items are used by the diagnosis, not summed: each is reported as a one-item scale.
    {
      id: 'ptsd_impairment_relationships',
      label: 'P7: PTSD problems affect relationships or social life',
      items: ['itq-p7'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    { id: 'ptsd_impairment_work', label: 'P8: PTSD problems affect work or ability to work', items: ['itq-p8'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'ptsd_impairment_other', label: 'P9: PTSD problems affect another important part of life', items: ['itq-p9'], aggregate: 'sum', higherIs: 'worse' },
    {
      id: 'dso_impairment_relationships',
      label: 'C7: DSO problems affect relationships or social life',
      items: ['itq-c7'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
    { id: 'dso_impairment_work', label: 'C8: DSO problems affect work or ability to work', items: ['itq-c8'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'dso_impairment_other', label: 'C9: DSO problems affect another important part of life', items: ['itq-c9'], aggregate: 'sum', higherIs: 'worse' },
  ],
  derived: [
    {
      kind: 'criteria-count',
      id: 'diagnosis',
      label: 'ICD-11 PTSD or complex PTSD (ITQ diagnostic algorithm)',
      criteria: [
        criterion('itq-p1', 're'),
        criterion('itq-p2', 're'),
        criterion('itq-p3', 'av'),
        criterion('itq-p4', 'av'),
        criterion('itq-p5', 'th'),
        criterion('itq-p6', 'th'),
        criterion('itq-p7', 'ptsd_fi'),
        criterion('itq-p8', 'ptsd_fi'),
        criterion('itq-p9', 'ptsd_fi'),
        criterion('itq-c1', 'ad'),
        criterion('itq-c2', 'ad'),
        criterion('itq-c3', 'nsc'),
        criterion('itq-c4', 'nsc'),
        criterion('itq-c5', 'dr'),
        criterion('itq-c6', 'dr'),
        criterion('itq-c7', 'dso_fi'),
        criterion('itq-c8', 'dso_fi'),
        criterion('itq-c9', 'dso_fi'),
      ],
      core: [],
      outcomes: [
        {
          label: 'Complex PTSD',
          minCount: 0,
          requiresCore: false,
          minPerGroup: { re: 1, av: 1, th: 1, ptsd_fi: 1, ad: 1, nsc: 1, dr: 1, dso_fi: 1 },
        },
        { label: 'PTSD', minCount: 0, requiresCore: false, minPerGroup: { re: 1, av: 1, th: 1, ptsd_fi: 1 } },
        { label: 'Neither PTSD nor complex PTSD', minCount: 0, requiresCore: false },
      ],
      source:
        'Cloitre et al. (2018), doi:10.1111/acps.12956, and the ITQ scoring instructions: an item is endorsed at 2 or more; complex PTSD is tried first, so PTSD and complex PTSD are mutually exclusive.',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
