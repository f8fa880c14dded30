import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { k10 } from '../../src/instruments/k10.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

/** Ten answers (1–5) with the given total (10–50), filled with 5s from item 1 on. */
function withTotal(total: number): number[] {
  const out = Array<number>(10).fill(1);
  let left = total - 10;
  for (let i = 0; i < 10 && left > 0; i++) {
    const v = Math.min(4, left);
    out[i] = 1 + v;
    left -= v;
  }
  return out;
}

describe('k10: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(k10)).toEqual([]);
    expect(validateInstrument(k10)).toBe(k10);
    expect(k10.version).toBe('1.0.0');
    expect(k10.missing).toEqual({ kind: 'complete' });
  });

  it('has ten items on 1 = None of the time … 5 = All of the time, none reversed, summed', () => {
    expect(k10.items).toHaveLength(10);
    expect(k10.responseScales.default.anchors.map((a) => [a.value, a.label])).toEqual([
      [1, 'None of the time'],
      [2, 'A little of the time'],
      [3, 'Some of the time'],
      [4, 'Most of the time'],
      [5, 'All of the time'],
    ]);
    expect(k10.scales[0]).toMatchObject({ id: 'total', aggregate: 'sum', higherIs: 'worse' });
    expect('reversed' in k10.scales[0]).toBe(false);
    expect('flags' in k10).toBe(false);
  });

  it('ships no item text (licence unconfirmed), only glosses', () => {
    expect(k10.licence.itemTextIncluded).toBe(false);
    expect(k10.items.every((i) => !('text' in i) && typeof i.gloss === 'string')).toBe(true);
  });

  it('names the ABS bands (after Andrews & Slade 2001) in its citations', () => {
    expect(k10.citations.map((c) => ('doi' in c ? c.doi : undefined))).toContain('10.1111/j.1467-842X.2001.tb00310.x');
    expect(k10.citations.map((c) => ('doi' in c ? c.doi : undefined))).toContain('10.1017/S0033291702006074');
    expect(k10.citations.some((c) => /Australian Bureau of Statistics/.test(c.text))).toBe(true);
  });
});

describe('k10: worked examples (ABS 4817.0.55.001, Tables D and E)', () => {
  it('all "None of the time" is the minimum, 10; all "All of the time" the maximum, 50', () => {
    expect(score(k10, deepFreeze(Array(10).fill(1))).scales.total).toMatchObject({ value: 10, band: { label: 'Low' } });
    expect(score(k10, Array(10).fill(5)).scales.total).toMatchObject({ value: 50, band: { label: 'Very high' } });
  });

  it('scores a response set: 2+3+2+2+3+1+3+2+3+1 = 22 → High', () => {
    const r = score(k10, [2, 3, 2, 2, 3, 1, 3, 2, 3, 1]);
    expect(r.scales.total).toMatchObject({ value: 22, answered: 10, expected: 10, prorated: false });
    expect(r.scales.total.band?.label).toBe('High');
    expect(r.flags).toEqual([]);
  });

  it.each([
    [10, 'Low'],
    [15, 'Low'],
    [16, 'Moderate'],
    [21, 'Moderate'],
    [22, 'High'],
    [29, 'High'],
    [30, 'Very high'],
    [50, 'Very high'],
  ])('band boundary: total %i is %s', (total, label) => {
    const r = score(k10, withTotal(total));
    expect(r.scales.total.value).toBe(total);
    expect(r.scales.total.band?.label).toBe(label);
  });

  it('rejects 0–4 coding (a US-style 0 answer is off this scale)', () => {
    const r = safeScore(k10, [0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.ok).toBe(false);
    expect(safeScore(k10, [6, 1, 1, 1, 1, 1, 1, 1, 1, 1]).ok).toBe(false);
  });

  it('a missing item leaves the total without a value (no prorating)', () => {
    const r = score(k10, [2, 2, 2, 2, 2, 2, 2, 2, 2, null]);
    expect(r.scales.total).toMatchObject({ value: null, band: null, missing: ['k10-10'], prorated: false });
  });

  it('property: the total is the plain sum, and one more step on any item never lowers it', () => {
    const v = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(v, { minLength: 10, maxLength: 10 }), fc.integer({ min: 0, max: 9 }), (ten, i) => {
        const a = score(k10, ten).scales.total.value as number;
        expect(a).toBe(ten.reduce((s, x) => s + x, 0));
        const up = ten.map((x, j) => (j === i ? Math.min(5, x + 1) : x));
        expect(score(k10, up).scales.total.value as number).toBeGreaterThanOrEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});

describe('k10: types', () => {
  it('keys responses by the definition', () => {
    expectTypeOf(score(k10, withTotal(10)).scales).toHaveProperty('total');
    // @ts-expect-error: item ids are k10-1 … k10-10
    const bad: ResponsesOf<typeof k10> = { 'k10-11': 1 };
    expect(bad).toBeDefined();
  });
});
