import type { LocalePack } from '../model/locale.js';

/**
 * The English text of the charts and the progress report, by stable id (`chart.<key>`,
 * `report.<key>`). A {@link LocalePack} passed as `locale` must hold every one of these ids;
 * `{name}` marks a value filled in at render time (keep each one in a translation).
 *
 * @example
 * ```ts
 * import { chartStrings } from 'securebase/charts';
 * chartStrings['report.notDiagnosis']; // => "This report supports a clinician's judgement. It is not a diagnosis."
 * ```
 * @category Charts
 */
export const chartStrings = /* @__PURE__ */ Object.freeze({
  'chart.title': '{measures} over time',
  'chart.and': '{a} and {b}',
  'chart.session': 'session {at}',
  'chart.axisTime': 'Time point',
  'chart.axisScore': 'Score',
  'chart.measure': '{measure} {scale}',
  'chart.fell': '{measure} fell from {from} to {to} over {count} {unit}',
  'chart.rose': '{measure} rose from {from} to {to} over {count} {unit}',
  'chart.stayed': '{measure} stayed at {from} over {count} {unit}',
  'chart.single': '{measure} was {from} at {at}',
  'chart.noValues': '{measure} has no score yet',
  'chart.unitSessions': 'sessions',
  'chart.unitPoints': 'time points',
  'chart.withBand': '{value} ({band})',
  'chart.improvementFrom': 'reliable improvement from {at}',
  'chart.deteriorationFrom': 'reliable deterioration from {at}',
  'chart.flagAt': 'risk flag at {at}',
  'chart.flagsAt': 'risk flags at {at}',
  'chart.cutoff': 'Caseness: {value} or more',
  'chart.cutoffDesc': 'The dashed line is the caseness cut-off of {measure}: {value} or more ({source}).',
  'chart.noCutoff': '{measure} has no published cut-off in securebase, so no cut-off line is drawn.',
  'chart.rcDesc': 'The hatched range around the first score is the reliable-change range: a change of {points} points or more is reliable ({source}).',
  'chart.rcDescJt':
    'The hatched range around the first score is the reliable-change range: a change of more than {points} points is reliable (Jacobson & Truax 1991; {source}).',
  'chart.noRc': '{measure} has no reliable-change index in securebase, so no reliable-change range is drawn.',
  'chart.bandsDesc': 'The shaded areas are the bands of {measure}: {bands}.',
  'chart.noBands': '{measure} has no bands.',
  'chart.flagDesc': 'A diamond with "!" at the top marks each time point with a risk flag.',
  'chart.legendScore': 'Score',
  'chart.legendImprovement': 'Reliable improvement',
  'chart.legendDeterioration': 'Reliable deterioration',
  'chart.legendFlag': 'Risk flag',
  'chart.legendCutoff': 'Caseness cut-off',
  'chart.legendRc': 'Reliable-change range',
  'chart.noData': 'No scores to show.',
  'report.title': 'Progress report: {person}',
  'report.titleNoName': 'Progress report',
  'report.notDiagnosis': "This report supports a clinician's judgement. It is not a diagnosis.",
  'report.currentFlags': 'Current flags',
  'report.flagLine': '{level}: {measure} ({flag}) at {at}. {message}',
  'report.noCurrentFlags': 'No flag on the latest result of any measure. This does not mean the person is safe: ask, and keep crisis help visible.',
  'report.earlierFlags': 'Earlier flags',
  'report.measures': 'Measures over time',
  'report.colAt': 'Time point',
  'report.colScore': 'Score',
  'report.colBand': 'Band',
  'report.colChange': 'Change from first',
  'report.colFlags': 'Flags',
  'report.notScored': 'not scored',
  'report.reliableChange': 'Reliable change',
  'report.rcImproved': 'reliable improvement (first at {at}); last score {last} against first {first}',
  'report.rcDeteriorated': 'reliable deterioration (first at {at}); last score {last} against first {first}',
  'report.rcBoth': 'reliable improvement (first at {imp}) and reliable deterioration (first at {det}); last score {last} against first {first}',
  'report.rcNone': 'no reliable change yet; last score {last} against first {first}',
  'report.rcNotComputed': 'not computed: securebase has no reliable-change index for {measure}. Pass one with its source to compute it.',
  'report.rcRule': 'Rule: a change of {points} points or more is reliable. Source: {source}.',
  'report.rcRuleJt':
    'Rule: Jacobson & Truax (1991) reliable change index, |RCI| > {criterion}; a change of more than {points} points. Reliability and SD: {source}.',
  'report.clinicalSignificance': 'Clinical significance',
  'report.csCategory': '{category} (Jacobson & Truax 1991; cut-off {cutoff})',
  'report.csNotComputed':
    'not computed: it needs both a cut-off and a Jacobson & Truax reliable change index (SD and reliability with their source) for {measure}.',
  'report.csRecovered': 'recovered',
  'report.csImproved': 'improved',
  'report.csUnchanged': 'unchanged',
  'report.csDeteriorated': 'deteriorated',
  'report.cutoffLine': 'Cut-off: {value} or more is a case. Source: {source}.',
  'report.nhs': 'NHS Talking Therapies outcomes',
  'report.nhsIntro': 'PHQ-9 and GAD-7 paired, first complete time point ({first}) against the last ({last}).',
  'report.nhsNotAssessable': 'Not assessable: {reasons}.',
  'report.nhsTooFew': 'Not assessable: fewer than two time points have both a PHQ-9 and a GAD-7 total.',
  'report.nhsCaseAtStart': 'Case at the start: {value}',
  'report.nhsReliableImprovement': 'Reliable improvement: {value}',
  'report.nhsReliableDeterioration': 'Reliable deterioration: {value}',
  'report.nhsRecovery': 'Recovery: {value}',
  'report.nhsReliableRecovery': 'Reliable recovery: {value}',
  'report.nhsStatus': 'How sure these rules are: {status}',
  'report.yes': 'yes',
  'report.no': 'no',
  'report.notApplicable': 'not applicable (not a case at the start)',
  'report.nextSteps': 'Next steps from the plan',
  'report.safetyFirst': 'Safety first: {actions}',
  'report.phase': 'Phase for session {session}: {title}. Goals: {goals}',
  'report.techniques': 'Techniques in order: {techniques}',
  'report.measuresDue': 'Measures due at session {session}: {measures}',
  'report.noMeasuresDue': 'No measure is due at session {session}.',
  'report.sources': 'Sources',
} as const);

