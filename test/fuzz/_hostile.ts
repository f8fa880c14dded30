// Shared material for the fuzz suite (issue "Prove it", point 6): hostile values, a planted
// marker, structure-aware mutation of valid inputs, and the checks every fuzzed function must pass
// (no exception but the documented one, no prototype pollution, short issue text).
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Planted in inputs. Issue text may show a short preview of a value (24 characters) or of an
 * identifier (a key or column name: 40; a FHIR linkId, code or URL: 64), never the whole marker
 * from a position past that window; see {@link markedString}.
 */
export const MARKER = 'Zq8vK2mX9pLw4RtY8nBc3HfJ6sDg1AeU5oTiNxWq';

/** The longest issue message, `received`, `expected`, `where` or path entry allowed. */
export const ISSUE_TEXT_MAX = 300;
/** The longest error message allowed: an error summarises its first three issues. */
export const ERROR_MESSAGE_MAX = 1200;

/**
 * A string holding the marker after `minOffset` or more characters of padding. Identifier windows
 * decide `minOffset`: 0 where identifiers are cut to fewer than 40 characters, 1 where they are cut
 * to 40, 25 where they are cut to 64 (FHIR).
 */
export function markedString(minOffset = 0): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: minOffset, max: minOffset + 70 }), fc.string({ maxLength: 12 }), fc.constantFrom('x', ' ', '0', 'é', '🙂'))
    .map(([n, tail, ch]) => ch.repeat(n).slice(0, n) + MARKER + tail);
}

/** The marker after 25 characters: past every preview window but FHIR's 64-character one. */
const FAR = `${'x'.repeat(25)}${MARKER}`;

// ---------------------------------------------------------------------------------------------
// Hostile values, built once (some are large) and deep-frozen: a function that tried to mutate
// one would throw in strict mode, and the property would fail.

function freezeAll<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return root;
}

/** `depth` levels of nested arrays, built iteratively. */
export function deepArray(depth: number, leaf: unknown = 0): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** `depth` levels of nested objects under `key`, built iteratively. */
export function deepObject(depth: number, key = 'item', leaf: unknown = 0): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

/** An object whose own (enumerable) keys include `__proto__`, `constructor` and `prototype`. */
export const PROTO_KEYS_JSON =
  '{"__proto__":{"polluted":"yes","length":1e308},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"polluted":"no"}';

export const HOSTILE_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  -0,
  0,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0.1 + 0.2,
  2.9999999999,
  3.0000000001,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  -1,
  1.5,
];

const ONE_MB = 1 << 20;

/** Hostile values: `small` ones are cheap to handle anywhere; `large` ones cost real time where each element is checked. */
export interface HostileValues {
  readonly small: readonly unknown[];
  readonly large: readonly unknown[];
}

let cachedHostile: HostileValues | null = null;

/** The hostile values (JS values: not all are JSON), built and frozen on first use. */
export function hostileValues(): HostileValues {
  if (cachedHostile !== null) return cachedHostile;
  const sparse: unknown[] = [];
  sparse[2] = 1;
  sparse[9] = 0;
  const arrayWithProps = Object.assign([0, 1, 2], { polluted: FAR, __extra: { x: 1 } });
  const values: unknown[] = [
    ...HOSTILE_NUMBERS,
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '3',
    ' 3 ',
    '3e0',
    '0x3',
    'NaN',
    'Infinity',
    '-0',
    '1,5',
    '🙂'.repeat(50),
    FAR,
    `${FAR}${'a'.repeat(ONE_MB)}`,
    `${'a'.repeat(ONE_MB)}${MARKER}`,
    `${'é'.repeat(30)}${MARKER}`,
    null,
    undefined,
    true,
    false,
    10n,
    -(2n ** 80n),
    Symbol('hostile'),
    () => FAR,
    JSON.parse(PROTO_KEYS_JSON),
    JSON.parse('{"__proto__":[1,2,3]}'),
    JSON.parse('[{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"polluted":"yes"}}}]'),
    Object.create(null),
    Object.assign(Object.create(null), { toString: FAR, valueOf: FAR }),
    { toString: () => FAR, valueOf: () => 3, toJSON: () => FAR },
    Object.freeze({ a: 1 }),
    new Date(Number.NaN),
    /x/g,
    new Map([[FAR, FAR]]),
    new Set([FAR]),
    new Uint8Array(4),
    Object(3),
    Object(FAR),
    Object(false),
    [],
    [[]],
    [null],
    [FAR],
    sparse,
    arrayWithProps,
    deepArray(10_000),
    deepObject(10_000),
    deepObject(10_000, 'answer', [{ valueInteger: 1 }]),
    deepArray(10_000, { linkId: FAR, item: [] }),
  ];
  const large: unknown[] = [
    new Array(100_000),
    Array.from({ length: 100_000 }, (_, i) => i % 4),
    Array.from({ length: 100_000 }, () => FAR),
    Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`${FAR}${i}`, i])),
  ];
  cachedHostile = { small: freezeAll(values), large: freezeAll(large) };
  return cachedHostile;
}

