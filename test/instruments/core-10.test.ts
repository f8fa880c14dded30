import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { core10 } from '../../src/instruments/core-10.js';
import { planTreatment } from '../../src/planning/plan-treatment.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { Answer, ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const RISK = { id: 'core10-risk', level: 'urgent' } as const;
const RISK_BLANK = { id: 'core10-risk-unanswered', level: 'review' } as const;
const REVERSED = new Set([1, 2]); // items 2 and 3, by index

/** The CamCOPS clinical score (core10.py): items 2 and 3 stored already reversed; 10 × total ÷ answered. */
function camcopsClinicalScore(byLabel: readonly Answer[]): number {
  const stored = byLabel.map((v, i) => (v === null || v === undefined ? null : REVERSED.has(i) ? 4 - v : v));
  const answered = stored.filter((v): v is number => v !== null);
  return (10 * answered.reduce((s, x) => s + x, 0)) / answered.length;
}

describe('core10: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(core10)).toEqual([]);
    expect(validateInstrument(core10)).toBe(core10);
    expect(core10.version).toBe('1.0.0');
  });

  it('reverses items 2 and 3 only, on a 0–4 scale, in one summed clinical score', () => {
    expect(core10.items).toHaveLength(10);
    expect(core10.scales).toHaveLength(1);
    expect(core10.scales[0]).toMatchObject({ id: 'total', aggregate: 'sum', higherIs: 'worse', reversed: ['core10-2', 'core10-3'] });
    expect(core10.responseScales.default).toMatchObject({ min: 0, max: 4 });
    expect(core10.responseScales.default.anchors.map((a) => a.label)).toEqual(['Not at all', 'Most or all of the time']);
  });

  it('prorates over one missing item, as the CORE System Trust allows, and no more', () => {
    expect(core10.missing).toMatchObject({ kind: 'prorate', maxMissing: 1 });
    expect(core10.missing.source).toMatch(/coresystemtrust\.org\.uk/);
  });

  it('ships no item text (CC BY-NC-ND 4.0: non-commercial only)', () => {
    expect(core10.licence.itemTextIncluded).toBe(false);
    expect(core10.licence.summary).toMatch(/CC BY-NC-ND 4\.0/);
    expect(core10.items.every((i) => !('text' in i) && typeof i.gloss === 'string')).toBe(true);
    expect(core10.citations[0]?.doi).toBe('10.1080/14733145.2012.729069');
  });

  it('words the risk flag for the person at US grade 6 or below, with no phone number', () => {
    for (const f of core10.flags) {
      expect(readability.fleschKincaidGrade(f.clientMessage)).toBeLessThanOrEqual(6);
      expect(`${f.message} ${f.clientMessage}`).not.toMatch(/\d{3}/);
    }
  });
});

