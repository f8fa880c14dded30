// The fuzz suite's own checks must be able to fail: each is shown catching what it exists to catch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deepArray,
  expectNoPollution,
  expectShortIssue,
  expectShortText,
  hostileValues,
  MARKER,
  markedString,
  mutated,
  onlyThrows,
  PlantedError,
  PROTO_KEYS_JSON,
  throwingGetter,
} from './_hostile.js';

describe('fuzz harness', () => {
  it('expectNoPollution fails when a built-in prototype gains or changes a property', () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      expect(() => expectNoPollution()).toThrow();
    } finally {
      delete proto.polluted;
    }
    const original = Array.prototype.includes;
    Array.prototype.includes = () => true;
    try {
      expect(() => expectNoPollution()).toThrow();
    } finally {
      Array.prototype.includes = original;
    }
    expect(() => expectNoPollution()).not.toThrow();
  });

  it('expectShortText and expectShortIssue fail on long text and on the marker', () => {
    expect(MARKER).toHaveLength(40);
    expect(() => expectShortText('x'.repeat(301))).toThrow(/characters/);
    expect(() => expectShortText(`a${MARKER}`)).toThrow(/marker/);
    expect(() => expectShortIssue({ message: 'ok', path: ['a', `b${MARKER}`] })).toThrow(/marker/);
    expect(() => expectShortIssue({ message: 'ok', received: '"short"', path: ['a', 0] })).not.toThrow();
  });

  it('onlyThrows lets the allowed error class through and fails on any other', () => {
    expect(onlyThrows(() => 1, RangeError)).toEqual({ ok: true, value: 1 });
    expect(
      onlyThrows(() => {
        throw new RangeError('short');
      }, RangeError).ok,
    ).toBe(false);
    expect(() =>
      onlyThrows(() => {
        throw new TypeError('other');
      }, RangeError),
    ).toThrow(/not RangeError/);
  });

  it('the hostile values are what they claim: own __proto__ keys, deep, large, frozen', () => {
    const proto = JSON.parse(PROTO_KEYS_JSON) as object;
    expect(Object.keys(proto)).toContain('__proto__');
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    let depth = 0;
    for (let v = deepArray(10_000); Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBe(10_000);
    const { small, large } = hostileValues();
    expect(small.some((v) => typeof v === 'string' && v.length > 1 << 20)).toBe(true);
    expect(large.some((v) => Array.isArray(v) && v.length === 100_000)).toBe(true);
    // Typed arrays cannot be frozen; everything else is.
    expect([...small, ...large].every((v) => v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || Object.isFrozen(v))).toBe(true);
    expect(() => (throwingGetter('a') as { a: unknown }).a).toThrow(PlantedError);
  });

  it('markedString plants the marker at or after the offset asked for; mutated can add own __proto__ keys', () => {
    for (const s of fc.sample(markedString(25), 50)) expect(s.indexOf(MARKER)).toBeGreaterThanOrEqual(25);
    const samples = fc.sample(mutated(fc.constant({ a: { b: 1 } }), { key: fc.constant('__proto__'), value: fc.constant(1) }), 200);
    expect(samples.some((v) => v !== null && typeof v === 'object' && Object.hasOwn(v, '__proto__'))).toBe(true);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });
});
