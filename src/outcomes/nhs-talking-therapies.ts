import type { Citation } from '../model/issue.js';
import type { ScoreResult } from '../scoring/types.js';
import { _object, _preview } from './_internal/validate.js';
import { OutcomeInputError } from './errors.js';

/**
 * The two measures of the NHS Talking Therapies paired outcome: PHQ-9 (depression) and GAD-7
 * (anxiety).
 *
 * @example
 * ```ts
 * const m: NhsMeasure = 'phq9';
 * ```
 * @category Outcomes
 */
export type NhsMeasure = 'phq9' | 'gad7';

/**
 * The thresholds of one measure in an {@link NhsTalkingTherapiesThresholds} table, each with how
 * sure we are of it (`status`).
 *
 * @example
 * ```ts
 * nhsTalkingTherapiesThresholds.measures.gad7.casenessAtOrAbove; // => 8
 * ```
 * @category Outcomes
 */
export interface NhsMeasureThresholds {
  /** The measure's name in messages (for example `PHQ-9`). */
  readonly label: string;
  /** `ScoreResult`s accepted for this measure must come from an instrument with one of these ids. */
  readonly instrumentIds: readonly string[];
  /** The scale read from a `ScoreResult`. */
  readonly scale: string;
  /** The valid range of a total; a total outside it is refused. */
  readonly range: {
    /** The lowest possible total. */
    readonly min: number;
    /** The highest possible total. */
    readonly max: number;
  };
  /** A total at or above this value is a clinical case. */
  readonly casenessAtOrAbove: number;
  /** A fall of at least this many points is a reliable improvement; a rise of as many, a reliable deterioration. */
  readonly reliableChangePoints: number;
  /** How sure each threshold is: CORROBORATED or UNVERIFIED, with the sources. */
  readonly status: {
    /** The status of `casenessAtOrAbove`. */
    readonly caseness: string;
    /** The status of `reliableChangePoints` as an improvement. */
    readonly reliableImprovement: string;
    /** The status of `reliableChangePoints` as a deterioration. */
    readonly reliableDeterioration: string;
  };
}

/**
 * A table of NHS Talking Therapies outcome rules: thresholds per measure, how they combine, the
 * sources and their status. {@link nhsTalkingTherapiesOutcome} reads every number from here, so a
 * service with different rules can pass its own table.
 *
 * @example
 * ```ts
 * const strict: NhsTalkingTherapiesThresholds = { ...nhsTalkingTherapiesThresholds, version: 'local-1' };
 * ```
 * @category Outcomes
 */
export interface NhsTalkingTherapiesThresholds {
  /** The table's id; every outcome records it. */
  readonly id: string;
  /** The table's version; every outcome records it. */
  readonly version: string;
  /** The sources of the rules. */
  readonly citations: readonly Citation[];
  /** The thresholds of PHQ-9 and GAD-7. */
  readonly measures: { readonly [K in NhsMeasure]: NhsMeasureThresholds };
  /**
   * Whether reliable improvement on one measure also requires no reliable deterioration on the
   * other. `status.combination` says how sure this is.
   */
  readonly improvementRequiresNoDeteriorationOnOther: boolean;
  /** How sure the combining rules are: CORROBORATED or UNVERIFIED, with the sources. */
  readonly status: {
    /** The status of `improvementRequiresNoDeteriorationOnOther`. */
    readonly combination: string;
    /** The status of the recovery rule. */
    readonly recovery: string;
    /** The status of the reliable-recovery rule. */
    readonly reliableRecovery: string;
  };
  /** Caveats for anyone using the table in a service. */
  readonly notes: readonly string[];
}

