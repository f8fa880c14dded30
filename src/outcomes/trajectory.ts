import { _finite, _object, _positive, _preview, _sign } from './_internal/validate.js';
import { OutcomeInputError } from './errors.js';
import {
  _nhsOutcome,
  _readTotal,
  type NhsMeasure,
  type NhsTalkingTherapiesOutcome,
  type NhsTalkingTherapiesThresholds,
  type NhsTotal,
  nhsTalkingTherapiesThresholds,
} from './nhs-talking-therapies.js';
import { _rci, _rciOptions, type MeasureDirection, type ReliableChangeResult } from './reliable-change.js';

/**
 * One measurement of a generic measure: when (`at`: a date string, a session number, anything
 * you use; it is echoed back, never read) and the value (`null`/`undefined` when not measured).
 *
 * @example
 * ```ts
 * const p: TrajectoryPoint<string> = { at: '2025-03-01', value: 18 };
 * ```
 * @category Outcomes
 */
export interface TrajectoryPoint<TAt = unknown> {
  /** When: any value you use (echoed back, never read). */
  readonly at: TAt;
  /** The score, or `null`/`undefined` when not measured. */
  readonly value: number | null | undefined;
}

/**
 * A marked point of a trajectory: its position in the input, its `at` and its value.
 *
 * @example
 * ```ts
 * const m: TrajectoryMark<number> = { index: 0, at: 1, value: 18 };
 * ```
 * @category Outcomes
 */
export interface TrajectoryMark<TAt = unknown> {
  /** The point's position in the input (0-based). */
  readonly index: number;
  /** The point's `at`, echoed. */
  readonly at: TAt;
  /** The point's score. */
  readonly value: number;
}

/**
 * Options of {@link changeTrajectory}: those of {@link reliableChange} except the scores.
 *
 * @example
 * ```ts
 * const o: ChangeTrajectoryOptions = { direction: 'lower-is-better', sdPre: 5, reliability: 0.8 };
 * ```
 * @category Outcomes
 */
export interface ChangeTrajectoryOptions {
  /** Whether lower or higher scores are better on this measure. */
  readonly direction: MeasureDirection;
  /** The SD of the pre-treatment (or a normative) sample. */
  readonly sdPre: number;
  /** The measure's reliability, between 0 and 1 (exclusive). */
  readonly reliability: number;
  /** The critical value |RC| must exceed; default 1.96. */
  readonly criterion?: number;
}

/**
 * The result of {@link changeTrajectory}. Marks are `null` when no point has a value.
 *
 * @example
 * ```ts
 * const t: ChangeTrajectory<number> = changeTrajectory([{ at: 1, value: 20 }], { direction: 'lower-is-better', sdPre: 5, reliability: 0.8 });
 * t.first?.value; // => 20
 * ```
 * @category Outcomes
 */
export interface ChangeTrajectory<TAt = unknown> {
  /** The first point with a value: the baseline every change is measured from. */
  readonly first: TrajectoryMark<TAt> | null;
  /** The last point with a value. */
  readonly last: TrajectoryMark<TAt> | null;
  /** The best value (lowest when lower is better); the earliest such point on a tie. */
  readonly best: TrajectoryMark<TAt> | null;
  /** The first point, after the baseline, with a reliable improvement against the baseline. */
  readonly firstReliableImprovement:
    | (TrajectoryMark<TAt> & {
        /** The reliable change from the baseline. */
        readonly change: ReliableChangeResult;
      })
    | null;
  /** The first point, after the baseline, with a reliable deterioration against the baseline. */
  readonly firstReliableDeterioration:
    | (TrajectoryMark<TAt> & {
        /** The reliable change from the baseline. */
        readonly change: ReliableChangeResult;
      })
    | null;
  /** Every later point with a value, compared with the baseline. */
  readonly changes: readonly (TrajectoryMark<TAt> & {
    /** The reliable change from the baseline. */
    readonly change: ReliableChangeResult;
  })[];
  /** Points without a value, in input order. */
  readonly missing: readonly {
    /** The point's position in the input. */
    readonly index: number;
    /** The point's `at`, echoed. */
    readonly at: TAt;
  }[];
}

