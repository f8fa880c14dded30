import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irv, longstring } from '../../src/outcomes/index.js';

describe('longstring (careless::longstring)', () => {
  it("reproduces the example of careless's longstring documentation: row i answers i to the first i items, then i+1, i+2, …", () => {
    // d <- matrix(rep(1:10,10), ncol=10, nrow=10, byrow=T); for(i in 1:10) d[i, which(1:10 <= i)] <- i
    for (let i = 1; i <= 10; i++) {
      const row = Array.from({ length: 10 }, (_, c) => Math.max(i, c + 1));
      expect(longstring(row)).toBe(i);
    }
  });

  it('counts a missing answer as a run of its own, as R rle does', () => {
    expect(longstring([3, 3, null, 3, 3, 3])).toBe(3);
    expect(longstring([null, null])).toBe(1);
    expect(longstring([])).toBe(0);
  });

  it('stays between 1 and the number of answers, and equals it for identical answers', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: 1, maxLength: 40 }), (row) => {
        const l = longstring(row);
        expect(l).toBeGreaterThanOrEqual(1);
        expect(l).toBeLessThanOrEqual(row.length);
        expect(longstring(row.map(() => 2))).toBe(row.length);
      }),
    );
  });
});

describe('irv (careless::irv, R sd with na.rm = TRUE)', () => {
  it('worked examples: sd(c(1, 2, 3, 4)) = sqrt(5/3); sd(c(0, 3, 0, 3, 0, 3)) = sqrt(13.5/5)', () => {
    expect(irv([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(irv([0, 3, 0, 3, 0, 3])).toBeCloseTo(Math.sqrt(13.5 / 5), 12);
    expect(irv([1, null, 2, null, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 12);
  });

  it('is 0 for identical answers and null with fewer than two answers', () => {
    expect(irv([2, 2, 2, 2])).toBe(0);
    expect(irv([3])).toBeNull();
    expect(irv([null, 3])).toBeNull();
    expect(irv([])).toBeNull();
  });

  it('equals the two-pass sample standard deviation and ignores the order of answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 40 }), (row) => {
        const mean = row.reduce((a, b) => a + b, 0) / row.length;
        const sd = Math.sqrt(row.reduce((a, b) => a + (b - mean) ** 2, 0) / (row.length - 1));
        expect(irv(row)).toBeCloseTo(sd, 9);
        expect(irv([...row].reverse())).toBeCloseTo(sd, 9);
      }),
    );
  });

  it('does not change its input', () => {
    const row = Object.freeze([1, 2, null, 4]);
    irv(row);
    longstring(row);
    expect(row).toEqual([1, 2, null, 4]);
  });
});