/**
 * The NHS Talking Therapies for anxiety and depression (formerly IAPT) outcome thresholds for
 * paired PHQ-9 and GAD-7 totals, as data, with the status of each rule.
 *
 * - Caseness: PHQ-9 ≥ 10 or GAD-7 ≥ 8. CORROBORATED (cbtwatch.com quoting the IAPT Manual:
 *   recovered = "below 10 on the PHQ-9 and below 8 on the GAD-7"; PHE Fingertips glossary; the
 *   MindStep evaluation table, BMC Psychiatry 2018: "PHQ-9 > 9 and/or GAD-7 > 7").
 * - Reliable improvement: a fall of ≥ 6 on PHQ-9 or ≥ 4 on GAD-7. CORROBORATED (cbtwatch.com
 *   quoting the IAPT Manual; MindStep table "≥6 on PHQ-9 and/or ≥4 on GAD-7").
 * - "… with no reliable deterioration on the other measure": **UNVERIFIED**. Searched for in
 *   public pages (NHS England, NHS Digital, PHE Fingertips, the nhs.uk scorecard, Gyani et al.
 *   2013, MindStep 2018): not found in any readable text; MindStep's definition has no such clause.
 *   It is applied here because it is the stricter, conservative reading (it never calls a mixed
 *   result an improvement). Set `improvementRequiresNoDeteriorationOnOther: false` in your own
 *   table to drop it.
 * - Reliable deterioration: a rise of ≥ 6 on PHQ-9 or ≥ 4 on GAD-7. **UNVERIFIED** (assumed
 *   symmetrical with reliable improvement; no published statement was found). Reported whenever
 *   either measure rises by that much, so a worsening is never hidden.
 * - Recovery: a case at the start, below caseness on both at the end. CORROBORATED.
 * - Reliable recovery: recovery and reliable improvement. UNVERIFIED wording, the standard
 *   IAPT definition (MindStep: "both moved to recovery and showed reliable improvement").
 *
 * Not covered: when anxiety is measured with an anxiety-disorder-specific measure (ADSM) instead
 * of the GAD-7, that measure's own thresholds apply. Re-read the current NHS Talking Therapies
 * Manual before relying on these numbers in a service.
 *
 * @example
 * ```ts
 * import { nhsTalkingTherapiesThresholds } from 'securebase';
 * nhsTalkingTherapiesThresholds.measures.phq9.casenessAtOrAbove; // => 10
 * nhsTalkingTherapiesThresholds.measures.phq9.reliableChangePoints; // => 6
 * ```
 * @category Outcomes
 */
export const nhsTalkingTherapiesThresholds = {
  id: 'nhs-talking-therapies',
  version: '1.0.0',
  citations: [
    {
      text: 'NHS England. NHS Talking Therapies for anxiety and depression manual (formerly the IAPT Manual). Not readable here; thresholds taken from secondary sources quoting it.',
    },
    {
      text: 'Scott, M. (cbtwatch.com). Quotes the IAPT Manual: "a reduction of 6 or more on the PHQ-9 and a reduction of 4 or more on the GAD-7"; recovered if "below 10 on the PHQ-9 and below 8 on the GAD-7".',
      url: 'http://www.cbtwatch.com/tag/no-justification-for-nhs-talking-theapies/',
    },
    {
      text: 'Public Health England. Fingertips, Common mental disorders profile: glossary (caseness, recovery).',
      url: 'https://fingertips.phe.org.uk/profile/common-mental-disorders/supporting-information/Glossary',
    },
    {
      text: 'Outcomes of telephone-delivered low-intensity cognitive behaviour therapy (LiCBT) to community dwelling Australians with a recent hospital admission due to depression or anxiety: MindStep. BMC Psychiatry (2018), Table 1: definitions of recovery, reliable improvement and reliable recovery.',
      doi: '10.1186/s12888-018-1987-1',
    },
    {
      text: 'Gyani, A., Shafran, R., Layard, R., & Clark, D. M. (2013). Enhancing recovery rates: Lessons from year one of IAPT. Behaviour Research and Therapy, 51, 597–606.',
    },
  ],
  measures: {
    phq9: {
      label: 'PHQ-9',
      instrumentIds: ['phq-9'],
      scale: 'total',
      range: { min: 0, max: 27 },
      casenessAtOrAbove: 10,
      reliableChangePoints: 6,
      status: {
        caseness: 'CORROBORATED (secondary sources quoting the IAPT Manual; the manual itself was not read)',
        reliableImprovement: 'CORROBORATED (secondary sources quoting the IAPT Manual)',
        reliableDeterioration: 'UNVERIFIED (assumed symmetrical to reliable improvement)',
      },
    },
    gad7: {
      label: 'GAD-7',
      instrumentIds: ['gad-7'],
      scale: 'total',
      range: { min: 0, max: 21 },
      casenessAtOrAbove: 8,
      reliableChangePoints: 4,
      status: {
        caseness: 'CORROBORATED (secondary sources quoting the IAPT Manual; the manual itself was not read)',
        reliableImprovement: 'CORROBORATED (secondary sources quoting the IAPT Manual)',
        reliableDeterioration: 'UNVERIFIED (assumed symmetrical to reliable improvement)',
      },
    },
  },
  improvementRequiresNoDeteriorationOnOther: true,
  status: {
    combination:
      'UNVERIFIED: the clause "no reliable deterioration on the other measure" was not found in any source readable here (MindStep 2018 defines reliable improvement without it); applied as the conservative reading',
    recovery: 'CORROBORATED (PHE Fingertips glossary; HFAnalyticsLab IAPT technical appendix; MindStep 2018)',
    reliableRecovery: 'UNVERIFIED wording; standard IAPT definition (recovery and reliable improvement), as in MindStep 2018',
  },
  notes: [
    'Caseness is "at or above" the threshold; recovery needs both totals below it at the end.',
    'When anxiety is measured with an anxiety-disorder-specific measure (ADSM) instead of the GAD-7, its own thresholds apply; not covered here.',
    'The NHS England manual was not readable here: re-read the current edition before using these rules in a service.',
  ],
} as const satisfies NhsTalkingTherapiesThresholds;

