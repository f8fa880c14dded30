import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { phqFrequency } from './_shared/phq.js';

/**
 * PHQ-2, the two-item depression screener (Kroenke, Spitzer & Williams 2003): items 1 and 2 of
 * the PHQ-9 (little interest or pleasure; feeling down, depressed or hopeless) over the last 2
 * weeks, summed 0–6.
 *
 * - **Total** (`total`, LOINC 55758-7): 0 = Not at all … 3 = Nearly every day on each item. A
 *   total of **3 or more is a positive screen** (the cut-off of Kroenke et al. 2003), and the
 *   band says so: 0–2 "Negative screen", 3–6 "Positive screen". A positive screen means the
 *   person should be assessed further (for example with the full PHQ-9); it is not a diagnosis.
 * - **No risk item**: the PHQ-2 does not ask about thoughts of self-harm, so a negative screen
 *   never rules out risk.
 * - **Missing answers**: with one of the two items blank the total has no value (no prorating).
 * - **Licence**: public domain (© Pfizer; no permission required), so item text is included.
 *
 * @example
 * ```ts
 * const r = score(phq2, [2, 1]);
 * r.scales.total.value; // => 3
 * r.scales.total.band?.label; // => 'Positive screen'
 * ```
 * @category Instruments
 */
export const phq2 = /* @__PURE__ */ _builtin({
  id: 'phq-2',
  name: 'Patient Health Questionnaire-2',
  abbreviation: 'PHQ-2',
  version: '1.0.0',
  description: 'A two-item depression screener (PHQ-9 items 1 and 2) over the last 2 weeks, summed 0–6; 3 or more is a positive screen.',
  citations: [
    {
      text: 'Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2003). The Patient Health Questionnaire-2: Validity of a two-item depression screener. Medical Care, 41(11), 1284–1292.',
      doi: '10.1097/01.MLR.0000093487.78664.3C',
    },
    {
      text: 'LOINC 55757-9 Patient Health Questionnaire 2 item (PHQ-2) [Reported]; 55758-7 total score; items 44250-9 and 44255-8. Regenstrief Institute.',
      url: 'https://loinc.org/55757-9',
    },
  ],
  licence: {
    summary:
      'Public domain. Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.phqscreeners.com/',
  },
  notes: [
    'Items and codes VERIFIED on loinc.org/55757-9 (read with the search tool): the panel 55757-9 holds 44250-9 "Little interest or pleasure in doing things", 44255-8 "Feeling down, depressed, or hopeless" and the total 55758-7 "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]". Answers use LOINC list LL358-3, as on the PHQ-9. LOINC also has 58120-7, a CMS variant of the panel with a 2-week time aspect; 55757-9 is the one used here. The code 69737-5 is the GAD-7 panel, not the PHQ-2.',
    'Scoring VERIFIED: total = item 1 + item 2, 0–6, no reversal (LOINC 55757-9; the PHQ-2 is "the first 2 questions of the PHQ-9", Arroll et al. 2010, Annals of Family Medicine 8(4):348, https://www.annfammed.org/content/8/4/348).',
    'Cut-off: a total of 3 or more as a positive screen is the cut-off of Kroenke et al. (2003), CORROBORATED (the article itself was not read here; a published table reproducing the PHQ-2 says "PHQ-2 score ≥ 3 is suggestive of elevated symptoms of depression", https://www.hindawi.com/journals/cpn/2013/695925/tab1/). Arroll et al. (2010) report for major depression a sensitivity of 61% and specificity of 92% at 3 or more, and 86% / 78% at 2 or more: a service may choose the lower cut-off, but the bands here follow the original source.',
    'Band labels "Negative screen" and "Positive screen" are ours; they state the cut-off plainly. No LOINC answer list codes the screen result, so the bands carry no codes.',
    'Missing data: no prorating rule for two items (UNVERIFIED whether any source allows one); none is applied. Public domain licence: the same Pfizer terms as the PHQ-9 (LOINC copyright text on the PHQ panels).',
  ],
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  code: { system: 'http://loinc.org', code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' },
  responseScales: { default: phqFrequency },
  items: [
    {
      number: 1,
      id: 'phq2-1',
      text: 'Little interest or pleasure in doing things',
      code: { system: 'http://loinc.org', code: '44250-9', display: 'Little interest or pleasure in doing things in last 2 weeks' },
    },
    {
      number: 2,
      id: 'phq2-2',
      text: 'Feeling down, depressed, or hopeless',
      code: { system: 'http://loinc.org', code: '44255-8', display: 'Feeling down, depressed, or hopeless in last 2 weeks' },
    },
  ],
  scales: [
    {
      id: 'total',
      label: 'PHQ-2 total score',
      items: ['phq2-1', 'phq2-2'],
      aggregate: 'sum',
      higherIs: 'worse',
      code: { system: 'http://loinc.org', code: '55758-7', display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]' },
      bands: [
        { min: 0, max: 2, label: 'Negative screen' },
        { min: 3, max: 6, label: 'Positive screen' },
      ],
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
