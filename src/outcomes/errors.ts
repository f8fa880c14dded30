/**
 * Thrown by every outcome function when an argument is invalid: a value that is not a finite
 * number, a reliability outside (0, 1), a standard deviation of 0 or less, an unknown direction,
 * a total outside its instrument's range, a result from the wrong instrument. It is a
 * `RangeError`, so generic handlers catch it; `field` names the argument (for example
 * `"reliability"` or `"pre.phq9"`), `received` is a short preview of the value (never more of the
 * input than that) and `expected` says what was wanted.
 *
 * Missing data is not an error: a missing total or score gives a result that says "not
 * assessable" and why, and cohort functions report excluded rows instead of throwing.
 *
 * @example
 * ```ts
 * import { reliableChange, OutcomeInputError } from 'securebase';
 * try {
 *   reliableChange({ pre: 20, post: 10, sdPre: 5, reliability: 1.2, direction: 'lower-is-better' });
 * } catch (e) {
 *   if (e instanceof OutcomeInputError) e.field; // => 'reliability'
 * }
 * ```
 * @category Outcomes
 */
export class OutcomeInputError extends RangeError {
  /** Always `'OutcomeInputError'`. */
  override readonly name = 'OutcomeInputError';
  /** The argument at fault, as a path (`"reliability"`, `"pre.phq9"`, `"options.scale"`). */
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
