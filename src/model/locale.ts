/**
 * A language pack: every client-facing string of one language, looked up by a stable id. Data
 * only, one entry point per language (`securebase/locales/es`), so an app bundles only the
 * languages it imports. English is the source: it lives in the definitions themselves
 * (instruments, exercise scripts, safety and planning texts) and is never looked up.
 *
 * Pass a pack wherever a function takes a `locale` option, as date-fns takes its locales:
 * `personalize(script, { locale: es, region: 'ES' })`.
 *
 * @example
 * ```ts
 * const pack: LocalePack = { locale: 'xx', name: 'Example', strings: { 'exercise.regulate.paced-breathing.title': '…' } };
 * pack.locale; // => 'xx'
 * ```
 * @category Model
 */
export interface LocalePack {
  /** The BCP 47 language tag (`'es'`). */
  readonly locale: string;
  /** The language's own name (`'Español'`). */
  readonly name: string;
  /** Every translated string, by its stable id (see {@link textId}). */
  readonly strings: Readonly<Record<string, string>>;
}

/** The kinds of registry entry whose client-facing strings a pack translates. @category Model */
export type TextKind = 'exercise' | 'instrument' | 'technique';

/**
 * The stable id of a client-facing string inside a registry entry: `<kind>.<entry id>.<path>`,
 * where the path is the string's place in the English definition, dotted, with array indexes
 * (`steps.3.text`, `items.8.text`, `responseScales.default.anchors.1.label`).
 *
 * @example
 * ```ts
 * textId('exercise', 'regulate.paced-breathing', 'steps.0.text'); // => 'exercise.regulate.paced-breathing.steps.0.text'
 * textId('instrument', 'phq-9', 'items.8.text'); // => 'instrument.phq-9.items.8.text'
 * ```
 * @category Model
 */
export const textId = (kind: TextKind, entryId: string, path: string): string => `${kind}.${entryId}.${path}`;
