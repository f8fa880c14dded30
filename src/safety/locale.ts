// Choosing the language of client-facing text: the `locale` option every function that words
// something for a person takes. English lives in the code and the definitions; other languages come
// from a LocalePack the caller imports (`securebase/locales/es`), so an app bundles only those.
import type { LocalePack } from '../model/locale.js';
import { _preview } from '../model/preview.js';

/**
 * The `locale` option: `'en'` (or left out) for English, the source language, or a
 * {@link LocalePack} imported from its own entry point, as date-fns takes its locales:
 * `import { es } from 'securebase/locales/es'`, then `{ locale: es }`. A language tag other than
 * `'en'` (such as `'es'` without the pack) is refused, never answered in English.
 *
 * @example
 * ```ts
 * const english: LocaleOption = 'en';
 * ```
 * @category Safety
 */
export type LocaleOption = 'en' | LocalePack;

/**
 * Thrown when the `locale` option is not `'en'` or a locale pack (`code: 'unknown_locale'`), or
 * when a pack lacks a string the call needs (`code: 'missing_strings'`, with their ids in
 * `missing`). Text is never shown in English in place of a missing translation.
 *
 * @example
 * ```ts
 * try {
 *   crisisHelp({ locale: 'es' as never });
 * } catch (e) {
 *   if (e instanceof LocaleError) e.code; // => 'unknown_locale'
 * }
 * ```
 * @category Safety
 */
export class LocaleError extends Error {
  /** Always `'LocaleError'`. */
  override readonly name = 'LocaleError';
  /** `unknown_locale` (the option is not `'en'` or a pack) or `missing_strings` (the pack lacks ids). */
  readonly code: 'unknown_locale' | 'missing_strings';
  /** The locale asked for, as a short preview. */
  readonly locale: string;
  /** The ids of the strings the pack lacks (empty for `unknown_locale`). */
  readonly missing: readonly string[];
  constructor(code: 'unknown_locale' | 'missing_strings', locale: string, message: string, missing: readonly string[] = []) {
    super(message);
    this.code = code;
    this.locale = locale;
    this.missing = Object.freeze([...missing]);
  }
}

/** A locale option that was read: `null` for English, or the pack. @internal */
export type _Locale = LocalePack | null;

/** How to get a pack, for messages: the import line for a tag. @internal */
export const _importHint = (tag: string): string =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(tag)
    ? `import { ${tag.replace(/-/gu, '')} } from 'securebase/locales/${tag}' and pass the pack itself ({ locale: ${tag.replace(/-/gu, '')} })`
    : "pass 'en' or a locale pack such as es from 'securebase/locales/es'";

/**
 * Reads a `locale` option: `{ ok: true, pack }` (`null` for English) or `{ ok: false, message }`
 * saying how to import the pack. Never throws. @internal
 */
export function _readLocale(
  option: unknown,
): { readonly ok: true; readonly pack: _Locale } | { readonly ok: false; readonly received: string; readonly message: string } {
  if (option === undefined || option === 'en') return { ok: true, pack: null };
  try {
    if (typeof option === 'string') {
      const received = _preview(option);
      return {
        ok: false,
        received,
        message: `locale ${received} is not a shipped pack passed by value: ${_importHint(option)}. Only 'en' is accepted as a string.`,
      };
    }
    if (option !== null && typeof option === 'object') {
      const o = option as Record<string, unknown>;
      const tag = o.locale;
      const strings = o.strings;
      if (
        typeof tag === 'string' &&
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(tag) &&
        typeof o.name === 'string' &&
        strings !== null &&
        typeof strings === 'object'
      ) {
        if (tag === 'en') return { ok: true, pack: null };
        return { ok: true, pack: option as LocalePack };
      }
    }
  } catch {
    // A throwing getter or Proxy: refused below.
  }
  const received = _preview(option);
  return {
    ok: false,
    received,
    message: `locale: expected 'en' or a locale pack { locale, name, strings } (such as es from 'securebase/locales/es'), received ${received}.`,
  };
}

/** {@link _readLocale} that throws a {@link LocaleError}. @internal */
export function _localeOrThrow(option: unknown, fn: string): _Locale {
  const r = _readLocale(option);
  if (!r.ok) throw new LocaleError('unknown_locale', r.received, `${fn}: ${r.message}`);
  return r.pack;
}

/** The BCP 47 tag of a read locale (`'en'` for English). @internal */
export const _tagOf = (pack: _Locale): string => (pack === null ? 'en' : pack.locale);

/**
 * Looks up the string `id` in the pack, or gives `english` for English. A missing id is pushed on
 * `missing` and `english` returned (the caller then refuses the whole call). @internal
 */
export function _word(pack: _Locale, id: string, english: string, missing: string[]): string {
  if (pack === null) return english;
  const s = Object.hasOwn(pack.strings, id) ? pack.strings[id] : undefined;
  if (typeof s === 'string') return s;
  missing.push(id);
  return english;
}

/** Throws `missing_strings` when `missing` is not empty. @internal */
export function _assertComplete(pack: _Locale, missing: readonly string[], fn: string): void {
  if (pack === null || missing.length === 0) return;
  const ids = [...new Set(missing)];
  const shown = ids.slice(0, 3).join(', ');
  throw new LocaleError(
    'missing_strings',
    pack.locale,
    `${fn}: the ${pack.locale} pack has no string for ${shown}${ids.length > 3 ? ` (and ${ids.length - 3} more)` : ''}; add it to the pack (see docs/guides/locales.md).`,
    ids,
  );
}

/** Fills `{key}` holes of a UI template from `values` (values are never re-scanned). @internal */
export function _fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/gu, (m, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : m));
}
