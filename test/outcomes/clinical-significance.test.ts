import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ClinicalSignificanceCategory,
  clinicalCutoffs,
  clinicalSignificance,
  OutcomeInputError,
  reliableChange,
  summarizeChange,
} from '../../src/outcomes/index.js';
import { deepFreeze } from '../_helpers.js';

describe('clinicalCutoffs', () => {
  it("reproduces Jacobson & Truax's worked example (M₁ 40, s₁ 7.5; M₀ 60, s₀ 7.5; higher is better), as CRAN clinicalsignificance tests it", () => {
    const cut = clinicalCutoffs(
      deepFreeze({ dysfunctional: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 }, direction: 'higher-is-better' as const }),
    );
    expect([cut.a, cut.b, cut.c]).toEqual([55, 45, 50]);
    expect(cut.sdMultiplier).toBe(2);
    expect(Object.isFrozen(cut)).toBe(true);
  });

  it('mirrors the cut-offs when lower is better', () => {
    const cut = clinicalCutoffs({ dysfunctional: { mean: 60, sd: 7.5 }, functional: { mean: 40, sd: 7.5 }, direction: 'lower-is-better' });
    expect([cut.a, cut.b, cut.c]).toEqual([45, 55, 50]);
  });

  it('weights c by the SDs (by hand: (3·20 + 5·8) / (3 + 5) = 12.5)', () => {
    const cut = clinicalCutoffs({ dysfunctional: { mean: 20, sd: 5 }, functional: { mean: 8, sd: 3 }, direction: 'lower-is-better' });
    expect(cut.a).toBe(10);
    expect(cut.b).toBe(14);
    expect(cut.c).toBe(12.5);
  });

  it('gives only a without functional norms, and accepts the 1.96-SD variant', () => {
    const cut = clinicalCutoffs({ dysfunctional: { mean: 40, sd: 7.5 }, direction: 'higher-is-better', sdMultiplier: 1.96 });
    expect(cut.a).toBeCloseTo(54.7, 12);
    expect(cut.b).toBeNull();
    expect(cut.c).toBeNull();
  });

  it('refuses norms on the wrong side for the direction (a swapped direction or swapped norms)', () => {
    const call = () => clinicalCutoffs({ dysfunctional: { mean: 40, sd: 7.5 }, functional: { mean: 60, sd: 7.5 }, direction: 'lower-is-better' });
    expect(call).toThrow(OutcomeInputError);
    expect(call).toThrow(/functional\.mean/);
  });

  it.each([
    ['dysfunctional.sd', { dysfunctional: { mean: 40, sd: 0 } }],
    ['dysfunctional.mean', { dysfunctional: { mean: Number.NaN, sd: 1 } }],
    ['functional.sd', { functional: { mean: 60, sd: -2 } }],
    ['direction', { direction: 'up' }],
    ['sdMultiplier', { sdMultiplier: 0 }],
  ])('names the bad field %s', (field, patch) => {
    try {
      clinicalCutoffs({ dysfunctional: { mean: 40, sd: 7.5 }, direction: 'higher-is-better', ...patch } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OutcomeInputError);
      expect((e as OutcomeInputError).field).toBe(field);
    }
  });
});

const base = { sdPre: 5, reliability: 0.8, direction: 'lower-is-better', cutoff: 14 } as const;

