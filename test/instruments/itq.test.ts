import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itq } from '../../src/instruments/itq.js';
import { instrumentProblems } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const P = (n: number) => n - 1; // P1–P9 are items 1–9
const C = (n: number) => n + 8; // C1–C9 are items 10–18
/** Eighteen answers of 0 with the given indices set. */
const answersWith = (set: Record<number, number>) => Array.from({ length: 18 }, (_, i) => set[i] ?? 0);

describe('itq: definition', () => {
  it('is a valid definition: 18 items rated 0–4, no item text (licence not confirmed for software)', () => {
    expect(instrumentProblems(itq)).toEqual([]);
    expect(itq.items.map((i) => i.id)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `itq-p${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `itq-c${i + 1}`),
    ]);
    expect(itq.responseScales.default).toMatchObject({ min: 0, max: 4 });
    expect(itq.licence.itemTextIncluded).toBe(false);
    expect(itq.items.every((i) => !('text' in i) && typeof i.gloss === 'string')).toBe(true);
  });

  it('endorses an item at 2 or more, in the published clusters (two items each; three impairment items per part)', () => {
    const d = itq.derived[0];
    expect(d.criteria.every((c) => c.min === 2)).toBe(true);
    const groups: Record<string, string[]> = {};
    for (const c of d.criteria) groups[c.group] = [...(groups[c.group] ?? []), c.item];
    expect(groups).toEqual({
      re: ['itq-p1', 'itq-p2'],
      av: ['itq-p3', 'itq-p4'],
      th: ['itq-p5', 'itq-p6'],
      ptsd_fi: ['itq-p7', 'itq-p8', 'itq-p9'],
      ad: ['itq-c1', 'itq-c2'],
      nsc: ['itq-c3', 'itq-c4'],
      dr: ['itq-c5', 'itq-c6'],
      dso_fi: ['itq-c7', 'itq-c8', 'itq-c9'],
    });
  });
});

describe('itq: diagnostic algorithm (worked examples)', () => {
  it('the doc example: every PTSD and DSO criterion met is complex PTSD, not also PTSD', () => {
    const r = score(itq, deepFreeze([3, 0, 0, 2, 0, 2, 0, 2, 0, 2, 0, 3, 0, 0, 2, 2, 0, 0]));
    expect(r.derived.diagnosis).toEqual({ value: 8, label: 'Complex PTSD' });
    expect(r.scales.ptsd_symptoms.value).toBe(7);
    expect(r.scales.dso_symptoms.value).toBe(7);
    expect(r.scales.ptsd_impairment_work.value).toBe(2);
    expect(r.complete).toBe(true);
  });

  it('PTSD: one of each PTSD cluster and a PTSD impairment item, without the DSO criteria', () => {
    const r = score(itq, answersWith({ [P(2)]: 2, [P(3)]: 4, [P(5)]: 2, [P(7)]: 3, [C(1)]: 4, [C(3)]: 4 }));
    expect(r.derived.diagnosis.label).toBe('PTSD');
  });

  it('PTSD symptoms without functional impairment: neither diagnosis', () => {
    const r = score(itq, answersWith({ [P(1)]: 4, [P(3)]: 4, [P(5)]: 4, [P(7)]: 1, [P(8)]: 1, [P(9)]: 1 }));
    expect(r.derived.diagnosis.label).toBe('Neither PTSD nor complex PTSD');
  });

  it('all DSO criteria without the PTSD criteria: neither (complex PTSD needs PTSD)', () => {
    const r = score(itq, answersWith({ [C(1)]: 4, [C(3)]: 4, [C(5)]: 4, [C(7)]: 4, [P(1)]: 4, [P(3)]: 4, [P(7)]: 4 }));
    expect(r.derived.diagnosis.label).toBe('Neither PTSD nor complex PTSD');
  });

  it('PTSD criteria and DSO symptoms but no DSO impairment: PTSD', () => {
    const r = score(itq, answersWith({ [P(1)]: 2, [P(3)]: 2, [P(5)]: 2, [P(9)]: 2, [C(2)]: 2, [C(4)]: 2, [C(6)]: 2 }));
    expect(r.derived.diagnosis.label).toBe('PTSD');
  });

  it('a blank item leaves the diagnosis without a value and the result incomplete', () => {
    const answers: (number | null)[] = Array(18).fill(4);
    answers[C(8)] = null;
    const r = score(itq, answers);
    expect(r.derived.diagnosis).toEqual({ value: null, label: null });
    expect(r.complete).toBe(false);
    expect(r.scales.ptsd_symptoms.value).toBe(24);
  });

  it('property: the label follows the published rule, and PTSD and complex PTSD never both hold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 18, maxLength: 18 }), (a) => {
        const any = (...idx: number[]) => idx.some((i) => (a[i] as number) >= 2);
        const ptsd = any(P(1), P(2)) && any(P(3), P(4)) && any(P(5), P(6)) && any(P(7), P(8), P(9));
        const dso = any(C(1), C(2)) && any(C(3), C(4)) && any(C(5), C(6)) && any(C(7), C(8), C(9));
        const want = ptsd && dso ? 'Complex PTSD' : ptsd ? 'PTSD' : 'Neither PTSD nor complex PTSD';
        expect(score(itq, a).derived.diagnosis.label).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});
