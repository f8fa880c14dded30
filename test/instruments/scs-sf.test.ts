import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scsSf } from '../../src/instruments/scs-sf.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const NEGATIVE = [1, 4, 8, 9, 11, 12];
const num = (id: string): number => Number(id.replace('scssf-', ''));
const SUBSCALES = ['self_kindness', 'self_judgment', 'common_humanity', 'isolation', 'mindfulness', 'over_identified'] as const;

describe('scsSf: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(scsSf)).toEqual([]);
    expect(validateInstrument(scsSf)).toBe(scsSf);
    expect(scsSf.version).toBe('1.0.0');
    expect(scsSf.licence.itemTextIncluded).toBe(false);
    expect(scsSf.items.some((i) => 'text' in i)).toBe(false);
  });

  it("has Neff's key; subscales are unreversed means; the total reverses exactly the negative items", () => {
    const key = Object.fromEntries(scsSf.scales.map((s) => [s.id, s.items.map(num)]));
    expect(key).toMatchObject({
      self_kindness: [2, 6],
      self_judgment: [11, 12],
      common_humanity: [5, 10],
      isolation: [4, 8],
      mindfulness: [3, 7],
      over_identified: [1, 9],
    });
    for (const id of SUBSCALES) {
      const s = scsSf.scales.find((x) => x.id === id);
      expect(s && 'reversed' in s, id).toBe(false);
      expect(s?.aggregate).toBe('mean');
    }
    const total = scsSf.scales.find((s) => s.id === 'total');
    expect(total?.aggregate).toBe('mean');
    expect(total?.items).toHaveLength(12);
    expect(total && 'reversed' in total ? total.reversed.map(num) : []).toEqual(NEGATIVE);
    expect(scsSf.scales.some((s) => 'bands' in s)).toBe(false);
  });
});

describe('scsSf: worked examples', () => {
  it('total vs subscales on a mixed response set', () => {
    // Answers for items 1–12: 2, 4, 3, 1, 5, 4, 3, 2, 1, 5, 2, 3.
    // Subscale means as answered: SK (2,6) = 4; SJ (11,12) = 2.5; CH (5,10) = 5; I (4,8) = 1.5; M (3,7) = 3; OI (1,9) = 1.5.
    // Total: positives 4+3+5+4+3+5 = 24; negatives reversed 4+5+4+5+4+3 = 25; (24 + 25) / 12 = 49/12.
    const r = score(scsSf, deepFreeze([2, 4, 3, 1, 5, 4, 3, 2, 1, 5, 2, 3]));
    expect(r.scales).toMatchObject({
      self_kindness: { value: 4 },
      self_judgment: { value: 2.5 },
      common_humanity: { value: 5 },
      isolation: { value: 1.5 },
      mindfulness: { value: 3 },
      over_identified: { value: 1.5 },
    });
    expect(r.scales.total.value).toBeCloseTo(49 / 12, 12);
    // With two items per subscale, the grand mean equals the mean of the six subscale means after reversing the negative three.
    expect(r.scales.total.value).toBeCloseTo((4 + 5 + 3 + (6 - 2.5) + (6 - 1.5) + (6 - 1.5)) / 6, 12);
    // And it is not the mean of the raw answers (35/12).
    expect(r.scales.total.value).not.toBeCloseTo(35 / 12, 3);
  });

  it('the least self-compassionate pattern scores 1 in total while its negative subscales score 5', () => {
    const r = score(scsSf, [5, 1, 1, 5, 1, 1, 1, 5, 5, 1, 5, 5]);
    expect(r.scales.self_judgment.value).toBe(5);
    expect(r.scales.isolation.value).toBe(5);
    expect(r.scales.over_identified.value).toBe(5);
    expect(r.scales.self_kindness.value).toBe(1);
    expect(r.scales.total.value).toBe(1);
  });

  it('property: raising a negative item raises its subscale and lowers the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }), fc.constantFrom(...NEGATIVE), (answers, n) => {
        if ((answers[n - 1] as number) === 5) return;
        const raised = answers.map((v, i) => (i === n - 1 ? v + 1 : v));
        const a = score(scsSf, answers);
        const b = score(scsSf, raised);
        const sub = scsSf.scales.find((s) => s.id !== 'total' && s.items.some((id) => num(id) === n))?.id as (typeof SUBSCALES)[number];
        expect(b.scales[sub].value as number).toBeCloseTo((a.scales[sub].value as number) + 0.5, 12);
        expect(b.scales.total.value as number).toBeCloseTo((a.scales.total.value as number) - 1 / 12, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('a missing item leaves its subscale and the total without a value', () => {
    const r = score(scsSf, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, null]);
    expect(r.scales.self_judgment).toMatchObject({ value: null, missing: ['scssf-12'] });
    expect(r.scales.total.value).toBeNull();
    expect(r.scales.self_kindness.value).toBe(3);
  });
});
