/**
 * Where a snapshot could not read its input, and why (a throwing getter, a Proxy trap, a revoked
 * Proxy): the path from the snapshot's root.
 *
 * @internal
 */
export interface _Unreadable {
  readonly unreadable: true;
  readonly path: readonly (string | number)[];
  readonly error: unknown;
}

/**
 * A deep, frozen copy of JSON-like data, as `structuredClone` makes it for parsed JSON: arrays by
 * index, other objects by their own enumerable string keys, primitives as they are (functions and
 * symbols become `undefined`). Iterative, so depth cannot overflow the stack; shared and circular
 * references are copied once and keep their shape. Reading the input runs its getters and Proxy
 * traps; one that throws gives {@link _Unreadable} with the path.
 *
 * @internal
 */
export function _snapshot(value: unknown): { readonly unreadable: false; readonly value: unknown } | _Unreadable {
  if (typeof value !== 'object' || value === null) return { unreadable: false, value: primitive(value) };
  const copies = new Map<object, Record<string | number, unknown>>();
  // Paths as linked lists (parent, key), made into arrays only for a failure: depth costs nothing.
  const paths = new Map<object, Link>();
  const stack: object[] = [];
  const copyOf = (o: object, path: Link): Record<string | number, unknown> => {
    let c = copies.get(o);
    if (c === undefined) {
      c = Array.isArray(o) ? ([] as unknown as Record<number, unknown>) : {};
      copies.set(o, c);
      paths.set(o, path);
      stack.push(o);
    }
    return c;
  };
  let base: Link = null;
  let key: string | number | undefined;
  try {
    const root = copyOf(value, null);
    while (stack.length > 0) {
      const o = stack.pop() as object;
      const c = copies.get(o) as Record<string | number, unknown>;
      base = paths.get(o) as Link;
      key = undefined;
      if (Array.isArray(o)) {
        for (let i = 0; i < o.length; i++) {
          key = i;
          const v: unknown = o[i];
          c[i] = typeof v === 'object' && v !== null ? copyOf(v, { up: base, key: i }) : primitive(v);
        }
      } else {
        for (const k of Object.keys(o)) {
          key = k;
          const v: unknown = (o as Record<string, unknown>)[k];
          const copied = typeof v === 'object' && v !== null ? copyOf(v, { up: base, key: k }) : primitive(v);
          if (k === '__proto__') Object.defineProperty(c, k, { value: copied, enumerable: true, writable: true, configurable: true });
          else c[k] = copied;
        }
      }
    }
    for (const c of copies.values()) Object.freeze(c);
    return { unreadable: false, value: root };
  } catch (error) {
    const path = toArray(base);
    if (key !== undefined) path.push(key);
    return { unreadable: true, path, error };
  }
}

type Link = { readonly up: Link; readonly key: string | number } | null;

function toArray(link: Link): (string | number)[] {
  const out: (string | number)[] = [];
  for (let l = link; l !== null; l = l.up) out.push(l.key);
  return out.reverse();
}

const primitive = (v: unknown): unknown => (typeof v === 'function' || typeof v === 'symbol' ? undefined : v);
