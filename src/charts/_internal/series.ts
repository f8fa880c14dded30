import { instruments as builtins } from '../../instruments/registry.js';
import type { Citation } from '../../model/issue.js';
import { textId } from '../../model/locale.js';
import { type NhsTalkingTherapiesThresholds, nhsTalkingTherapiesThresholds } from '../../outcomes/nhs-talking-therapies.js';
import { type MeasureDirection, reliableChange } from '../../outcomes/reliable-change.js';
import { changeTrajectory } from '../../outcomes/trajectory.js';
import type { BandDefinition, InstrumentDefinition, RaisedFlag, ScaleDefinition, ScoreResult } from '../../scoring/types.js';
import { type _Text, ChartLocaleError } from '../strings.js';
import type { ChartOptions, ScoredTimePoint } from '../types.js';

/** One time point on the shared time axis. */
export interface _Time {
  readonly index: number;
  readonly at: unknown;
  readonly key: string;
  readonly label: string;
}

/** One measured point of a series. */
export interface _Point {
  readonly time: _Time;
  readonly value: number | null;
  readonly band: string | null;
  readonly flags: readonly RaisedFlag[];
  readonly result: ScoreResult;
}

/** A band as drawn: from `lower` to `upper` on the score axis. */
export interface _Band {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly lower: number;
  readonly upper: number;
}

/** The reliable-change rule a series uses. */
export type _Rc =
  | { readonly method: 'points'; readonly points: number; readonly source: string }
  | {
      readonly method: 'jacobson-truax-1991';
      readonly points: number;
      readonly criterion: number;
      readonly sdPre: number;
      readonly reliability: number;
      readonly source: string;
    };

/** Everything one panel of a chart and one section of a report need. */
export interface _Series {
  readonly def: InstrumentDefinition;
  readonly scale: ScaleDefinition;
  readonly name: string;
  readonly label: string;
  readonly range: { readonly min: number; readonly max: number };
  readonly bands: readonly _Band[];
  readonly direction: MeasureDirection | null;
  readonly cutoff: { readonly value: number; readonly source: string; readonly status: string } | null;
  readonly rc: _Rc | null;
  readonly points: readonly _Point[];
  readonly first: _Point | null;
  readonly last: _Point | null;
  readonly improvement: _Point | null;
  readonly deterioration: _Point | null;
}

/** The whole picture: the shared time axis and one series per instrument, in order of first appearance. */
export interface _Picture {
  readonly times: readonly _Time[];
  readonly series: readonly _Series[];
  readonly numericTimes: boolean;
  readonly thresholds: NhsTalkingTherapiesThresholds;
}

/** A stable string key for an `at` value (also its `data-at`). */
export function _atKey(at: unknown): string {
  if (typeof at === 'string') return at;
  if (typeof at === 'number' || typeof at === 'bigint' || typeof at === 'boolean') return String(at);
  if (at instanceof Date) return Number.isNaN(at.getTime()) ? 'Invalid Date' : at.toISOString();
  try {
    return JSON.stringify(at) ?? String(at);
  } catch {
    return String(at);
  }
}

export const _citation = (c: Citation): string => (c.doi ? `${c.text} doi:${c.doi}` : c.url ? `${c.text} ${c.url}` : c.text);

function scaleRange(def: InstrumentDefinition, scale: ScaleDefinition): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const id of scale.items) {
    const item = def.items.find((i) => i.id === id);
    const rs = def.responseScales[item?.responseScale ?? 'default'];
    if (!rs) continue;
    min += rs.min;
    max += rs.max;
    lo = Math.min(lo, rs.min);
    hi = Math.max(hi, rs.max);
  }
  if (scale.aggregate === 'mean') {
    min = lo;
    max = hi;
  }
  for (const b of scale.bands ?? []) {
    min = Math.min(min, b.min);
    max = Math.max(max, b.max);
  }
  if (!(max > min)) max = min + 1;
  return { min, max };
}

function chooseScale(def: InstrumentDefinition, wanted: string | undefined, fn: string): ScaleDefinition {
  if (wanted !== undefined) {
    const s = def.scales.find((x) => x.id === wanted);
    if (!s)
      throw new RangeError(
        `${fn}: options.scales["${def.id}"] must be a scale of ${def.id} (${def.scales.map((x) => x.id).join(', ')}), received "${wanted.slice(0, 24)}".`,
      );
    return s;
  }
  return def.scales.find((s) => s.id === 'total') ?? def.scales.find((s) => (s.bands?.length ?? 0) > 0) ?? (def.scales[0] as ScaleDefinition);
}