/**
 * One of the hostile values (shrinking keeps the same instance). With `large`, the 100,000-element
 * arrays and the 10,000-key object are drawn too (rarely).
 */
export const hostileValue = (large = true): fc.Arbitrary<unknown> => {
  const { small, large: big } = hostileValues();
  const pick = (list: readonly unknown[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]);
  return large ? fc.oneof({ weight: 12, arbitrary: pick(small) }, { weight: 1, arbitrary: pick(big) }) : pick(small);
};

/** Arbitrary JS values: fast-check's `anything` with every option on. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });

/** JSON values only (what `JSON.parse` can produce), including keys such as `__proto__`. */
export const jsonValue = (minOffset = 0): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: markedString(minOffset) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS.filter(Number.isFinite)) },
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse(PROTO_KEYS_JSON) as unknown) },
  );

/** A hostile value, an arbitrary JS value, or a JSON value, mixed. */
export const hostile = (minOffset = 0, large = true): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: hostileValue(large) }, { weight: 2, arbitrary: anyValue() }, { weight: 2, arbitrary: jsonValue(minOffset) });

/** Keys that are trouble for a naive reader, plus arbitrary and marked keys. */
export const hostileKey = (minOffset = 0): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0', '-1', '', ' ', '1e3', 'NaN'),
    fc.string({ maxLength: 12 }),
    markedString(minOffset),
  );

// ---------------------------------------------------------------------------------------------
// Structure-aware mutation: valid inputs reach deep code paths, so take one and break it at one
// random place.

/** A structured clone of JSON-like data (own enumerable keys; `__proto__` stays an own key). */
function cloneJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneJson);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) setOwn(out, k, cloneJson((v as Record<string, unknown>)[k]));
    return out;
  }
  return v;
}

/** Sets an own, enumerable property, even `__proto__` (plain assignment would set the prototype). */
export function setOwn(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A plain, unfrozen object or array (others, such as boxed strings and typed arrays, are not edited). */
const isPlain = (o: object): boolean => {
  if (Object.isFrozen(o)) return false;
  const p = Object.getPrototypeOf(o);
  return Array.isArray(o) ? p === Array.prototype : p === Object.prototype || p === null;
};

/** Every unfrozen object and array in `root` (iteratively; frozen hostile values are not entered), root first. */
function containers(root: unknown): object[] {
  const out: object[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    out.push(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return out;
}

type Op = 'replace' | 'add' | 'delete' | 'root';

/** What {@link mutated} puts in: values, keys, and what may replace the whole input. */
export interface MutationSource {
  readonly value?: fc.Arbitrary<unknown>;
  readonly key?: fc.Arbitrary<string>;
  readonly root?: fc.Arbitrary<unknown>;
  readonly times?: number;
}

/**
 * Takes a valid input and changes it at one random place: replaces a value with a hostile one,
 * adds a (hostile) key, deletes a key, or replaces the whole input. Applied `1..times` times.
 */
export function mutated(valid: fc.Arbitrary<unknown>, source: MutationSource = {}): fc.Arbitrary<unknown> {
  const { value = hostile(), key = hostileKey(), root: whole = hostile(0, false), times = 2 } = source;
  const edit = fc.record({
    op: fc.constantFrom<Op>('replace', 'replace', 'replace', 'add', 'delete', 'root'),
    at: fc.nat(),
    pick: fc.nat(),
    value,
    key,
    whole,
  });
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: times })).map(([v, edits]) => {
    let input = cloneJson(v);
    for (const e of edits) {
      if (e.op === 'root') {
        input = e.whole;
        continue;
      }
      const all = containers(input).filter(isPlain);
      if (all.length === 0) continue;
      const target = all[e.at % all.length] as Record<string, unknown>;
      const keys = Object.keys(target);
      if (e.op === 'add' || keys.length === 0) {
        if (Array.isArray(target)) target.push(e.value);
        else setOwn(target, e.key, e.value);
      } else {
        const k = keys[e.pick % keys.length] as string;
        if (e.op === 'delete') {
          if (Array.isArray(target)) target.splice(Number(k), 1);
          else delete target[k];
        } else setOwn(target, k, e.value);
      }
    }
    return input;
  });
}

// ---------------------------------------------------------------------------------------------
// Values whose reading throws. A JSON-derived input cannot have them; see the decision in the
// scoring fuzz test.

/** The error the hostile accessors throw: a property must see this very object come out, or none. */
export class PlantedError extends Error {
  override readonly name = 'PlantedError';
}

/** An object whose `key` is an enumerable accessor that throws a {@link PlantedError}. */
export function throwingGetter(key: string, base: Record<string, unknown> = {}): Record<string, unknown> {
  const o = { ...base };
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new PlantedError(`read of ${key}`);
    },
  });
  return o;
}

