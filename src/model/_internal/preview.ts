/** How many characters of a string an error message may show. @internal */
export const PREVIEW_CHARS = 24;

/**
 * A string as error messages show it: JSON-quoted and cut to {@link PREVIEW_CHARS} characters
 * (code points), with `…` when cut. Every room's preview of untrusted values shows strings this
 * way; they differ only in how they name other values.
 *
 * @internal
 */
export function _previewText(value: string): string {
  const chars = [...value.slice(0, PREVIEW_CHARS + 8)];
  // The slice can end between the two halves of a character (an emoji); never show half of one.
  if (/^[\uD800-\uDBFF]$/.test(chars[chars.length - 1] ?? '')) chars.pop();
  const cut = chars.slice(0, PREVIEW_CHARS).join('');
  return JSON.stringify(cut) + (cut.length < value.length ? '…' : '');
}
