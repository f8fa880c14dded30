import { describe, expect, it } from 'vitest';
import { scs } from '../../src/instruments/scs.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const num = (id: string): number => Number(id.replace('scs-', ''));
const KEY = {
  self_kindness: [5, 12, 19, 23, 26],
  self_judgment: [1, 8, 11, 16, 21],
  common_humanity: [3, 7, 10, 15],
  isolation: [4, 13, 18, 25],
  mindfulness: [9, 14, 17, 22],
  over_identified: [2, 6, 20, 24],
};
const NEGATIVE = [...KEY.self_judgment, ...KEY.isolation, ...KEY.over_identified].sort((a, b) => a - b);

describe('scs: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(scs)).toEqual([]);
    expect(validateInstrument(scs)).toBe(scs);
    expect(scs.version).toBe('1.0.0');
    expect(scs.licence.itemTextIncluded).toBe(false);
    expect(scs.items.some((i) => 'text' in i)).toBe(false);
  });

  it("has Neff's coding key, unreversed subscale means, and a total that reverses the 13 negative items", () => {
    expect(Object.fromEntries(scs.scales.filter((s) => s.id !== 'total').map((s) => [s.id, s.items.map(num)]))).toEqual(KEY);
    expect(scs.scales.filter((s) => s.id !== 'total').some((s) => 'reversed' in s)).toBe(false);
    expect(scs.scales.every((s) => s.aggregate === 'mean')).toBe(true);
    const total = scs.scales.find((s) => s.id === 'total');
    expect(total?.items).toHaveLength(26);
    expect(total && 'reversed' in total ? total.reversed.map(num) : []).toEqual(NEGATIVE);
    expect(NEGATIVE).toHaveLength(13);
  });

  it('says which total it computes and that Neff 2003 summed the subscales', () => {
    const notes = scs.notes.join(' ');
    expect(notes).toMatch(/current sheet/);
    expect(notes).toMatch(/each subscale was added together/);
    expect(scs.scales.some((s) => 'bands' in s)).toBe(false);
  });
});

describe('scs: worked examples', () => {
  it('all 5s: every subscale is 5, the total is (13 × 5 + 13 × 1) / 26 = 3', () => {
    const r = score(scs, deepFreeze(Array(26).fill(5)));
    for (const id of Object.keys(KEY) as (keyof typeof KEY)[]) expect(r.scales[id].value).toBe(5);
    expect(r.scales.total.value).toBe(3);
  });

  it('the grand mean differs from the mean (or sum) of subscale means when subscales differ in length', () => {
    // Self-kindness items (5 items) at 5, every other item at 3 (3 reverses to 3).
    // Grand mean after reversal = (5 × 5 + 21 × 3) / 26 = 88/26 ≈ 3.385.
    // Neff 2003 style: subscale means 5, 3, 3, 3, 3, 3 → sum 20, mean 3.333; not what this total computes.
    const answers = Array.from({ length: 26 }, (_, i) => (KEY.self_kindness.includes(i + 1) ? 5 : 3));
    const r = score(scs, answers);
    expect(r.scales.self_kindness.value).toBe(5);
    expect(r.scales.self_judgment.value).toBe(3);
    expect(r.scales.total.value).toBeCloseTo(88 / 26, 12);
    expect(r.scales.total.value).not.toBeCloseTo(20 / 6, 3);
  });

  it('subscales are not reversed while the total is', () => {
    // Negative items at 1, positive items at 5: the most self-compassionate pattern.
    const answers = Array.from({ length: 26 }, (_, i) => (NEGATIVE.includes(i + 1) ? 1 : 5));
    const r = score(scs, answers);
    expect(r.scales.self_judgment.value).toBe(1);
    expect(r.scales.isolation.value).toBe(1);
    expect(r.scales.over_identified.value).toBe(1);
    expect(r.scales.mindfulness.value).toBe(5);
    expect(r.scales.total.value).toBe(5);
  });

  it('a missing item leaves its subscale and the total without a value', () => {
    const answers: (number | null)[] = Array(26).fill(2);
    answers[25] = null; // item 26, self-kindness
    const r = score(scs, answers);
    expect(r.scales.self_kindness.value).toBeNull();
    expect(r.scales.total.value).toBeNull();
    expect(r.scales.isolation.value).toBe(2);
  });
});
