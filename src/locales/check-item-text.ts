// Checking an app's own licensed item text (for an instrument whose translation securebase does not
// ship) for completeness: every item has text, and nothing names an item the instrument lacks.

/**
 * An app's licensed item text for one instrument in one language, keyed by item id
 * (`{ 'phq9-1': '…', 'phq9-2': '…' }`).
 *
 * @example
 * ```ts
 * const text: ItemText = { 'gad7-1': 'My licensed wording of item 1' };
 * ```
 * @category Locales
 */
export type ItemText = Readonly<Record<string, string>>;

/**
 * One problem with an {@link ItemText}: an item without text (`missing_item`), a key that is not an
 * item of the instrument (`unknown_item`), or a value that is not usable text (`invalid_text`).
 * `path` is `['itemText', <item id>]`.
 *
 * @category Locales
 */
export interface ItemTextIssue {
  /** What is wrong. */
  readonly code: 'missing_item' | 'unknown_item' | 'invalid_text' | 'invalid_item_text';
  /** Where: `['itemText']` or `['itemText', <item id>]`. */
  readonly path: readonly string[];
  /** The whole issue in one sentence. */
  readonly message: string;
}

const short = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * Checks an app's licensed item text for an instrument: every item id of the instrument needs a
 * non-empty string, and every key must be an item id. Returns the issues (empty when complete), so
 * a questionnaire runner can refuse incomplete text rather than fall back to another language.
 * Item text of a translation ships with securebase only where its licence allows it and the
 * official wording could be read word for word (see docs/guides/locales.md); otherwise apps pass
 * their own licensed text this way.
 *
 * @example
 * ```ts
 * checkItemText(gad7, {}).length; // => gad7.items.length
 * checkItemText(gad7, { 'gad7-9': 'x' }).map((i) => i.code).includes('unknown_item'); // => true
 * const text = Object.fromEntries(gad7.items.map((item) => [item.id, `Texto con licencia ${item.id}`]));
 * checkItemText(gad7, text); // => []
 * ```
 * @category Locales
 */
export function checkItemText(
  instrument: { readonly id: string; readonly items: readonly { readonly id: string }[] },
  itemText: unknown,
): readonly ItemTextIssue[] {
  const issues: ItemTextIssue[] = [];
  if (itemText === null || typeof itemText !== 'object' || Array.isArray(itemText)) {
    return Object.freeze([
      Object.freeze({
        code: 'invalid_item_text' as const,
        path: Object.freeze(['itemText']),
        message: `itemText: expected an object of text by item id for ${instrument.id}.`,
      }),
    ]);
  }
  const given = itemText as Record<string, unknown>;
  const ids = new Set(instrument.items.map((i) => i.id));
  for (const id of ids) {
    const text = Object.hasOwn(given, id) ? given[id] : undefined;
    if (text === undefined)
      issues.push({ code: 'missing_item', path: ['itemText', id], message: `itemText.${id}: item ${id} of ${instrument.id} has no text.` });
    else if (typeof text !== 'string' || text.trim() === '')
      issues.push({ code: 'invalid_text', path: ['itemText', id], message: `itemText.${id}: expected the item's text, not empty.` });
  }
  for (const key of Object.keys(given)) {
    if (!ids.has(key))
      issues.push({ code: 'unknown_item', path: ['itemText', key.slice(0, 40)], message: `itemText: ${short(key)} is not an item of ${instrument.id}.` });
  }
  return Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
}
