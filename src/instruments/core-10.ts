import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * CORE-10, the ten-item Clinical Outcomes in Routine Evaluation measure (Barkham et al. 2013): a
 * short measure of psychological distress over the last week for routine use in the
 * psychological therapies, drawn from the CORE-OM. Each item 0 = Not at all … 4 = Most or all of
 * the time; the clinical score (`total`) runs 0–40.
 *
 * - **Reversed items 2 and 3** (support; coping) are worded positively and are scored `4 − value`.
 *   Record every answer by its label (0 = Not at all … 4 = Most or all of the time) and let the
 *   definition reverse them. Data already scored (such as a CamCOPS export, which stores items 2
 *   and 3 as 4 = Not at all) must be turned back into labels first, or the items are reversed
 *   twice.
 * - **Clinical cut-off 11**: 0–10 is below it. Bands 0–10 Healthy or low level, 11–14 Mild,
 *   15–19 Moderate, 20–24 Moderate-to-severe, 25–40 Severe (psychological distress).
 * - **Risk item 6** (plans to end one's life): any answer above 0 raises the `urgent` flag
 *   `core10-risk`; a blank item 6 raises the `review` flag `core10-risk-unanswered`. Flags travel
 *   with every result, whatever the total: a low total never rules out risk.
 * - **Missing answers**: the CORE System Trust allows the score with one item missing, prorated
 *   (10 × the mean of the nine answered items); the result then says `prorated: true`. With two or
 *   more missing there is no score.
 * - **Licence**: © CORE System Trust, CC BY-NC-ND 4.0 (non-commercial, unchanged). This package
 *   may be used commercially, so item text is not included: supply it from the official form,
 *   with its copyright line, under the Trust's terms.
 *
 * @example
 * ```ts
 * // Items 2 and 3 are recorded by label and reversed by the definition (4 − 1 = 3, 4 − 2 = 2).
 * const r = score(core10, [2, 1, 2, 1, 1, 0, 2, 1, 2, 1]);
 * r.scales.total.value; // => 15
 * r.scales.total.band?.label; // => 'Moderate'
 * r.flags.length; // => 0
 * ```
 * @category Instruments
 */
export const core10 = /* @__PURE__ */ _builtin({
  id: 'core-10',
  name: 'Clinical Outcomes in Routine Evaluation – 10',
  abbreviation: 'CORE-10',
  version: '1.0.0',
  description:
    'Psychological distress over the last week: ten items scored 0–4 (items 2 and 3 reversed), clinical score 0–40, clinical cut-off 11; item 6 is a risk item.',
  citations: [
    {
      text: 'Barkham, M., Bewick, B., Mullin, T., Gilbody, S., Connell, J., Cahill, J., Mellor-Clark, J., Richards, D., Unsworth, G., & Evans, C. (2013). The CORE-10: A short measure of psychological distress for routine use in the psychological therapies. Counselling and Psychotherapy Research, 13(1), 3–13.',
      doi: '10.1080/14733145.2012.729069',
    },
    {
      text: 'CORE System Trust. What’s in a name (1): scoring CORE measures (pro-rating with one item missing; clinical score = 10 × item mean).',
      url: 'https://www.coresystemtrust.org.uk/whats-in-a-name-1-scoring-core-measures/',
    },
    {
      text: 'CamCOPS CORE-10 task (server/camcops_server/tasks/core10.py): items 2 and 3 reverse-scored; clinical score. University of Cambridge, Department of Psychiatry.',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
  ],
  licence: {
    summary:
      '© CORE System Trust. The CORE instruments are licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 (CC BY-NC-ND 4.0): free to reproduce, on paper or in software, for non-commercial use, unchanged, with the copyright line visible. This package may be used commercially, so the item text is not included: supply it from the official form, with its copyright line, under the Trust’s terms.',
    itemTextIncluded: false,
    url: 'https://www.coresystemtrust.org.uk/home/copyright-licensing/',
  },
  notes: [
    'Items, reversal and clinical score VERIFIED in CamCOPS core10.py (read with the search tool): ten items 0–4; items 2 (support) and 3 (coping) carry the comment "0 most or all of the time - 4 not at all", i.e. stored already reverse-scored (so CamCOPS data must be un-reversed, 4 − value, before scoring here, where answers are recorded by label); clinical score = 10 × total ÷ number answered, which is the plain total when all ten are answered. CORROBORATED by a public item list (items 2 and 3 are the only positively worded items) and a clinical summary ("Questions 2 and 3 are reverse-scored"). One secondary page says "items 3 and 4"; it contradicts the item wording and CamCOPS and is not followed.',
    'Anchors: 0 = "Not at all" and 4 = "Most or all of the time" CORROBORATED (several independent summaries of the form). The wording of the middle anchors (1–3) was not read here (UNVERIFIED), so only the end points are labelled.',
    'Prorating VERIFIED at the CORE System Trust (read with the search tool): "you could use a pro-rated score for ... the CORE-10 if one item was missing", and the clinical score is the item mean × 10 with "the same rules about pro-rating". The engine prorates a sum as sum × 10 ÷ answered, which is the same number.',
    'Clinical cut-off 11 and bands (≤10, 11–14 mild, 15–19 moderate, 20–24 moderate-to-severe, ≥25 severe) CORROBORATED by two independent clinical summaries that cite Barkham et al. (2013); the article text was not read here. The label of the 0–10 band, "Healthy or low level", follows one of them ("Healthy/ low level problems"; the other says "non-clinical range"). A split of 0–10 into "healthy" (0–5) and "low level" (6–10) is reported by one secondary page with other upper bands, and is not followed (UNVERIFIED). With a prorated score a value between two bands belongs to the lower band until the next band begins (10.9 is below the cut-off of 11).',
    'Risk item 6 ("plans to end my life") VERIFIED as the risk item in CamCOPS core10.py (comment "suicidality") and in the published item structure (six problem, three functioning and one risk item). That any answer above 0 needs a clinician\'s attention whatever the total is CORROBORATED by a public scoring page; no CORE guidance on the wording of a risk response was read (UNVERIFIED). The level is `urgent` because the item asks about plans, not only thoughts: the conservative choice. A blank item 6 is not a "no" and raises a `review` flag, as for the PHQ-9.',
    'Licence VERIFIED at coresystemtrust.org.uk/home/copyright-licensing (read with the search tool): since 1/1/2015 the instruments are under CC BY-NC-ND 4.0 ("that the use is non-commercial", "may not be changed in any way", attribution by keeping the copyright line). An older page (coreims.co.uk) says CC BY-ND 4.0; the Trust\'s current page is followed. Decision: key and scoring ship; item text does not. LOINC: no CORE-10 code was found (UNVERIFIED whether one exists).',
  ],
  responseScales: {
    default: {
      min: 0,
      max: 4,
      anchors: [
        { value: 0, label: 'Not at all' },
        { value: 4, label: 'Most or all of the time' },
      ],
    },
  },
  items: [
    { number: 1, id: 'core10-1', gloss: 'tension or anxiety' },
    { number: 2, id: 'core10-2', gloss: 'has support to turn to (reversed)' },
    { number: 3, id: 'core10-3', gloss: 'copes when things go wrong (reversed)' },
    { number: 4, id: 'core10-4', gloss: 'talking to people is too much' },
    { number: 5, id: 'core10-5', gloss: 'panic' },
    { number: 6, id: 'core10-6', gloss: 'made plans for suicide (risk item)' },
    { number: 7, id: 'core10-7', gloss: 'sleep problems' },
    { number: 8, id: 'core10-8', gloss: 'despair or hopelessness' },
    { number: 9, id: 'core10-9', gloss: 'unhappiness' },
    { number: 10, id: 'core10-10', gloss: 'distressing unwanted images or memories' },
  ],
  scales: [
    {
      id: 'total',
      label: 'CORE-10 clinical score',
      items: ['core10-1', 'core10-2', 'core10-3', 'core10-4', 'core10-5', 'core10-6', 'core10-7', 'core10-8', 'core10-9', 'core10-10'],
      reversed: ['core10-2', 'core10-3'],
      aggregate: 'sum',
      higherIs: 'worse',
      bands: [
        { min: 0, max: 10, label: 'Healthy or low level' },
        { min: 11, max: 14, label: 'Mild' },
        { min: 15, max: 19, label: 'Moderate' },
        { min: 20, max: 24, label: 'Moderate-to-severe' },
        { min: 25, max: 40, label: 'Severe' },
      ],
    },
  ],
  flags: [
    {
      id: 'core10-risk',
      level: 'urgent',
      when: { item: 'core10-6', min: 1 },
      message:
        'This person said they have made plans to end their life in the last week (CORE-10 item 6, the risk item). A clinician should review this right away and check on their safety today, whatever the total score. Share the crisis resources of their region now.',
      clientMessage:
        'Thank you for telling us this. You do not have to face it alone. Please talk to someone today: a doctor, your therapist, or a crisis line. If you might act on these plans, get help right now.',
      source:
        'CORE-10 item 6 is its risk item (Barkham et al. 2013; CamCOPS core10.py). Any answer above 0 is a plan to end one’s life in the last week; treating it as urgent whatever the total is the conservative choice.',
    },
    {
      id: 'core10-risk-unanswered',
      level: 'review',
      when: { item: 'core10-6', unanswered: true },
      message:
        'CORE-10 item 6 (plans to end their life) was not answered, so risk cannot be ruled out. A clinician should ask about it and review before relying on this result.',
      clientMessage:
        'One question about plans to end your life was left blank. That is okay. Your care team may ask you about it. If you have these thoughts, please tell someone today.',
      source:
        'A blank risk item is not a "no": risk is unknown until a clinician asks (item 6 is the CORE-10\'s only risk item; Barkham et al. 2013). Treated like an "unsure" answer, the conservative choice.',
    },
  ],
  missing: {
    kind: 'prorate',
    maxMissing: 1,
    source:
      'CORE System Trust: a pro-rated CORE-10 score may be used when one item is missing (https://www.coresystemtrust.org.uk/whats-in-a-name-1-scoring-core-measures/).',
  },
} as const satisfies InstrumentDefinition);
