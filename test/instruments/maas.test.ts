import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maas } from '../../src/instruments/maas.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

describe('maas: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(maas)).toEqual([]);
    expect(validateInstrument(maas)).toBe(maas);
    expect(maas.version).toBe('1.0.0');
    expect(maas.licence.itemTextIncluded).toBe(false);
    expect(maas.items.some((i) => 'text' in i)).toBe(false);
  });

  it('is one mean of all 15 items with no reversed item', () => {
    expect(maas.scales).toHaveLength(1);
    expect(maas.scales[0]).toMatchObject({ id: 'total', aggregate: 'mean', higherIs: 'better' });
    expect(maas.scales[0].items).toHaveLength(15);
    expect('reversed' in maas.scales[0]).toBe(false);
    expect('bands' in maas.scales[0]).toBe(false);
  });

  it('runs 1 = Almost always … 6 = Almost never', () => {
    expect(maas.responseScales.default.anchors.map((a) => [a.value, a.label])).toEqual([
      [1, 'Almost always'],
      [2, 'Very frequently'],
      [3, 'Somewhat frequently'],
      [4, 'Somewhat infrequently'],
      [5, 'Very infrequently'],
      [6, 'Almost never'],
    ]);
  });
});

describe('maas: worked examples', () => {
  it('takes the plain mean: 1,2,3,4,5,6,1,2,3,4,5,6,1,2,3 → 48/15 = 3.2', () => {
    const r = score(maas, deepFreeze([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3]));
    expect(r.scales.total.value).toBeCloseTo(3.2, 12);
  });

  it('is not reversed: "Almost never" on every lapse is the most mindful score', () => {
    expect(score(maas, Array(15).fill(6)).scales.total.value).toBe(6);
    expect(score(maas, Array(15).fill(1)).scales.total.value).toBe(1);
    // A reverse-scored version would give 1 for all 6s.
    expect(score(maas, Array(15).fill(6)).scales.total.value).not.toBe(1);
  });

  it('property: raising any one item raises the mean by exactly 1/15', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 15, maxLength: 15 }), fc.integer({ min: 0, max: 14 }), (answers, i) => {
        const raised = answers.map((v, j) => (j === i ? v + 1 : v));
        expect(score(maas, raised).scales.total.value as number).toBeCloseTo((score(maas, answers).scales.total.value as number) + 1 / 15, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('a missing item leaves the mean without a value unless the caller asks to prorate', () => {
    const answers = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, null];
    expect(score(maas, answers).scales.total).toMatchObject({ value: null, missing: ['maas-15'] });
    expect(score(maas, answers, { prorate: { maxMissing: 1 } }).scales.total).toMatchObject({ value: 4, prorated: true });
  });
});
