import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { gad7 } from '../../src/instruments/gad-7.js';
import type { Coding } from '../../src/model/issue.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { InstrumentDefinition, ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const LOINC = 'http://loinc.org';

/** The answer code an exporter must send: the item's own code for that value, else the scale anchor's. */
function answerCode(def: InstrumentDefinition, itemId: string, value: number): Coding | undefined {
  const item = def.items.find((i) => i.id === itemId);
  const own = item?.answerCodes?.find((a) => a.value === value)?.code;
  return own ?? def.responseScales[item?.responseScale ?? 'default']?.anchors.find((a) => a.value === value)?.code;
}

function withTotal(total: number): number[] {
  const out = Array<number>(7).fill(0);
  let left = total;
  for (let i = 0; i < 7 && left > 0; i++) {
    const v = Math.min(3, left);
    out[i] = v;
    left -= v;
  }
  return out;
}

describe('gad7: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(gad7)).toEqual([]);
    expect(validateInstrument(gad7)).toBe(gad7);
    expect(gad7.version).toBe('1.0.0');
    expect(gad7.missing).toEqual({ kind: 'complete' });
  });

  it('totals items 1–7 with no reversal; the difficulty item is its own scale, never in the total', () => {
    expect(gad7.scales.map((s) => s.id)).toEqual(['total', 'functioning']);
    expect(gad7.scales[0].items).toEqual(['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7']);
    expect(gad7.scales[1].items).toEqual(['gad7-8']);
    expect(gad7.scales.some((s) => 'reversed' in s)).toBe(false);
  });

  it('uses "Not at all" as the 0 anchor, never "Not at all sure"', () => {
    const anchors = gad7.responseScales.default.anchors;
    expect(anchors[0]).toMatchObject({ value: 0, label: 'Not at all' });
    expect(anchors.map((a) => a.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(anchors.some((a) => /sure/i.test(a.label))).toBe(false);
  });

  it('ships the public-domain item text', () => {
    expect(gad7.licence.itemTextIncluded).toBe(true);
    expect(gad7.items.every((i) => typeof i.text === 'string')).toBe(true);
    expect(gad7.items[1].text).toBe('Not being able to stop or control worrying');
  });
});

describe('gad7: LOINC codes', () => {
  it('codes the panel, the items and the total (not 69730-0)', () => {
    expect(gad7.code).toMatchObject({ system: LOINC, code: '69737-5' });
    expect(gad7.items.slice(0, 7).map((i) => ('code' in i ? i.code.code : undefined))).toEqual([
      '69725-0',
      '68509-9',
      '69733-4',
      '69734-2',
      '69735-9',
      '69689-8',
      '69736-7',
    ]);
    expect(gad7.scales[0].code).toMatchObject({ system: LOINC, code: '70274-6' });
    expect(JSON.stringify(gad7)).not.toContain('69730-0');
  });

  it('gives the difficulty item no LOINC question code (unverified)', () => {
    expect('code' in gad7.items[7]).toBe(false);
    expect(gad7.items[7].responseScale).toBe('difficulty');
  });

  it('item 2 (68509-9) codes value 2 as LA18938-3 "More days than not"; the other items use LA6570-1', () => {
    expect(gad7.items[1].answerCodes).toEqual([{ value: 2, code: { system: LOINC, code: 'LA18938-3', display: 'More days than not' } }]);
    expect(answerCode(gad7, 'gad7-2', 2)?.code).toBe('LA18938-3');
    expect(answerCode(gad7, 'gad7-2', 1)?.code).toBe('LA6569-3');
    expect(answerCode(gad7, 'gad7-2', 3)?.code).toBe('LA6571-9');
    for (const id of ['gad7-1', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7']) {
      expect(answerCode(gad7, id, 2)?.code).toBe('LA6570-1');
      expect('answerCodes' in (gad7.items.find((i) => i.id === id) as object)).toBe(false);
    }
    expect(gad7.responseScales.default.anchors.map((a) => a.code?.code)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
  });

  it('codes the difficulty answers by code, not in numeric order', () => {
    expect(answerCode(gad7, 'gad7-8', 2)?.code).toBe('LA6575-0');
    expect(answerCode(gad7, 'gad7-8', 3)?.code).toBe('LA6574-3');
  });
});

describe('gad7: worked examples', () => {
  it('scores a response set: 2+1+2+1+1+2+1 = 10 → Moderate', () => {
    const r = score(gad7, deepFreeze([2, 1, 2, 1, 1, 2, 1, 1]));
    expect(r.scales.total).toMatchObject({ value: 10, answered: 7, expected: 7, prorated: false });
    expect(r.scales.total.band?.label).toBe('Moderate');
    expect(r.scales.functioning.value).toBe(1);
    expect(r.flags).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('band boundary: total %i is %s', (total, label) => {
    const r = score(gad7, withTotal(total));
    expect(r.scales.total.value).toBe(total);
    expect(r.scales.total.band?.label).toBe(label);
  });

  it('a missing item leaves the total without a value', () => {
    const r = score(gad7, { 'gad7-1': 3, 'gad7-2': 3, 'gad7-3': 3, 'gad7-4': 3, 'gad7-5': 3, 'gad7-6': 3 });
    expect(r.scales.total).toMatchObject({ value: null, missing: ['gad7-7'], band: null });
  });

  it('rejects a value off the scale', () => {
    const r = safeScore(gad7, [0, 0, 0, 0, 0, 0, 4]);
    expect(r.ok).toBe(false);
  });

  it('property: the difficulty item never changes the total or its band', () => {
    const v = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
    fc.assert(
      fc.property(fc.array(v, { minLength: 7, maxLength: 7 }), v, v, (seven, a, b) => {
        expect(score(gad7, [...seven, a]).scales.total).toEqual(score(gad7, [...seven, b]).scales.total);
      }),
      { numRuns: 200 },
    );
  });
});

describe('gad7: types', () => {
  it('keys results and responses by the definition', () => {
    const r = score(gad7, [0, 0, 0, 0, 0, 0, 0]);
    expectTypeOf(r.scales).toHaveProperty('total');
    // @ts-expect-error: GAD-7 has no derived scores
    expect(r.derived.symptom_count).toBeUndefined();
    // @ts-expect-error: item ids are gad7-1 … gad7-8
    const bad: ResponsesOf<typeof gad7> = { 'gad-7-1': 0 };
    expect(bad).toBeDefined();
  });
});
