import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_STYLES, attachmentStyles, ClassificationError, classifyAttachment, ecrR, score } from '../../src/index.js';

const mid = { kind: 'midpoint', scaleMin: 1, scaleMax: 7 } as const;

describe('classifyAttachment', () => {
  it('maps the four quadrants (Bartholomew & Horowitz 1991)', () => {
    expect(classifyAttachment({ anxiety: 2, avoidance: 2 }, mid).style).toBe('secure');
    expect(classifyAttachment({ anxiety: 6, avoidance: 2 }, mid).style).toBe('preoccupied');
    expect(classifyAttachment({ anxiety: 2, avoidance: 6 }, mid).style).toBe('dismissing-avoidant');
    expect(classifyAttachment({ anxiety: 6, avoidance: 6 }, mid).style).toBe('fearful-avoidant');
  });

  it('records method, cut-offs, tie rule and the distance to the nearest boundary', () => {
    const c = classifyAttachment({ anxiety: 3.5, avoidance: 5.8 }, mid);
    expect(c).toMatchObject({ method: 'midpoint', cutoffs: { anxiety: 4, avoidance: 4 }, nearestBoundary: 'anxiety' });
    expect(c.distanceToBoundary).toBeCloseTo(0.5, 12);
    expect(c.tieRule).toMatch(/equal to the cut-off counts as high/);
    expect(c.caveat).toMatch(/not a diagnosis/);
  });

  it('counts a score at the cut-off as high (documented tie rule)', () => {
    const c = classifyAttachment({ anxiety: 4, avoidance: 3 }, mid);
    expect(c.style).toBe('preoccupied');
    expect(c.distanceToBoundary).toBe(0);
  });

  it('uses caller cut-offs and cohort medians', () => {
    expect(classifyAttachment({ anxiety: 3, avoidance: 3 }, { kind: 'cutoffs', anxiety: 2.5, avoidance: 3.5, source: 'test' }).style).toBe('preoccupied');
    const cohort = [
      { anxiety: 1, avoidance: 5 },
      { anxiety: 3, avoidance: 2 },
      { anxiety: 5, avoidance: 3 },
      { anxiety: 2, avoidance: 1 },
    ];
    const c = classifyAttachment({ anxiety: 2.4, avoidance: 2.6 }, { kind: 'cohort-median', cohort });
    expect(c.cutoffs).toEqual({ anxiety: 2.5, avoidance: 2.5 });
    expect(c.style).toBe('dismissing-avoidant');
  });

  it('rejects bad input with a message naming the field', () => {
    expect(() => classifyAttachment({ anxiety: Number.NaN, avoidance: 1 }, mid)).toThrow(/dimensions\.anxiety/);
    expect(() => classifyAttachment({ anxiety: 1, avoidance: 1 }, { kind: 'cohort-median', cohort: [] })).toThrow(ClassificationError);
    expect(() => classifyAttachment({ anxiety: 1, avoidance: 1 }, { kind: 'midpoint', scaleMin: 7, scaleMax: 1 })).toThrow(/scaleMin/);
    expect(() => classifyAttachment({ anxiety: 1, avoidance: 1 }, { kind: 'nope' } as never)).toThrow(/method\.kind/);
  });

  it('property: raising anxiety never moves a style from high-anxiety to low-anxiety; the distance is the smaller gap', () => {
    const dim = fc.double({ min: 1, max: 7, noNaN: true });
    fc.assert(
      fc.property(dim, dim, fc.double({ min: 0, max: 3, noNaN: true }), (a, v, up) => {
        const before = classifyAttachment({ anxiety: a, avoidance: v }, mid);
        const after = classifyAttachment({ anxiety: Math.min(7, a + up), avoidance: v }, mid);
        const high = (s: string) => s === 'preoccupied' || s === 'fearful-avoidant';
        if (high(before.style)) expect(high(after.style)).toBe(true);
        expect(before.distanceToBoundary).toBeCloseTo(Math.min(Math.abs(a - 4), Math.abs(v - 4)), 12);
      }),
    );
  });

  it('classifies a scored ECR-R result', () => {
    const r = score(ecrR, Array(36).fill(2));
    // avoidance: 6 forward items at 2, 12 reversed items at 2 -> 6: mean (12 + 72) / 18
    const d = { anxiety: r.scales.anxiety.value ?? Number.NaN, avoidance: r.scales.avoidance.value ?? Number.NaN };
    expect(classifyAttachment(d, mid).style).toBe('dismissing-avoidant');
  });
});

describe('attachmentStyles content', () => {
  it('describes every style, with citations and the matching strategy', () => {
    for (const s of ATTACHMENT_STYLES) {
      const info = attachmentStyles[s];
      expect(info.style).toBe(s);
      expect(info.citations.length).toBeGreaterThan(0);
      expect(info.relationalPatterns.length).toBeGreaterThan(0);
    }
    expect(attachmentStyles.preoccupied.strategy).toBe('hyperactivating');
    expect(attachmentStyles['dismissing-avoidant'].strategy).toBe('deactivating');
    expect(attachmentStyles['fearful-avoidant'].dimensions).toEqual({ anxiety: 'high', avoidance: 'high' });
  });
});
