import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { phqFrequency } from './_shared/phq.js';

/**
 * PHQ-8, the eight-item depression measure (Kroenke, Strine, Spitzer, Williams, Berry & Mokdad
 * 2009): items 1–8 of the PHQ-9, without item 9 (thoughts of death or self-harm), summed 0–24.
 * Mostly used in research and population surveys, where a risk item cannot be followed up.
 *
 * - **Total** (`total`): 0 = Not at all … 3 = Nearly every day. Bands as for the PHQ-9, with the
 *   top band ending at 24: 0–4 None/minimal, 5–9 Mild, 10–14 Moderate, 15–19 Moderately severe,
 *   20–24 Severe. A total of 10 or more is the cut-off for current depression.
 * - **Symptom count** (`symptom_count`): items 1–8 count at 2 or more; "Major depressive
 *   syndrome" = a core symptom (item 1 or 2) and 5 or more symptoms; "Other depressive syndrome"
 *   = a core symptom and 2–4 symptoms. A screening aid, not a diagnosis.
 * - **No item 9, so no risk flag**: nothing in a PHQ-8 result can say that a person is safe. Use
 *   the PHQ-9 (or a risk screen) where risk must be asked about and followed up.
 * - **Missing answers**: no prorating (a total with any item missing has no value).
 * - **Licence**: public domain (© Pfizer; no permission required), so item text is included.
 *
 * @example
 * ```ts
 * const r = score(phq8, [2, 2, 1, 2, 1, 1, 1, 0]);
 * r.scales.total.value; // => 10
 * r.scales.total.band?.label; // => 'Moderate'
 * r.flags.length; // => 0
 * ```
 * @category Instruments
 */
