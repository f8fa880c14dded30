// The CLI finds antonym pairs in one streaming pass (running co-moments per item pair) rather than
// keeping every row; it must find exactly the pairs `antonymPairs` (careless::psychant) finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairCorrelations } from '../../src/cli/score/antonyms.js';
import { antonymPairs } from '../../src/outcomes/index.js';

describe('pairCorrelations (the streaming first read of --quality)', () => {
  it('property: the same pairs as antonymPairs on the same rows, with missing answers and any cut-off', () => {
    const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((k) => fc.array(fc.array(answer, { minLength: k, maxLength: k }), { minLength: 0, maxLength: 40 })),
        // Cut-offs no correlation of small whole numbers can equal (r = −3/5 exactly is possible at −0.6),
        // so that rounding in one method or the other never decides a pair.
        fc.constantFrom(-0.600000037, 0.600000037, -0.300000029, -0.900000041),
        (rows, critval) => {
          const k = rows[0]?.length ?? 0;
          const acc = pairCorrelations(k);
          for (const r of rows) acc.add(r);
          const mirrored = antonymPairs(rows, critval);
          expect(acc.pairs(critval)).toEqual(mirrored);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds mirrored items on a worked example', () => {
    const acc = pairCorrelations(3);
    for (const r of [
      [1, 5, 2],
      [2, 4, 2],
      [4, 2, 3],
      [5, 1, 1],
      [3, 3, 4],
    ])
      acc.add(r);
    expect(acc.pairs()).toEqual([[1, 0]]);
  });
});
