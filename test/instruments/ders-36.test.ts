import { describe, expect, expectTypeOf, it } from 'vitest';
import { ders36 } from '../../src/instruments/ders-36.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const PUBLISHED_REVERSED = [1, 2, 6, 7, 8, 10, 17, 20, 22, 24, 34];
const num = (id: string): number => Number(id.replace('ders36-', ''));
const scale = (id: string) => ders36.scales.find((s) => s.id === id);

describe('ders36: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(ders36)).toEqual([]);
    expect(validateInstrument(ders36)).toBe(ders36);
    expect(ders36.version).toBe('1.0.0');
    expect(ders36.licence.itemTextIncluded).toBe(false);
    expect(ders36.items.some((i) => 'text' in i)).toBe(false);
    expect(ders36.missing).toEqual({ kind: 'complete' });
  });

  it('has the published subscale key (R = reversed)', () => {
    const key = Object.fromEntries(
      ders36.scales
        .filter((s) => s.id !== 'total')
        .map((s) => {
          const rev = new Set<string>('reversed' in s ? s.reversed : []);
          return [s.id, s.items.map((id) => `${num(id)}${rev.has(id) ? 'R' : ''}`)];
        }),
    );
    expect(key).toEqual({
      nonacceptance: ['11', '12', '21', '23', '25', '29'],
      goals: ['13', '18', '20R', '26', '33'],
      impulse: ['3', '14', '19', '24R', '27', '32'],
      awareness: ['2R', '6R', '8R', '10R', '17R', '34R'],
      strategies: ['15', '16', '22R', '28', '30', '31', '35', '36'],
      clarity: ['1R', '4', '5', '7R', '9'],
    });
  });

  it('reverses exactly items 1, 2, 6, 7, 8, 10, 17, 20, 22, 24 and 34 in the total, as in the subscales', () => {
    const total = scale('total');
    expect(total?.items).toHaveLength(36);
    expect(total && 'reversed' in total ? total.reversed.map(num) : []).toEqual(PUBLISHED_REVERSED);
    const inSubscales = ders36.scales.filter((s) => s.id !== 'total').flatMap((s) => ('reversed' in s ? s.reversed.map(num) : []));
    expect([...inSubscales].sort((a, b) => a - b)).toEqual(PUBLISHED_REVERSED);
    const all = ders36.scales.filter((s) => s.id !== 'total').flatMap((s) => s.items.map(num));
    expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });

  it('sums every scale on 1–5 and counts higher as worse', () => {
    expect(ders36.scales.every((s) => s.aggregate === 'sum' && s.higherIs === 'worse')).toBe(true);
    expect(ders36.responseScales.default).toMatchObject({ min: 1, max: 5 });
    expect(ders36.scales.some((s) => 'bands' in s)).toBe(false);
  });
});

describe('ders36: worked examples', () => {
  it('applies 6 − x to the reversed items on a known response set', () => {
    // Item n is answered ((n − 1) mod 5) + 1: 1, 2, 3, 4, 5, 1, 2, … Reversed items score 6 − x.
    // Nonacceptance 11,12,21,23,25,29 = 1+2+1+3+5+4 = 16
    // Goals 13,18,20R,26,33 = 3+3+(6−5)+1+3 = 11
    // Impulse 3,14,19,24R,27,32 = 3+4+4+(6−4)+2+2 = 17
    // Awareness 2R,6R,8R,10R,17R,34R = 4+5+3+1+4+2 = 19
    // Strategies 15,16,22R,28,30,31,35,36 = 5+1+(6−2)+3+5+1+5+1 = 25
    // Clarity 1R,4,5,7R,9 = (6−1)+4+5+(6−2)+4 = 22
    // Total = 110 (the raw, unreversed sum would be 106).
    const answers = deepFreeze(Array.from({ length: 36 }, (_, i) => (i % 5) + 1));
    const r = score(ders36, answers);
    expect(r.scales.nonacceptance.value).toBe(16);
    expect(r.scales.goals.value).toBe(11);
    expect(r.scales.impulse.value).toBe(17);
    expect(r.scales.awareness.value).toBe(19);
    expect(r.scales.strategies.value).toBe(25);
    expect(r.scales.clarity.value).toBe(22);
    expect(r.scales.total.value).toBe(110);
    expect(r.scales.total.value).not.toBe(answers.reduce((a, b) => a + b, 0));
  });

  it('matches the doc example and the range ends', () => {
    const low = score(ders36, Array(36).fill(1));
    expect(low.scales.awareness.value).toBe(30);
    expect(low.scales.total.value).toBe(25 + 11 * 5);
    const high = score(ders36, Array(36).fill(5));
    expect(high.scales.awareness.value).toBe(6);
    expect(high.scales.total.value).toBe(25 * 5 + 11);
    const best = score(
      ders36,
      Array.from({ length: 36 }, (_, i) => (PUBLISHED_REVERSED.includes(i + 1) ? 5 : 1)),
    );
    expect(best.scales.total.value).toBe(36);
    const worst = score(
      ders36,
      Array.from({ length: 36 }, (_, i) => (PUBLISHED_REVERSED.includes(i + 1) ? 1 : 5)),
    );
    expect(worst.scales.total.value).toBe(180);
    expect(worst.scales).toMatchObject({
      nonacceptance: { value: 30 },
      goals: { value: 25 },
      impulse: { value: 30 },
      awareness: { value: 30 },
      strategies: { value: 40 },
      clarity: { value: 25 },
    });
  });

  it('a missing item leaves its subscale and the total without a value, not the other subscales', () => {
    const answers: (number | null)[] = Array(36).fill(3);
    answers[19] = null; // item 20, goals
    const r = score(ders36, answers);
    expect(r.scales.goals).toMatchObject({ value: null, missing: ['ders36-20'] });
    expect(r.scales.total.value).toBeNull();
    expect(r.scales.impulse.value).toBe(18);
  });

  it('types the subscale ids', () => {
    const r = score(ders36, Array(36).fill(2));
    expectTypeOf(r.scales).toHaveProperty('awareness');
    // @ts-expect-error: "aware" is not a scale id
    expect(r.scales.aware).toBeUndefined();
  });
});
