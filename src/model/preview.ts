// The one value preview and the one path formatter every room uses in its messages. Not part of
// the public API (not exported from the model barrel); each function is marked @internal.

/** How many characters of a string an error message may show. @internal */
export const PREVIEW_CHARS = 24;

/**
 * A string as error messages show it: JSON-quoted and cut to {@link PREVIEW_CHARS} characters
 * (code points), with `…` when cut. Escapes count against the cut too (at most twice
 * {@link PREVIEW_CHARS} characters between the quotes), so a string of control characters or lone
 * surrogates, which JSON writes as six characters each (`\ud83d`), cannot make a message long.
 *
 * @internal
 */
export function _previewText(value: string): string {
  let out = '';
  let shown = 0;
  let read = 0;
  // Code point by code point: never shows half of a character (an emoji), and reads no further than it shows.
  for (const ch of value) {
    const escaped = JSON.stringify(ch).slice(1, -1);
    if (shown === PREVIEW_CHARS || out.length + escaped.length > 2 * PREVIEW_CHARS) break;
    out += escaped;
    shown++;
    read += ch.length;
  }
  return `"${out}"${read < value.length ? '…' : ''}`;
}

/**
 * A short, safe preview of an untrusted value for messages: strings cut to 24 characters,
 * numbers and booleans as written, everything else named, never dumped. It reads no property of
 * an object (so a throwing getter or a Proxy cannot make it throw) beyond an array's length.
 *
 * @internal
 */
export function _preview(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return _previewText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint': {
      const s = `${value}n`;
      return s.length > PREVIEW_CHARS ? `${s.slice(0, PREVIEW_CHARS)}…` : s;
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        if (Array.isArray(value)) return `an array of ${value.length}`;
      } catch {
        return 'an unreadable object';
      }
      return 'an object';
  }
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A path as a developer writes it: `riskScreen.selfHarm.recency`, `caregivers[0].relationship`,
 * `measures["phq-9"][3]`; `(the whole input)` for the empty path.
 *
 * @internal
 */
export function _formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = typeof key === 'symbol' ? 'symbol' : key.length > 40 ? `${key.slice(0, 40)}…` : key;
      out += IDENT.test(k) ? (out === '' ? k : `.${k}`) : `[${JSON.stringify(k)}]`;
    }
  }
  return out === '' ? '(the whole input)' : out;
}

/**
 * Where reading an untrusted value throws (a throwing getter, a Proxy trap, a revoked Proxy), as
 * well as can be told: the path of the first property whose read throws, walking the value
 * breadth first; `[]` when the value itself cannot be read. For an issue's `path` after a read
 * threw; it reads at most `limit` properties.
 *
 * @internal
 */
export function _unreadablePath(value: unknown, limit = 10_000): (string | number)[] {
  const queue: { readonly v: unknown; readonly path: (string | number)[] }[] = [{ v: value, path: [] }];
  let reads = 0;
  for (let q = 0; q < queue.length && reads < limit; q++) {
    const { v, path } = queue[q] as { v: unknown; path: (string | number)[] };
    if (v === null || typeof v !== 'object') continue;
    let keys: string[];
    let isArray: boolean;
    try {
      isArray = Array.isArray(v);
      keys = Object.keys(v);
    } catch {
      return path;
    }
    for (const k of keys) {
      if (++reads > limit) break;
      const key = isArray && /^\d+$/.test(k) ? Number(k) : k;
      try {
        queue.push({ v: (v as Record<string, unknown>)[k], path: [...path, key] });
      } catch {
        return [...path, key];
      }
    }
  }
  return [];
}
