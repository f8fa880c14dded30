import type * as z from 'zod';
import { _readPlain } from '../../exercises/read-plain.js';
import type { SafeResult } from '../../model/issue.js';
import { _preview } from '../../model/preview.js';

/** An issue any stored state can give when it is restored (each restore's public issue type holds these codes). @internal */
export interface _RestoreIssue {
  readonly code: 'invalid_json' | 'outdated' | 'newer_version' | 'missing_version' | 'invalid_state' | 'unreadable_input';
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A path inside a stored state, as the messages write it (`state.history.3.at`). */
const _where = (path: readonly PropertyKey[]): string => (path.length === 0 ? 'state' : `state.${path.map(String).join('.')}`);

/** What one kind of stored state is: its format version, how to check it, and what to do when it is outdated. @internal */
export interface _StateFormat<T> {
  readonly version: number;
  /** Said after an outdated version ("Start a new session."). */
  readonly startAgain: string;
  /** Brings the data of an older version up to date, or refuses it; `null` when that version cannot be brought up to date. */
  readonly upgrade?: (
    data: Record<string, unknown>,
    version: number,
  ) => { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: _RestoreIssue } | null;
  /** The schema check (the schema's `safeParse`). */
  readonly parse: (data: unknown) => z.ZodSafeParseResult<T>;
}

/**
 * Restores a stored state in the steps every stored state shares: the input read once as plain
 * data (a throwing getter or Proxy gives an issue, never a throw), JSON text parsed, the format
 * version checked (an older one brought up to date where `upgrade` can), then the schema with every
 * issue named by its path. The caller freezes the value and adds its own checks.
 *
 * @internal
 */
export function _restoreState<T>(input: unknown, format: _StateFormat<T>): SafeResult<T, _RestoreIssue> {
  const read = _readPlain(input);
  if (!read.ok) {
    const path = read.at.path.slice(0, 8).map((p) => (typeof p === 'string' ? p.slice(0, 24) : p));
    const shown = read.at.path.length > 8 ? `${_preview(_where(path))}…` : _preview(_where(path));
    return { ok: false, issues: [{ code: 'unreadable_input', path, message: `${shown}: could not be read (${read.at.reason}).` }] };
  }
  let data = read.value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return { ok: false, issues: [{ code: 'invalid_json', path: [], message: `state: not valid JSON (received ${_preview(data)}).` }] };
    }
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const v = (data as Record<string, unknown>).version;
    if (typeof v !== 'number') {
      return {
        ok: false,
        issues: [{ code: 'missing_version', path: ['version'], message: `state.version: missing or not a number (received ${_preview(v)}).` }],
      };
    }
    const upgraded = v < format.version ? (format.upgrade?.(data as Record<string, unknown>, v) ?? null) : null;
    if (upgraded !== null) {
      if (!upgraded.ok) return { ok: false, issues: [upgraded.issue] };
      data = upgraded.value;
    } else if (v !== format.version) {
      const older = v < format.version;
      return {
        ok: false,
        issues: [
          {
            code: older ? 'outdated' : 'newer_version',
            path: ['version'],
            message: older
              ? `state.version: ${_preview(v)} is outdated; this version of securebase reads version ${format.version}. ${format.startAgain}`
              : `state.version: ${_preview(v)} was written by a newer securebase (this one reads version ${format.version}).`,
          },
        ],
      };
    }
  }
  const parsed = format.parse(data);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: 'invalid_state' as const,
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: `${_where(i.path)}: ${i.message}`,
      })),
    };
  }
  return { ok: true, value: parsed.data };
}
