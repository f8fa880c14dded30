import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pcl5 } from '../../src/instruments/pcl-5.js';
import { instrumentProblems } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';

const LOINC = 'http://loinc.org';
const item = (n: number) => `pcl5-${n}`;
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => item(a + i));
/** Twenty answers of 0 with the given item numbers set. */
const withItems = (set: Record<number, number>) => Array.from({ length: 20 }, (_, i) => set[i + 1] ?? 0);

describe('pcl5: definition', () => {
  it('is a valid public-domain definition with item text', () => {
    expect(instrumentProblems(pcl5)).toEqual([]);
    expect(pcl5.licence.itemTextIncluded).toBe(true);
    expect(pcl5.items).toHaveLength(20);
    expect(pcl5.items.every((i) => typeof i.text === 'string' && i.text.endsWith('?'))).toBe(true);
    expect(pcl5.items[16].text).toBe('Being "superalert" or watchful or on guard?');
    expect(pcl5.responseScales.default.anchors.map((a) => a.label)).toEqual(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);
  });

  it('totals items 1–20 and sums the DSM-5 clusters B 1–5, C 6–7, D 8–14, E 15–20', () => {
    const byId = Object.fromEntries(pcl5.scales.map((s) => [s.id, s.items]));
    expect(byId.total).toEqual(range(1, 20));
    expect(byId.cluster_b).toEqual(range(1, 5));
    expect(byId.cluster_c).toEqual(range(6, 7));
    expect(byId.cluster_d).toEqual(range(8, 14));
    expect(byId.cluster_e).toEqual(range(15, 20));
    expect(pcl5.scales.some((s) => 'reversed' in s || 'bands' in s)).toBe(false);
  });

  it('codes the panel 101697-1 and the score 101698-9', () => {
    expect(pcl5.code).toMatchObject({ system: LOINC, code: '101697-1' });
    expect(pcl5.scales[0].code).toMatchObject({ system: LOINC, code: '101698-9' });
  });

  it('states the 31–33 cut-off range with its source', () => {
    expect(pcl5.notes.some((n) => /31–33/.test(n) && /Bovin/.test(n))).toBe(true);
    expect(pcl5.citations.some((c) => 'doi' in c && c.doi === '10.1037/pas0000254')).toBe(true);
  });
});

describe('pcl5: worked examples (DSM-5 rule: an item at 2 or more is a symptom; 1 B, 1 C, 2 D, 2 E)', () => {
  it('the doc example: the rule is met with a total of only 14, well below the 31–33 cut-off', () => {
    const r = score(pcl5, deepFreeze(withItems({ 1: 2, 6: 3, 8: 2, 9: 2, 15: 2, 17: 3 })));
    expect(r.scales.total.value).toBe(14);
    expect([r.scales.cluster_b.value, r.scales.cluster_c.value, r.scales.cluster_d.value, r.scales.cluster_e.value]).toEqual([2, 3, 4, 5]);
    expect(r.derived.provisional_ptsd).toEqual({ value: 6, label: 'Provisional PTSD (DSM-5 rule met)' });
  });

  it('a high total without an avoidance symptom does not meet the rule', () => {
    // Every item at 4 except C (items 6, 7) at 1: total 18 × 4 + 2 = 74.
    const r = score(pcl5, withItems({ ...Object.fromEntries(range(1, 20).map((_, i) => [i + 1, 4])), 6: 1, 7: 1 }));
    expect(r.scales.total.value).toBe(74);
    expect(r.derived.provisional_ptsd).toEqual({ value: 18, label: 'DSM-5 rule not met' });
  });

  it('one D or one E symptom is not enough; ratings of 1 never count', () => {
    expect(score(pcl5, withItems({ 1: 2, 6: 2, 8: 2, 15: 2, 16: 2 })).derived.provisional_ptsd.label).toBe('DSM-5 rule not met');
    expect(score(pcl5, withItems({ 1: 2, 6: 2, 8: 2, 9: 2, 15: 2 })).derived.provisional_ptsd.label).toBe('DSM-5 rule not met');
    expect(score(pcl5, Array(20).fill(1)).derived.provisional_ptsd).toEqual({ value: 0, label: 'DSM-5 rule not met' });
  });

  it('all 4s: total 80, every symptom present', () => {
    const r = score(pcl5, Array(20).fill(4));
    expect(r.scales.total.value).toBe(80);
    expect(r.derived.provisional_ptsd).toEqual({ value: 20, label: 'Provisional PTSD (DSM-5 rule met)' });
  });

  it('a blank item leaves the total and the provisional diagnosis without a value (no prorating)', () => {
    const answers: (number | null)[] = Array(20).fill(3);
    answers[11] = null;
    const r = score(pcl5, answers);
    expect(r.scales.total).toMatchObject({ value: null, missing: ['pcl5-12'] });
    expect(r.scales.cluster_b.value).toBe(15);
    expect(r.derived.provisional_ptsd).toEqual({ value: null, label: null });
    expect(r.complete).toBe(false);
  });

  it('property: the rule holds exactly when the cluster counts are at least 1, 1, 2 and 2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 20, maxLength: 20 }), (answers) => {
        const count = (a: number, b: number) => answers.slice(a - 1, b).filter((v) => v >= 2).length;
        const met = count(1, 5) >= 1 && count(6, 7) >= 1 && count(8, 14) >= 2 && count(15, 20) >= 2;
        const r = score(pcl5, answers);
        expect(r.derived.provisional_ptsd.label === 'Provisional PTSD (DSM-5 rule met)').toBe(met);
        expect(r.derived.provisional_ptsd.value).toBe(count(1, 20));
        expect(r.scales.total.value).toBe(answers.reduce((p, v) => p + v, 0));
      }),
      { numRuns: 300 },
    );
  });
});
