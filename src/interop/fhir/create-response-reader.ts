import type { SafeResult } from '../../model/issue.js';
import { _preview as preview } from '../../model/preview.js';
import type { InstrumentDefinition } from '../../scoring/types.js';
import { _createFastPath } from './_internal/fast-path.js';
import { _prepare } from './_internal/prepare.js';
import { _read } from './_internal/read.js';
import { FhirOptionsError } from './fhir-options-error.js';
import type { FhirImport, FhirIssue, FromQuestionnaireResponseOptions } from './types.js';

/**
 * Options for {@link createResponseReader}: those of {@link fromQuestionnaireResponse}, plus
 * `fastPath`.
 *
 * - `fastPath`: `false` reads every response by the plain path (for benchmarks and tests; the
 *   results are the same either way). Default `true`.
 *
 * @example
 * ```ts
 * const options: ResponseReaderOptions = { questionnaire: toQuestionnaire(phq9), unknownLinkIds: 'warning' };
 * ```
 * @category FHIR
 */
export interface ResponseReaderOptions extends FromQuestionnaireResponseOptions {
  /** `false` reads every response by the plain path; the results are the same. Default `true`. */
  readonly fastPath?: boolean;
}

/**
 * Reads one QuestionnaireResponse (parsed JSON, untrusted) into responses for `score`; never throws.
 *
 * @category FHIR
 */
export type ResponseReader<T extends InstrumentDefinition = InstrumentDefinition> = (response: unknown) => SafeResult<FhirImport<T>, FhirIssue>;

const FN = 'createResponseReader';

/**
 * Compiles a reader for many QuestionnaireResponses of one instrument, as `fhirpath.compile` or
 * `ajv.compile` do: the options (Questionnaire, `terminology`, `linkIds`, ...) are checked and
 * read once, as a snapshot (a deep copy), and every response is then read against that snapshot.
 * Changing the caller's objects afterwards changes nothing for this reader; make a new reader for
 * new options. A definition that is not deep-frozen is copied too.
 *
 * The reader reads each response exactly as {@link fromQuestionnaireResponse} does (linking,
 * scores, issues and warnings are the same) and never throws: bad input, including objects that
 * throw when read, comes back as issues. It keeps what it learns about answers it has read (at
 * most 4,096 of them) inside itself, to read flat, clean responses faster; the results are the
 * same as without it.
 *
 * Throws a {@link FhirOptionsError} naming the option for options of the wrong kind (a
 * `linkIds` target that is no item or scale of the instrument, a Questionnaire that is not one,
 * options that throw when read), and a `TypeError` when `instrument` is not a definition.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'securebase';
 * import { createResponseReader, toQuestionnaire } from 'securebase/fhir';
 * const read = createResponseReader(phq9, { questionnaire: toQuestionnaire(phq9) });
 * const item = [2, 1, 0, 1, 1, 0, 2, 1, 3].map((v, i) => ({ linkId: `phq9-${i + 1}`, answer: [{ valueInteger: v }] }));
 * const r = read({ resourceType: 'QuestionnaireResponse', status: 'completed', item });
 * if (r.ok) score(phq9, r.value.responses).scales.total.value; // => 11
 * if (r.ok) score(phq9, r.value.responses).flags.map((f) => f.level); // => ['urgent']
 * const bad = read({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'mood', answer: [{ valueInteger: 1 }] }] });
 * if (!bad.ok) bad.issues[0]?.code; // => 'unknown_link_id'
 * ```
 * @category FHIR
 */
export function createResponseReader<const T extends InstrumentDefinition>(instrument: T, options: ResponseReaderOptions = {}): ResponseReader<T> {
  const p = _prepare(FN, instrument, options, true);
  if ('unreadable' in p) {
    const why = p.error instanceof Error ? p.error.name : 'an exception';
    throw new FhirOptionsError(FN, p.field, `a value that throws when read (${why})`, 'plain data');
  }
  if (p.questionnaire !== undefined && !('items' in p.questionnaire)) {
    throw new FhirOptionsError(FN, 'options.questionnaire', preview(options.questionnaire), 'a Questionnaire resource (with an item array, if any)');
  }
  const fastPath = (options as { readonly fastPath?: unknown }).fastPath;
  if (fastPath !== undefined && typeof fastPath !== 'boolean') throw new FhirOptionsError(FN, 'options.fastPath', preview(fastPath), 'a boolean');
  if (fastPath === false) return (response) => _read(p, response) as SafeResult<FhirImport<T>, FhirIssue>;
  const fast = _createFastPath(p);
  return (response) => {
    let r: SafeResult<FhirImport, FhirIssue> | undefined;
    try {
      r = fast(response);
    } catch {
      // Input that throws when read (a getter, a Proxy): the plain path reads it again and says where.
      r = undefined;
    }
    return (r ?? _read(p, response)) as SafeResult<FhirImport<T>, FhirIssue>;
  };
}
