import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { antonymPairs, irv, longstring, psychant } from '../../src/outcomes/index.js';

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

describe('antonymPairs and psychant (careless::psychant, Meade & Craig 2012)', () => {
  // Worked by hand: items 0 and 1 are mirror images (r = −1), and so are items 2 and 3; item 2
  // correlates −0.14 with item 0 and +0.14 with item 1, item 3 the other way round: not antonyms.
  const rows = [
    [1, 5, 2, 4],
    [2, 4, 2, 4],
    [4, 2, 3, 3],
    [5, 1, 1, 5],
    [3, 3, 4, 2],
  ];

  it('finds the pairs below −0.60 over pairwise-complete rows, as [later, earlier] in R order', () => {
    expect(antonymPairs(rows)).toEqual([
      [1, 0],
      [3, 2],
    ]);
    expect(antonymPairs(rows, 0.6)).toEqual(antonymPairs(rows)); // |critval|, as careless
    expect(antonymPairs(rows, -1)).toEqual([]); // r must be below the cut-off, not at it
    // A missing answer drops only that row from that pair's correlation.
    expect(antonymPairs([...rows, [null, 3, 5, 1]])).toEqual([
      [1, 0],
      [3, 2],
    ]);
  });

  it('scores a person by the within-person correlation over answered pairs; null with 2 or fewer', () => {
    const pairs = [
      [1, 0],
      [3, 2],
      [5, 4],
    ] as const;
    expect(psychant([1, 5, 2, 4, 3, 3], pairs)).toBe(-1); // attentive: opposite directions
    expect(psychant([1, 1, 3, 3, 5, 5], pairs)).toBe(1); // the same answer to both items of each pair
    expect(psychant([1, 5, 2, 4, null, 3], pairs)).toBeNull(); // 2 answered pairs
    expect(psychant([3, 3, 3, 3, 3, 3], pairs)).toBeNull(); // no variance: R gives NA
    // By hand: firsts (5, 4, 1), seconds (1, 2, 4): sxy = −19/3, sxx = 26/3, syy = 14/3, r = −19 / √364 = −0.9959.
    expect(psychant([1, 5, 2, 4, 4, 1], pairs)?.toFixed(4)).toBe('-0.9959');
  });

  it('property: psychant is between −1 and 1 and unchanged by a positive linear change of every answer', () => {
    const answer = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 3 }), (xs, a, b) => {
        const pairs = [
          [1, 0],
          [3, 2],
          [5, 4],
          [7, 6],
        ] as const;
        const r = psychant(xs, pairs);
        const s = psychant(
          xs.map((x) => (x === null ? null : a * x + b)),
          pairs,
        );
        if (r === null) expect(s).toBeNull();
        else {
          expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
          expect(s).toBeCloseTo(r, 12);
        }
      }),
      { numRuns: 300 },
    );
  });
});
