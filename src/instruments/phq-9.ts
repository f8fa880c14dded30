import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { phqDifficulty, phqFrequency } from './_shared/phq.js';

/**
 * PHQ-9, the Patient Health Questionnaire depression module (Kroenke, Spitzer & Williams 2001):
 * nine symptom items over the last 2 weeks, summed 0–27, with the standard severity bands.
 *
 * - **Total** (`total`, LOINC 44261-6): items 1–9, 0 = Not at all … 3 = Nearly every day. Bands
 *   0–4 Minimal, 5–9 Mild, 10–14 Moderate, 15–19 Moderately severe, 20–27 Severe (LOINC LL382-3
 *   answer codes on each band). A score of 10 or more is the usual cut-off for further assessment.
 * - **Item 10** (functional difficulty, LOINC 69722-7) has its own answer scale (Not difficult at
 *   all … Extremely difficult) and is **never part of the total**. It is reported as the one-item
 *   scale `functioning` (0–3). The form asks it only "if you checked off any problems" (items 1–9
 *   above 0), so when items 1–9 are all 0 a blank item 10 was not asked: the result is `complete`
 *   and lists `phq9-10` in `notAsked`. When a problem was checked, a blank item 10 makes the result
 *   incomplete (`functioning` has no value); `total` is unaffected either way.
 * - **Item 9 risk flag**: any answer of 1 or more raises the `urgent` flag `phq9-item9`. Flags
 *   travel with every result and cannot be switched off. An app must act on it (clinical review
 *   and crisis resources); the score alone is never a safety assessment.
 * - **Symptom count** (`symptom_count`, a `criteria-count` score): items 1–8 count at 2 or more,
 *   item 9 at 1 or more; "Major depressive syndrome" = a core symptom (item 1 or 2) and 5 or more
 *   symptoms; "Other depressive syndrome" = a core symptom and 2–4 symptoms (CamCOPS, after Kroenke
 *   et al.). This is a screening aid, not a diagnosis: a diagnosis needs a clinician.
 * - **Missing answers**: no published source allows prorating, so a total with any of items 1–9
 *   missing has no value (unless the caller explicitly asks to prorate, and the result then says
 *   `prorated: true`).
 * - **Licence**: public domain (© Pfizer; "no permission required to reproduce, translate, display
 *   or distribute"), so item text is included.
 *
 * @example
 * ```ts
 * const r = score(phq9, [1, 1, 2, 1, 0, 1, 1, 0, 0]);
 * r.scales.total.value; // => 7
 * r.scales.total.band?.label; // => 'Mild'
 * r.flags.length; // => 0
 * ```
 * @category Instruments
 */
