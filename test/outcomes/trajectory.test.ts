import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { changeTrajectory, nhsTalkingTherapiesTrajectory, OutcomeInputError, type TrajectoryMark } from '../../src/outcomes/index.js';
import { deepFreeze } from '../_helpers.js';

const opts = { direction: 'lower-is-better', sdPre: 5, reliability: 0.8 } as const; // minimum reliable change 6.198

describe('changeTrajectory', () => {
  it('finds first, last, best and the first reliable improvement against the first point (doc example)', () => {
    const points = deepFreeze([
      { at: 1, value: 24 },
      { at: 2, value: 20 },
      { at: 3, value: null },
      { at: 4, value: 15 },
      { at: 5, value: 17 },
    ]);
    const t = changeTrajectory(points, opts);
    expect(t.first).toEqual({ index: 0, at: 1, value: 24 });
    expect(t.last).toEqual({ index: 4, at: 5, value: 17 });
    expect(t.best).toEqual({ index: 3, at: 4, value: 15 });
    // 24 → 20 is 4 points (not reliable); 24 → 15 is 9 points (reliable).
    expect(t.firstReliableImprovement?.at).toBe(4);
    expect(t.firstReliableImprovement?.change.rci).toBeCloseTo(-9 / Math.sqrt(10), 12);
    expect(t.firstReliableDeterioration).toBeNull();
    expect(t.changes.map((c) => [c.at, c.change.direction])).toEqual([
      [2, 'unchanged'],
      [4, 'improved'],
      [5, 'improved'],
    ]);
    expect(t.missing).toEqual([{ index: 2, at: 3 }]);
  });

  it('reads best and improvement the other way when higher is better, and finds a deterioration', () => {
    const t = changeTrajectory(
      [
        { at: 'w1', value: 50 },
        { at: 'w2', value: 40 },
        { at: 'w3', value: 58 },
      ],
      { ...opts, direction: 'higher-is-better' },
    );
    expect(t.best?.at).toBe('w3');
    expect(t.firstReliableDeterioration?.at).toBe('w2');
    expect(t.firstReliableImprovement?.at).toBe('w3');
  });

  it('takes the earliest point on a tie for best, skips missing points at the start, and handles no data', () => {
    const t = changeTrajectory(
      [
        { at: 0, value: undefined },
        { at: 1, value: 12 },
        { at: 2, value: 9 },
        { at: 3, value: 9 },
      ],
      opts,
    );
    expect(t.first?.at).toBe(1);
    expect(t.best?.at).toBe(2);
    const empty = changeTrajectory([{ at: 0, value: null }], opts);
    expect([empty.first, empty.last, empty.best, empty.firstReliableImprovement]).toEqual([null, null, null, null]);
  });

  it('throws naming the bad point or option', () => {
    expect(() =>
      changeTrajectory(
        [
          { at: 1, value: 3 },
          { at: 2, value: Number.NaN },
        ],
        opts,
      ),
    ).toThrow(/points\[1\]\.value/);
    expect(() => changeTrajectory([], { ...opts, sdPre: 0 })).toThrow(OutcomeInputError);
    expect(() => changeTrajectory('x' as never, opts)).toThrow(/points/);
  });

  it('keeps the type of `at`', () => {
    const t = changeTrajectory([{ at: new Date(0), value: 1 }], opts);
    expectTypeOf(t.first).toEqualTypeOf<TrajectoryMark<Date> | null>();
  });

  it('property: best is never worse than first or last; the first reliable improvement is the earliest improved change', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), { maxLength: 12 }), (values) => {
        const t = changeTrajectory(
          values.map((value, at) => ({ at, value })),
          opts,
        );
        if (!t.first || !t.last || !t.best) return values.every((v) => v === null);
        const firstImproved = t.changes.find((c) => c.change.direction === 'improved') ?? null;
        return t.best.value <= t.first.value && t.best.value <= t.last.value && t.firstReliableImprovement?.index === firstImproved?.index;
      }),
    );
  });
});

describe('nhsTalkingTherapiesTrajectory', () => {
  it('finds the first reliable improvement and the first reliable recovery against the first complete point (doc example)', () => {
    const t = nhsTalkingTherapiesTrajectory(
      deepFreeze([
        { at: 1, phq9: 16, gad7: 12 },
        { at: 2, phq9: 13, gad7: null },
        { at: 3, phq9: 10, gad7: 9 },
        { at: 4, phq9: 7, gad7: 6 },
      ]),
    );
    expect(t.first).toEqual({ index: 0, at: 1, phq9: 16, gad7: 12 });
    expect(t.last).toEqual({ index: 3, at: 4, phq9: 7, gad7: 6 });
    // 16/12 → 10/9: PHQ-9 −6 (reliable), GAD-7 −3, still a case (PHQ-9 10); 16/12 → 7/6: −9 and −6, below caseness on both.
    expect(t.firstReliableImprovement?.at).toBe(3);
    expect(t.outcomes[0]?.outcome.kind === 'assessable' && t.outcomes[0].outcome.recovery).toBe('not-recovered');
    expect(t.firstReliableRecovery?.at).toBe(4);
    // Best PHQ-9 counts every point where PHQ-9 was measured, including incomplete ones.
    expect(t.best.phq9).toEqual({ index: 3, at: 4, value: 7 });
    expect(t.best.gad7).toEqual({ index: 3, at: 4, value: 6 });
    expect(t.incomplete).toEqual([{ index: 1, at: 2, missing: [{ measure: 'gad7', reason: 'GAD-7 total at point 1 was not given' }] }]);
    expect(t.outcome?.kind === 'assessable' && t.outcome.reliableRecovery).toBe('reliably-recovered');
    expect(t.outcomes).toHaveLength(2);
  });

  it('reports a reliable improvement before recovery', () => {
    const t = nhsTalkingTherapiesTrajectory([
      { at: 'a', phq9: 22, gad7: 15 },
      { at: 'b', phq9: 15, gad7: 14 },
      { at: 'c', phq9: 8, gad7: 5 },
    ]);
    expect(t.firstReliableImprovement?.at).toBe('b');
    expect(t.firstReliableRecovery?.at).toBe('c');
  });

  it('has no outcome with fewer than two complete points', () => {
    const t = nhsTalkingTherapiesTrajectory([
      { at: 1, phq9: 12, gad7: null },
      { at: 2, phq9: 12, gad7: 9 },
    ]);
    expect(t.first?.at).toBe(2);
    expect(t.outcome).toBeNull();
    expect(t.firstReliableImprovement).toBeNull();
  });

  it('throws naming the bad total', () => {
    try {
      nhsTalkingTherapiesTrajectory([
        { at: 1, phq9: 12, gad7: 9 },
        { at: 2, phq9: 12, gad7: 30 },
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as OutcomeInputError).field).toBe('points[1].gad7');
    }
  });
});
