import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

const B = ['pcl5-1', 'pcl5-2', 'pcl5-3', 'pcl5-4', 'pcl5-5'] as const;
const C = ['pcl5-6', 'pcl5-7'] as const;
const D = ['pcl5-8', 'pcl5-9', 'pcl5-10', 'pcl5-11', 'pcl5-12', 'pcl5-13', 'pcl5-14'] as const;
const E = ['pcl5-15', 'pcl5-16', 'pcl5-17', 'pcl5-18', 'pcl5-19', 'pcl5-20'] as const;

/**
 * PCL-5, the PTSD Checklist for DSM-5 (Weathers et al. 2013, National Center for PTSD): 20 items
 * rated 0–4 for the past month, one per DSM-5 PTSD symptom.
 *
 * - **Total** (`total`, LOINC 101698-9): items 1–20, 0–80. The source gives no severity bands. A
 *   total of **31–33** is the cut-off range for probable PTSD (Bovin et al. 2016; the National
 *   Center for PTSD): a screening threshold that calls for a clinical interview, not a diagnosis.
 * - **Cluster scores** (sums): `cluster_b` intrusion (items 1–5), `cluster_c` avoidance (6–7),
 *   `cluster_d` negative alterations in cognitions and mood (8–14), `cluster_e` alterations in
 *   arousal and reactivity (15–20).
 * - **DSM-5 provisional diagnosis** (`provisional_ptsd`, a `criteria-count` score): an item rated 2
 *   ("Moderately") or more counts as a symptom; the rule is met with at least one B, one C, two D
 *   and two E symptoms. The value is the number of symptoms (0–20). A provisional result needs a
 *   clinician's confirmation (for example CAPS-5).
 * - **Missing answers**: no prorating rule was found, so any blank leaves the total and the
 *   provisional diagnosis without a value.
 * - **Licence**: public domain (U.S. Department of Veterans Affairs, National Center for PTSD), so
 *   item text is included.
 *
 * @example
 * ```ts
 * const r = score(pcl5, [2, 0, 0, 0, 0, 3, 0, 2, 2, 0, 0, 0, 0, 0, 2, 0, 3, 0, 0, 0]);
 * r.scales.total.value; // => 14
 * r.derived.provisional_ptsd.value; // => 6
 * r.derived.provisional_ptsd.label; // => 'Provisional PTSD (DSM-5 rule met)'
 * ```
 * @category Instruments
 */