/** The id of one chart or report string. @category Charts */
export type ChartStringId = keyof typeof chartStrings;

/**
 * Thrown when a locale pack passed to a chart or report lacks strings it needs: names the option
 * (`field` is always `"locale"`) and the missing ids.
 *
 * @example
 * ```ts
 * import { ChartLocaleError, renderTrajectorySvg } from 'securebase/charts';
 * let e: unknown;
 * try { renderTrajectorySvg([], { locale: { locale: 'xx', name: 'X', strings: {} } }); } catch (x) { e = x; }
 * e instanceof ChartLocaleError; // => true
 * ```
 * @category Charts
 */
export class ChartLocaleError extends TypeError {
  /** Always `'ChartLocaleError'`. */
  override readonly name = 'ChartLocaleError';
  /** The option at fault: `"locale"`. */
  readonly field = 'locale';
  /** The pack's language tag. */
  readonly locale: string;
  /** The ids the pack lacks. */
  readonly missing: readonly string[];
  /**
   * `option`, when given, is the option that can fill the gap instead of the pack (band labels:
   * `bandText["phq-9"].total`); the message then names it.
   */
  constructor(fn: string, locale: string, missing: readonly string[], option?: string) {
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
    super(
      option === undefined
        ? `${fn}: locale must be 'en' or a pack with every chart and report string; the pack "${locale.slice(0, 24)}" lacks ${shown}.`
        : `${fn}: the pack "${locale.slice(0, 24)}" lacks ${shown}; give the app's licensed labels as ${option} (one per band, in the definition's order).`,
    );
    this.locale = locale;
    this.missing = Object.freeze([...missing]);
  }
}

/** A lookup of chart strings with `{name}` values filled in. @internal */
export type _Text = (id: ChartStringId, values?: Readonly<Record<string, string | number>>) => string;

/** @internal Checks the locale option once and returns the lookup. */
export function _texts(fn: string, locale: 'en' | LocalePack | undefined): _Text {
  let table: Readonly<Record<string, string>> = chartStrings;
  if (locale !== undefined && locale !== 'en') {
    if (typeof locale !== 'object' || locale === null || typeof locale.strings !== 'object' || locale.strings === null) {
      throw new ChartLocaleError(fn, String((locale as { locale?: unknown } | null)?.locale ?? typeof locale), Object.keys(chartStrings));
    }
    const strings = locale.strings;
    const missing = Object.keys(chartStrings).filter((k) => typeof strings[k] !== 'string');
    if (missing.length > 0) throw new ChartLocaleError(fn, String(locale.locale), missing);
    table = strings;
  }
  return (id, values) => {
    const s = table[id] as string;
    return values ? s.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m)) : s;
  };
}
