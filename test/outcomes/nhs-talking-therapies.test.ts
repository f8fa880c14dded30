import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type NhsTalkingTherapiesOutcome,
  type NhsTalkingTherapiesThresholds,
  nhsTalkingTherapiesOutcome,
  nhsTalkingTherapiesThresholds,
  OutcomeInputError,
} from '../../src/outcomes/index.js';
import { defineInstrument } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import type { InstrumentDefinition, ResultOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const assess = (pre: [number, number], post: [number, number], t?: NhsTalkingTherapiesThresholds) => {
  const o = nhsTalkingTherapiesOutcome({ phq9: pre[0], gad7: pre[1] }, { phq9: post[0], gad7: post[1] }, t);
  if (o.kind !== 'assessable') throw new Error('expected an assessable outcome');
  return o;
};

/** Minimal stand-ins with the library's instrument ids (outcomes never imports src/instruments). */
const freq = { min: 0, max: 3, anchors: [{ value: 0, label: 'Not at all' }] };
const fake = (id: string, n: number) =>
  defineInstrument({
    id,
    name: id,
    version: '0.0.0',
    citations: [{ text: 'test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: { default: freq },
    items: Array.from({ length: n }, (_, i) => ({ number: i + 1, id: `${id}-${i + 1}` })),
    scales: [{ id: 'total', label: 'Total', items: Array.from({ length: n }, (_, i) => `${id}-${i + 1}`), aggregate: 'sum' as const }],
  } satisfies InstrumentDefinition);
const phq = fake('phq-9', 9);
const gad = fake('gad-7', 7);

describe('nhsTalkingTherapiesThresholds: the rules are data with their status', () => {
  it('holds the corroborated thresholds and marks the unverified rules', () => {
    const t = nhsTalkingTherapiesThresholds;
    expect(t.measures.phq9.casenessAtOrAbove).toBe(10);
    expect(t.measures.gad7.casenessAtOrAbove).toBe(8);
    expect(t.measures.phq9.reliableChangePoints).toBe(6);
    expect(t.measures.gad7.reliableChangePoints).toBe(4);
    expect(t.measures.phq9.status.caseness).toMatch(/^CORROBORATED/);
    expect(t.measures.phq9.status.reliableDeterioration).toMatch(/^UNVERIFIED/);
    expect(t.measures.gad7.status.reliableDeterioration).toMatch(/^UNVERIFIED/);
    expect(t.status.combination).toMatch(/^UNVERIFIED/);
    expect(t.improvementRequiresNoDeteriorationOnOther).toBe(true);
    expect(t.citations.length).toBeGreaterThan(0);
  });
});

describe('nhsTalkingTherapiesOutcome: worked examples by hand', () => {
  it('15/12 → 8/6: case at start, reliable improvement on both, recovered, reliably recovered', () => {
    const o = assess([15, 12], [8, 6]);
    expect(o.caseAtStart).toBe(true);
    expect(o.caseAtEnd).toBe(false);
    expect(o.measures.phq9).toEqual({ pre: 15, post: 8, change: -7, reliableImprovement: true, reliableDeterioration: false, prorated: false });
    expect(o.measures.gad7.change).toBe(-6);
    expect(o.reliableImprovement).toBe(true);
    expect(o.reliableDeterioration).toBe(false);
    expect(o.recovery).toBe('recovered');
    expect(o.reliableRecovery).toBe('reliably-recovered');
    expect(o.thresholds).toEqual({ id: 'nhs-talking-therapies', version: '1.0.0' });
  });

  it('caseness is "at or above": PHQ-9 10 and GAD-7 8 are cases, 9 and 7 are not', () => {
    expect(assess([10, 0], [0, 0]).caseAtStart).toBe(true);
    expect(assess([0, 8], [0, 0]).caseAtStart).toBe(true);
    expect(assess([9, 7], [0, 0]).caseAtStart).toBe(false);
    expect(assess([20, 20], [9, 7]).caseAtEnd).toBe(false);
    expect(assess([20, 20], [9, 8]).caseAtEnd).toBe(true);
  });

  it('reliable improvement needs a fall of 6 (PHQ-9) or 4 (GAD-7); 5 and 3 are not enough', () => {
    expect(assess([16, 5], [10, 5]).reliableImprovement).toBe(true);
    expect(assess([16, 5], [11, 5]).reliableImprovement).toBe(false);
    expect(assess([5, 12], [5, 8]).reliableImprovement).toBe(true);
    expect(assess([5, 12], [5, 9]).reliableImprovement).toBe(false);
  });

  it('reliable deterioration is a rise of 6 or 4 on either measure (UNVERIFIED rule, reported, never hidden)', () => {
    expect(assess([5, 5], [11, 5]).reliableDeterioration).toBe(true);
    expect(assess([5, 5], [10, 5]).reliableDeterioration).toBe(false);
    expect(assess([5, 5], [5, 9]).reliableDeterioration).toBe(true);
  });

  it('a fall on one measure with a reliable rise on the other is not a reliable improvement (conservative reading)', () => {
    const o = assess([20, 5], [12, 10]);
    expect(o.measures.phq9.reliableImprovement).toBe(true);
    expect(o.measures.gad7.reliableDeterioration).toBe(true);
    expect(o.reliableImprovement).toBe(false);
    expect(o.reliableDeterioration).toBe(true);
    expect(o.recovery).toBe('not-recovered');
    // A service whose manual drops the clause can pass its own table.
    const loose = { ...nhsTalkingTherapiesThresholds, version: 'loose', improvementRequiresNoDeteriorationOnOther: false };
    expect(assess([20, 5], [12, 10], loose).reliableImprovement).toBe(true);
  });

  it('recovery without reliable improvement is "not-reliably-recovered"', () => {
    const o = assess([11, 8], [9, 7]);
    expect(o.recovery).toBe('recovered');
    expect(o.reliableImprovement).toBe(false);
    expect(o.reliableRecovery).toBe('not-reliably-recovered');
  });

  it('recovery is not applicable when not a case at the start', () => {
    const o = assess([8, 6], [2, 1]);
    expect(o.caseAtStart).toBe(false);
    expect(o.reliableImprovement).toBe(true);
    expect(o.recovery).toBe('not-applicable');
    expect(o.reliableRecovery).toBe('not-applicable');
  });

  it('matches the doc example', () => {
    const o = nhsTalkingTherapiesOutcome({ phq9: 15, gad7: 12 }, { phq9: 8, gad7: 6 });
    expect(o.kind === 'assessable' && o.reliableRecovery).toBe('reliably-recovered');
    expect(nhsTalkingTherapiesOutcome({ phq9: 15, gad7: 12 }, { phq9: 8, gad7: null }).kind).toBe('not-assessable');
  });
});

describe('nhsTalkingTherapiesOutcome: missing totals are "not assessable", never a guess', () => {
  it('names every missing total and when', () => {
    const o = nhsTalkingTherapiesOutcome(deepFreeze({ phq9: 15, gad7: undefined }), deepFreeze({ phq9: null, gad7: 6 }));
    expect(o.kind).toBe('not-assessable');
    if (o.kind !== 'not-assessable') return;
    expect(o.missing.map((m) => [m.measure, m.time])).toEqual([
      ['phq9', 'post'],
      ['gad7', 'pre'],
    ]);
    expect(o.missing[1]?.reason).toBe('GAD-7 total at the start was not given');
  });

  it('reads ScoreResults, and reports a result whose total has no value with its unanswered items', () => {
    const pre = { phq9: score(phq, [2, 2, 2, 2, 2, 2, 1, 1, 1]), gad7: score(gad, [2, 2, 2, 2, 1, 1, 1]) };
    const post = { phq9: score(phq, [1, 1, 1, 1, 1, 1, 0, 0, 0]), gad7: score(gad, [1, 1, 1, 1, 1, 0, null]) };
    const o = nhsTalkingTherapiesOutcome(pre, post);
    expect(o.kind).toBe('not-assessable');
    if (o.kind === 'not-assessable')
      expect(o.missing).toEqual([{ measure: 'gad7', time: 'post', reason: 'GAD-7 total at the end has no value: 1 item unanswered (gad-7-7)' }]);
    const ok = nhsTalkingTherapiesOutcome(pre, { ...post, gad7: score(gad, [1, 1, 1, 1, 1, 0, 0]) });
    expect(ok.kind === 'assessable' && ok.measures.phq9).toEqual({
      pre: 15,
      post: 6,
      change: -9,
      reliableImprovement: true,
      reliableDeterioration: false,
      prorated: false,
    });
  });

  it('uses a prorated total and says so', () => {
    const pro = score(phq, [3, 3, 3, 3, 3, 3, 3, 3, null], { prorate: { maxMissing: 1 } });
    const o = nhsTalkingTherapiesOutcome({ phq9: pro, gad7: 10 }, { phq9: 4, gad7: 2 });
    expect(o.kind === 'assessable' && o.prorated).toBe(true);
    expect(o.kind === 'assessable' && o.measures.phq9.pre).toBe(27);
  });
});

describe('nhsTalkingTherapiesOutcome: invalid input throws, naming the field', () => {
  it.each([
    ['pre.phq9', { phq9: 28, gad7: 5 }, { phq9: 5, gad7: 5 }],
    ['pre.gad7', { phq9: 5, gad7: -1 }, { phq9: 5, gad7: 5 }],
    ['post.phq9', { phq9: 5, gad7: 5 }, { phq9: Number.NaN, gad7: 5 }],
    ['post.gad7', { phq9: 5, gad7: 5 }, { phq9: 5, gad7: '4' }],
    ['pre.phq9', { phq9: score(gad, [0, 0, 0, 0, 0, 0, 0]), gad7: 5 }, { phq9: 5, gad7: 5 }],
    ['post', { phq9: 5, gad7: 5 }, null],
  ])('%s', (field, pre, post) => {
    try {
      nhsTalkingTherapiesOutcome(pre as never, post as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OutcomeInputError);
      expect((e as OutcomeInputError).field).toBe(field);
    }
  });

  it('types: accepts numbers, ScoreResults, null and undefined; the result is a discriminated union', () => {
    const r: ResultOf<typeof phq> = score(phq, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const o = nhsTalkingTherapiesOutcome({ phq9: r, gad7: undefined }, { phq9: null, gad7: 3 });
    expectTypeOf(o).toEqualTypeOf<NhsTalkingTherapiesOutcome>();
    if (o.kind === 'assessable') expectTypeOf(o.recovery).toEqualTypeOf<'recovered' | 'not-recovered' | 'not-applicable'>();
    // @ts-expect-error: a total is a number, a ScoreResult, null or undefined
    expect(() => nhsTalkingTherapiesOutcome({ phq9: '12', gad7: 3 }, { phq9: 1, gad7: 1 })).toThrow(OutcomeInputError);
  });
});

describe('nhsTalkingTherapiesOutcome: properties', () => {
  const phq9 = fc.integer({ min: 0, max: 27 });
  const gad7 = fc.integer({ min: 0, max: 21 });
  it('improvement and deterioration are exclusive; recovery implies a case at the start; reliable recovery implies both', () => {
    fc.assert(
      fc.property(phq9, gad7, phq9, gad7, (a, b, c, d) => {
        const o = assess([a, b], [c, d]);
        const caseness = (p: number, g: number) => p >= 10 || g >= 8;
        return (
          !(o.reliableImprovement && o.reliableDeterioration) &&
          o.caseAtStart === caseness(a, b) &&
          o.caseAtEnd === caseness(c, d) &&
          (o.recovery === 'not-applicable') === !o.caseAtStart &&
          (o.recovery === 'recovered') === (o.caseAtStart && !o.caseAtEnd) &&
          (o.reliableRecovery === 'reliably-recovered') === (o.recovery === 'recovered' && o.reliableImprovement)
        );
      }),
    );
  });

  it('swapping start and end swaps improvement and deterioration of each measure', () => {
    fc.assert(
      fc.property(phq9, gad7, phq9, gad7, (a, b, c, d) => {
        const x = assess([a, b], [c, d]);
        const y = assess([c, d], [a, b]);
        return (['phq9', 'gad7'] as const).every(
          (k) => x.measures[k].reliableImprovement === y.measures[k].reliableDeterioration && x.measures[k].change === -y.measures[k].change,
        );
      }),
    );
  });
});
