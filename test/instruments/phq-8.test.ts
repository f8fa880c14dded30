import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { phq8 } from '../../src/instruments/phq-8.js';
import { phq9 } from '../../src/instruments/phq-9.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

/** Items 1–8 with the given total, filled with 3s from item 1 on. */
function withTotal(total: number): number[] {
  const out = Array<number>(8).fill(0);
  let left = total;
  for (let i = 0; i < 8 && left > 0; i++) {
    const v = Math.min(3, left);
    out[i] = v;
    left -= v;
  }
  return out;
}

describe('phq8: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(phq8)).toEqual([]);
    expect(validateInstrument(phq8)).toBe(phq8);
    expect(phq8.version).toBe('1.0.0');
    expect(phq8.missing).toEqual({ kind: 'complete' });
  });

  it('is PHQ-9 items 1–8: same text, same LOINC item codes, same answer scale; no item 9', () => {
    expect(phq8.items.map((i) => i.text)).toEqual(phq9.items.slice(0, 8).map((i) => i.text));
    expect(phq8.items.map((i) => i.code)).toEqual(phq9.items.slice(0, 8).map((i) => i.code));
    expect(phq8.items.map((i) => i.code.code)).not.toContain('44260-8');
    expect(phq8.responseScales.default).toEqual(phq9.responseScales.default);
    expect(phq8.scales[0].items).toHaveLength(8);
    expect(phq8.licence.itemTextIncluded).toBe(true);
  });

  it('has no flag rule at all (no item 9, so no item-9 flag and no unanswered-risk flag)', () => {
    expect('flags' in phq8).toBe(false);
  });
});

describe('phq8: worked examples (Kroenke et al. 2009; CamCOPS phq8.py)', () => {
  it('scores 2+2+1+2+1+1+1+0 = 10: Moderate, the cut-off for current depression; 3 symptoms with a core one', () => {
    const r = score(phq8, deepFreeze([2, 2, 1, 2, 1, 1, 1, 0]));
    expect(r.scales.total).toMatchObject({ value: 10, answered: 8, expected: 8, prorated: false });
    expect(r.scales.total.band?.label).toBe('Moderate');
    expect(r.derived.symptom_count).toEqual({ value: 3, label: 'Other depressive syndrome' });
    expect(r.flags).toEqual([]);
  });

  it('major depressive syndrome: a core symptom and 5 or more symptoms at 2+', () => {
    const r = score(phq8, [0, 2, 2, 2, 2, 2, 0, 0]);
    expect(r.derived.symptom_count).toEqual({ value: 5, label: 'Major depressive syndrome' });
    expect(score(phq8, [0, 0, 2, 2, 2, 2, 2, 2]).derived.symptom_count).toEqual({ value: 6, label: 'Neither syndrome' });
  });

  it.each([
    [0, 'None/minimal'],
    [4, 'None/minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [24, 'Severe'],
  ])('band boundary: total %i is %s (CamCOPS: ≥20, ≥15, ≥10, ≥5)', (total, label) => {
    const r = score(phq8, withTotal(total));
    expect(r.scales.total.value).toBe(total);
    expect(r.scales.total.band?.label).toBe(label);
  });

  it('a missing item leaves the total without a value, and still raises no flag', () => {
    const r = score(phq8, [3, 3, 3, 3, 3, 3, 3, null]);
    expect(r.scales.total).toMatchObject({ value: null, missing: ['phq8-8'] });
    expect(r.flags).toEqual([]);
  });

  it('rejects a ninth answer and values off the scale', () => {
    expect(safeScore(phq8, [0, 0, 0, 0, 0, 0, 0, 0, 1]).ok).toBe(false);
    expect(safeScore(phq8, [0, 0, 0, 0, 0, 0, 0, 4]).ok).toBe(false);
  });

  it('property: no answers, complete or not, can raise a flag', () => {
    const v = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
    fc.assert(
      fc.property(fc.array(v, { minLength: 8, maxLength: 8 }), (eight) => {
        expect(score(phq8, eight).flags).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: with PHQ-9 item 9 at 0, the PHQ-8 total and band match the PHQ-9 total and band', () => {
    const v = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(v, { minLength: 8, maxLength: 8 }), (eight) => {
        const a = score(phq8, eight).scales.total;
        const b = score(phq9, [...eight, 0]).scales.total;
        expect(a.value).toBe(b.value);
        expect([a.band?.min, a.band?.label === 'None/minimal' ? 'Minimal' : a.band?.label]).toEqual([b.band?.min, b.band?.label]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('phq8: types', () => {
  it('keys results and responses by the definition', () => {
    const r = score(phq8, [0, 0, 0, 0, 0, 0, 0, 0]);
    expectTypeOf(r.derived).toHaveProperty('symptom_count');
    // @ts-expect-error: the PHQ-8 has no item 9
    const bad: ResponsesOf<typeof phq8> = { 'phq8-9': 0 };
    expect(bad).toBeDefined();
  });
});
