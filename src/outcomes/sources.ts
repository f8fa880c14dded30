import type { Citation } from '../model/issue.js';

/**
 * Jacobson & Truax (1991), the source of the reliable change index (RC) and of the clinical
 * significance cut-offs a, b and c used by {@link reliableChange} and {@link clinicalCutoffs}.
 * The article's first page was read (VERIFIED citation and DOI); the formulas were checked against
 * CRAN `clinicalsignificance` (which tests them on J&T's worked example) and `AWKruijt/JT-RCI`.
 *
 * @example
 * ```ts
 * import { jacobsonTruax1991 } from 'securebase';
 * jacobsonTruax1991.doi; // => '10.1037/0022-006X.59.1.12'
 * ```
 * @category Outcomes
 */
export const jacobsonTruax1991: Citation = /* @__PURE__ */ Object.freeze({
  text: 'Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical approach to defining meaningful change in psychotherapy research. Journal of Consulting and Clinical Psychology, 59(1), 12–19.',
  doi: '10.1037/0022-006X.59.1.12',
});

/**
 * Cronbach (1951), the source of coefficient alpha computed by {@link cronbachAlpha}. The
 * reference (volume 16, issue 3, pages 297–334) is CORROBORATED by several CRAN packages' docs;
 * no DOI is given here because none was confirmed. The implementation was checked against R
 * `psych::alpha` (raw alpha) on psych's `bfi` data.
 *
 * @example
 * ```ts
 * import { cronbach1951 } from 'securebase';
 * cronbach1951.text.startsWith('Cronbach, L. J. (1951)'); // => true
 * ```
 * @category Outcomes
 */
export const cronbach1951: Citation = /* @__PURE__ */ Object.freeze({
  text: 'Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika, 16(3), 297–334.',
});

/**
 * Bovin et al. (2016), the source of the PCL-5 cut-off range for probable PTSD: a total of 31–33
 * (on the 0–80 total of {@link pcl5}). Use it as the `cutoff` of a clinical-significance analysis
 * of PCL-5 totals, citing this article. The range is CORROBORATED by the National Center for
 * PTSD's summary and several clinical pages; the article's own text was not read. Reference and
 * DOI CORROBORATED by several citing sources (volume 28(11), pages 1379–1391).
 *
 * @example
 * ```ts
 * import { bovin2016 } from 'securebase';
 * bovin2016.doi; // => '10.1037/pas0000254'
 * ```
 * @category Outcomes
 */
export const bovin2016: Citation = /* @__PURE__ */ Object.freeze({
  text: 'Bovin, M. J., Marx, B. P., Weathers, F. W., Gallagher, M. W., Rodriguez, P., Schnurr, P. P., & Keane, T. M. (2016). Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders–Fifth Edition (PCL-5) in veterans. Psychological Assessment, 28(11), 1379–1391. (PCL-5 cut-off range for probable PTSD: 31–33.)',
  doi: '10.1037/pas0000254',
});
