/**
 * An ISO 3166-1 alpha-2 region code in upper case (`'GB'`, `'US'`, `'NZ'`). Everything that shows
 * crisis help to a person takes one as its `region` option; with none, no phone number is named.
 *
 * @example
 * ```ts
 * const region: RegionCode = 'GB';
 * ```
 * @category Model
 */
export type RegionCode = string;

/** `true` for two upper-case letters (the form of an ISO 3166-1 alpha-2 code). @category Model */
export const isRegionCode = (value: unknown): value is RegionCode => typeof value === 'string' && /^[A-Z]{2}$/.test(value);
