import type { LocalePack } from '../model/locale.js';
import type { NhsTalkingTherapiesThresholds } from '../outcomes/nhs-talking-therapies.js';
import type { InstrumentDefinition, ScoreResult } from '../scoring/types.js';

/**
 * One scored measurement of a person: when (`at`: a session number, a date string, anything you
 * use; shown, never computed with) and the result from `score`, flags included.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'securebase';
 * import type { ScoredTimePoint } from 'securebase/charts';
 * const p: ScoredTimePoint<number> = { at: 1, result: score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 0, 1]) };
 * p.result.scales.total.value; // => 16
 * ```
 * @category Charts
 */
export interface ScoredTimePoint<TAt = unknown> {
  /** When: shown on the time axis and in `data-at`; time points are drawn in the order first given. */
  readonly at: TAt;
  /** The result from `score` (or `safeScore`), with its flags. */
  readonly result: ScoreResult;
}

/**
 * A Jacobson & Truax (1991) reliable change index for one instrument: the SD and reliability of a
 * published sample, and that source. securebase ships none for most measures; you cite yours.
 *
 * @example
 * ```ts
 * const rc: ReliableChangeSource = { sdPre: 7.5, reliability: 0.8, source: 'Our clinic sample, 2024 (n = 212)' };
 * ```
 * @category Charts
 */
export interface ReliableChangeSource {
  /** The SD of the pre-treatment (or normative) sample. */
  readonly sdPre: number;
  /** The measure's reliability, between 0 and 1 (exclusive). */
  readonly reliability: number;
  /** The critical value; default 1.96. */
  readonly criterion?: number;
  /** Where the SD and reliability come from (shown in the chart's description and the report). */
  readonly source: string;
}

/**
 * Options of {@link renderTrajectorySvg}. No option hides a risk flag.
 *
 * @example
 * ```ts
 * const o: ChartOptions = { width: 640, formatAt: (at) => `week ${String(at)}` };
 * ```
 * @category Charts
 */
export interface ChartOptions {
  /** `'en'` (default) or a locale pack holding every `chart.*` and `report.*` id of {@link chartStrings}. */
  readonly locale?: 'en' | LocalePack;
  /**
   * The app's licensed band labels ("Moderate" and so on, the instrument's published wording) by
   * instrument id and scale id, one per band in the order of the definition's `bands`
   * (`{ 'phq-9': { total: [...5 labels] } }`). With a locale pack, each drawn scale's band labels
   * come from the pack (`instrument.<id>.scales.<scale>.bands.<k>.label`), else from here, else the
   * chart throws a `ChartLocaleError` naming `bandText["<id>"].<scale>`; the Spanish pack ships
   * none. With `'en'` the definition's labels are drawn and this is not read.
   */
  readonly bandText?: { readonly [instrumentId: string]: { readonly [scale: string]: readonly string[] } };
  /** The chart's title; default "<measures> over time". */
  readonly title?: string;
  /** The width in pixels (at least 480); default 720. */
  readonly width?: number;
  /** Which scale to draw per instrument id; default its `total` scale, else its first banded scale, else its first. */
  readonly scales?: Readonly<Record<string, string>>;
  /** Definitions of instruments that are not built in (results name them by id). */
  readonly instruments?: readonly InstrumentDefinition[];
  /**
   * Jacobson & Truax reliable change indices by instrument id, with their source. When absent,
   * PHQ-9 and GAD-7 use the reliable-change points of the NHS Talking Therapies table, and other
   * measures draw no reliable-change range (the chart says so).
   */
  readonly reliableChange?: Readonly<Record<string, ReliableChangeSource>>;
  /** The NHS Talking Therapies table (caseness cut-offs, reliable-change points); default `nhsTalkingTherapiesThresholds` (from `securebase`). */
  readonly thresholds?: NhsTalkingTherapiesThresholds;
  /** How a time point is written; default `session 3` for numbers, the value itself otherwise. */
  readonly formatAt?: (at: unknown) => string;
  /** A prefix for the ids inside the SVG (patterns), so several charts can share one page; default `sb-chart`. */
  readonly idPrefix?: string;
}
