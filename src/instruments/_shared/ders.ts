import type { ResponseScale } from '../../scoring/types.js';

/**
 * The 5-point frequency scale of the DERS and DERS-16: 1 = Almost never (0–10 %) … 5 = Almost
 * always (91–100 %). VERIFIED for the DERS-36 (scoring form PDF); the DERS-16 uses the same anchors
 * (CORROBORATED by an implementation).
 *
 * @internal
 */
export const dersFrequency: ResponseScale = {
  min: 1,
  max: 5,
  anchors: [
    { value: 1, label: 'Almost never (0–10%)' },
    { value: 2, label: 'Sometimes (11–35%)' },
    { value: 3, label: 'About half the time (36–65%)' },
    { value: 4, label: 'Most of the time (66–90%)' },
    { value: 5, label: 'Almost always (91–100%)' },
  ],
};