describe('clinicalSignificance: categories by hand (S_diff = √10, minimum reliable change 6.198)', () => {
  it.each([
    // pre, post, category, nonReliablyRecovered
    [24, 12, 'recovered', false], // −12, reliable, 24 → 12 crosses 14
    [24, 16, 'improved', false], // −8, reliable, still above 14
    [16, 12, 'unchanged', true], // −4, not reliable, crosses 14: JT-RCI's "non-reliably recovered"
    [20, 18, 'unchanged', false],
    [12, 20, 'deteriorated', false],
    [12, 4, 'improved', false], // reliable, but already past the cut-off at pre: not "recovered"
    [14, 4, 'improved', false], // pre exactly at the cut-off is on neither side
    [24, 14, 'improved', false], // post exactly at the cut-off is not past it
  ] as const)('%d → %d is %s', (pre, post, category, nrr) => {
    const r = clinicalSignificance({ pre, post, ...base });
    expect(r.category).toBe(category);
    expect(r.nonReliablyRecovered).toBe(nrr);
    expect(r.change).toEqual(reliableChange({ pre, post, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' }));
  });

  it('marks reliable worsening across the cut-off (clinicalsignificance\'s "harmed") without a new category', () => {
    const r = clinicalSignificance({ pre: 10, post: 20, ...base });
    expect(r.category).toBe('deteriorated');
    expect(r.crossedIntoDysfunction).toBe(true);
    expect(clinicalSignificance({ pre: 16, post: 24, ...base }).crossedIntoDysfunction).toBe(false);
  });

  it('works with higher-is-better measures', () => {
    const r = clinicalSignificance({ pre: 40, post: 60, sdPre: 7.5, reliability: 0.8, direction: 'higher-is-better', cutoff: 50 });
    expect(r.category).toBe('recovered');
    expect(r.dysfunctionalAtPre).toBe(true);
    expect(r.functionalAtPost).toBe(true);
  });

  it('rejects a non-finite cut-off, naming it', () => {
    expect(() => clinicalSignificance({ pre: 24, post: 12, ...base, cutoff: Number.NaN })).toThrow(/cutoff/);
  });

  it('types: the category is a closed union', () => {
    expectTypeOf(clinicalSignificance({ pre: 1, post: 2, ...base }).category).toEqualTypeOf<ClinicalSignificanceCategory>();
    // @ts-expect-error: cutoff is required
    expect(() => clinicalSignificance({ pre: 1, post: 2, sdPre: 1, reliability: 0.5, direction: 'lower-is-better' })).toThrow(OutcomeInputError);
  });
});

const score = fc.integer({ min: 0, max: 60 });
describe('clinicalSignificance: properties', () => {
  it('categories are exhaustive and exclusive, and each matches its definition', () => {
    fc.assert(
      fc.property(
        score,
        score,
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.constantFrom('lower-is-better' as const, 'higher-is-better' as const),
        fc.integer({ min: 0, max: 60 }),
        (pre, post, sdPre, reliability, direction, cutoff) => {
          const r = clinicalSignificance({ pre, post, sdPre, reliability, direction, cutoff });
          const cats: readonly ClinicalSignificanceCategory[] = ['recovered', 'improved', 'unchanged', 'deteriorated'];
          const holds = {
            recovered: r.change.direction === 'improved' && r.dysfunctionalAtPre && r.functionalAtPost,
            improved: r.change.direction === 'improved' && !(r.dysfunctionalAtPre && r.functionalAtPost),
            unchanged: !r.change.reliable,
            deteriorated: r.change.direction === 'deteriorated',
          };
          const matching = cats.filter((c) => holds[c]);
          return matching.length === 1 && matching[0] === r.category && (!r.nonReliablyRecovered || r.category === 'unchanged');
        },
      ),
    );
  });
});

describe('summarizeChange', () => {
  it('counts categories, reports exclusions and never mutates its input', () => {
    const pairs = deepFreeze([
      { id: 'a', pre: 20, post: 10 },
      { id: 'b', pre: 24, post: 22 },
      { id: 'c', pre: 18, post: null },
      { id: 'd', pre: undefined, post: 3 },
      { id: 'e', pre: null, post: undefined },
      { id: 'f', pre: Number.NaN, post: 3 },
      { id: 'g', pre: 12, post: '9' as unknown as number },
      null as unknown as { pre: number; post: number },
      { id: 'h', pre: 10, post: 20 },
    ]);
    const s = summarizeChange(pairs, { reliability: 0.8, direction: 'lower-is-better', sdPre: 5 });
    expect(s.n).toBe(3);
    expect(s.sdPreSource).toBe('given');
    expect(s.counts).toEqual({ recovered: null, improved: 1, unchanged: 1, deteriorated: 1, nonReliablyRecovered: null });
    expect(s.excluded.map((x) => [x.index, x.id, x.reason])).toEqual([
      [2, 'c', 'missing-post'],
      [3, 'd', 'missing-pre'],
      [4, 'e', 'missing-both'],
      [5, 'f', 'invalid-pre'],
      [6, 'g', 'invalid-post'],
      [7, null, 'invalid-pair'],
    ]);
    expect(s.n + s.excluded.length).toBe(pairs.length);
    expect(s.people.map((p) => p.id)).toEqual(['a', 'b', 'h']);
    expect(s.people[0]?.clinical).toBeNull();
  });

  it('estimates sdPre as the sample SD (n − 1) of the included pre scores', () => {
    // pre 10, 14, 18: mean 14, SD = √((16 + 0 + 16) / 2) = 4.
    const s = summarizeChange(
      [
        { pre: 10, post: 10 },
        { pre: 14, post: 14 },
        { pre: 18, post: 18 },
        { pre: 99, post: null },
      ],
      { reliability: 0.75, direction: 'lower-is-better' },
    );
    expect(s.sdPre).toBe(4);
    expect(s.sdPreSource).toBe('sample');
    expect(s.se).toBe(2);
    expect(s.sDiff).toBeCloseTo(2 * Math.SQRT2, 12);
  });

  it('refuses to estimate sdPre from fewer than 2 pairs or no spread', () => {
    expect(() => summarizeChange([{ pre: 1, post: 2 }], { reliability: 0.8, direction: 'lower-is-better' })).toThrow(/sdPre/);
    expect(() =>
      summarizeChange(
        [
          { pre: 3, post: 2 },
          { pre: 3, post: 1 },
        ],
        { reliability: 0.8, direction: 'lower-is-better' },
      ),
    ).toThrow(/no spread/);
  });

  it('with a cut-off, the four categories add up to n', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ pre: fc.integer({ min: 0, max: 40 }), post: fc.integer({ min: 0, max: 40 }) }), { maxLength: 30 }), (pairs) => {
        const s = summarizeChange(pairs, { reliability: 0.8, direction: 'lower-is-better', sdPre: 6, cutoff: 20 });
        const c = s.counts;
        return (c.recovered ?? 0) + c.improved + c.unchanged + c.deteriorated === s.n && s.n === pairs.length;
      }),
    );
  });

  it('matches the doc example', () => {
    const s = summarizeChange(
      [
        { id: 'a', pre: 20, post: 10 },
        { id: 'b', pre: 24, post: 22 },
        { id: 'c', pre: 18, post: null },
      ],
      { reliability: 0.8, direction: 'lower-is-better', sdPre: 5 },
    );
    expect(s.counts).toEqual({ recovered: null, improved: 1, unchanged: 1, deteriorated: 0, nonReliablyRecovered: null });
    expect(s.excluded[0]?.reason).toBe('missing-post');
  });
});
