/** Returned by {@link cellValue} for a cell that is not a number. */
export const NOT_A_NUMBER = Symbol('not a number');

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Converts one CSV cell of an item column exactly:
 *
 * - `""` (or only spaces) and any `--na` marker → missing (`null`);
 * - plain decimal notation (`3`, ` 3 `, `+3`, `3.0`, `3.50`, `.5`) → that number (so `"3.0"` is 3);
 * - anything else (`three`, `3e0`, `0x3`, `1,5`, `NaN`, `Infinity`) → {@link NOT_A_NUMBER}.
 *
 * Whether the number is on the item's scale (range, whole numbers) is the scoring engine's check.
 */
export function cellValue(cell: string, na: ReadonlySet<string> | null): number | null | typeof NOT_A_NUMBER {
  if (cell.length === 1 && na === null) {
    const c = cell.charCodeAt(0) - 48;
    if (c >= 0 && c <= 9) return c;
  }
  const t = cell.trim();
  if (t === '' || na?.has(t)) return null;
  return DECIMAL.test(t) ? Number(t) : NOT_A_NUMBER;
}