/**
 * The band labels of a drawn scale, in the definition's order: the definition's own in English;
 * with a locale pack, the pack's, else the app's `bandText`, else a ChartLocaleError naming it.
 */
function bandLabels(fn: string, def: InstrumentDefinition, scale: ScaleDefinition, options: ChartOptions): readonly string[] {
  const bands = scale.bands ?? [];
  const locale = options.locale;
  if (locale === undefined || locale === 'en' || bands.length === 0) return bands.map((b) => b.label);
  const option = `bandText[${JSON.stringify(def.id.slice(0, 40))}].${scale.id}`;
  const given = options.bandText?.[def.id]?.[scale.id];
  if (given !== undefined && (!Array.isArray(given) || given.length !== bands.length || given.some((t) => typeof t !== 'string' || t.trim() === '')))
    throw new TypeError(
      `${fn}: options.${option} must be ${bands.length} labels (text, not empty), one per band of ${def.id} ${scale.id} in the definition's order.`,
    );
  const strings = locale.strings;
  const missing: string[] = [];
  const labels = bands.map((_, k) => {
    const id = textId('instrument', def.id, `scales.${scale.id}.bands.${k}.label`);
    const t = strings[id];
    if (typeof t === 'string' && t.trim() !== '') return t;
    if (given !== undefined) return given[k] as string;
    missing.push(id);
    return '';
  });
  if (missing.length > 0) throw new ChartLocaleError(fn, String(locale.locale), missing, option);
  return labels;
}

/** The index of a result's band among the definition's bands of its scale, by its limits (bands never overlap); -1 if none. */
const bandIndex = (bands: readonly BandDefinition[], band: BandDefinition | null | undefined): number =>
  band === null || band === undefined ? -1 : bands.findIndex((b) => b.min === band.min && b.max === band.max);

