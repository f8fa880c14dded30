import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { phqDifficulty, phqFrequency } from './_shared/phq.js';

/**
 * GAD-7, the Generalized Anxiety Disorder 7-item scale (Spitzer, Kroenke, Williams & Löwe 2006):
 * seven anxiety items over the last 2 weeks, summed 0–21, with the standard severity bands.
 *
 * - **Total** (`total`, LOINC 70274-6): items 1–7, 0 = Not at all … 3 = Nearly every day. The 0
 *   anchor is "Not at all" (some copies wrongly print "Not at all sure"). Bands 0–4 Minimal, 5–9
 *   Mild, 10–14 Moderate, 15–21 Severe. A score of 10 or more is the usual cut-off for further
 *   assessment.
 * - **Item 8** (functional difficulty, unnumbered on the form) is never part of the total. It is
 *   reported as the one-item scale `functioning` (0–3); a blank item 8 leaves it without a value
 *   and `complete: false`, while `total` is unaffected. No LOINC code for it was found, so none is
 *   given.
 * - **LOINC quirk**: item 2 (68509-9) codes its value-2 answer as LA18938-3 "More days than not",
 *   not LA6570-1; the item's `answerCodes` carry this. Map answers by item and code, never by one
 *   shared list.
 * - **Missing answers**: no published prorating rule, so a total with a missing item has no value
 *   unless the caller explicitly asks to prorate.
 * - **Licence**: public domain (© Pfizer; no permission required), so item text is included.
 *
 * @example
 * ```ts
 * const r = score(gad7, [2, 1, 2, 1, 1, 2, 1]);
 * r.scales.total.value; // => 10
 * r.scales.total.band?.label; // => 'Moderate'
 * ```
 * @category Instruments
 */
export const gad7 = /* @__PURE__ */ _builtin({
  id: 'gad-7',
  name: 'Generalized Anxiety Disorder 7-item scale',
  abbreviation: 'GAD-7',
  version: '1.0.0',
  description: 'Anxiety symptom severity over the last 2 weeks: seven items summed 0–21, plus one functional-difficulty item that is not scored.',
  citations: [
    {
      text: 'Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B. (2006). A brief measure for assessing generalized anxiety disorder: The GAD-7. Archives of Internal Medicine, 166(10), 1092–1097.',
      doi: '10.1001/archinte.166.10.1092',
    },
    {
      text: 'LOINC 69737-5 Generalized anxiety disorder 7 item (GAD-7); 70274-6 total score [Reported.PHQ]. Regenstrief Institute.',
      url: 'https://loinc.org/69737-5',
    },
    {
      text: 'CamCOPS GAD-7 task documentation (docs/source/tasks/gad7.rst), citing Zorowitz et al. (2021), Lancet Psychiatry 8:180, on the "Not at all sure" reproduction error.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
  ],
  licence: {
    summary:
      'Public domain. Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.phqscreeners.com/',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  code: { system: 'http://loinc.org', code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
  responseScales: { default: phqFrequency, difficulty: phqDifficulty },
  items: [
    {
      number: 1,
      id: 'gad7-1',
      text: 'Feeling nervous, anxious, or on edge',
      code: { system: 'http://loinc.org', code: '69725-0', display: 'Feeling nervous, anxious or on edge' },
    },
    {
      number: 2,
      id: 'gad7-2',
      text: 'Not being able to stop or control worrying',
      code: { system: 'http://loinc.org', code: '68509-9', display: 'Over the past 2 weeks have you not been able to stop or control worrying' },
      answerCodes: [{ value: 2, code: { system: 'http://loinc.org', code: 'LA18938-3', display: 'More days than not' } }],
    },
    {
      number: 3,
      id: 'gad7-3',
      text: 'Worrying too much about different things',
      code: { system: 'http://loinc.org', code: '69733-4', display: 'Worrying too much about different things' },
    },
    {
      number: 4,
      id: 'gad7-4',
      text: 'Trouble relaxing',
      code: { system: 'http://loinc.org', code: '69734-2', display: 'Trouble relaxing' },
    },
    {
      number: 5,
      id: 'gad7-5',
      text: 'Being so restless that it is hard to sit still',
      code: { system: 'http://loinc.org', code: '69735-9', display: 'Being so restless that it is hard to sit still' },
    },
    {
      number: 6,
      id: 'gad7-6',
      text: 'Becoming easily annoyed or irritable',
      code: { system: 'http://loinc.org', code: '69689-8', display: 'Becoming easily annoyed or irritable' },
    },
    {
      number: 7,
      id: 'gad7-7',
      text: 'Feeling afraid, as if something awful might happen',
      code: { system: 'http://loinc.org', code: '69736-7', display: 'Feeling afraid as if something awful might happen' },
    },
    {
      number: 8,
      id: 'gad7-8',
      responseScale: 'difficulty',
      text: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
    },
  ],
  scales: [
    {
      id: 'total',
      label: 'GAD-7 total score',
      items: ['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7'],
      aggregate: 'sum',
      higherIs: 'worse',
      code: { system: 'http://loinc.org', code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
      bands: [
        { min: 0, max: 4, label: 'Minimal' },
        { min: 5, max: 9, label: 'Mild' },
        { min: 10, max: 14, label: 'Moderate' },
        { min: 15, max: 21, label: 'Severe' },
      ],
    },
    {
      id: 'functioning',
      label: 'Functional difficulty (not part of the total)',
      items: ['gad7-8'],
      aggregate: 'sum',
      higherIs: 'worse',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the GAD-7, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const gad7Verification: readonly string[] = [
  'Scoring VERIFIED: items 1–7 summed 0–21, no reversal; bands 0–4 / 5–9 / 10–14 / 15–21 (cut-points 5, 10, 15 for mild, moderate and severe: CORROBORATED by the awell-health/awell-score GAD-7 README, citing Spitzer et al. 2006; the CamCOPS gad7.rst (ucam-department-of-psychiatry/camcops) gives the ≥10 screening cut-off; both read with the search tool). No LOINC answer list for the bands was found, so bands carry no codes.',
  'LOINC codes VERIFIED: panel 69737-5; items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8, 69736-7; total 70274-6 (LHC-Forms GAD-7 Questionnaire, lformsVersion 34.3.0, read with the search tool). loinc.org/LL358-3 lists 69689-8, 69735-9 and 69736-7 among its users but not 68509-9.',
  'Item 2 quirk VERIFIED: the LHC-Forms Questionnaire codes the value-2 answer of 68509-9 as LA18938-3 "More days than not"; two further independent public files (a Java test and a TypeScript GAD-7 scorer) use the same code. The HL7 PHR IG example uses LA6570-1 for item 2 instead, so a receiver should accept both for value 2 of item 2.',
  'Item 6 (69689-8) has a "last 4 weeks" time aspect in LOINC (borrowed from the PHQ); this does not change scoring.',
  'Functional-difficulty item: present on the form, never scored (VERIFIED on form copies). Its LOINC question code is UNVERIFIED (the LHC-Forms 69737-5 panel has no such item), so none is given; its answers reuse the LOINC answer concepts of PHQ-9 item 69722-7 (LA6572-7, LA6573-5, LA6575-0, LA6574-3). It is numbered 8 here for data entry only, and reported as the one-item scale `functioning` (0–3, no bands), never added to `total`.',
  'Item text follows the Pfizer form as widely reproduced (CORROBORATED by several independent copies found with the search tool); LOINC displays differ in punctuation and rephrase item 2 as a question.',
  'Missing data: no official rule found (UNVERIFIED); no prorating is applied.',
];