/**
 * Summarises one person's scores over many time points on a generic measure: first, last, best
 * (direction-aware) and the first time point with a reliable improvement (and the first with a
 * reliable deterioration) against the first measured point, with the Jacobson & Truax (1991)
 * reliable change index ({@link reliableChange}).
 *
 * Points are taken in the order given (sort them first); `at` is echoed, never read, so any
 * time representation works. Points with `null`/`undefined` values are listed in `missing` and
 * skipped. Throws {@link OutcomeInputError} naming the field (`"points[3].value"`) for a value
 * that is not a finite number, or for invalid options.
 *
 * @example
 * ```ts
 * import { changeTrajectory } from 'securebase';
 * const t = changeTrajectory(
 *   [{ at: 1, value: 24 }, { at: 2, value: 20 }, { at: 3, value: null }, { at: 4, value: 15 }, { at: 5, value: 17 }],
 *   { direction: 'lower-is-better', sdPre: 5, reliability: 0.8 },
 * );
 * t.best?.at; // => 4
 * t.last?.value; // => 17
 * t.firstReliableImprovement?.at; // => 4
 * t.missing.length; // => 1
 * ```
 * @category Outcomes
 */
export function changeTrajectory<const TAt>(points: readonly TrajectoryPoint<TAt>[], options: ChangeTrajectoryOptions): ChangeTrajectory<TAt> {
  const fn = 'changeTrajectory';
  if (!Array.isArray(points)) throw new OutcomeInputError(fn, 'points', _preview(points), 'an array of { at, value } points');
  _object(fn, 'options', options);
  const sdPre = _positive(fn, 'options.sdPre', options.sdPre);
  const { reliability, direction, criterion } = _rciOptions(fn, options, 'options.');
  const s = _sign(direction);
  let first: TrajectoryMark<TAt> | null = null;
  let last: TrajectoryMark<TAt> | null = null;
  let best: TrajectoryMark<TAt> | null = null;
  let firstImp: ChangeTrajectory<TAt>['firstReliableImprovement'] = null;
  let firstDet: ChangeTrajectory<TAt>['firstReliableDeterioration'] = null;
  const changes: (TrajectoryMark<TAt> & { change: ReliableChangeResult })[] = [];
  const missing: { index: number; at: TAt }[] = [];
  points.forEach((p, index) => {
    _object(fn, `points[${index}]`, p);
    if (p.value === null || p.value === undefined) {
      missing.push(Object.freeze({ index, at: p.at }));
      return;
    }
    const value = _finite(fn, `points[${index}].value`, p.value);
    const mark = Object.freeze({ index, at: p.at, value });
    last = mark;
    if (!best || s * value > s * best.value) best = mark;
    if (!first) {
      first = mark;
      return;
    }
    const change = _rci(first.value, value, sdPre, reliability, direction, criterion);
    const withChange = Object.freeze({ ...mark, change });
    changes.push(withChange);
    if (!firstImp && change.direction === 'improved') firstImp = withChange;
    if (!firstDet && change.direction === 'deteriorated') firstDet = withChange;
  });
  return Object.freeze({
    first,
    last,
    best,
    firstReliableImprovement: firstImp,
    firstReliableDeterioration: firstDet,
    changes: Object.freeze(changes),
    missing: Object.freeze(missing),
  });
}

/**
 * One time point of an NHS Talking Therapies trajectory: when (`at`, echoed, never read) and the
 * PHQ-9 and GAD-7 totals (numbers, `ScoreResult`s or `null`).
 *
 * @example
 * ```ts
 * const p: NhsTrajectoryPoint<number> = { at: 1, phq9: 16, gad7: 12 };
 * ```
 * @category Outcomes
 */
