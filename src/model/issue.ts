/**
 * The outcome of a `safe*` function: the value, or every issue found.
 *
 * @example
 * ```ts
 * const r: SafeResult<number, { message: string }> = { ok: true, value: 1 };
 * ```
 * @category Model
 */
export type SafeResult<TValue, TIssue> = { readonly ok: true; readonly value: TValue } | { readonly ok: false; readonly issues: readonly TIssue[] };

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
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * A published source: the reference as printed, plus a DOI or URL where one exists.
 *
 * @category Model
 */
export interface Citation {
  readonly text: string;
  readonly doi?: string;
  readonly url?: string;
}
