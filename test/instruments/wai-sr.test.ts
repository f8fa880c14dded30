import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waiSr } from '../../src/instruments/wai-sr.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const num = (id: string): number => Number(id.replace('waisr-', ''));
const DESCENDING = [2, 5, 6, 8, 10, 11];

describe('waiSr: definition', () => {
  it('is a valid definition without item text', () => {
    expect(instrumentProblems(waiSr)).toEqual([]);
    expect(validateInstrument(waiSr)).toBe(waiSr);
    expect(waiSr.version).toBe('1.0.0');
    expect(waiSr.licence.itemTextIncluded).toBe(false);
    expect(waiSr.items.some((i) => 'text' in i)).toBe(false);
    expect(waiSr.licence.summary).toMatch(/Horvath/);
    expect(waiSr.licence.summary).toMatch(/Society for Psychotherapy Research/);
  });

  it('has the form key: goal 4, 6, 8, 11; task 1, 2, 10, 12; bond 3, 5, 7, 9; no reversal; means', () => {
    expect(Object.fromEntries(waiSr.scales.map((s) => [s.id, s.items.map(num)]))).toEqual({
      goal: [4, 6, 8, 11],
      task: [1, 2, 10, 12],
      bond: [3, 5, 7, 9],
      total: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(waiSr.scales.some((s) => 'reversed' in s)).toBe(false);
    expect(waiSr.scales.every((s) => s.aggregate === 'mean')).toBe(true);
    expect(waiSr.responseScales.default.anchors.map((a) => [a.value, a.label])).toEqual([
      [1, 'Seldom'],
      [2, 'Sometimes'],
      [3, 'Fairly often'],
      [4, 'Very often'],
      [5, 'Always'],
    ]);
  });

  it('marks the printed order Always → Seldom on items 2, 5, 6, 8, 10, 11 only', () => {
    expect(waiSr.items.filter((i) => i.printedOrder === 'descending').map((i) => i.number)).toEqual(DESCENDING);
    expect(waiSr.items.filter((i) => i.printedOrder === 'ascending').map((i) => i.number)).toEqual([1, 3, 4, 7, 9, 12]);
  });

  it('says to score by label, and which aggregate it chose and why', () => {
    const notes = waiSr.notes.join(' ');
    expect(notes).toMatch(/Score by label/);
    expect(notes).toMatch(/Sum vs mean/);
  });
});

describe('waiSr: worked examples', () => {
  it('scores the subscales and the total as means', () => {
    // Bond 3,5,7,9 = 5,5,5,5 → 5; Goal 4,6,8,11 = 3,3,3,3 → 3; Task 1,2,10,12 = 4,4,4,4 → 4; total 48/12 = 4.
    const r = score(waiSr, deepFreeze([4, 4, 5, 3, 5, 3, 5, 3, 5, 4, 3, 4]));
    expect(r.scales).toMatchObject({ bond: { value: 5 }, goal: { value: 3 }, task: { value: 4 }, total: { value: 4 } });
  });

  it('a mixed response set: goal (2+5+3+4)/4 = 3.5, task (1+2+4+5)/4 = 3, bond (3+4+5+1)/4 = 3.25', () => {
    // Items 1–12: 1, 2, 3, 2, 4, 5, 5, 3, 1, 4, 4, 5.
    const r = score(waiSr, [1, 2, 3, 2, 4, 5, 5, 3, 1, 4, 4, 5]);
    expect(r.scales.goal.value).toBe(3.5);
    expect(r.scales.task.value).toBe(3);
    expect(r.scales.bond.value).toBe(3.25);
    expect(r.scales.total.value).toBeCloseTo(39 / 12, 12);
  });

  it('score by label: coding the ticked box position reverses the six Always → Seldom items', () => {
    // A client answers "Very often" (4) to every item. On a descending row "Very often" is the 2nd box.
    const labels = Array(12).fill(4);
    const positions = waiSr.items.map((i) => (i.printedOrder === 'descending' ? 2 : 4));
    const byLabel = score(waiSr, labels);
    const byPosition = score(waiSr, positions);
    expect(byLabel.scales.total.value).toBe(4);
    expect(byPosition.scales.total.value).not.toBe(4);
    // Converting each position back to its label's value restores the score.
    const restored = positions.map((p, k) => (waiSr.items[k]?.printedOrder === 'descending' ? 6 - p : p));
    expect(score(waiSr, restored).scales).toEqual(byLabel.scales);
  });

  it('property: sums are the means times the item count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }), (answers) => {
        const r = score(waiSr, answers);
        const sum = (ns: number[]) => ns.reduce((a, n) => a + (answers[n - 1] as number), 0);
        expect((r.scales.goal.value as number) * 4).toBeCloseTo(sum([4, 6, 8, 11]), 9);
        expect((r.scales.task.value as number) * 4).toBeCloseTo(sum([1, 2, 10, 12]), 9);
        expect((r.scales.bond.value as number) * 4).toBeCloseTo(sum([3, 5, 7, 9]), 9);
        expect((r.scales.total.value as number) * 12).toBeCloseTo(
          answers.reduce((a, b) => a + b, 0),
          9,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('rejects 0 (the scale starts at Seldom = 1) and leaves a subscale without a value when an item is missing', () => {
    expect(safeScore(waiSr, [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).ok).toBe(false);
    const r = score(waiSr, [3, 3, 3, 3, 3, 3, 3, 3, null, 3, 3, 3]);
    expect(r.scales.bond).toMatchObject({ value: null, missing: ['waisr-9'] });
    expect(r.scales.goal.value).toBe(3);
    expect(r.scales.total.value).toBeNull();
  });
});
