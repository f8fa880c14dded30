/**
 * The outcome of a `safe*` function: the value, or every issue found.
 *
 * @example
 * ```ts
 * const r: SafeResult<number, { message: string }> = { ok: true, value: 1 };
 * ```
 * @category Model
 */
export type SafeResult<TValue, TIssue> =
  | {
      /** The input was valid. */
      readonly ok: true;
      /** The result. */
      readonly value: TValue;
    }
  | {
      /** The input was not valid. */
      readonly ok: false;
      /** Every issue found, not just the first. */
      readonly issues: readonly TIssue[];
    };

/**
 * A coded concept, as in FHIR `Coding`: a code from a named system.
 *
 * @example
 * ```ts
 * const phq9Total: Coding = { system: 'http://loinc.org', code: '44261-6', display: 'PHQ-9 total score' };
 * ```
 * @category Model
 */
export interface Coding {
  /** The code system's URI (for example `http://loinc.org`). */
  readonly system: string;
  /** The code in that system. */
  readonly code: string;
  /** The code's name, for people. */
  readonly display?: string;
}

/**
 * A published source: the reference as printed, plus a DOI or URL where one exists.
 *
 * @category Model
 */
export interface Citation {
  /** The reference as printed. */
  readonly text: string;
  /** Its DOI, without the `https://doi.org/` prefix. */
  readonly doi?: string;
  /** A URL where it can be read. */
  readonly url?: string;
}