export const pcl5 = /* @__PURE__ */ _builtin({
  id: 'pcl-5',
  name: 'PTSD Checklist for DSM-5',
  abbreviation: 'PCL-5',
  version: '1.0.0',
  description:
    'PTSD symptom severity over the past month: 20 DSM-5 symptoms rated 0–4, total 0–80, with the four symptom-cluster sums and the DSM-5 provisional diagnosis rule.',
  citations: [
    {
      text: 'Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5). Scale available from the National Center for PTSD.',
      url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    },
    {
      text: 'Blevins, C. A., Weathers, F. W., Davis, M. T., Witte, T. K., & Domino, J. L. (2015). The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): Development and initial psychometric evaluation. Journal of Traumatic Stress, 28(6), 489–498.',
      doi: '10.1002/jts.22059',
    },
    {
      text: 'Bovin, M. J., Marx, B. P., Weathers, F. W., Gallagher, M. W., Rodriguez, P., Schnurr, P. P., & Keane, T. M. (2016). Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders–Fifth Edition (PCL-5) in veterans. Psychological Assessment, 28(11), 1379–1391.',
      doi: '10.1037/pas0000254',
    },
    {
      text: 'LOINC 101697-1 Post traumatic stress disorder checklist - civilian version DSM-5 [PCL-5] (panel); 101698-9 PTSD PCL-5 score [PCL-5]. Regenstrief Institute.',
      url: 'https://loinc.org/101697-1',
    },
    {
      text: 'CamCOPS PCL-5 task (server/camcops_server/tasks/pcl5.py): total, cluster symptom counts and the DSM-5 rule. University of Cambridge, Department of Psychiatry.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
  ],
  licence: {
    summary:
      'Public domain: developed by staff of the U.S. Department of Veterans Affairs National Center for PTSD and not copyrighted; free to use, reproduce and translate. Item text is included.',
    itemTextIncluded: true,
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
  notes: [
    'Scoring VERIFIED: total = sum of items 1–20 (0–80), no reversal (CamCOPS pcl5.py total_score; National Center for PTSD description as quoted on several clinical pages). Clusters B 1–5, C 6–7, D 8–14, E 15–20 VERIFIED in CamCOPS pcl5.py (num_symptomatic_b … _e) and the VA CAPS-5 training page (same DSM-5 cluster ranges).',
    'DSM-5 provisional diagnosis VERIFIED in CamCOPS pcl5.py: an item ≥2 is symptomatic; PTSD = B ≥1 and C ≥1 and D ≥2 and E ≥2. The count of symptomatic items (CamCOPS num_symptomatic) is the derived value.',
    'Cut-off: a total of 31–33 is the "preliminary cutoff" range for probable PTSD (Bovin et al. 2016, as summarised by the National Center for PTSD; CamCOPS draws its line at 33). CORROBORATED on several clinical pages; the primary article\'s text was not read. It is stated here, not coded as bands: the source gives a range, not bands.',
    'Item text and anchors (0 Not at all, 1 A little bit, 2 Moderately, 3 Quite a bit, 4 Extremely) CORROBORATED: several independent copies of the National Center for PTSD form agree word for word (one item-14 variant seen in one copy was rejected by the majority). Public-domain status CORROBORATED (mhscales.com: "in the public domain and not copyrighted"; several clinical pages).',
    'LOINC VERIFIED for the panel 101697-1 and the score 101698-9 (findacode.com and a LOINC mirror). Item codes: only 101699-7 (item 9, negative beliefs) was seen; the others were not found, so no item codes are given (UNVERIFIED).',
    'Missing data: no prorating rule was read in any source (UNVERIFIED whether one exists); none is applied.',
    'Item 16 (risk taking or doing things that could cause harm) is a DSM-5 symptom, not a suicide item; no source makes it a risk flag, so none is raised.',
  ],
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then indicate how much you have been bothered by that problem in the past month.',
  code: { system: 'http://loinc.org', code: '101697-1', display: 'Post traumatic stress disorder checklist - civilian version DSM-5 [PCL-5]' },
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
    { number: 1, id: 'pcl5-1', text: 'Repeated, disturbing, and unwanted memories of the stressful experience?' },
    { number: 2, id: 'pcl5-2', text: 'Repeated, disturbing dreams of the stressful experience?' },
    {
      number: 3,
      id: 'pcl5-3',
      text: 'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    },
    { number: 4, id: 'pcl5-4', text: 'Feeling very upset when something reminded you of the stressful experience?' },
    {
      number: 5,
      id: 'pcl5-5',
      text: 'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    },
    { number: 6, id: 'pcl5-6', text: 'Avoiding memories, thoughts, or feelings related to the stressful experience?' },
    {
      number: 7,
      id: 'pcl5-7',
      text: 'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    },
    { number: 8, id: 'pcl5-8', text: 'Trouble remembering important parts of the stressful experience?' },
    {
      number: 9,
      id: 'pcl5-9',
      text: 'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    },
    { number: 10, id: 'pcl5-10', text: 'Blaming yourself or someone else for the stressful experience or what happened after it?' },
    { number: 11, id: 'pcl5-11', text: 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?' },
    { number: 12, id: 'pcl5-12', text: 'Loss of interest in activities that you used to enjoy?' },
    { number: 13, id: 'pcl5-13', text: 'Feeling distant or cut off from other people?' },
    {
      number: 14,
      id: 'pcl5-14',
      text: 'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    },
    { number: 15, id: 'pcl5-15', text: 'Irritable behavior, angry outbursts, or acting aggressively?' },
    { number: 16, id: 'pcl5-16', text: 'Taking too many risks or doing things that could cause you harm?' },
    { number: 17, id: 'pcl5-17', text: 'Being "superalert" or watchful or on guard?' },
    { number: 18, id: 'pcl5-18', text: 'Feeling jumpy or easily startled?' },
    { number: 19, id: 'pcl5-19', text: 'Having difficulty concentrating?' },
    { number: 20, id: 'pcl5-20', text: 'Trouble falling or staying asleep?' },
  ],
  scales: [
    {
      id: 'total',
      label: 'PCL-5 total score',
      items: [...B, ...C, ...D, ...E],
      aggregate: 'sum',
      higherIs: 'worse',
      code: { system: 'http://loinc.org', code: '101698-9', display: 'PTSD PCL-5 score [PCL-5]' },
    },
    { id: 'cluster_b', label: 'Cluster B: intrusion symptoms (items 1–5)', items: B, aggregate: 'sum', higherIs: 'worse' },
    { id: 'cluster_c', label: 'Cluster C: avoidance (items 6–7)', items: C, aggregate: 'sum', higherIs: 'worse' },
    { id: 'cluster_d', label: 'Cluster D: negative alterations in cognitions and mood (items 8–14)', items: D, aggregate: 'sum', higherIs: 'worse' },
    { id: 'cluster_e', label: 'Cluster E: alterations in arousal and reactivity (items 15–20)', items: E, aggregate: 'sum', higherIs: 'worse' },
  ],
  derived: [
    {
      kind: 'criteria-count',
      id: 'provisional_ptsd',
      label: 'DSM-5 provisional PTSD diagnosis (symptoms rated 2 or more)',
      criteria: [
        ...B.map((item) => ({ item, min: 2, group: 'B' }) as const),
        ...C.map((item) => ({ item, min: 2, group: 'C' }) as const),
        ...D.map((item) => ({ item, min: 2, group: 'D' }) as const),
        ...E.map((item) => ({ item, min: 2, group: 'E' }) as const),
      ],
      core: [],
      outcomes: [
        { label: 'Provisional PTSD (DSM-5 rule met)', minCount: 6, requiresCore: false, minPerGroup: { B: 1, C: 1, D: 2, E: 2 } },
        { label: 'DSM-5 rule not met', minCount: 0, requiresCore: false },
      ],
      source:
        'DSM-5 rule as applied to the PCL-5 by the National Center for PTSD (an item rated 2 or more is a symptom; at least one B, one C, two D and two E); CamCOPS pcl5.py ptsd().',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
