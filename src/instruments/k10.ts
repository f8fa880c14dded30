import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';

/**
 * K10, the Kessler Psychological Distress Scale (Kessler et al. 2002): ten items about
 * non-specific psychological distress (anxiety and depressive symptoms) over the last 30 days,
 * each 1 = None of the time … 5 = All of the time, summed 10–50.
 *
 * - **Total** (`total`): bands of the Australian Bureau of Statistics (ABS), drawn from Andrews &
 *   Slade (2001): 10–15 Low, 16–21 Moderate, 22–29 High, 30–50 Very high distress. Other
 *   groupings are in use (the ABS itself says none is universally agreed); these bands describe
 *   distress, not a diagnosis.
 * - **Coding**: 1–5 per item, as in Australian use and in these bands. US use often codes 0–4
 *   (total 0–40): subtract 10 from this total to compare, and never use these bands on a 0–40
 *   total.
 * - **Item order** follows the a–j numbering of the K10+ form (item 8 "so depressed that nothing
 *   could cheer you up", 9 "everything was an effort"). Other forms order the items differently
 *   (some Australian forms swap those two; one survey listing starts with "depressed"): map
 *   answers by meaning, never by position, when importing such data. The total is the same.
 * - **No risk item**, so no flag. A "Very high" score "may indicate a need for professional help"
 *   (ABS), but the K10 does not ask about suicidal thoughts: a low score never rules out risk.
 * - **Missing answers**: no prorating (a total with any item missing has no value).
 * - **Licence**: the terms of use were not confirmed at the source, so item text is not included.
 *
 * @example
 * ```ts
 * const r = score(k10, [2, 3, 2, 2, 3, 1, 3, 2, 3, 1]);
 * r.scales.total.value; // => 22
 * r.scales.total.band?.label; // => 'High'
 * ```
 * @category Instruments
 */
export const k10 = /* @__PURE__ */ _builtin({
  id: 'k10',
  name: 'Kessler Psychological Distress Scale',
  abbreviation: 'K10',
  version: '1.0.0',
  description: 'Non-specific psychological distress over the last 30 days: ten items scored 1–5, summed 10–50, with the Australian Bureau of Statistics bands.',
  citations: [
    {
      text: 'Kessler, R. C., Andrews, G., Colpe, L. J., Hiripi, E., Mroczek, D. K., Normand, S. L. T., Walters, E. E., & Zaslavsky, A. M. (2002). Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychological Medicine, 32(6), 959–976.',
      doi: '10.1017/S0033291702006074',
    },
    {
      text: 'Andrews, G., & Slade, T. (2001). Interpreting scores on the Kessler Psychological Distress Scale (K10). Australian and New Zealand Journal of Public Health, 25(6), 494–497.',
      doi: '10.1111/j.1467-842X.2001.tb00310.x',
    },
    {
      text: 'Australian Bureau of Statistics (2012). Information Paper: Use of the Kessler Psychological Distress Scale in ABS Health Surveys, Australia, 2007-08 (cat. no. 4817.0.55.001): K10 scoring, Table D and Table E.',
      url: 'http://abs.gov.au/ausstats/abs@.nsf/Lookup/34333D54F054CE51CA2579D50015D786',
    },
    {
      text: 'K10 and K6 scales, National Comorbidity Survey, Harvard Medical School.',
      url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
    },
  ],
  licence: {
    summary:
      'Developed by Ronald C. Kessler and colleagues with support from the U.S. National Center for Health Statistics; the scales are published by the National Comorbidity Survey at Harvard Medical School and widely reproduced by government health surveys. No licence statement was found at the source, so item text is not included: take it from the published scale and confirm the terms for your use.',
    itemTextIncluded: false,
    url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
  },
  notes: [
    'Scoring VERIFIED in the ABS Information Paper 4817.0.55.001 (read with the search tool): each item 1 = none of the time, 2 = a little of the time, 3 = some of the time, 4 = most of the time, 5 = all of the time (Table D); total 10–50; "In the US, the K10 is typically scored ... 0 ... 4 ... total ... 0 and ... 40".',
    'Bands VERIFIED in the same ABS paper, Table E: 10–15 Low, 16–21 Moderate, 22–29 High, 30–50 Very high, "developed drawing on an amalgam of the work of the Clinical Research Unit for Anxiety and Depression (CRUfAD), Andrews and Slade (2001), and Korten". The paper also says "no universally agreed categories or groupings exist for K10 scores" and lists other groupings used in primary care; Andrews & Slade (2001) itself was not read here.',
    'Item order CORROBORATED, not verified against a form from Kessler\'s group: the UCL data wiki page on the K10 (numbering "as in the K10+ version", citing Kessler et al. 2002) and several independent public implementations list 1a tired out for no good reason, 1b nervous, 1c so nervous that nothing could calm you down, 1d hopeless, 1e restless or fidgety, 1f so restless that you could not sit still, 1g depressed, 1h so depressed that nothing could cheer you up, 1i everything was an effort, 1j worthless; items 1–10 here follow that order. Other orders are in use: some Australian copies put "everything was an effort" before "so sad that nothing could cheer you up", and the CLOSER Discovery page lists the same ten items starting with "depressed". The sum is unchanged; item-level data must be mapped by meaning.',
    'Skip rule NOT MODELLED: some interviewer-administered Australian versions skip item 3 when item 2 is "none of the time" and item 6 when item 5 is "none of the time", and score the skipped item as 1. The engine can mark an item as not asked but cannot give a not-asked item a value, so this rule cannot be said in today\'s definition language; record 1 for a skipped item. The rule itself is UNVERIFIED here (not read at an ABS source).',
    'Licence UNVERIFIED: the Harvard NCS page describes the scales and their development with U.S. government support but no licence statement was read; secondary sources say use is free without permission. Item text is withheld until the terms are confirmed. LOINC: no K10 panel or total code was found (UNVERIFIED whether one exists), so none is given.',
    'Missing data: no published prorating rule was read (UNVERIFIED); none is applied.',
  ],
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'None of the time' },
        { value: 2, label: 'A little of the time' },
        { value: 3, label: 'Some of the time' },
        { value: 4, label: 'Most of the time' },
        { value: 5, label: 'All of the time' },
      ],
    },
  },
  items: [
    { number: 1, id: 'k10-1', gloss: 'tired out for no good reason' },
    { number: 2, id: 'k10-2', gloss: 'nervous' },
    { number: 3, id: 'k10-3', gloss: 'so nervous nothing could calm them down' },
    { number: 4, id: 'k10-4', gloss: 'hopeless' },
    { number: 5, id: 'k10-5', gloss: 'restless or fidgety' },
    { number: 6, id: 'k10-6', gloss: 'so restless they could not sit still' },
    { number: 7, id: 'k10-7', gloss: 'depressed' },
    { number: 8, id: 'k10-8', gloss: 'so depressed nothing could cheer them up' },
    { number: 9, id: 'k10-9', gloss: 'everything was an effort' },
    { number: 10, id: 'k10-10', gloss: 'worthless' },
  ],
  scales: [
    {
      id: 'total',
      label: 'K10 total score',
      items: ['k10-1', 'k10-2', 'k10-3', 'k10-4', 'k10-5', 'k10-6', 'k10-7', 'k10-8', 'k10-9', 'k10-10'],
      aggregate: 'sum',
      higherIs: 'worse',
      bands: [
        { min: 10, max: 15, label: 'Low' },
        { min: 16, max: 21, label: 'Moderate' },
        { min: 22, max: 29, label: 'High' },
        { min: 30, max: 50, label: 'Very high' },
      ],
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);
