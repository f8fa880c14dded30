import type { ResponseScale } from '../../scoring/types.js';

/**
 * The 7-point agreement scale of Fraley's ECR family (1 = strongly disagree ... 7 = strongly
 * agree, 4 = neutral/mixed). Anchor wording CORROBORATED by secondary sources; Fraley's page was
 * not readable directly.
 *
 * @internal
 */
export const agree7: ResponseScale = {
  min: 1,
  max: 7,
  anchors: [
    { value: 1, label: 'Strongly disagree' },
    { value: 4, label: 'Neutral/mixed' },
    { value: 7, label: 'Strongly agree' },
  ],
};