/** A Proxy over `target` that throws a {@link PlantedError} from every trap. */
export function throwingProxy(target: object): object {
  const fail = (trap: string) => () => {
    throw new PlantedError(`trap ${trap}`);
  };
  return new Proxy(target, {
    get: fail('get'),
    has: fail('has'),
    ownKeys: fail('ownKeys'),
    getOwnPropertyDescriptor: fail('getOwnPropertyDescriptor'),
    getPrototypeOf: fail('getPrototypeOf'),
  });
}

// ---------------------------------------------------------------------------------------------
// Checks.

const PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Error.prototype,
];

type Snapshot = readonly (readonly [PropertyKey, unknown, unknown, unknown])[][];

/** Own keys and their values / accessors of the built-in prototypes. */
export function prototypeSnapshot(): Snapshot {
  return PROTOTYPES.map((p) =>
    Reflect.ownKeys(p).map((k) => {
      const d = Object.getOwnPropertyDescriptor(p, k) as PropertyDescriptor;
      return [k, d.value, d.get, d.set] as const;
    }),
  );
}

const PRISTINE = prototypeSnapshot();

/** Fails when a built-in prototype gained, lost or changed a property since this module loaded. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined || Object.getPrototypeOf(probe) !== Object.prototype) {
    throw new Error('Object.prototype or Array.prototype was polluted');
  }
  const now = prototypeSnapshot();
  for (let i = 0; i < PRISTINE.length; i++) {
    const a = PRISTINE[i] as Snapshot[number];
    const b = now[i] as Snapshot[number];
    const same = a.length === b.length && a.every((e, j) => b[j] !== undefined && e.every((x, n) => Object.is(x, (b[j] as readonly unknown[])[n])));
    if (!same) expect(b.map((e) => String(e[0]))).toEqual(a.map((e) => String(e[0])));
    if (!same) throw new Error(`a built-in prototype (#${i}) was changed`);
  }
}

/** Fails when `text` is not a string, is longer than `max`, or holds the planted marker. */
export function expectShortText(text: unknown, max = ISSUE_TEXT_MAX, what = 'text'): void {
  if (typeof text !== 'string') throw new Error(`${what}: expected a string, got ${typeof text}`);
  if (text.length > max) throw new Error(`${what}: ${text.length} characters (at most ${max}): ${text.slice(0, 200)}…`);
  if (text.includes(MARKER)) throw new Error(`${what}: echoes the planted marker: ${text.slice(0, 200)}…`);
}

/**
 * Every string in an issue (message, received, expected, where, linkId, path entries, …) is short
 * and free of the marker. Issues are flat records whose only nested values are path arrays.
 */
export function expectShortIssue(issue: unknown, max = ISSUE_TEXT_MAX): void {
  if (issue === null || typeof issue !== 'object') throw new Error(`an issue must be an object, got ${typeof issue}`);
  for (const k in issue) {
    const v = (issue as Record<string, unknown>)[k];
    if (typeof v === 'string') expectShortText(v, max, k);
    else if (Array.isArray(v)) for (const p of v) if (typeof p === 'string') expectShortText(p, max, `${k}[]`);
  }
}

/** Every issue is short; the list is non-empty and frozen. */
export function expectShortIssues(issues: readonly unknown[], max = ISSUE_TEXT_MAX): void {
  if (!Array.isArray(issues) || issues.length === 0) throw new Error('expected a non-empty list of issues');
  for (const i of issues) expectShortIssue(i, max);
}

/**
 * Runs `f`; when it throws, the error must be an instance of `allowed` (or the {@link PlantedError}
 * itself when `planted` is true) with a short message. Returns what `f` returned, or the error.
 */
export function onlyThrows<T>(
  f: () => T,
  allowed: abstract new (...args: never[]) => Error,
  max = ERROR_MESSAGE_MAX,
): { ok: true; value: T } | { ok: false; error: Error } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof allowed)) throw new Error(`threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : String(e)}, not ${allowed.name}`);
    expectShortText(e.message, max, `${allowed.name}.message`);
    return { ok: false, error: e };
  }
}

/**
 * Multiplies every property's runs: `FUZZ_SCALE=20 npx vitest run test/fuzz` for a long hunt. The
 * default keeps the suite within its time budget in `npm test`.
 */
const SCALE = Math.max(1, Number(globalThis.process?.env.FUZZ_SCALE ?? 1) || 1);

/** `fc.assert` with the check every fuzz property shares: the built-in prototypes are clean after each run. */
export function fuzz<T>(arb: fc.Arbitrary<T>, body: (value: T) => void, numRuns: number): void {
  fc.assert(
    fc.property(arb, (v) => {
      body(v);
      expectNoPollution();
    }),
    { numRuns: numRuns * SCALE },
  );
}

/** Like {@link fuzz}, for an async body. */
export async function fuzzAsync<T>(arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (v) => {
      await body(v);
      expectNoPollution();
    }),
    { numRuns: numRuns * SCALE },
  );
}

/** Every scale of a successful result: value null or finite and within `[lo, hi]`. */
export function inRange(value: number | null, lo: number, hi: number): boolean {
  return value === null || (Number.isFinite(value) && value >= lo - 1e-9 && value <= hi + 1e-9);
}
