// Small text helpers shared by the exercise engine. Not part of the public API.
import { _deepFreeze } from '../../model/freeze.js';
import { _preview } from '../../model/preview.js';

export { _deepFreeze, _preview };

/** A plain-language name for the type of an untrusted value. @internal */
export function _kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : t === 'undefined' ? 'undefined' : `a ${t}`;
}

/** Words in a text: whitespace-separated tokens that hold at least one letter or digit. @internal */
export function _wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** Upper-cases the first letter of a string (locale-independent). @internal */
export function _capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}

/** True when `before` (the text before some position) ends where a new sentence starts. @internal */
export function _atSentenceStart(before: string): boolean {
  const trimmed = before.replace(/[\s"“‘'(]+$/u, '');
  return trimmed === '' || /[.!?…]["”’)]*$/u.test(trimmed) || /\n\s*$/u.test(before);
}

/** Rounds seconds to whole milliseconds, so sums do not drift. @internal */
export function _ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Throws a TypeError unless `script` looks like the output of `personalize` (a raw script would
 * leak unfilled placeholders and every variant's steps). @internal
 */
export function _assertPersonalized(script: unknown, fn: string): void {
  const s = script as { durationSeconds?: unknown; personalized?: unknown; steps?: unknown } | null;
  if (s === null || typeof s !== 'object' || typeof s.durationSeconds !== 'number' || typeof s.personalized !== 'object' || !Array.isArray(s.steps)) {
    throw new TypeError(`${fn}: expected a personalised script; call personalize(script, options) first.`);
  }
}