export interface NhsTrajectoryPoint<TAt = unknown> {
  /** When: any value you use (echoed back, never read). */
  readonly at: TAt;
  /** The PHQ-9 total, a PHQ-9 result, or `null` when not measured. */
  readonly phq9: NhsTotal;
  /** The GAD-7 total, a GAD-7 result, or `null` when not measured. */
  readonly gad7: NhsTotal;
}

/**
 * A complete NHS time point (both totals present).
 *
 * @example
 * ```ts
 * const m: NhsTrajectoryMark<number> = { index: 0, at: 1, phq9: 16, gad7: 12 };
 * ```
 * @category Outcomes
 */
export interface NhsTrajectoryMark<TAt = unknown> {
  /** The point's position in the input (0-based). */
  readonly index: number;
  /** The point's `at`, echoed. */
  readonly at: TAt;
  /** The PHQ-9 total. */
  readonly phq9: number;
  /** The GAD-7 total. */
  readonly gad7: number;
}

/**
 * The result of {@link nhsTalkingTherapiesTrajectory}.
 *
 * @example
 * ```ts
 * const t: NhsTalkingTherapiesTrajectory<number> = nhsTalkingTherapiesTrajectory([{ at: 1, phq9: 16, gad7: 12 }]);
 * t.first?.phq9; // => 16
 * ```
 * @category Outcomes
 */
export interface NhsTalkingTherapiesTrajectory<TAt = unknown> {
  /** The first point with both totals: the baseline. */
  readonly first: NhsTrajectoryMark<TAt> | null;
  /** The last point with both totals. */
  readonly last: NhsTrajectoryMark<TAt> | null;
  /** The lowest (best) total of each measure over every point where it was measured; earliest on a tie. */
  readonly best: { readonly [K in NhsMeasure]: TrajectoryMark<TAt> | null };
  /** The first complete point, after the baseline, whose outcome against the baseline is a reliable improvement. */
  readonly firstReliableImprovement:
    | (NhsTrajectoryMark<TAt> & {
        /** The outcome against the baseline. */
        readonly outcome: NhsTalkingTherapiesOutcome;
      })
    | null;
  /** The first complete point, after the baseline, that is a reliable recovery against the baseline. */
  readonly firstReliableRecovery:
    | (NhsTrajectoryMark<TAt> & {
        /** The outcome against the baseline. */
        readonly outcome: NhsTalkingTherapiesOutcome;
      })
    | null;
  /** The outcome (baseline → last complete point), or `null` with fewer than two complete points. */
  readonly outcome: NhsTalkingTherapiesOutcome | null;
  /** Every later complete point, compared with the baseline. */
  readonly outcomes: readonly (NhsTrajectoryMark<TAt> & {
    /** The outcome against the baseline. */
    readonly outcome: NhsTalkingTherapiesOutcome;
  })[];
  /** Points with a missing total, and which. They are skipped, never filled in. */
  readonly incomplete: readonly {
    /** The point's position in the input. */
    readonly index: number;
    /** The point's `at`, echoed. */
    readonly at: TAt;
    /** The missing totals. */
    readonly missing: readonly {
      /** Which measure. */
      readonly measure: NhsMeasure;
      /** Why, in plain words. */
      readonly reason: string;
    }[];
  }[];
}

/**
 * Summarises a course of NHS Talking Therapies measurements over many time points: first and last
 * complete points (both PHQ-9 and GAD-7 present), the best total of each measure, the first point
 * with a reliable improvement and the first with a reliable recovery against the first complete
 * point, and the end-of-course outcome (first → last complete point, as
 * {@link nhsTalkingTherapiesOutcome}). Thresholds come from a table (default
 * {@link nhsTalkingTherapiesThresholds}; several rules are UNVERIFIED, see it).
 *
 * Points are taken in the order given; `at` is echoed, never read. Points with a missing total
 * are listed in `incomplete` and skipped, never filled in. Throws {@link OutcomeInputError} naming
 * the field (`"points[2].gad7"`) for an invalid total.
 *
 * @example
 * ```ts
 * import { nhsTalkingTherapiesTrajectory } from 'securebase';
 * const t = nhsTalkingTherapiesTrajectory([
 *   { at: 1, phq9: 16, gad7: 12 },
 *   { at: 2, phq9: 13, gad7: null },
 *   { at: 3, phq9: 10, gad7: 9 },
 *   { at: 4, phq9: 7, gad7: 6 },
 * ]);
 * t.firstReliableImprovement?.at; // => 3
 * t.firstReliableRecovery?.at; // => 4
 * t.best.phq9?.value; // => 7
 * t.incomplete[0]?.index; // => 1
 * ```
 * @category Outcomes
 */
