import type { SafeResult } from '../../model/issue.js';
import type { InstrumentDefinition } from '../../scoring/types.js';
import { _prepare } from './_internal/prepare.js';
import { _read } from './_internal/read.js';
import type { FhirImport, FhirIssue, FromQuestionnaireResponseOptions } from './types.js';

/**
 * Reads a FHIR R4 QuestionnaireResponse into responses for `score`, finding each answer's score
 * wherever real files keep it, and checks any total the response stores. For many responses,
 * {@link createResponseReader} reads the options once and is faster; the results are the same.
 *
 * Linking: a linkId maps to an item when it equals the item id, the item's code (`44250-9`),
 * `/<code>` or ends in `/<code>`, when the Questionnaire item with that linkId has the item's
 * code, or when `options.linkIds` says so. Items may be flat or nested (also under answers).
 *
 * Scores: from the response's own `ordinalValue`/`itemWeight` extension; with the Questionnaire,
 * from answerOption extensions (`ordinalValue`, `itemWeight`, `iso21090-CO-value`, STU3 names),
 * the item's answerValueSet (contained or by URL: compose concepts, expansion extensions and
 * `itemWeight` properties) and CodeSystems with the coding's system (contained in either resource
 * or in `options.terminology`: concept extension or `itemWeight` property); and from the
 * definition's answer codes per item (e.g. GAD-7 item 2 "More days than not" LA18938-3).
 * `valueInteger`/`valueDecimal`/`valueQuantity` answers without a listed score are used as they
 * are. When two sources give different scores the import stops with a `weight_conflict` issue:
 * it never picks one silently. A data-absent-reason answer is read as missing, with a warning.
 *
 * Totals: an answer to the total's code (e.g. 44261-6) or `options.linkIds` target scale is kept
 * in `reported` and compared with the recomputed score; a difference is a `total_mismatch`
 * warning (HL7's SDC example PHQ-9 response stores 13 where its answers sum to 10).
 *
 * Never throws on bad input: unknown linkIds, answers without a score, malformed resources,
 * scores off the item's scale, and a response, Questionnaire or option that throws when read
 * (a getter, a Proxy) come back as issues that name the linkId or the path and show only short
 * previews. Arguments of the wrong kind are programming errors and throw: a `TypeError` naming
 * `instrument`, a {@link FhirOptionsError} naming the option.
 *
 * The result depends only on what the arguments hold at the time of the call: nothing is kept
 * between calls.
 *
 * @example
 * ```ts
 * import { phq9 } from 'securebase';
 * import { fromQuestionnaireResponse, toQuestionnaire } from 'securebase/fhir';
 * const questionnaire = toQuestionnaire(phq9);
 * const coded = (linkId: string, code: string) => ({ linkId, answer: [{ valueCoding: { system: 'http://loinc.org', code } }] });
 * const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [coded('phq9-1', 'LA6570-1'), coded('phq9-2', 'LA6569-3')] };
 * const r = fromQuestionnaireResponse(phq9, response, { questionnaire });
 * if (r.ok) r.value.responses; // => { 'phq9-1': 2, 'phq9-2': 1 }
 * ```
 * @category FHIR
 */
export function fromQuestionnaireResponse<const T extends InstrumentDefinition>(
  instrument: T,
  response: unknown,
  options: FromQuestionnaireResponseOptions = {},
): SafeResult<FhirImport<T>, FhirIssue> {
  const p = _prepare('fromQuestionnaireResponse', instrument, options, false);
  if ('unreadable' in p) return { ok: false, issues: Object.freeze([p.issue]) };
  return _read(p, response) as SafeResult<FhirImport<T>, FhirIssue>;
}
