import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { aaqII } from '../../src/instruments/aaq-ii.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

describe('aaqII: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(aaqII)).toEqual([]);
    expect(validateInstrument(aaqII)).toBe(aaqII);
    expect(aaqII.version).toBe('1.0.0');
    expect(aaqII.missing).toEqual({ kind: 'complete' });
  });

  it('has seven items on 1 = Never true … 7 = Always true, none reversed, summed; higher = more inflexibility', () => {
    expect(aaqII.items).toHaveLength(7);
    expect(aaqII.responseScales.default.anchors.map((a) => a.label)).toEqual([
      'Never true',
      'Very seldom true',
      'Seldom true',
      'Sometimes true',
      'Frequently true',
      'Almost always true',
      'Always true',
    ]);
    expect(aaqII.scales[0]).toMatchObject({ id: 'total', aggregate: 'sum', higherIs: 'worse' });
    expect('reversed' in aaqII.scales[0]).toBe(false);
  });

  it('carries the cut-off guidance as guidance, not as invented bands', () => {
    expect('bands' in aaqII.scales[0]).toBe(false);
    expect(aaqII.description).toMatch(/24–28/);
    expect(aaqII.notes?.some((n) => n.includes('>24-28'))).toBe(true);
  });

  it('ships no item text (commercial use needs the authors’ permission)', () => {
    expect(aaqII.licence.itemTextIncluded).toBe(false);
    expect(aaqII.licence.summary).toMatch(/money-making/);
    expect(aaqII.items.every((i) => !('text' in i))).toBe(true);
    expect(aaqII.citations[0]?.doi).toBe('10.1016/j.beth.2011.03.007');
  });
});

describe('aaqII: worked examples (Bond et al. 2011: total 7–49)', () => {
  it('scores a response set: 4+3+5+3+4+5+4 = 28, at the top of the 24–28 guidance range', () => {
    const r = score(aaqII, deepFreeze([4, 3, 5, 3, 4, 5, 4]));
    expect(r.scales.total).toMatchObject({ value: 28, answered: 7, expected: 7, prorated: false, band: null });
    expect(r.flags).toEqual([]);
  });

  it('runs from 7 (all "Never true") to 49 (all "Always true")', () => {
    expect(score(aaqII, Array(7).fill(1)).scales.total.value).toBe(7);
    expect(score(aaqII, Array(7).fill(7)).scales.total.value).toBe(49);
  });

  it('rejects values off the 1–7 scale and leaves a total with a blank item without a value', () => {
    expect(safeScore(aaqII, [0, 1, 1, 1, 1, 1, 1]).ok).toBe(false);
    expect(safeScore(aaqII, [8, 1, 1, 1, 1, 1, 1]).ok).toBe(false);
    expect(score(aaqII, [1, 1, 1, 1, 1, 1, null]).scales.total).toMatchObject({ value: null, missing: ['aaq2-7'] });
  });

  it('property: the total is the plain sum of the seven answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 7, maxLength: 7 }), (seven) => {
        expect(score(aaqII, seven).scales.total.value).toBe(seven.reduce((s, x) => s + x, 0));
      }),
      { numRuns: 150 },
    );
  });
});

describe('aaqII: types', () => {
  it('keys responses by the definition', () => {
    expectTypeOf(score(aaqII, [1, 1, 1, 1, 1, 1, 1]).scales).toHaveProperty('total');
    // @ts-expect-error: item ids are aaq2-1 … aaq2-7
    const bad: ResponsesOf<typeof aaqII> = { 'aaq-1': 1 };
    expect(bad).toBeDefined();
  });
});