export const phq9 = /* @__PURE__ */ _builtin({
  id: 'phq-9',
  name: 'Patient Health Questionnaire-9',
  abbreviation: 'PHQ-9',
  version: '1.0.0',
  description: 'Depression symptom severity over the last 2 weeks: nine symptom items summed 0–27, plus one functional-difficulty item that is not scored.',
  citations: [
    {
      text: 'Kroenke, K., Spitzer, R. L., & Williams, J. B. W. (2001). The PHQ-9: Validity of a brief depression severity measure. Journal of General Internal Medicine, 16(9), 606–613.',
      doi: '10.1046/j.1525-1497.2001.016009606.x',
    },
    {
      text: 'LOINC 44249-1 PHQ-9 quick depression assessment panel [Reported.PHQ]; 44261-6 total score; answer lists LL358-3 and LL382-3. Regenstrief Institute.',
      url: 'https://loinc.org/44249-1',
    },
    {
      text: 'CamCOPS PHQ-9 task (server/camcops_server/tasks/phq9.py): severity bands and the symptom-count algorithm. University of Cambridge, Department of Psychiatry.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
  ],
  licence: {
    summary:
      'Public domain. Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.phqscreeners.com/',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  code: { system: 'http://loinc.org', code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
  responseScales: { default: phqFrequency, difficulty: phqDifficulty },
  items: [
    {
      number: 1,
      id: 'phq9-1',
      text: 'Little interest or pleasure in doing things',
      code: { system: 'http://loinc.org', code: '44250-9', display: 'Little interest or pleasure in doing things in last 2 weeks' },
    },
    {
      number: 2,
      id: 'phq9-2',
      text: 'Feeling down, depressed, or hopeless',
      code: { system: 'http://loinc.org', code: '44255-8', display: 'Feeling down, depressed, or hopeless in last 2 weeks' },
    },
    {
      number: 3,
      id: 'phq9-3',
      text: 'Trouble falling or staying asleep, or sleeping too much',
      code: { system: 'http://loinc.org', code: '44259-0', display: 'Trouble falling or staying asleep, or sleeping too much in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 4,
      id: 'phq9-4',
      text: 'Feeling tired or having little energy',
      code: { system: 'http://loinc.org', code: '44254-1', display: 'Feeling tired or having little energy in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 5,
      id: 'phq9-5',
      text: 'Poor appetite or overeating',
      code: { system: 'http://loinc.org', code: '44251-7', display: 'Poor appetite or overeating in last 2 weeks [Reported.PHQ]' },
    },
    {
      number: 6,
      id: 'phq9-6',
      text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      code: {
        system: 'http://loinc.org',
        code: '44258-2',
        display: 'Feeling bad about yourself - or that you are a failure or have let yourself or your family down in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 7,
      id: 'phq9-7',
      text: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      code: {
        system: 'http://loinc.org',
        code: '44252-5',
        display: 'Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 8,
      id: 'phq9-8',
      text: 'Moving or speaking so slowly that other people could have noticed. Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      code: {
        system: 'http://loinc.org',
        code: '44253-3',
        display:
          'Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 9,
      id: 'phq9-9',
      text: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
      code: {
        system: 'http://loinc.org',
        code: '44260-8',
        display: 'Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]',
      },
    },
    {
      number: 10,
      id: 'phq9-10',
      responseScale: 'difficulty',
      // The form's own instruction: asked only "if you checked off any problems" (items 1–9 above 0).
      askedWhen: {
        anyOf: [
          { item: 'phq9-1', min: 1 },
          { item: 'phq9-2', min: 1 },
          { item: 'phq9-3', min: 1 },
          { item: 'phq9-4', min: 1 },
          { item: 'phq9-5', min: 1 },
          { item: 'phq9-6', min: 1 },
          { item: 'phq9-7', min: 1 },
          { item: 'phq9-8', min: 1 },
          { item: 'phq9-9', min: 1 },
        ],
      },
      text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      code: {
        system: 'http://loinc.org',
        code: '69722-7',
        display: 'How difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      },
    },
  ],
  scales: [
    {
      id: 'total',
      label: 'PHQ-9 total score',
      items: ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'],
      aggregate: 'sum',
      higherIs: 'worse',
      code: { system: 'http://loinc.org', code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
      bands: [
        { min: 0, max: 4, label: 'Minimal', code: { system: 'http://loinc.org', code: 'LA6708-7', display: 'None' } },
        { min: 5, max: 9, label: 'Mild', code: { system: 'http://loinc.org', code: 'LA6709-5', display: 'Mild depression' } },
        { min: 10, max: 14, label: 'Moderate', code: { system: 'http://loinc.org', code: 'LA6710-3', display: 'Moderate depression' } },
        {
          min: 15,
          max: 19,
          label: 'Moderately severe',
          code: { system: 'http://loinc.org', code: 'LA6711-1', display: 'Moderately severe depression' },
        },
        { min: 20, max: 27, label: 'Severe', code: { system: 'http://loinc.org', code: 'LA6712-9', display: 'Severe depression' } },
      ],
    },
    {
      id: 'functioning',
      label: 'Functional difficulty (item 10, not part of the total)',
      items: ['phq9-10'],
      aggregate: 'sum',
      higherIs: 'worse',
      code: {
        system: 'http://loinc.org',
        code: '69722-7',
        display: 'How difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      },
    },
  ],
  derived: [
    {
      kind: 'criteria-count',
      id: 'symptom_count',
      label: 'PHQ-9 symptom count (screening algorithm)',
      criteria: [
        { item: 'phq9-1', min: 2 },
        { item: 'phq9-2', min: 2 },
        { item: 'phq9-3', min: 2 },
        { item: 'phq9-4', min: 2 },
        { item: 'phq9-5', min: 2 },
        { item: 'phq9-6', min: 2 },
        { item: 'phq9-7', min: 2 },
        { item: 'phq9-8', min: 2 },
        { item: 'phq9-9', min: 1 },
      ],
      core: ['phq9-1', 'phq9-2'],
      outcomes: [
        { label: 'Major depressive syndrome', minCount: 5, requiresCore: true },
        { label: 'Other depressive syndrome', minCount: 2, maxCount: 4, requiresCore: true },
        { label: 'Neither syndrome', minCount: 0, requiresCore: false },
      ],
      source: 'CamCOPS phq9.py (is_mds, is_ods), after Kroenke, Spitzer & Williams (2001) and DSM-IV-TR.',
    },
  ],
  flags: [
    {
      id: 'phq9-item9',
      level: 'urgent',
      when: { item: 'phq9-9', min: 1 },
      message:
        'This person said they have had thoughts of being better off dead or of hurting themselves (PHQ-9 item 9). A clinician should review this right away and check on their safety today. Share the crisis resources of their region now.',
      clientMessage:
        'Thank you for telling us about these thoughts. You do not have to cope with them alone. Please talk to someone today: a doctor, your therapist, or a crisis line. If you might act on these thoughts, get help right now.',
      source: 'PHQ-9 item 9 counts as a symptom at 1 or more (CamCOPS phq9.py; LOINC 44249-1); review of any non-zero answer is standard clinical practice.',
    },
    {
      id: 'phq9-item9-unanswered',
      level: 'review',
      when: { item: 'phq9-9', unanswered: true },
      message:
        'PHQ-9 item 9 (thoughts of being better off dead or of hurting themselves) was not answered, so risk cannot be ruled out. A clinician should ask about it and review before relying on this result.',
      clientMessage:
        'One question about thoughts of death or self-harm was left blank. That is okay. Your care team may ask you about it. If you have these thoughts, please tell someone today.',
      source:
        'A blank risk item is not a "no": risk is unknown until a clinician asks (item 9 is the PHQ-9\'s only risk item; Kroenke, Spitzer & Williams 2001). Treated like an "unsure" answer, the conservative choice.',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the PHQ-9, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const phq9Verification: readonly string[] = [
  'Scoring VERIFIED: items 1–9 summed 0–27, no reversal (LOINC 44261-6 description; CamCOPS phq9.py total_score = sum of q1–q9).',
  'Bands VERIFIED: LOINC LL382-3 (read on loinc.org/LL382-3 with the search tool): 0–4 None LA6708-7, 5–9 Mild depression LA6709-5, 10–14 Moderate depression LA6710-3, 15–19 Moderately severe depression LA6711-1, 20–27 Severe depression LA6712-9; CamCOPS uses the same cut-points (≥20, ≥15, ≥10, ≥5). LL382-3 belongs to the deprecated interpretation code 44262-4; its answer codes are used here only to code the bands. The 0–4 band is labelled "Minimal" (Kroenke 2001; LOINC 44261-6 says "1-4 = Minimal depression", a known wording quirk) while LL382-3 displays it as "None".',
  'Symptom-count algorithm VERIFIED in CamCOPS phq9.py (read with the search tool): n_core = items 1–2 at ≥2; other symptoms = items 3–8 at ≥2 and item 9 at ≥1; is_mds = core ≥1 and total ≥5; is_ods = core ≥1 and total 2–4. "Neither syndrome" is our label for the remaining case (CamCOPS reports both as "no"). The original PHQ diagnostic rules also consider item 10 and need clinician confirmation; the count here is a screening aid only.',
  'Item 9 flag: that any non-zero answer needs clinician review is standard practice (clinical tools use "item 9 > 0" as a next step); no PHQ-manual wording was read, so the exact workflow is UNVERIFIED. The flag is conservative: it fires at 1 ("Several days") and above.',
  'Item 10 is asked only when a problem was checked: the printed form says "If you checked off any problems, how difficult…" (item text above; Kroenke, Spitzer & Williams 2001). So `askedWhen` holds when any of items 1–9 is 1 or more; with items 1–9 all 0, a blank item 10 was not asked, is listed in `notAsked`, and the result is `complete` (no problem reported). When an earlier answer is missing, whether it was asked cannot be told, and it counts as asked (the conservative choice).',
  'Item 10 (69722-7) is recorded, never scored: VERIFIED (LOINC 44249-1 description; CamCOPS keeps q10 out of the total and requires it only when the total is above 0). It is reported as its own one-item scale `functioning` (0 = Not difficult at all … 3 = Extremely difficult, the CamCOPS coding) with no bands; it is never added to `total`. Its answer codes are not in numeric order (LA6575-0 = Very, LA6574-3 = Extremely): VERIFIED in the LHC-Forms Questionnaire (conformance/fhir/lforms-R4-phq9.json).',
  'LOINC codes VERIFIED: panel 44249-1; items 44250-9, 44255-8, 44259-0, 44254-1, 44251-7, 44258-2, 44252-5, 44253-3, 44260-8 in that order (LHC-Forms Questionnaire; loinc.org/LL358-3 lists each item with its display); total 44261-6 (cdn.loinc.org/44261-6); answers LL358-3 LA6568-5/LA6569-3/LA6570-1/LA6571-9.',
  'Item text: the LOINC/LHC-Forms displays (public domain), checked against the HL7 PHR IG and a ResearchKit FHIR copy; the dash in items 6 and 8 is printed as an em dash as on the Pfizer form (LOINC writes a hyphen). CORROBORATED.',
  'Missing data: no prorating rule was found in any source read (UNVERIFIED whether one exists); none is applied. Public domain licence VERIFIED (LOINC copyright text; HL7 US Core and SDC Questionnaires).',
];