describe('core10: worked examples (Barkham et al. 2013; CamCOPS core10.py)', () => {
  it('scores a response set with items 2 and 3 reversed: 2+(4−1)+(4−2)+1+1+0+2+1+2+1 = 15 → Moderate', () => {
    const r = score(core10, deepFreeze([2, 1, 2, 1, 1, 0, 2, 1, 2, 1]));
    expect(r.scales.total).toMatchObject({ value: 15, answered: 10, expected: 10, prorated: false });
    expect(r.scales.total.band?.label).toBe('Moderate');
    expect(r.flags).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('all "Not at all" is not 0: the two positive items then score 4 each (total 8)', () => {
    expect(score(core10, Array(10).fill(0)).scales.total.value).toBe(8);
    expect(score(core10, [0, 4, 4, 0, 0, 0, 0, 0, 0, 0]).scales.total.value).toBe(0);
    expect(score(core10, [4, 0, 0, 4, 4, 4, 4, 4, 4, 4]).scales.total.value).toBe(40);
  });

  it.each([
    [10, 'Healthy or low level'],
    [11, 'Mild'],
    [14, 'Mild'],
    [15, 'Moderate'],
    [19, 'Moderate'],
    [20, 'Moderate-to-severe'],
    [24, 'Moderate-to-severe'],
    [25, 'Severe'],
    [40, 'Severe'],
  ])('band boundary: clinical score %i is %s (clinical cut-off 11)', (total, label) => {
    // Items 2 and 3 at 4 ("Most or all of the time") score 0; fill the others up to the total.
    const answers = [0, 4, 4, 0, 0, 0, 0, 0, 0, 0];
    let left = total;
    for (const i of [0, 3, 4, 6, 7, 8, 9, 5]) {
      const v = Math.min(4, left);
      answers[i] = v;
      left -= v;
    }
    if (left > 0) [answers[1], answers[2]] = [4 - Math.min(4, left), 4 - Math.max(0, left - 4)];
    const r = score(core10, answers);
    expect(r.scales.total.value).toBe(total);
    expect(r.scales.total.band?.label).toBe(label);
  });

  it('prorates one missing item (10 × the mean of nine) and says so; 11.1 is past the cut-off of 11, 10.0 is not', () => {
    const r = score(core10, [2, 1, 2, 1, 1, 0, 2, 1, 2, null]);
    expect(r.scales.total.value).toBeCloseTo(140 / 9, 10);
    expect(r.scales.total).toMatchObject({ answered: 9, expected: 10, prorated: true, missing: ['core10-10'] });
    expect(r.scales.total.band?.label).toBe('Moderate');
    expect(r.prorated).toBe(true);
    expect(r.complete).toBe(false);
    const low = score(core10, [1, 4, 4, 1, 1, 0, 2, 2, 3, null]);
    expect(low.scales.total.value).toBeCloseTo(100 / 9, 10);
    expect(low.scales.total.band?.label).toBe('Mild');
    const justBelow = score(core10, [1, 4, 4, 1, 1, 0, 2, 2, 2, null]);
    expect(justBelow.scales.total.value).toBeCloseTo(90 / 9, 10);
    expect(justBelow.scales.total.band?.label).toBe('Healthy or low level');
  });

  it('gives no score with two items missing', () => {
    const r = score(core10, [2, 1, 2, 1, 1, 0, 2, 1, null, null]);
    expect(r.scales.total).toMatchObject({ value: null, band: null, prorated: false, missing: ['core10-9', 'core10-10'] });
  });

  it('the caller can forbid prorating', () => {
    expect(score(core10, [2, 1, 2, 1, 1, 0, 2, 1, 2, null], { prorate: false }).scales.total.value).toBeNull();
  });

  it('rejects values off the 0–4 scale', () => {
    expect(safeScore(core10, [5, 0, 0, 0, 0, 0, 0, 0, 0, 0]).ok).toBe(false);
    expect(safeScore(core10, [0, -1, 0, 0, 0, 0, 0, 0, 0, 0]).ok).toBe(false);
  });

  it('property: equals the CamCOPS clinical score (10 × total ÷ answered, items 2 and 3 reversed) with at most one item missing', () => {
    const v = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(fc.array(v, { minLength: 10, maxLength: 10 }), fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), (ten, blank) => {
        const answers: Answer[] = ten.map((x, i) => (i === blank ? null : x));
        expect(score(core10, answers).scales.total.value).toBeCloseTo(camcopsClinicalScore(answers), 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('core10: risk item 6', () => {
  it('any answer above 0 raises the urgent flag, whatever the total', () => {
    for (const v of [1, 2, 3, 4]) {
      const r = score(core10, [0, 4, 4, 0, 0, v, 0, 0, 0, 0]);
      expect(r.scales.total.band?.label).toBe('Healthy or low level');
      expect(r.flags).toHaveLength(1);
      expect(r.flags[0]).toMatchObject(RISK);
      expect(r.flags[0]?.clientMessage).toMatch(/today/);
    }
  });

  it('0 raises no flag', () => {
    expect(score(core10, [4, 0, 0, 4, 4, 0, 4, 4, 4, 4]).flags).toEqual([]);
  });

  it('a blank item 6 raises the review flag, even though the total is prorated and has a value', () => {
    const r = score(core10, [2, 1, 2, 1, 1, null, 2, 1, 2, 1]);
    expect(r.scales.total.prorated).toBe(true);
    expect(r.scales.total.value).not.toBeNull();
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0]).toMatchObject(RISK_BLANK);
  });

  it('property: the urgent flag is raised exactly when item 6 is 1 or more', () => {
    const v = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null });
    fc.assert(
      fc.property(fc.array(v, { minLength: 10, maxLength: 10 }), (ten) => {
        const ids = score(core10, ten).flags.map((f) => f.id);
        const item6 = ten[5];
        expect(ids.includes('core10-risk')).toBe(item6 !== null && item6 !== undefined && item6 >= 1);
        expect(ids.includes('core10-risk-unanswered')).toBe(item6 === null);
      }),
      { numRuns: 300 },
    );
  });
});

describe('core10: the planner reads its risk flags like any other measure', () => {
  const formulation = (measure: ReturnType<typeof score>) =>
    ({
      attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
      concerns: ['anxiety'],
      measures: { 'core-10': measure },
      riskScreen: { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } },
      contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
      delivery: 'self-guided-app',
    }) as const;

  it('an answer above 0 on item 6 puts safety first, even with a low total; 0 does not', () => {
    expect(planTreatment(formulation(score(core10, [0, 4, 4, 0, 0, 1, 0, 0, 0, 0]))).safetyFirst).toBe(true);
    expect(planTreatment(formulation(score(core10, [0, 4, 4, 0, 0, 0, 0, 0, 0, 0]))).safetyFirst).toBe(false);
  });
});

describe('core10: types', () => {
  it('keys responses by the definition', () => {
    expectTypeOf(score(core10, Array(10).fill(0)).scales).toHaveProperty('total');
    // @ts-expect-error: item ids are core10-1 … core10-10
    const bad: ResponsesOf<typeof core10> = { 'core-10-1': 0 };
    expect(bad).toBeDefined();
  });
});