export const phq8 = /* @__PURE__ */ _builtin({
  id: 'phq-8',
  name: 'Patient Health Questionnaire-8',
  abbreviation: 'PHQ-8',
  version: '1.0.0',
  description: 'Depression symptom severity over the last 2 weeks: PHQ-9 items 1–8 (no item about self-harm), summed 0–24. For research and surveys.',
  citations: [
    {
      text: 'Kroenke, K., Strine, T. W., Spitzer, R. L., Williams, J. B. W., Berry, J. T., & Mokdad, A. H. (2009). The PHQ-8 as a measure of current depression in the general population. Journal of Affective Disorders, 114(1–3), 163–173.',
      doi: '10.1016/j.jad.2008.06.026',
    },
    {
      text: 'CamCOPS PHQ-8 task (server/camcops_server/tasks/phq8.py): total, severity bands and the symptom-count algorithm, citing Kroenke et al. (PMID 18752852). University of Cambridge, Department of Psychiatry.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      text: 'LOINC 44249-1 PHQ-9 quick depression assessment panel: item codes 44250-9 … 44253-3. Regenstrief Institute.',
      url: 'https://loinc.org/44249-1',
    },
  ],
  licence: {
    summary:
      'Public domain. Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.phqscreeners.com/',
  },
  notes: [
    'Scoring VERIFIED in CamCOPS phq8.py (read with the search tool): total = sum of q1–q8 (0–24, no reversal); severity ≥20 severe, ≥15 moderately severe, ≥10 moderate, ≥5 mild, <5 none, citing Kroenke et al. (PMID 18752852, the 2009 PHQ-8 article). The 0–4 band is labelled "None/minimal" here (CamCOPS "None"; the PHQ-9 source says "Minimal").',
    'Symptom count VERIFIED in CamCOPS phq8.py: a symptom counts at ≥2 ("more than half the days") on each of items 1–8; n_core = items 1–2; is_mds = core ≥1 and total symptoms ≥5; is_ods = core ≥1 and total symptoms 2–4. "Neither syndrome" is our label for the remaining case.',
    'Cut-off of 10 for current depression: the title and use of Kroenke et al. (2009) (CORROBORATED by several independent summaries; the article text was not read here).',
    'No item 9, so no item-9 flag and no "unanswered risk item" flag: by design of the PHQ-8 (VERIFIED: CamCOPS phq8.py has eight items, anhedonia … psychomotor).',
    'Item text and item LOINC codes are those of PHQ-9 items 1–8 (see the PHQ-9 definition: LHC-Forms PHQ-9 Questionnaire, loinc.org/LL358-3). A LOINC panel or total-score code for the PHQ-8 was searched for and not found (UNVERIFIED whether one exists), so the definition and total carry none.',
    'Whether the PHQ-8 form carries the PHQ-9 functional-difficulty question was not confirmed (UNVERIFIED); it is not included. Missing data: no prorating rule found (UNVERIFIED); none is applied.',
  ],
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  responseScales: { default: phqFrequency },
  items: [
    {
      number: 1,
      id: 'phq8-1',
      text: 'Little interest or pleasure in doing things',
      code: { system: 'http://loinc.org', code: '44250-9', display: 'Little interest or pleasure in doing things in last 2 weeks' },
    },
    {
      number: 2,
      id: 'phq8-2',
      text: 'Feeling down, depressed, or hopeless',
      code: { system: 'http://loinc.org', code: '44255-8', display: 'Feeling down, depressed, or hopeless in last 2 weeks' },
    },
    {
      number: 3,
      id: 'phq8-3',
      text: 'Trouble falling or staying asleep, or sleeping too much',
      code: { system: 'http://loinc.org', code: '44259-0', display: 'Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 4,
      id: 'phq8-4',
      text: 'Feeling tired or having little energy',
      code: { system: 'http://loinc.org', code: '44254-1', display: 'Feeling tired or having little energy in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 5,
      id: 'phq8-5',
      text: 'Poor appetite or overeating',
      code: { system: 'http://loinc.org', code: '44251-7', display: 'Poor appetite or overeating in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 6,
      id: 'phq8-6',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      code: {
        system: 'http://loinc.org',
        code: '44258-2',
        display: 'Feeling bad about yourself - or that you are a failure or have let yourself or your family down in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 7,
      id: 'phq8-7',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      code: {
        system: 'http://loinc.org',
        code: '44252-5',
        display: 'Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 8,
      id: 'phq8-8',
      text: 'Moving or speaking so slowly that other people could have noticed. Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      code: {
        system: 'http://loinc.org',
        code: '44253-3',
        display:
          'Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks [Reported.PHQ]',
      },
    },
  ],
  scales: [
    {
      id: 'total',
      label: 'PHQ-8 total score',
      items: ['phq8-1', 'phq8-2', 'phq8-3', 'phq8-4', 'phq8-5', 'phq8-6', 'phq8-7', 'phq8-8'],
      aggregate: 'sum',
      higherIs: 'worse',
      bands: [
        { min: 0, max: 4, label: 'None/minimal' },
        { min: 5, max: 9, label: 'Mild' },
        { min: 10, max: 14, label: 'Moderate' },
        { min: 15, max: 19, label: 'Moderately severe' },
        { min: 20, max: 24, label: 'Severe' },
      ],
    },
  ],
  derived: [
    {
      kind: 'criteria-count',
      id: 'symptom_count',
      label: 'PHQ-8 symptom count (screening algorithm)',
      criteria: [
        { item: 'phq8-1', min: 2 },
        { item: 'phq8-2', min: 2 },
        { item: 'phq8-3', min: 2 },
        { item: 'phq8-4', min: 2 },
        { item: 'phq8-5', min: 2 },
        { item: 'phq8-6', min: 2 },
        { item: 'phq8-7', min: 2 },
        { item: 'phq8-8', min: 2 },
      ],
      core: ['phq8-1', 'phq8-2'],
      outcomes: [
        { label: 'Major depressive syndrome', minCount: 5, requiresCore: true },
        { label: 'Other depressive syndrome', minCount: 2, maxCount: 4, requiresCore: true },
        { label: 'Neither syndrome', minCount: 0, requiresCore: false },
      ],
      source: 'CamCOPS phq8.py (is_mds, is_ods), after Kroenke et al. (2009).',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
