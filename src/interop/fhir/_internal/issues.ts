import { _formatPath } from '../../../model/preview.js';
import type { FhirIssue, FhirIssueCode } from '../types.js';

/**
 * A JSON path as a linked list, innermost key first: extending it allocates one small node and
 * never copies, and the array an issue needs is built only when an issue is made ({@link _pathOf}).
 *
 * @internal
 */
export type _Path = { readonly up: _Path; readonly key: string | number } | null;

/** @internal */
export const _at = (up: _Path, key: string | number): _Path => ({ up, key });
/** @internal */
export const _under = (up: _Path, ...keys: readonly (string | number)[]): _Path => keys.reduce(_at, up);

/** @internal */
export function _pathOf(path: _Path): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p !== null; p = p.up) out.push(p.key);
  return out.reverse();
}

/** Cuts a linkId or a URL to 64 characters for messages. @internal */
export const _cut = (s: string): string => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
/** Formats a score for messages. @internal */
export const _fmt = (n: number): string => String(Math.round(n * 1e9) / 1e9);
/** How messages name an answered item; built only when a message is. @internal */
export const _itemLabel = (linkId: string, id: string): string => `Item ${JSON.stringify(_cut(linkId))} (${id})`;

/** A frozen issue. @internal */
export function _issue(code: FhirIssueCode, linkId: string | null, item: string | null, path: _Path, message: string, received?: string): FhirIssue {
  const out: FhirIssue = { code, linkId: linkId === null ? null : _cut(linkId), item, path: Object.freeze(_pathOf(path)), message };
  return Object.freeze(received === undefined ? out : { ...out, received });
}

/**
 * The issue for input that throws when read (a throwing getter, a Proxy trap, a revoked Proxy):
 * only reachable with input that is not parsed JSON. Names where reading stopped.
 *
 * @internal
 */
export function _unreadable(e: unknown, path: _Path, what = 'The response'): FhirIssue {
  const why = e instanceof Error ? e.name : 'an exception';
  const where = path === null ? '' : ` at ${_formatPath(_pathOf(path))}`;
  return _issue('unreadable_input', null, null, path, `${what} could not be read${where} (${why}); pass parsed JSON.`);
}
