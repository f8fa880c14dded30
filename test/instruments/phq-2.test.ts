import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { phq2 } from '../../src/instruments/phq-2.js';
import { phq9 } from '../../src/instruments/phq-9.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const LOINC = 'http://loinc.org';

describe('phq2: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(phq2)).toEqual([]);
    expect(validateInstrument(phq2)).toBe(phq2);
    expect(phq2.version).toBe('1.0.0');
    expect(phq2.missing).toEqual({ kind: 'complete' });
  });

  it('is items 1 and 2 of the PHQ-9: same text, same LOINC item codes, same answer scale', () => {
    expect(phq2.items.map((i) => i.text)).toEqual([phq9.items[0].text, phq9.items[1].text]);
    expect(phq2.items.map((i) => i.code)).toEqual([phq9.items[0].code, phq9.items[1].code]);
    expect(phq2.responseScales.default).toEqual(phq9.responseScales.default);
    expect(phq2.scales.map((s) => s.id)).toEqual(['total']);
    expect(phq2.scales[0].items).toEqual(['phq2-1', 'phq2-2']);
    expect('reversed' in phq2.scales[0]).toBe(false);
    expect(phq2.licence.itemTextIncluded).toBe(true);
  });

  it('codes the panel 55757-9 and the total 55758-7 (never the GAD-7 panel 69737-5)', () => {
    expect(phq2.code).toMatchObject({ system: LOINC, code: '55757-9' });
    expect(phq2.items.map((i) => i.code.code)).toEqual(['44250-9', '44255-8']);
    expect(phq2.scales[0].code).toMatchObject({ system: LOINC, code: '55758-7' });
    const codes = [phq2.code, ...phq2.items.map((i) => i.code), ...phq2.scales.map((s) => s.code)].map((c) => c.code);
    expect(codes).not.toContain('69737-5');
  });

  it('has no risk item and no flag rule', () => {
    expect('flags' in phq2).toBe(false);
  });
});

describe('phq2: worked examples (Kroenke, Spitzer & Williams 2003: 3 or more is a positive screen)', () => {
  it.each([
    [[0, 0], 0, 'Negative screen'],
    [[1, 1], 2, 'Negative screen'],
    [[2, 0], 2, 'Negative screen'],
    [[2, 1], 3, 'Positive screen'],
    [[0, 3], 3, 'Positive screen'],
    [[3, 3], 6, 'Positive screen'],
  ] as const)('%j: total %i is a %s', (answers, total, label) => {
    const r = score(phq2, deepFreeze([...answers]));
    expect(r.scales.total).toMatchObject({ value: total, answered: 2, expected: 2, prorated: false });
    expect(r.scales.total.band?.label).toBe(label);
    expect(r.flags).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('a missing item leaves the total (and the screen result) without a value', () => {
    const r = score(phq2, { 'phq2-1': 3 });
    expect(r.scales.total).toMatchObject({ value: null, band: null, missing: ['phq2-2'] });
    expect(r.complete).toBe(false);
  });

  it('rejects a value off the scale', () => {
    expect(safeScore(phq2, [4, 0]).ok).toBe(false);
    expect(safeScore(phq2, [0, -1]).ok).toBe(false);
  });

  it('property: the PHQ-2 total equals PHQ-9 items 1 + 2 of the same answers', () => {
    const v = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(v, { minLength: 9, maxLength: 9 }), (nine) => {
        const r = score(phq2, nine.slice(0, 2));
        expect(r.scales.total.value).toBe((nine[0] ?? 0) + (nine[1] ?? 0));
        expect(r.scales.total.band?.label).toBe((nine[0] ?? 0) + (nine[1] ?? 0) >= 3 ? 'Positive screen' : 'Negative screen');
      }),
      { numRuns: 100 },
    );
  });
});

describe('phq2: types', () => {
  it('keys responses by the definition', () => {
    expectTypeOf(score(phq2, [0, 0]).scales).toHaveProperty('total');
    // @ts-expect-error: item ids are phq2-1 and phq2-2
    const bad: ResponsesOf<typeof phq2> = { 'phq9-1': 0 };
    expect(bad).toBeDefined();
  });
});
