import { describe, expect, it } from 'vitest';
import { ders16 } from '../../src/instruments/ders-16.js';
import { ders36 } from '../../src/instruments/ders-36.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

/** DERS-16 item → DERS-36 source item (instruments.md §7b). */
const SOURCE = [5, 9, 13, 14, 15, 16, 18, 19, 21, 23, 27, 28, 29, 30, 33, 36];
const num = (id: string): number => Number(id.replace(/^ders(16|36)-/, ''));

describe('ders16: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(ders16)).toEqual([]);
    expect(validateInstrument(ders16)).toBe(ders16);
    expect(ders16.version).toBe('1.0.0');
    expect(ders16.licence.itemTextIncluded).toBe(false);
    expect(ders16.items.some((i) => 'text' in i)).toBe(false);
  });

  it('has five subscales (no awareness) plus a total, all sums, none reversed', () => {
    expect(ders16.scales.map((s) => s.id)).toEqual(['clarity', 'goals', 'impulse', 'strategies', 'nonacceptance', 'total']);
    expect(ders16.scales.some((s) => 'reversed' in s)).toBe(false);
    expect(ders16.scales.every((s) => s.aggregate === 'sum')).toBe(true);
    const key = Object.fromEntries(ders16.scales.map((s) => [s.id, s.items.map(num)]));
    expect(key).toMatchObject({
      clarity: [1, 2],
      goals: [3, 7, 15],
      impulse: [4, 8, 11],
      strategies: [5, 6, 12, 14, 16],
      nonacceptance: [9, 10, 13],
    });
    expect(key.total).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('agrees with the DERS-36 key: each item keeps its source item’s subscale, and no source item is reversed there', () => {
    const subscaleOf36 = (n: number) => ders36.scales.find((s) => s.id !== 'total' && s.items.some((id) => num(id) === n));
    for (const s of ders16.scales.filter((x) => x.id !== 'total')) {
      for (const id of s.items) {
        const source = SOURCE[num(id) - 1] as number;
        const s36 = subscaleOf36(source);
        expect(s36?.id, `DERS-16 item ${num(id)} ← DERS-36 item ${source}`).toBe(s.id);
        expect(s36 && 'reversed' in s36 ? s36.reversed.map(num) : []).not.toContain(source);
      }
    }
  });
});

describe('ders16: worked examples', () => {
  it('sums the subscales and the total on a known response set', () => {
    // Answers 1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1 for items 1–16.
    // Clarity 1,2 = 1+2 = 3; Goals 3,7,15 = 3+2+5 = 10; Impulse 4,8,11 = 4+3+1 = 8;
    // Strategies 5,6,12,14,16 = 5+1+2+4+1 = 13; Nonacceptance 9,10,13 = 4+5+3 = 12; Total 46.
    const r = score(ders16, deepFreeze([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1]));
    expect(r.scales).toMatchObject({
      clarity: { value: 3 },
      goals: { value: 10 },
      impulse: { value: 8 },
      strategies: { value: 13 },
      nonacceptance: { value: 12 },
      total: { value: 46 },
    });
  });

  it('runs from 16 to 80 with no reversal', () => {
    expect(score(ders16, Array(16).fill(1)).scales.total.value).toBe(16);
    expect(score(ders16, Array(16).fill(5)).scales.total.value).toBe(80);
    expect(score(ders16, Array(16).fill(5)).scales.clarity.value).toBe(10);
  });

  it('a missing item leaves its subscale and the total without a value', () => {
    const r = score(ders16, [1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.scales.clarity).toMatchObject({ value: null, missing: ['ders16-2'] });
    expect(r.scales.total.value).toBeNull();
    expect(r.scales.goals.value).toBe(3);
  });
});