/** Builds the picture from scored time points. Validates the input and names the field at fault. */
export function _picture(fn: string, points: readonly ScoredTimePoint[], options: ChartOptions, t: _Text): _Picture {
  if (!Array.isArray(points)) throw new TypeError(`${fn}: points must be an array of { at, result }.`);
  const thresholds = options.thresholds ?? nhsTalkingTherapiesThresholds;
  const defs: readonly InstrumentDefinition[] = [...(options.instruments ?? []), ...(builtins as readonly InstrumentDefinition[])];
  const times: _Time[] = [];
  const timeByKey = new Map<string, _Time>();
  const groups = new Map<string, { def: InstrumentDefinition; items: { time: _Time; result: ScoreResult }[] }>();
  let numericTimes = true;
  points.forEach((p, i) => {
    const r = (p as { result?: Partial<ScoreResult> } | null)?.result;
    if (
      typeof p !== 'object' ||
      p === null ||
      !r ||
      typeof r !== 'object' ||
      typeof r.instrument?.id !== 'string' ||
      typeof r.scales !== 'object' ||
      !Array.isArray(r.flags)
    ) {
      throw new TypeError(`${fn}: points[${i}] must be { at, result } with a result from score.`);
    }
    const key = _atKey(p.at);
    let time = timeByKey.get(key);
    if (!time) {
      if (typeof p.at !== 'number') numericTimes = false;
      const label = options.formatAt ? options.formatAt(p.at) : typeof p.at === 'number' ? t('chart.session', { at: p.at }) : key;
      time = Object.freeze({ index: times.length, at: p.at, key, label });
      times.push(time);
      timeByKey.set(key, time);
    }
    const id = r.instrument.id;
    let g = groups.get(id);
    if (!g) {
      const def = defs.find((d) => d.id === id);
      if (!def)
        throw new RangeError(
          `${fn}: points[${i}].result.instrument.id "${id.slice(0, 24)}" is not a built-in instrument; pass its definition in options.instruments.`,
        );
      g = { def, items: [] };
      groups.set(id, g);
    }
    g.items.push({ time, result: r as ScoreResult });
  });
  const series: _Series[] = [];
  for (const { def, items } of groups.values()) {
    const scale = chooseScale(def, options.scales?.[def.id], fn);
    const name = def.abbreviation ?? def.name;
    const direction: MeasureDirection | null = scale.higherIs === 'better' ? 'higher-is-better' : scale.higherIs === 'worse' ? 'lower-is-better' : null;
    const labels = bandLabels(fn, def, scale, options);
    const english = options.locale === undefined || options.locale === 'en';
    const bandDefs = (scale.bands ?? []).map((b, k) => ({ ...b, label: labels[k] as string })).sort((a, b) => a.min - b.min);
    const range = scaleRange(def, scale);
    const bands = bandDefs.map((b, k) => {
      const next = bandDefs[k + 1];
      return Object.freeze({
        label: b.label,
        min: b.min,
        max: b.max,
        lower: b.min,
        upper: next && next.min > b.max && next.min - b.max <= 1 ? next.min : b.max,
      });
    });
    const pts: _Point[] = items.map(({ time, result }) => {
      const s = result.scales[scale.id];
      const value = s && typeof s.value === 'number' && Number.isFinite(s.value) ? s.value : null;
      // In English the result's own label, as always; with a pack, the label of the same band (by its limits), or none.
      const k = english ? -1 : bandIndex(scale.bands ?? [], s?.band);
      const band = english ? (s?.band?.label ?? null) : k < 0 ? null : (labels[k] as string);
      return Object.freeze({ time, value, band, flags: result.flags, result });
    });
    const measured = pts.filter((p) => p.value !== null);
    const first = measured[0] ?? null;
    const last = measured[measured.length - 1] ?? null;
    const nhs = Object.values(thresholds.measures).find((m) => m.instrumentIds.includes(def.id) && m.scale === scale.id);
    const nhsSource = `NHS Talking Therapies (formerly IAPT) thresholds, table "${thresholds.id}" ${thresholds.version}`;
    const cutoff = nhs ? Object.freeze({ value: nhs.casenessAtOrAbove, source: nhsSource, status: nhs.status.caseness }) : null;
    let rc: _Rc | null = null;
    let improvement: _Point | null = null;
    let deterioration: _Point | null = null;
    const jt = options.reliableChange?.[def.id];
    if (jt && direction) {
      const criterion = jt.criterion ?? 1.96;
      const base = reliableChange({ pre: 0, post: 0, sdPre: jt.sdPre, reliability: jt.reliability, direction, criterion });
      rc = Object.freeze({
        method: 'jacobson-truax-1991',
        points: base.minimumReliableChange,
        criterion,
        sdPre: jt.sdPre,
        reliability: jt.reliability,
        source: jt.source,
      });
      const tr = changeTrajectory(
        measured.map((p) => ({ at: p, value: p.value })),
        { direction, sdPre: jt.sdPre, reliability: jt.reliability, criterion },
      );
      improvement = tr.firstReliableImprovement?.at ?? null;
      deterioration = tr.firstReliableDeterioration?.at ?? null;
    } else if (nhs && first) {
      rc = Object.freeze({ method: 'points', points: nhs.reliableChangePoints, source: nhsSource });
      const f = first.value as number;
      improvement = measured.find((p) => f - (p.value as number) >= nhs.reliableChangePoints) ?? null;
      deterioration = measured.find((p) => (p.value as number) - f >= nhs.reliableChangePoints) ?? null;
    }
    series.push(
      Object.freeze({
        def,
        scale,
        name,
        label: t('chart.measure', { measure: name, scale: scale.id.replace(/_/g, ' ') }),
        range,
        bands,
        direction,
        cutoff,
        rc,
        points: pts,
        first,
        last,
        improvement,
        deterioration,
      }),
    );
  }
  return { times, series, numericTimes, thresholds };
}

/** The sentence of the aria-label for one series. */
export function _summary(s: _Series, numericTimes: boolean, t: _Text): string {
  const fmt = (p: _Point): string => (p.band ? t('chart.withBand', { value: num(p.value as number), band: p.band }) : num(p.value as number));
  const measured = s.points.filter((p) => p.value !== null);
  const unit = t(numericTimes ? 'chart.unitSessions' : 'chart.unitPoints');
  const parts: string[] = [];
  if (!s.first || !s.last) parts.push(t('chart.noValues', { measure: s.label }));
  else if (measured.length === 1) parts.push(t('chart.single', { measure: s.label, from: fmt(s.first), at: s.first.time.label }));
  else {
    const a = s.first.value as number;
    const b = s.last.value as number;
    const key = b < a ? 'chart.fell' : b > a ? 'chart.rose' : 'chart.stayed';
    parts.push(t(key, { measure: s.label, from: fmt(s.first), to: fmt(s.last), count: measured.length, unit }));
  }
  if (s.improvement) parts.push(t('chart.improvementFrom', { at: s.improvement.time.label }));
  if (s.deterioration) parts.push(t('chart.deteriorationFrom', { at: s.deterioration.time.label }));
  const flagged = s.points.filter((p) => p.flags.length > 0).map((p) => p.time.label);
  const unique = [...new Set(flagged)];
  if (unique.length > 0) parts.push(t(unique.length === 1 ? 'chart.flagAt' : 'chart.flagsAt', { at: unique.join(', ') }));
  return parts.join('; ');
}

/** A number as shown: at most two decimals, no trailing zeros. */
export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}