/**
 * A PHQ-9 or GAD-7 total: a plain number, a `ScoreResult` (its `scales.total.value` is read), or
 * `null`/`undefined` when not measured.
 *
 * @example
 * ```ts
 * const t: NhsTotal = 12;
 * ```
 * @category Outcomes
 */
export type NhsTotal = number | ScoreResult | null | undefined;

/**
 * The two totals at one time point.
 *
 * @example
 * ```ts
 * const start: NhsTimePoint = { phq9: 15, gad7: 12 };
 * ```
 * @category Outcomes
 */
export interface NhsTimePoint {
  /** The PHQ-9 total (0–27), a PHQ-9 result, or `null` when not measured. */
  readonly phq9: NhsTotal;
  /** The GAD-7 total (0–21), a GAD-7 result, or `null` when not measured. */
  readonly gad7: NhsTotal;
}

/**
 * Why an NHS outcome could not be assessed: which total is missing, when, and why.
 *
 * @example
 * ```ts
 * const r: NhsMissingTotal = { measure: 'gad7', time: 'post', reason: 'GAD-7 total at the end was not given' };
 * ```
 * @category Outcomes
 */
export interface NhsMissingTotal {
  /** Which measure. */
  readonly measure: NhsMeasure;
  /** `pre` (the start) or `post` (the end). */
  readonly time: 'pre' | 'post';
  /** Why, in plain words (not given, or unanswered items named). */
  readonly reason: string;
}

/**
 * Per-measure change within an {@link NhsTalkingTherapiesOutcome}.
 *
 * @example
 * ```ts
 * const m: NhsMeasureChange = { pre: 15, post: 8, change: -7, reliableImprovement: true, reliableDeterioration: false, prorated: false };
 * ```
 * @category Outcomes
 */
export interface NhsMeasureChange {
  /** The total at the start. */
  readonly pre: number;
  /** The total at the end. */
  readonly post: number;
  /** `post − pre`; negative is better on both measures. */
  readonly change: number;
  /** Whether the total fell by at least the measure's `reliableChangePoints`. */
  readonly reliableImprovement: boolean;
  /** Whether the total rose by at least the measure's `reliableChangePoints`. */
  readonly reliableDeterioration: boolean;
  /** True when either total came from a `ScoreResult` that was prorated. */
  readonly prorated: boolean;
}

/**
 * The NHS Talking Therapies outcome of one course of treatment, or why it cannot be assessed.
 *
 * @example
 * ```ts
 * const o: NhsTalkingTherapiesOutcome = nhsTalkingTherapiesOutcome({ phq9: 15, gad7: 12 }, { phq9: null, gad7: 7 });
 * o.kind; // => 'not-assessable'
 * ```
 * @category Outcomes
 */
