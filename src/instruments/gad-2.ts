import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { phqFrequency } from './_shared/phq.js';

/**
 * GAD-2, the two-item anxiety screener (Kroenke, Spitzer, Williams, Monahan & Löwe 2007): items 1
 * and 2 of the GAD-7 (feeling nervous, anxious or on edge; not being able to stop or control
 * worrying) over the last 2 weeks, summed 0–6.
 *
 * - **Total** (`total`): 0 = Not at all … 3 = Nearly every day on each item. A total of **3 or
 *   more is a positive screen** (the cut-off of Kroenke et al. 2007), and the band says so: 0–2
 *   "Negative screen", 3–6 "Positive screen". A positive screen means the person should be
 *   assessed further (for example with the full GAD-7); it is not a diagnosis.
 * - **LOINC**: the items carry the GAD-7 item codes (69725-0, 68509-9). Item 2 codes its value-2
 *   answer as LA18938-3 "More days than not", as on the GAD-7. No LOINC panel or total-score code
 *   for the GAD-2 was confirmed, so none is given.
 * - **Missing answers**: with one of the two items blank the total has no value (no prorating).
 * - **Licence**: public domain (© Pfizer; no permission required), so item text is included.
 *
 * @example
 * ```ts
 * const r = score(gad2, [1, 1]);
 * r.scales.total.value; // => 2
 * r.scales.total.band?.label; // => 'Negative screen'
 * ```
 * @category Instruments
 */
export const gad2 = /* @__PURE__ */ _builtin({
  id: 'gad-2',
  name: 'Generalized Anxiety Disorder 2-item scale',
  abbreviation: 'GAD-2',
  version: '1.0.0',
  description: 'A two-item anxiety screener (GAD-7 items 1 and 2) over the last 2 weeks, summed 0–6; 3 or more is a positive screen.',
  citations: [
    {
      text: 'Kroenke, K., Spitzer, R. L., Williams, J. B. W., Monahan, P. O., & Löwe, B. (2007). Anxiety disorders in primary care: Prevalence, impairment, comorbidity, and detection. Annals of Internal Medicine, 146(5), 317–325.',
      doi: '10.7326/0003-4819-146-5-200703060-00004',
    },
    {
      text: 'LOINC 69737-5 Generalized anxiety disorder 7 item (GAD-7): item codes 69725-0 and 68509-9. Regenstrief Institute.',
      url: 'https://loinc.org/69737-5',
    },
  ],
  licence: {
    summary:
      'Public domain. Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.phqscreeners.com/',
  },
  notes: [
    'Scoring CORROBORATED: the GAD-2 is items 1 and 2 of the GAD-7, summed 0–6, no reversal (several independent clinical summaries and scoring implementations citing Kroenke et al. 2007 agree; the article itself was not read here).',
    'Cut-off: a total of 3 or more as a positive screen is the cut-off of Kroenke et al. (2007), CORROBORATED (the article itself was not read here; several independent clinical summaries found with the search tool agree, quoting a sensitivity of 86% and a specificity of 83% at 3, though they differ on whether for generalised anxiety disorder or any anxiety disorder).',
    'Band labels "Negative screen" and "Positive screen" are ours; they state the cut-off plainly. No LOINC answer list codes the screen result, so the bands carry no codes.',
    'LOINC: the item codes 69725-0 and 68509-9 and the LA18938-3 answer code of 68509-9 at value 2 are those of the GAD-7 definition (LHC-Forms GAD-7 Questionnaire). A LOINC panel and total-score code for the GAD-2 were searched for and not found (UNVERIFIED whether they exist), so the definition and total carry none.',
    'Missing data: no prorating rule for two items (UNVERIFIED whether any source allows one); none is applied. Public domain licence: the same Pfizer terms as the GAD-7 (LOINC copyright text on the GAD-7 panel).',
  ],
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  responseScales: { default: phqFrequency },
  items: [
    {
      number: 1,
      id: 'gad2-1',
      text: 'Feeling nervous, anxious, or on edge',
      code: { system: 'http://loinc.org', code: '69725-0', display: 'Feeling nervous, anxious or on edge' },
    },
    {
      number: 2,
      id: 'gad2-2',
      text: 'Not being able to stop or control worrying',
      code: { system: 'http://loinc.org', code: '68509-9', display: 'Over the past 2 weeks have you not been able to stop or control worrying' },
      answerCodes: [{ value: 2, code: { system: 'http://loinc.org', code: 'LA18938-3', display: 'More days than not' } }],
    },
  ],
  scales: [
    {
      id: 'total',
      label: 'GAD-2 total score',
      items: ['gad2-1', 'gad2-2'],
      aggregate: 'sum',
      higherIs: 'worse',
      bands: [
        { min: 0, max: 2, label: 'Negative screen' },
        { min: 3, max: 6, label: 'Positive screen' },
      ],
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
