/**
 * Integration with the library's own PHQ-9 and GAD-7 definitions. src/outcomes never imports
 * src/instruments (the arrows run one way); this test checks that the ids and the "total" scale
 * named in nhsTalkingTherapiesThresholds match the instrument files.
 */
import { describe, expect, it } from 'vitest';
import { gad7 } from '../../src/instruments/gad-7.js';
import { phq9 } from '../../src/instruments/phq-9.js';
import { nhsTalkingTherapiesOutcome, nhsTalkingTherapiesThresholds, scaleDirection } from '../../src/outcomes/index.js';
import { score } from '../../src/scoring/score.js';

describe('NHS Talking Therapies outcome with the library instruments', () => {
  it('the thresholds table names the instruments and scale the library ships', () => {
    expect(nhsTalkingTherapiesThresholds.measures.phq9.instrumentIds).toContain(phq9.id);
    expect(nhsTalkingTherapiesThresholds.measures.gad7.instrumentIds).toContain(gad7.id);
    expect(phq9.scales.some((s) => s.id === nhsTalkingTherapiesThresholds.measures.phq9.scale)).toBe(true);
    expect(gad7.scales.some((s) => s.id === nhsTalkingTherapiesThresholds.measures.gad7.scale)).toBe(true);
    expect(scaleDirection(phq9, 'total')).toBe('lower-is-better');
    expect(scaleDirection(gad7, 'total')).toBe('lower-is-better');
  });

  it('reads ScoreResults of phq9 and gad7 and refuses them swapped', () => {
    const p = (xs: number[]) => score(phq9, xs);
    const g = (xs: number[]) => score(gad7, xs);
    const pre = { phq9: p([2, 2, 2, 2, 2, 2, 1, 1, 1]), gad7: g([2, 2, 2, 2, 1, 1, 1]) };
    const post = { phq9: p([1, 1, 1, 1, 1, 0, 0, 0, 0]), gad7: g([1, 1, 1, 1, 0, 0, 0]) };
    const o = nhsTalkingTherapiesOutcome(pre, post);
    expect(o.kind).toBe('assessable');
    if (o.kind === 'assessable') {
      expect([o.measures.phq9.pre, o.measures.phq9.post, o.measures.gad7.pre, o.measures.gad7.post]).toEqual([15, 5, 11, 4]);
      expect(o.reliableRecovery).toBe('reliably-recovered');
    }
    expect(() => nhsTalkingTherapiesOutcome({ phq9: pre.gad7, gad7: pre.phq9 }, post)).toThrow(/pre\.phq9/);
  });
});