export type NhsTalkingTherapiesOutcome =
  | {
      /** Both totals were given at both time points. */
      readonly kind: 'assessable';
      /** The change on each measure. */
      readonly measures: { readonly [K in NhsMeasure]: NhsMeasureChange };
      /** Whether either total was at or above caseness at the start. */
      readonly caseAtStart: boolean;
      /** Whether either total was at or above caseness at the end. */
      readonly caseAtEnd: boolean;
      /** A reliable improvement on either measure (and, with the default table, no reliable deterioration on the other). */
      readonly reliableImprovement: boolean;
      /** A reliable deterioration on either measure; never hidden by an improvement on the other. */
      readonly reliableDeterioration: boolean;
      /** `'not-applicable'` when not a case at the start: NHS recovery rates count only people who started as a case. */
      readonly recovery: 'recovered' | 'not-recovered' | 'not-applicable';
      /** Recovery and reliable improvement; `'not-applicable'` when not a case at the start. */
      readonly reliableRecovery: 'reliably-recovered' | 'not-reliably-recovered' | 'not-applicable';
      /** True when any total was prorated; such outcomes may need to be reported separately. */
      readonly prorated: boolean;
      /** The table used. */
      readonly thresholds: {
        /** Its id. */
        readonly id: string;
        /** Its version. */
        readonly version: string;
      };
    }
  | {
      /** A total was missing; nothing is guessed. */
      readonly kind: 'not-assessable';
      /** Each missing total, and why. */
      readonly missing: readonly NhsMissingTotal[];
      /** The table used. */
      readonly thresholds: {
        /** Its id. */
        readonly id: string;
        /** Its version. */
        readonly version: string;
      };
    };

type Read = { value: number; prorated: boolean } | { missing: string };

const WHEN = { pre: 'at the start', post: 'at the end' } as const;

/** @internal Reads one total; throws on invalid input, reports missing. */
export function _readTotal(fn: string, field: string, v: unknown, m: NhsMeasureThresholds, when: string): Read {
  if (v === null || v === undefined) return { missing: `${m.label} total ${when} was not given` };
  let value: unknown = v;
  let prorated = false;
  if (typeof v === 'object') {
    const r = v as Partial<ScoreResult>;
    const id = r.instrument?.id;
    if (typeof id !== 'string' || !r.scales) throw new OutcomeInputError(fn, field, _preview(v), `a ${m.label} total: a number, a ScoreResult or null`);
    if (!m.instrumentIds.includes(id)) {
      throw new OutcomeInputError(
        fn,
        field,
        `a result of "${_preview(id).slice(1, -1)}"`,
        `a ${m.label} result (instrument id ${m.instrumentIds.map((x) => `"${x}"`).join(' or ')})`,
      );
    }
    const s = r.scales[m.scale];
    if (!s) throw new OutcomeInputError(fn, field, 'a result without that scale', `a ${m.label} result with a "${m.scale}" scale`);
    if (s.value === null) {
      const n = s.missing.length;
      return { missing: `${m.label} total ${when} has no value: ${n} item${n === 1 ? '' : 's'} unanswered (${s.missing.join(', ')})` };
    }
    value = s.value;
    prorated = s.prorated;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < m.range.min || value > m.range.max) {
    throw new OutcomeInputError(fn, field, _preview(value), `a ${m.label} total from ${m.range.min} to ${m.range.max}`);
  }
  return { value, prorated };
}

const MEASURES: readonly NhsMeasure[] = ['phq9', 'gad7'];

/**
 * Computes the NHS Talking Therapies (formerly IAPT) outcome of one course of treatment from
 * paired PHQ-9 and GAD-7 totals at the start and the end: caseness, reliable improvement,
 * reliable deterioration, recovery and reliable recovery. Every threshold comes from a table
 * ({@link nhsTalkingTherapiesThresholds} by default), which records each rule's source and status;
 * several rules are UNVERIFIED (see that table), so treat results as indicative.
 *
 * Rules with the default table: a **case** has PHQ-9 ≥ 10 or GAD-7 ≥ 8; **reliable improvement**
 * is a fall of ≥ 6 on PHQ-9 or ≥ 4 on GAD-7 with no reliable deterioration on the other;
 * **reliable deterioration** is a rise of ≥ 6 on PHQ-9 or ≥ 4 on GAD-7 (either); **recovery** is
 * a case at the start and below caseness on both at the end (`'not-applicable'` when not a case
 * at the start); **reliable recovery** is recovery and reliable improvement.
 *
 * Totals may be numbers or `ScoreResult`s (their `scales.total.value` is read; the result must
 * come from an instrument whose id the table lists). A missing total at either time point gives
 * `{ kind: 'not-assessable', missing }` naming each missing total, never a guess. A prorated total
 * is used and reported (`prorated: true`). Throws {@link OutcomeInputError} naming the field (for
 * example `"post.gad7"`) for a total that is not a finite number in range or a result from
 * another instrument.
 *
 * @example
 * ```ts
 * import { nhsTalkingTherapiesOutcome } from 'securebase';
 * const o = nhsTalkingTherapiesOutcome({ phq9: 15, gad7: 12 }, { phq9: 8, gad7: 6 });
 * if (o.kind === 'assessable') {
 *   o.caseAtStart; // => true
 *   o.reliableImprovement; // => true
 *   o.recovery; // => 'recovered'
 *   o.reliableRecovery; // => 'reliably-recovered'
 * }
 * nhsTalkingTherapiesOutcome({ phq9: 15, gad7: 12 }, { phq9: 8, gad7: null }).kind; // => 'not-assessable'
 * ```
 * @category Outcomes
 */
