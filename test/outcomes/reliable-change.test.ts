import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { OutcomeInputError, type ReliableChangeResult, reliableChange } from '../../src/outcomes/index.js';
import { deepFreeze } from '../_helpers.js';

const base = { sdPre: 5, reliability: 0.8, direction: 'lower-is-better' } as const;

describe('reliableChange: worked examples by hand', () => {
  it('computes SE, S_diff, RC and the minimum reliable change (Jacobson & Truax 1991 formulas)', () => {
    // SE = 5·√0.2 = 2.2360680; S_diff = √(2·SE²) = √10 = 3.1622777; RC = (12 − 24)/√10 = −3.7947332.
    const r = reliableChange(deepFreeze({ pre: 24, post: 12, ...base }));
    expect(r.se).toBeCloseTo(2.236068, 6);
    expect(r.sDiff).toBeCloseTo(Math.sqrt(10), 12);
    expect(r.rci).toBeCloseTo(-3.7947332, 6);
    expect(r.minimumReliableChange).toBeCloseTo(6.1980642, 6);
    expect(r.change).toBe(-12);
    expect(r.criterion).toBe(1.96);
    expect(r.reliable).toBe(true);
    expect(r.direction).toBe('improved');
    expect(r.measureDirection).toBe('lower-is-better');
    expect(r.method).toBe('jacobson-truax-1991');
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('reads the same fall as a deterioration when higher is better', () => {
    expect(reliableChange({ pre: 24, post: 12, ...base, direction: 'higher-is-better' }).direction).toBe('deteriorated');
  });

  it('calls a change below the minimum unchanged, whatever its sign', () => {
    // 6 points < 6.198 needed.
    const r = reliableChange({ pre: 24, post: 18, ...base });
    expect(r.reliable).toBe(false);
    expect(r.direction).toBe('unchanged');
    expect(r.rci).toBeCloseTo(-6 / Math.sqrt(10), 12);
  });

  it('does not count a change exactly at the criterion as reliable (|RC| > criterion, strictly)', () => {
    // RC = −10/√10 ≈ −3.1623; use that exact floating-point value as the criterion.
    const exact = Math.abs(reliableChange({ pre: 20, post: 10, ...base }).rci);
    expect(exact).toBeCloseTo(Math.sqrt(10), 12);
    const r = reliableChange({ pre: 20, post: 10, ...base, criterion: exact });
    expect(Math.abs(r.rci)).toBe(r.criterion);
    expect(r.reliable).toBe(false);
    expect(reliableChange({ pre: 20, post: 10, ...base, criterion: exact - 1e-9 }).reliable).toBe(true);
  });

  it('accepts a custom criterion (for example qnorm(0.975) = 1.959964 as R clinicalsignificance)', () => {
    const r = reliableChange({ pre: 20, post: 10, ...base, criterion: 1.959964 });
    expect(r.minimumReliableChange).toBeCloseTo(1.959964 * Math.sqrt(10), 12);
  });

  it('matches the doc example', () => {
    const r = reliableChange({ pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' });
    expect(r.sDiff.toFixed(3)).toBe('3.162');
    expect(r.rci.toFixed(2)).toBe('-3.79');
    expect(r.minimumReliableChange.toFixed(2)).toBe('6.20');
  });
});

describe('reliableChange: input validation names the field', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['pre', { pre: Number.NaN }],
    ['post', { post: '12' }],
    ['sdPre', { sdPre: 0 }],
    ['sdPre', { sdPre: -1 }],
    ['reliability', { reliability: 1 }],
    ['reliability', { reliability: 0 }],
    ['reliability', { reliability: 1.2 }],
    ['direction', { direction: 'down' }],
    ['criterion', { criterion: 0 }],
    ['criterion', { criterion: Number.POSITIVE_INFINITY }],
  ];
  it.each(bad)('rejects a bad %s', (field, patch) => {
    const call = () => reliableChange({ pre: 24, post: 12, ...base, ...patch } as never);
    expect(call).toThrow(OutcomeInputError);
    expect(call).toThrow(RangeError);
    try {
      call();
    } catch (e) {
      expect((e as OutcomeInputError).field).toBe(field);
      expect((e as OutcomeInputError).message).toContain(field);
    }
  });

  it('rejects a missing argument object', () => {
    expect(() => reliableChange(null as never)).toThrow(OutcomeInputError);
  });
});

describe('reliableChange: types', () => {
  it('returns a ReliableChangeResult and refuses unknown directions at compile time', () => {
    expectTypeOf(reliableChange({ pre: 1, post: 2, ...base })).toEqualTypeOf<ReliableChangeResult>();
    expectTypeOf<ReliableChangeResult['direction']>().toEqualTypeOf<'improved' | 'deteriorated' | 'unchanged'>();
    // @ts-expect-error: the direction must be 'lower-is-better' or 'higher-is-better'
    expect(() => reliableChange({ pre: 1, post: 2, sdPre: 1, reliability: 0.5, direction: 'lower' })).toThrow(OutcomeInputError);
  });
});

const score = fc.double({ min: -1000, max: 1000, noNaN: true });
const sd = fc.double({ min: 0.01, max: 100, noNaN: true });
const rel = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const dir = fc.constantFrom('lower-is-better' as const, 'higher-is-better' as const);

describe('reliableChange: properties', () => {
  it("the RCI's sign, read with the measure's direction, gives the direction", () => {
    fc.assert(
      fc.property(score, score, sd, rel, dir, (pre, post, sdPre, reliability, direction) => {
        const r = reliableChange({ pre, post, sdPre, reliability, direction });
        const better = direction === 'lower-is-better' ? post < pre : post > pre;
        if (!r.reliable) return r.direction === 'unchanged';
        return r.direction === (better ? 'improved' : 'deteriorated') && Math.sign(r.rci) === Math.sign(post - pre);
      }),
    );
  });

  it('is symmetric: swapping pre and post negates the RCI and swaps improved and deteriorated', () => {
    const swap = { improved: 'deteriorated', deteriorated: 'improved', unchanged: 'unchanged' } as const;
    fc.assert(
      fc.property(score, score, sd, rel, dir, (a, b, sdPre, reliability, direction) => {
        const x = reliableChange({ pre: a, post: b, sdPre, reliability, direction });
        const y = reliableChange({ pre: b, post: a, sdPre, reliability, direction });
        return x.rci === -y.rci && x.reliable === y.reliable && x.direction === swap[y.direction] && x.sDiff === y.sDiff;
      }),
    );
  });

  it('flipping the measure direction flips a reliable direction and keeps the RCI', () => {
    fc.assert(
      fc.property(score, score, sd, rel, (pre, post, sdPre, reliability) => {
        const lo = reliableChange({ pre, post, sdPre, reliability, direction: 'lower-is-better' });
        const hi = reliableChange({ pre, post, sdPre, reliability, direction: 'higher-is-better' });
        return lo.rci === hi.rci && (lo.direction === 'unchanged' ? hi.direction === 'unchanged' : lo.direction !== hi.direction);
      }),
    );
  });

  it('a change is reliable exactly when it exceeds the minimum reliable change', () => {
    fc.assert(
      fc.property(score, score, sd, rel, (pre, post, sdPre, reliability) => {
        const r = reliableChange({ pre, post, sdPre, reliability, direction: 'lower-is-better' });
        const margin = Math.abs(Math.abs(r.change) - r.minimumReliableChange);
        return margin < 1e-9 * Math.max(1, r.minimumReliableChange) || r.reliable === Math.abs(r.change) > r.minimumReliableChange;
      }),
    );
  });
});