export function nhsTalkingTherapiesTrajectory<const TAt>(
  points: readonly NhsTrajectoryPoint<TAt>[],
  thresholds: NhsTalkingTherapiesThresholds = nhsTalkingTherapiesThresholds,
): NhsTalkingTherapiesTrajectory<TAt> {
  const fn = 'nhsTalkingTherapiesTrajectory';
  if (!Array.isArray(points)) throw new OutcomeInputError(fn, 'points', _preview(points), 'an array of { at, phq9, gad7 } points');
  let first: NhsTrajectoryMark<TAt> | null = null;
  let firstPoint: NhsTrajectoryPoint<TAt> | null = null;
  let firstField = '';
  let last: NhsTrajectoryMark<TAt> | null = null;
  const best: Record<NhsMeasure, TrajectoryMark<TAt> | null> = { phq9: null, gad7: null };
  let firstImp: NhsTalkingTherapiesTrajectory<TAt>['firstReliableImprovement'] = null;
  let firstRec: NhsTalkingTherapiesTrajectory<TAt>['firstReliableRecovery'] = null;
  const outcomes: (NhsTrajectoryMark<TAt> & { outcome: NhsTalkingTherapiesOutcome })[] = [];
  const incomplete: { index: number; at: TAt; missing: readonly { measure: NhsMeasure; reason: string }[] }[] = [];
  points.forEach((p, index) => {
    const field = `points[${index}]`;
    _object(fn, field, p);
    const values: Partial<Record<NhsMeasure, number>> = {};
    const missing: { measure: NhsMeasure; reason: string }[] = [];
    for (const k of ['phq9', 'gad7'] as const) {
      const r = _readTotal(fn, `${field}.${k}`, p[k], thresholds.measures[k], `at point ${index}`);
      if ('missing' in r) missing.push(Object.freeze({ measure: k, reason: r.missing }));
      else {
        values[k] = r.value;
        const b = best[k];
        if (!b || r.value < b.value) best[k] = Object.freeze({ index, at: p.at, value: r.value });
      }
    }
    if (missing.length > 0) {
      incomplete.push(Object.freeze({ index, at: p.at, missing: Object.freeze(missing) }));
      return;
    }
    const mark = Object.freeze({ index, at: p.at, phq9: values.phq9 as number, gad7: values.gad7 as number });
    last = mark;
    if (!first || !firstPoint) {
      first = mark;
      firstPoint = p;
      firstField = field;
      return;
    }
    const outcome = _nhsOutcome(fn, firstPoint, p, thresholds, firstField, field);
    const withOutcome = Object.freeze({ ...mark, outcome });
    outcomes.push(withOutcome);
    if (outcome.kind === 'assessable') {
      if (!firstImp && outcome.reliableImprovement) firstImp = withOutcome;
      if (!firstRec && outcome.reliableRecovery === 'reliably-recovered') firstRec = withOutcome;
    }
  });
  const end = outcomes[outcomes.length - 1];
  return Object.freeze({
    first,
    last,
    best: Object.freeze(best),
    firstReliableImprovement: firstImp,
    firstReliableRecovery: firstRec,
    outcome: end ? end.outcome : null,
    outcomes: Object.freeze(outcomes),
    incomplete: Object.freeze(incomplete),
  });
}
