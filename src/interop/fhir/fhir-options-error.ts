/**
 * Thrown by {@link createResponseReader} and {@link fromQuestionnaireResponse} when an option is
 * of the wrong kind or names something the definition does not have (an `options.linkIds` target
 * that is no item id or scale id, `terminology` that is not an array...). It is a `RangeError`,
 * so generic handlers catch it; `field` names the option as a path (`"options.linkIds.A"`),
 * `received` is a short preview of the value and `expected` says what was wanted.
 *
 * Bad *responses* are never thrown: they come back as issues.
 *
 * @example
 * ```ts
 * import { phq9 } from 'securebase';
 * import { createResponseReader, FhirOptionsError } from 'securebase/fhir';
 * let field = '';
 * try {
 *   createResponseReader(phq9, { linkIds: { mood: 'phq9-99' } });
 * } catch (e) {
 *   if (e instanceof FhirOptionsError) field = e.field;
 * }
 * field; // => 'options.linkIds.mood'
 * ```
 * @category FHIR
 */
export class FhirOptionsError extends RangeError {
  /** Always `'FhirOptionsError'`. */
  override readonly name = 'FhirOptionsError';
  /** The option at fault, as a path (`"options.terminology"`, `"options.linkIds.A"`). */
  readonly field: string;
  /** A short preview of the value received. */
  readonly received: string;
  /** What was expected, in words. */
  readonly expected: string;
  constructor(fn: string, field: string, received: string, expected: string) {
    super(`${fn}: ${field} must be ${expected}, received ${received}.`);
    this.field = field;
    this.received = received;
    this.expected = expected;
  }
}
