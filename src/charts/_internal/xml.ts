// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids; they are removed.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML and HTML (element content and quoted attributes); drops characters XML forbids. */
export function _escape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
