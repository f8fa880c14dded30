import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { gad2 } from '../../src/instruments/gad-2.js';
import { gad7 } from '../../src/instruments/gad-7.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const LOINC = 'http://loinc.org';

describe('gad2: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(gad2)).toEqual([]);
    expect(validateInstrument(gad2)).toBe(gad2);
    expect(gad2.version).toBe('1.0.0');
    expect(gad2.missing).toEqual({ kind: 'complete' });
  });

  it('is items 1 and 2 of the GAD-7: same text, LOINC item codes, answer scale and item-2 answer code', () => {
    expect(gad2.items.map((i) => i.text)).toEqual([gad7.items[0].text, gad7.items[1].text]);
    expect(gad2.items.map((i) => i.code)).toEqual([gad7.items[0].code, gad7.items[1].code]);
    expect(gad2.items.map((i) => i.code.code)).toEqual(['69725-0', '68509-9']);
    expect(gad2.items[1].answerCodes).toEqual(gad7.items[1].answerCodes);
    expect(gad2.items[1].answerCodes).toEqual([{ value: 2, code: { system: LOINC, code: 'LA18938-3', display: 'More days than not' } }]);
    expect(gad2.responseScales.default).toEqual(gad7.responseScales.default);
    expect(gad2.responseScales.default.anchors[0]?.label).toBe('Not at all');
    expect(gad2.licence.itemTextIncluded).toBe(true);
  });

  it('claims no unconfirmed panel or total code, and never the GAD-7 ones', () => {
    expect('code' in gad2).toBe(false);
    expect('code' in gad2.scales[0]).toBe(false);
    const codes = gad2.items.map((i) => i.code.code);
    expect(codes).not.toContain('69737-5');
    expect(codes).not.toContain('70274-6');
  });
});

describe('gad2: worked examples (Kroenke et al. 2007: 3 or more is a positive screen)', () => {
  it.each([
    [[0, 0], 0, 'Negative screen'],
    [[1, 1], 2, 'Negative screen'],
    [[0, 2], 2, 'Negative screen'],
    [[1, 2], 3, 'Positive screen'],
    [[3, 0], 3, 'Positive screen'],
    [[3, 3], 6, 'Positive screen'],
  ] as const)('%j: total %i is a %s', (answers, total, label) => {
    const r = score(gad2, deepFreeze([...answers]));
    expect(r.scales.total).toMatchObject({ value: total, answered: 2, expected: 2, prorated: false });
    expect(r.scales.total.band?.label).toBe(label);
    expect(r.flags).toEqual([]);
  });

  it('a missing item leaves the total without a value', () => {
    expect(score(gad2, [null, 3]).scales.total).toMatchObject({ value: null, band: null, missing: ['gad2-1'] });
  });

  it('rejects a value off the scale', () => {
    expect(safeScore(gad2, [0, 4]).ok).toBe(false);
  });

  it('property: the GAD-2 total equals GAD-7 items 1 + 2 of the same answers', () => {
    const v = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(v, { minLength: 7, maxLength: 7 }), (seven) => {
        expect(score(gad2, seven.slice(0, 2)).scales.total.value).toBe((seven[0] ?? 0) + (seven[1] ?? 0));
      }),
      { numRuns: 100 },
    );
  });
});

describe('gad2: types', () => {
  it('keys responses by the definition', () => {
    expectTypeOf(score(gad2, [0, 0]).scales).toHaveProperty('total');
    // @ts-expect-error: item ids are gad2-1 and gad2-2
    const bad: ResponsesOf<typeof gad2> = { 'gad7-1': 0 };
    expect(bad).toBeDefined();
  });
});
