import type { Coding } from '../../model/issue.js';
import type { ResponseScale } from '../../scoring/types.js';

/** A LOINC coding. */
// @__NO_SIDE_EFFECTS__
const loinc = (code: string, display: string): Coding => ({ system: 'http://loinc.org', code, display });

/**
 * The 4-point frequency scale of the PHQ family ("over the last 2 weeks"): 0 = Not at all,
 * 1 = Several days, 2 = More than half the days, 3 = Nearly every day, with the LOINC answer codes
 * of answer list LL358-3 (VERIFIED: loinc.org/LL358-3; LHC-Forms PHQ-9 Questionnaire). Shared by
 * PHQ-9 items 1–9 and GAD-7 items 1–7. One GAD-7 item overrides the value-2 code (see `gad7`).
 *
 * @internal
 */
export const phqFrequency: ResponseScale = {
  min: 0,
  max: 3,
  anchors: [
    { value: 0, label: 'Not at all', code: loinc('LA6568-5', 'Not at all') },
    { value: 1, label: 'Several days', code: loinc('LA6569-3', 'Several days') },
    { value: 2, label: 'More than half the days', code: loinc('LA6570-1', 'More than half the days') },
    { value: 3, label: 'Nearly every day', code: loinc('LA6571-9', 'Nearly every day') },
  ],
};

/**
 * The functional-difficulty scale that closes the PHQ-9 and GAD-7 forms: 0 = Not difficult at
 * all … 3 = Extremely difficult (CamCOPS codes PHQ-9 q10 the same way, 0–3). LOINC answer codes as
 * used by PHQ-9 item 69722-7 (VERIFIED: LHC-Forms Questionnaire). The codes are **not** in numeric
 * order: "Very difficult" is LA6575-0 and "Extremely difficult" is LA6574-3. Map by code, never by
 * sorting codes. Never part of a total.
 *
 * @internal
 */
export const phqDifficulty: ResponseScale = {
  min: 0,
  max: 3,
  anchors: [
    { value: 0, label: 'Not difficult at all', code: loinc('LA6572-7', 'Not difficult at all') },
    { value: 1, label: 'Somewhat difficult', code: loinc('LA6573-5', 'Somewhat difficult') },
    { value: 2, label: 'Very difficult', code: loinc('LA6575-0', 'Very difficult') },
    { value: 3, label: 'Extremely difficult', code: loinc('LA6574-3', 'Extremely difficult') },
  ],
};
