import type { InstrumentDefinition, ItemIdOf, ScaleIdOf } from '../../scoring/types.js';

/**
 * What went wrong (issues) or what a caller should know (warnings) when reading FHIR resources.
 *
 * Issues stop the import: `invalid_resource`, `invalid_questionnaire`, `unknown_link_id`,
 * `unanswerable` (no score can be found for the answer), `weight_conflict` (two sources give
 * different scores), `multiple_answers`, `duplicate_item`, `invalid_answer` (a score that is not on
 * the item's scale), `invalid_status`, `too_large`.
 *
 * Warnings travel with a successful import: `total_mismatch` (the response stores a total that
 * differs from the recomputed one), `total_not_computed`, `total_unreadable`, `declined` (a
 * data-absent-reason answer, read as missing), `answer_code_variant`, `no_system`,
 * `questionnaire_mismatch`, `not_completed`, `ignored_item`.
 *
 * @example
 * ```ts
 * const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'mood', answer: [{ valueInteger: 1 }] }] };
 * const r = fromQuestionnaireResponse(phq9, response);
 * if (!r.ok) r.issues.map((i) => [i.code, i.linkId]); // => [['unknown_link_id', 'mood']]
 * ```
 * @category FHIR
 */
export type FhirIssueCode =
  | 'invalid_resource'
  | 'unreadable_input'
  | 'invalid_questionnaire'
  | 'unknown_link_id'
  | 'unanswerable'
  | 'weight_conflict'
  | 'multiple_answers'
  | 'duplicate_item'
  | 'invalid_answer'
  | 'invalid_status'
  | 'too_large'
  | 'total_mismatch'
  | 'total_not_computed'
  | 'total_unreadable'
  | 'declined'
  | 'answer_code_variant'
  | 'no_system'
  | 'questionnaire_mismatch'
  | 'not_completed'
  | 'ignored_item';

/**
 * One issue or warning about a FHIR resource. It names the `linkId` (cut to 64 characters) and
 * the definition's item or scale id where known, gives the JSON path inside the resource, and
 * never carries more of the input than a short preview.
 *
 * @example
 * ```ts
 * const w: FhirIssue = {
 *   code: 'total_mismatch', linkId: 'H1/TS', item: 'total', path: ['item', 1],
 *   message: 'Item "H1/TS" stores a PHQ-9 total score of 13, but the answers give 10; use the recomputed 10.',
 * };
 * ```
 * @category FHIR
 */
export interface FhirIssue {
  /** What happened, as a stable code. */
  readonly code: FhirIssueCode;
  /** The FHIR item's `linkId` (cut to 64 characters), or `null` when it concerns the whole resource. */
  readonly linkId: string | null;
  /** The definition's item id or scale id this concerns, when known. */
  readonly item: string | null;
  /** Where in the resource, e.g. `['item', 0, 'item', 3, 'answer', 0]`. */
  readonly path: readonly (string | number)[];
  /** A short preview of the value received, when there is one. */
  readonly received?: string;
  /** The whole issue in one sentence. */
  readonly message: string;
}

/**
 * Options for {@link fromQuestionnaireResponse}.
 *
 * - `questionnaire`: the Questionnaire the response answers. Answer scores are then read from it
 *   (answerOption `ordinalValue`/`itemWeight`/`iso21090-CO-value` extensions, contained or listed
 *   ValueSets and CodeSystems), and its item codes map linkIds to the definition's items.
 * - `terminology`: extra ValueSet and CodeSystem resources (e.g. HL7's `CodeSystem/CSPHQ9` with
 *   its `itemWeight` property) to search for scores; nothing is fetched.
 * - `linkIds`: an explicit map from linkId to an item id or a scale id (a stored total), for
 *   forms whose linkIds carry neither (such as HL7's `H1/T1/Q1`).
 * - `unknownLinkIds`: whether an answered linkId that maps to nothing stops the import (`'issue'`,
 *   the default) or is skipped with a warning (`'warning'`).
 * - `baseUrl`: the base of securebase answer code systems (default {@link SECUREBASE_FHIR_BASE}).
 *
 * Options are read as they are at each call: nothing is cached by the identity of your objects.
 * To read many responses with the same options, use `createResponseReader`, which takes a snapshot
 * of them once.
 *
 * @example
 * ```ts
 * const opts: FromQuestionnaireResponseOptions = { questionnaire: toQuestionnaire(phq9), unknownLinkIds: 'warning' };
 * const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'mood', answer: [{ valueInteger: 1 }] }] };
 * const r = fromQuestionnaireResponse(phq9, response, opts);
 * if (r.ok) r.value.warnings[0]?.code; // => 'ignored_item'
 * ```
 * @category FHIR
 */
export interface FromQuestionnaireResponseOptions {
  /** The Questionnaire the response answers; answer scores and item codes are read from it (read as it is at each call; `createResponseReader` takes a snapshot). */
  readonly questionnaire?: unknown;
  /** Extra ValueSet and CodeSystem resources to search for answer scores; nothing is fetched (read as it is at each call; `createResponseReader` takes a snapshot). */
  readonly terminology?: readonly unknown[];
  /** linkId → item id or scale id, for forms whose linkIds say neither. */
  readonly linkIds?: { readonly [linkId: string]: string };
  /** Whether an answered linkId that maps to nothing is an `'issue'` (default) or a `'warning'`. */
  readonly unknownLinkIds?: 'issue' | 'warning';
  /** The base of securebase answer code systems; default {@link SECUREBASE_FHIR_BASE}. */
  readonly baseUrl?: string;
}

/**
 * A successful import: `responses` is a record keyed by item id, ready for `score`; an item
 * answered with a data-absent-reason code is `null`, an item not in the response is absent.
 * `reported` holds the totals the response stored itself (by scale id); they are never used for
 * scoring, only compared (see `warnings`).
 *
 * @example
 * ```ts
 * const item = [1, 1, 2, 1, 0, 1, 1, 0, 1].map((v, i) => ({ linkId: `phq9-${i + 1}`, answer: [{ valueInteger: v }] }));
 * const r = fromQuestionnaireResponse(phq9, { resourceType: 'QuestionnaireResponse', status: 'completed', item });
 * if (r.ok) score(phq9, r.value.responses).scales.total?.value; // => 8
 * ```
 * @category FHIR
 */
export interface FhirImport<T extends InstrumentDefinition = InstrumentDefinition> {
  /** Answers by item id, ready for `score`: `null` for a declined answer, absent when not in the response. */
  readonly responses: { readonly [K in ItemIdOf<T>]?: number | null };
  /** Totals the response stored itself, by scale id; compared, never used for scoring. */
  readonly reported: { readonly [K in ScaleIdOf<T>]?: number };
  /** What a caller should know (such as `total_mismatch`); the import still succeeded. */
  readonly warnings: readonly FhirIssue[];
}
