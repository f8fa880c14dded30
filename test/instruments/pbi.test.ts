import { describe, expect, expectTypeOf, it } from 'vitest';
import { pbiFather, pbiMother } from '../../src/instruments/pbi.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const CARE = { direct: [1, 5, 6, 11, 12, 17], reversed: [2, 4, 14, 16, 18, 24] };
const PROTECTION = { direct: [8, 9, 10, 13, 19, 20, 23], reversed: [3, 7, 15, 21, 22, 25] };
const num = (id: string): number => Number(id.replace(/^pbi[mf]-/, ''));
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/**
 * Raw answers (0–3, as ticked: Very like = 3) that give the wanted care and overprotection sums
 * under the published key: each item's scored value is filled greedily with 3s, and a reversed
 * item is answered 3 − scored.
 */
function answersFor(care: number, protection: number): number[] {
  const out = Array<number>(25).fill(0);
  const fill = (key: { direct: number[]; reversed: number[] }, target: number) => {
    let left = target;
    for (const n of sorted([...key.direct, ...key.reversed])) {
      const scored = Math.min(3, left);
      left -= scored;
      out[n - 1] = key.reversed.includes(n) ? 3 - scored : scored;
    }
    expect(left).toBe(0);
  };
  fill(CARE, care);
  fill(PROTECTION, protection);
  return out;
}

describe.each([
  ['mother', pbiMother],
  ['father', pbiFather],
] as const)('pbi %s form: definition', (_who, def) => {
  it('is a valid definition', () => {
    expect(instrumentProblems(def)).toEqual([]);
    expect(validateInstrument(def)).toBe(def);
    expect(def.version).toBe('1.0.0');
    expect(def.missing).toEqual({ kind: 'complete' });
  });

  it('has the Black Dog key on 0–3 coding', () => {
    expect(def.responseScales.default).toMatchObject({ min: 0, max: 3 });
    expect(def.responseScales.default.anchors.map((a) => [a.value, a.label])).toEqual([
      [0, 'Very unlike'],
      [1, 'Moderately unlike'],
      [2, 'Moderately like'],
      [3, 'Very like'],
    ]);
    const [care, protection] = def.scales;
    expect(care.id).toBe('care');
    expect(sorted(care.items.map(num))).toEqual(sorted([...CARE.direct, ...CARE.reversed]));
    expect(care.reversed.map(num)).toEqual(CARE.reversed);
    expect(protection.id).toBe('overprotection');
    expect(sorted(protection.items.map(num))).toEqual(sorted([...PROTECTION.direct, ...PROTECTION.reversed]));
    expect(protection.reversed.map(num)).toEqual(PROTECTION.reversed);
    expect(def.scales.every((s) => s.aggregate === 'sum')).toBe(true);
  });

  it('ships no item text and says loudly that it is non-commercial and not to be hosted electronically', () => {
    expect(def.licence.itemTextIncluded).toBe(false);
    expect(def.items.some((i) => 'text' in i || 'gloss' in i)).toBe(false);
    expect(def.licence.summary).toMatch(/NOT FOR COMMERCIAL USE/);
    expect(def.licence.summary).toMatch(/NOT TO BE HOSTED ELECTRONICALLY/);
  });

  it('documents its tie rule', () => {
    expect(def.derived[0].kind).toBe('rules');
    expect(def.derived[0].tieRule).toMatch(/exactly at a cut-off counts as low/);
  });
});

describe('pbi: one key, two forms', () => {
  it('the mother and father forms share the same key and differ in ids and cut-offs only', () => {
    const keyOf = (def: typeof pbiMother | typeof pbiFather) =>
      def.scales.map((s) => ({ id: s.id, items: s.items.map(num), reversed: s.reversed.map(num), aggregate: s.aggregate }));
    expect(keyOf(pbiMother)).toEqual(keyOf(pbiFather));
    expect(pbiMother.items.map((i) => i.number)).toEqual(pbiFather.items.map((i) => i.number));
    expect(pbiMother.id).not.toBe(pbiFather.id);
    const ids = new Set([...pbiMother.items, ...pbiFather.items].map((i) => i.id));
    expect(ids.size).toBe(50);
  });
});

