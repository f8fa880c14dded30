// Reading untrusted input once, as plain data, without ever throwing. Used by `safePersonalize`
// and `safeRestoreSession` (securebase/schemas). Not part of the public API.

/**
 * Where a value could not be read: the path inside the input, and why in a few words.
 *
 * @internal
 */
export interface _Unreadable {
  /** The path of the value that could not be read (keys and array indexes). */
  readonly path: readonly (string | number)[];
  /** Why, in a few words (never the text of the error thrown, which may echo input). */
  readonly reason: string;
}

/** The deepest nesting read; deeper input is refused (no script or state comes close). */
const MAX_DEPTH = 64;
/** The most values read in one input; more is refused (a script has a few hundred). */
const MAX_NODES = 200_000;

class Stop {
  constructor(readonly at: _Unreadable) {}
}

/**
 * Copies an untrusted value into plain data (arrays, plain objects with their own enumerable
 * string keys, and primitives), reading each property exactly once. A getter that throws, a Proxy
 * whose trap throws, a revoked Proxy, a cycle, or nesting deeper than 64 levels gives
 * `{ ok: false, at }` with the path; it never throws. Functions and symbols are kept as they are
 * (so the caller's kind checks still name them).
 *
 * @internal
 */
export function _readPlain(value: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly at: _Unreadable } {
  const path: (string | number)[] = [];
  const open = new Set<object>();
  let nodes = 0;
  const fail = (reason: string): never => {
    throw new Stop({ path: [...path], reason });
  };
  const read = (v: unknown, depth: number): unknown => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v;
    if (++nodes > MAX_NODES) fail('it holds too many values');
    if (depth > MAX_DEPTH) fail(`it is nested more than ${MAX_DEPTH} levels deep`);
    if (open.has(v)) fail('it contains itself');
    let isArray: boolean;
    try {
      isArray = Array.isArray(v);
    } catch {
      return fail('it is a revoked Proxy');
    }
    open.add(v);
    try {
      if (isArray) {
        let length: unknown;
        try {
          length = (v as unknown[]).length;
        } catch {
          return fail('its length could not be read');
        }
        if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0 || length > MAX_NODES) fail('its length is not usable');
        const out: unknown[] = [];
        for (let i = 0; i < (length as number); i++) {
          path.push(i);
          let item: unknown;
          try {
            item = (v as unknown[])[i];
          } catch {
            fail('reading it threw an error');
          }
          out.push(read(item, depth + 1));
          path.pop();
        }
        return out;
      }
      let keys: string[];
      try {
        keys = Object.keys(v);
      } catch {
        return fail('its keys could not be listed');
      }
      const out: Record<string, unknown> = Object.create(null);
      for (const key of keys) {
        path.push(key);
        let item: unknown;
        try {
          item = (v as Record<string, unknown>)[key];
        } catch {
          fail('reading it threw an error');
        }
        // A plain data property, never a prototype setter (`__proto__` stays an own key).
        Object.defineProperty(out, key, { value: read(item, depth + 1), enumerable: true, writable: true, configurable: true });
        path.pop();
      }
      return Object.setPrototypeOf(out, Object.prototype);
    } finally {
      open.delete(v);
    }
  };
  try {
    return { ok: true, value: read(value, 0) };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, at: e.at };
    // Anything else (a stack overflow) is still an unreadable input, never an exception.
    return { ok: false, at: { path: [...path], reason: 'it could not be read' } };
  }
}