export function nhsTalkingTherapiesOutcome(
  pre: NhsTimePoint,
  post: NhsTimePoint,
  thresholds: NhsTalkingTherapiesThresholds = nhsTalkingTherapiesThresholds,
): NhsTalkingTherapiesOutcome {
  return _nhsOutcome('nhsTalkingTherapiesOutcome', pre, post, thresholds, 'pre', 'post');
}

/** @internal Shared by the outcome and the trajectory; `preField`/`postField` name the arguments in errors. */
export function _nhsOutcome(
  fn: string,
  pre: NhsTimePoint,
  post: NhsTimePoint,
  t: NhsTalkingTherapiesThresholds,
  preField: string,
  postField: string,
): NhsTalkingTherapiesOutcome {
  _object(fn, preField, pre);
  _object(fn, postField, post);
  const tag = Object.freeze({ id: t.id, version: t.version });
  const missing: NhsMissingTotal[] = [];
  const read = {} as Record<NhsMeasure, { pre: Read; post: Read }>;
  for (const k of MEASURES) {
    const m = t.measures[k];
    read[k] = { pre: _readTotal(fn, `${preField}.${k}`, pre[k], m, WHEN.pre), post: _readTotal(fn, `${postField}.${k}`, post[k], m, WHEN.post) };
    for (const time of ['pre', 'post'] as const) {
      const r = read[k][time];
      if ('missing' in r) missing.push(Object.freeze({ measure: k, time, reason: r.missing }));
    }
  }
  if (missing.length > 0) return Object.freeze({ kind: 'not-assessable', missing: Object.freeze(missing), thresholds: tag });
  const value = (r: Read): number => (r as { value: number }).value;
  const measures = {} as Record<NhsMeasure, NhsMeasureChange>;
  let caseAtStart = false;
  let caseAtEnd = false;
  for (const k of MEASURES) {
    const m = t.measures[k];
    const a = value(read[k].pre);
    const b = value(read[k].post);
    const change = b - a;
    caseAtStart ||= a >= m.casenessAtOrAbove;
    caseAtEnd ||= b >= m.casenessAtOrAbove;
    measures[k] = Object.freeze({
      pre: a,
      post: b,
      change,
      reliableImprovement: -change >= m.reliableChangePoints,
      reliableDeterioration: change >= m.reliableChangePoints,
      prorated: (read[k].pre as { prorated: boolean }).prorated || (read[k].post as { prorated: boolean }).prorated,
    });
  }
  const reliableDeterioration = MEASURES.some((k) => measures[k].reliableDeterioration);
  const anyImprovement = MEASURES.some((k) => measures[k].reliableImprovement);
  const reliableImprovement = anyImprovement && !(t.improvementRequiresNoDeteriorationOnOther && reliableDeterioration);
  const recovered = caseAtStart && !caseAtEnd;
  return Object.freeze({
    kind: 'assessable',
    measures: Object.freeze(measures),
    caseAtStart,
    caseAtEnd,
    reliableImprovement,
    reliableDeterioration,
    recovery: caseAtStart ? (recovered ? 'recovered' : 'not-recovered') : 'not-applicable',
    reliableRecovery: caseAtStart ? (recovered && reliableImprovement ? 'reliably-recovered' : 'not-reliably-recovered') : 'not-applicable',
    prorated: MEASURES.some((k) => measures[k].prorated),
    thresholds: tag,
  });
}