describe('pbi: worked examples', () => {
  it('all "Moderately unlike" (1): care 6×1 + 6×2 = 18, overprotection 7×1 + 6×2 = 19 → affectionless control', () => {
    const r = score(pbiMother, deepFreeze(Array(25).fill(1)));
    expect(r.scales.care.value).toBe(18);
    expect(r.scales.overprotection.value).toBe(19);
    expect(r.derived.quadrant.label).toBe('Affectionless control');
  });

  it('all "Very like" (3): reversed items score 0 → care 18, overprotection 21', () => {
    const r = score(pbiFather, Array(25).fill(3));
    expect(r.scales.care.value).toBe(18);
    expect(r.scales.overprotection.value).toBe(21);
  });

  it('matches the father doc example', () => {
    const r = score(pbiFather, Array(25).fill(2));
    expect(r.scales.overprotection.value).toBe(20);
    expect(r.derived.quadrant.label).toBe('Affectionless control');
  });

  it('reaches the ends of both ranges', () => {
    const top = score(pbiMother, answersFor(36, 39));
    expect([top.scales.care.value, top.scales.overprotection.value]).toEqual([36, 39]);
    const bottom = score(pbiMother, answersFor(0, 0));
    expect([bottom.scales.care.value, bottom.scales.overprotection.value]).toEqual([0, 0]);
  });

  it.each([
    // Mothers: care 27.0, protection 13.5; a score exactly at the cut-off is low.
    [28, 13, 'Optimal parenting'],
    [27, 13, 'Neglectful parenting'],
    [26, 13, 'Neglectful parenting'],
    [28, 14, 'Affectionate constraint'],
    [27, 14, 'Affectionless control'],
    [26, 14, 'Affectionless control'],
    [36, 0, 'Optimal parenting'],
    [0, 39, 'Affectionless control'],
  ])('mother quadrant at care %i, overprotection %i: %s', (care, protection, label) => {
    const r = score(pbiMother, answersFor(care, protection));
    expect([r.scales.care.value, r.scales.overprotection.value]).toEqual([care, protection]);
    expect(r.derived.quadrant.label).toBe(label);
  });

  it.each([
    // Fathers: care 24.0, protection 12.5.
    [25, 12, 'Optimal parenting'],
    [24, 12, 'Neglectful parenting'],
    [23, 12, 'Neglectful parenting'],
    [25, 13, 'Affectionate constraint'],
    [24, 13, 'Affectionless control'],
    [23, 13, 'Affectionless control'],
  ])('father quadrant at care %i, overprotection %i: %s', (care, protection, label) => {
    const r = score(pbiFather, answersFor(care, protection));
    expect([r.scales.care.value, r.scales.overprotection.value]).toEqual([care, protection]);
    expect(r.derived.quadrant.label).toBe(label);
  });

  it('the same answers fall in different quadrants for mothers and fathers (care 25, protection 13)', () => {
    const answers = answersFor(25, 13);
    expect(score(pbiMother, answers).derived.quadrant.label).toBe('Neglectful parenting');
    expect(score(pbiFather, answers).derived.quadrant.label).toBe('Affectionate constraint');
  });

  it('a missing item leaves its scale and the quadrant without a value', () => {
    const answers: (number | null)[] = answersFor(30, 10);
    answers[2] = null; // item 3, overprotection
    const r = score(pbiMother, answers);
    expect(r.scales.care.value).toBe(30);
    expect(r.scales.overprotection).toMatchObject({ value: null, missing: ['pbim-3'] });
    expect(r.derived.quadrant).toEqual({ value: null, label: null });
  });

  it('types the form-specific item ids', () => {
    const r = score(pbiMother, Array(25).fill(0));
    expectTypeOf(r.derived).toHaveProperty('quadrant');
    // @ts-expect-error: father item ids are not mother item ids
    expect(() => score(pbiMother, { 'pbif-1': 1 })).toThrow(/not an item of pbi-mother/);
  });
});
