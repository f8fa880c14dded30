/**
 * Safe readers for untrusted, parsed JSON. They read own properties only (never the prototype
 * chain), so keys such as `__proto__` or `constructor` in the input are plain data.
 *
 * @internal
 */
export type JsonObject = { readonly [key: string]: unknown };

/** @internal */
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** @internal */
export function field(o: unknown, key: string): unknown {
  return isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** @internal */
export function str(o: unknown, key: string): string | undefined {
  const v = field(o, key);
  return typeof v === 'string' ? v : undefined;
}

/** @internal */
export function num(o: unknown, key: string): number | undefined {
  const v = field(o, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The array at `key`, or an empty array when absent; `null` when present but not an array. @internal */
export function arr(o: unknown, key: string): readonly unknown[] | null {
  const v = field(o, key);
  if (v === undefined) return [];
  return Array.isArray(v) ? v : null;
}

/** The array at `key` when it is one, else empty (for lenient reads of reference resources). @internal */
export function list(o: unknown, key: string): readonly unknown[] {
  const v = field(o, key);
  return Array.isArray(v) ? v : [];
}
