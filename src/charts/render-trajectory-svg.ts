import { type _Picture, _picture, type _Series, _summary, num } from './_internal/series.js';
import { _escape } from './_internal/xml.js';
import { type _Text, _texts } from './strings.js';
import type { ChartOptions, ScoredTimePoint } from './types.js';

/**
 * The colours of the charts: the Okabe–Ito palette (Okabe, M., & Ito, K. (2008). Color Universal
 * Design (CUD): how to make figures and presentations that are friendly to colorblind people.
 * https://jfly.uni-koeln.de/color/), readable by people with the common colour-vision
 * deficiencies. No meaning rests on colour alone: bands carry text labels and a grey ramp,
 * markers differ in shape (circle, triangle up, triangle down, diamond with "!"), the cut-off is
 * dashed and the reliable-change range is hatched, so the chart also reads in greyscale.
 *
 * @example
 * ```ts
 * import { chartColours } from 'securebase/charts';
 * chartColours.flag; // => '#D55E00'
 * ```
 * @category Charts
 */
export const chartColours = /* @__PURE__ */ Object.freeze({
  /** The score line and its points: Okabe–Ito blue. */
  score: '#0072B2',
  /** Reliable improvement: Okabe–Ito bluish green. */
  improvement: '#009E73',
  /** Reliable deterioration: Okabe–Ito orange. */
  deterioration: '#E69F00',
  /** Risk flags: Okabe–Ito vermillion. */
  flag: '#D55E00',
  /** The reliable-change hatching: Okabe–Ito sky blue. */
  reliableChange: '#56B4E9',
  /** Text, axes and the cut-off line. */
  ink: '#000000',
  /** The page. */
  background: '#FFFFFF',
});

/**
 * The geometry of {@link renderTrajectorySvg}, so an app or a test can find a point: panel `p`
 * (0-based) starts at `y0 = titleHeight + p · panelHeight`; its plot area runs from
 * `y0 + panelTitleHeight + flagLaneHeight` down `plotHeight` pixels, and from `marginLeft` to
 * `width − marginRight`. Time point `i` of `n` sits at `marginLeft + i · plotWidth / (n − 1)`
 * (the middle when `n = 1`); a score `v` at `plotTop + plotHeight · (max − v) / (max − min)`,
 * where `min`–`max` is the scale's possible range. Flag markers sit in the flag lane, at
 * `y0 + panelTitleHeight + flagLaneHeight / 2`. Coordinates are rounded to 2 decimals.
 *
 * @example
 * ```ts
 * import { trajectoryChartLayout } from 'securebase/charts';
 * trajectoryChartLayout.plotHeight; // => 200
 * ```
 * @category Charts
 */
export const trajectoryChartLayout = /* @__PURE__ */ Object.freeze({
  width: 720,
  marginLeft: 56,
  marginRight: 184,
  titleHeight: 40,
  panelTitleHeight: 24,
  flagLaneHeight: 24,
  plotHeight: 200,
  axisHeight: 44,
  panelHeight: 292,
  legendHeight: 64,
});

const L = trajectoryChartLayout;
const C = chartColours;
const r2 = (v: number): number => Math.round(v * 100) / 100;
const a = (v: string | number): string => `"${_escape(String(v))}"`;

function ticks(min: number, max: number): number[] {
  const span = max - min;
  const raw = span / 6;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow) as number;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(r2(v));
  return out;
}

function panel(s: _Series, p: number, pic: _Picture, width: number, prefix: string, t: _Text): string {
  const y0 = L.titleHeight + p * L.panelHeight;
  const top = y0 + L.panelTitleHeight + L.flagLaneHeight;
  const bottom = top + L.plotHeight;
  const left = L.marginLeft;
  const right = width - L.marginRight;
  const plotW = right - left;
  const n = pic.times.length;
  const x = (i: number): number => r2(left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const { min, max } = s.range;
  const clamp = (v: number): number => Math.min(max, Math.max(min, v));
  const y = (v: number): number => r2(top + (L.plotHeight * (max - clamp(v))) / (max - min));
  const parts: string[] = [];
  parts.push(`<g data-role="panel" data-instrument=${a(s.def.id)} data-scale=${a(s.scale.id)}>`);
  parts.push(`<text x="${left}" y="${y0 + 16}" font-size="14" font-weight="bold">${_escape(s.label)}</text>`);
  // Bands: a grey ramp (darker = higher scores) and a direct label each.
  const nb = s.bands.length;
  s.bands.forEach((b, k) => {
    const grey = Math.round(nb === 1 ? 238 : 246 - (k * (246 - 206)) / (nb - 1));
    const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
    const yt = y(b.upper);
    const yb = y(b.lower);
    parts.push(
      `<rect data-role="band" data-band=${a(b.label)} data-min=${a(b.min)} data-max=${a(b.max)} x="${left}" y="${yt}" width="${r2(plotW)}" height="${r2(yb - yt)}" fill="${hex}"/>`,
    );
    parts.push(
      `<text data-role="band-label" x="${right + 8}" y="${r2((yt + yb) / 2 + 4)}" font-size="11">${_escape(`${b.label} (${num(b.min)}–${num(b.max)})`)}</text>`,
    );
  });
  // Axes and ticks.
  parts.push(`<rect x="${left}" y="${top}" width="${r2(plotW)}" height="${L.plotHeight}" fill="none" stroke="${C.ink}" stroke-width="1"/>`);
  for (const v of ticks(min, max)) {
    parts.push(`<line x1="${left - 4}" y1="${y(v)}" x2="${left}" y2="${y(v)}" stroke="${C.ink}"/>`);
    parts.push(`<text x="${left - 7}" y="${r2(y(v) + 4)}" text-anchor="end" font-size="11">${num(v)}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 10));
  pic.times.forEach((time, i) => {
    parts.push(`<line x1="${x(i)}" y1="${bottom}" x2="${x(i)}" y2="${bottom + 4}" stroke="${C.ink}"/>`);
    if (i % every === 0 || i === n - 1) parts.push(`<text x="${x(i)}" y="${bottom + 17}" text-anchor="middle" font-size="11">${_escape(time.label)}</text>`);
  });
  parts.push(`<text x="${r2(left + plotW / 2)}" y="${bottom + 36}" text-anchor="middle" font-size="11">${_escape(t('chart.axisTime'))}</text>`);
  parts.push(
    `<text transform="translate(14 ${r2(top + L.plotHeight / 2)}) rotate(-90)" text-anchor="middle" font-size="11">${_escape(t('chart.axisScore'))}</text>`,
  );
  // Reliable-change range around the first score.
  if (s.rc && s.first) {
    const f = s.first.value as number;
    const yt = y(f + s.rc.points);
    const yb = y(f - s.rc.points);
    parts.push(
      `<rect data-role="reliable-change" data-method=${a(s.rc.method)} data-from=${a(num(f - s.rc.points))} data-to=${a(num(f + s.rc.points))} x="${left}" y="${yt}" width="${r2(plotW)}" height="${r2(yb - yt)}" fill="url(#${prefix}-hatch)" stroke="${C.reliableChange}" stroke-dasharray="2 2"/>`,
    );
  }
  // The caseness cut-off.
  if (s.cutoff) {
    const yc = y(s.cutoff.value);
    parts.push(
      `<line data-role="cutoff" data-value=${a(s.cutoff.value)} x1="${left}" y1="${yc}" x2="${right}" y2="${yc}" stroke="${C.ink}" stroke-width="2" stroke-dasharray="8 4"/>`,
    );
    parts.push(
      `<text x="${left + 4}" y="${r2(yc - 5)}" font-size="11" font-weight="bold">${_escape(t('chart.cutoff', { value: num(s.cutoff.value) }))}</text>`,
    );
  }
  // Flag rules across the plot (behind the line), then the score line and points.
  const flagged = s.points.filter((pt) => pt.flags.length > 0);
  for (const pt of flagged) {
    parts.push(
      `<line data-role="flag-rule" data-at=${a(pt.time.key)} x1="${x(pt.time.index)}" y1="${top}" x2="${x(pt.time.index)}" y2="${bottom}" stroke="${C.flag}" stroke-width="1.5" stroke-dasharray="3 3"/>`,
    );
  }
  const measured = s.points.filter((pt) => pt.value !== null);
  if (measured.length > 1) {
    parts.push(
      `<polyline data-role="line" points="${measured.map((pt) => `${x(pt.time.index)},${y(pt.value as number)}`).join(' ')}" fill="none" stroke="${C.score}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
  }
  for (const pt of measured) {
    const v = pt.value as number;
    parts.push(
      `<circle data-role="point" data-instrument=${a(s.def.id)} data-at=${a(pt.time.key)} data-value=${a(num(v))} cx="${x(pt.time.index)}" cy="${y(v)}" r="4.5" fill="${C.score}" stroke="${C.background}" stroke-width="1.5"/>`,
    );
    parts.push(`<text x="${x(pt.time.index)}" y="${r2(y(v) - 9)}" text-anchor="middle" font-size="10">${num(v)}</text>`);
  }
  const mark = (role: string, pt: _Series['improvement'], d: string, fill: string): void => {
    if (!pt) return;
    parts.push(
      `<path data-role=${a(role)} data-at=${a(pt.time.key)} data-value=${a(num(pt.value as number))} transform="translate(${x(pt.time.index)} ${y(pt.value as number)})" d="${d}" fill="none" stroke="${fill}" stroke-width="3"/>`,
    );
  };
  mark('reliable-improvement', s.improvement, 'M0 -12 L11 8 L-11 8 Z', C.improvement);
  mark('reliable-deterioration', s.deterioration, 'M0 12 L11 -8 L-11 -8 Z', C.deterioration);
  // Flag markers, in their own lane above the plot, one per raised flag: never hidden.
  const lane = y0 + L.panelTitleHeight + L.flagLaneHeight / 2;
  for (const pt of flagged) {
    pt.flags.forEach((f, j) => {
      const fx = r2(x(pt.time.index) + (j - (pt.flags.length - 1) / 2) * 20);
      parts.push(
        `<g data-role="flag" data-flag=${a(f.id)} data-level=${a(f.level)} data-at=${a(pt.time.key)} transform="translate(${fx} ${lane})"><title>${_escape(`${f.level}: ${f.id} (${pt.time.label})`)}</title><path d="M0 -10 L10 0 L0 10 L-10 0 Z" fill="${C.flag}" stroke="${C.ink}" stroke-width="1"/><text y="4.5" text-anchor="middle" font-size="12" font-weight="bold" fill="${C.background}">!</text></g>`,
      );
    });
  }
  parts.push('</g>');
  return parts.join('');
}

function legend(yTop: number, width: number, prefix: string, t: _Text): string {
  const col = (width - 2 * L.marginLeft) / 3;
  const items: [string, string][] = [
    [
      `<line x1="0" y1="0" x2="24" y2="0" stroke="${C.score}" stroke-width="2.5"/><circle cx="12" cy="0" r="4.5" fill="${C.score}" stroke="${C.background}" stroke-width="1.5"/>`,
      t('chart.legendScore'),
    ],
    [`<path transform="translate(12 0)" d="M0 -8 L7 5 L-7 5 Z" fill="none" stroke="${C.improvement}" stroke-width="2.5"/>`, t('chart.legendImprovement')],
    [`<path transform="translate(12 0)" d="M0 8 L7 -5 L-7 -5 Z" fill="none" stroke="${C.deterioration}" stroke-width="2.5"/>`, t('chart.legendDeterioration')],
    [
      `<path transform="translate(12 0)" d="M0 -8 L8 0 L0 8 L-8 0 Z" fill="${C.flag}" stroke="${C.ink}"/><text x="12" y="4" text-anchor="middle" font-size="10" font-weight="bold" fill="${C.background}">!</text>`,
      t('chart.legendFlag'),
    ],
    [`<line x1="0" y1="0" x2="24" y2="0" stroke="${C.ink}" stroke-width="2" stroke-dasharray="8 4"/>`, t('chart.legendCutoff')],
    [`<rect x="0" y="-7" width="24" height="14" fill="url(#${prefix}-hatch)" stroke="${C.reliableChange}" stroke-dasharray="2 2"/>`, t('chart.legendRc')],
  ];
  return `<g data-role="legend">${items
    .map(([shape, label], k) => {
      const gx = r2(L.marginLeft + (k % 3) * col);
      const gy = yTop + 20 + Math.floor(k / 3) * 24;
      return `<g transform="translate(${gx} ${gy})">${shape}<text x="32" y="4" font-size="11">${_escape(label)}</text></g>`;
    })
    .join('')}</g>`;
}

/** @internal Renders the SVG of a built picture (shared with the progress report). */
export function _svg(pic: _Picture, options: ChartOptions, t: _Text): string {
  const width = typeof options.width === 'number' && Number.isFinite(options.width) ? Math.max(480, Math.round(options.width)) : L.width;
  const prefix = (options.idPrefix ?? 'sb-chart').replace(/[^A-Za-z0-9_-]/g, '_');
  const names = pic.series.map((s) => s.name);
  const measures = names.length <= 1 ? (names[0] ?? '') : t('chart.and', { a: names.slice(0, -1).join(', '), b: names[names.length - 1] as string });
  const title = options.title ?? (names.length === 0 ? t('chart.noData') : t('chart.title', { measures }));
  const summary = pic.series.length === 0 ? t('chart.noData') : `${pic.series.map((s) => _summary(s, pic.numericTimes, t)).join('. ')}.`;
  const desc: string[] = [summary];
  for (const s of pic.series) {
    desc.push(
      s.bands.length > 0
        ? t('chart.bandsDesc', { measure: s.label, bands: s.bands.map((b) => `${b.label} ${num(b.min)}–${num(b.max)}`).join(', ') })
        : t('chart.noBands', { measure: s.label }),
    );
    desc.push(
      s.cutoff ? t('chart.cutoffDesc', { measure: s.label, value: num(s.cutoff.value), source: s.cutoff.source }) : t('chart.noCutoff', { measure: s.label }),
    );
    if (!s.rc) desc.push(t('chart.noRc', { measure: s.label }));
    else if (s.rc.method === 'points') desc.push(t('chart.rcDesc', { points: num(s.rc.points), source: s.rc.source }));
    else desc.push(t('chart.rcDescJt', { points: num(s.rc.points), source: s.rc.source }));
  }
  desc.push(t('chart.flagDesc'));
  const panels = pic.series.length;
  const height = L.titleHeight + Math.max(1, panels) * L.panelHeight + L.legendHeight;
  const body =
    panels === 0
      ? `<text x="${L.marginLeft}" y="${L.titleHeight + 40}" font-size="13">${_escape(t('chart.noData'))}</text>`
      : pic.series.map((s, p) => panel(s, p, pic, width, prefix, t)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label=${a(summary)} font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="12" fill="${C.ink}">`,
    `<title>${_escape(title)}</title>`,
    `<desc>${_escape(desc.join(' '))}</desc>`,
    `<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${C.reliableChange}" stroke-width="2"/></pattern></defs>`,
    `<rect data-role="background" width="${width}" height="${height}" fill="${C.background}"/>`,
    `<text x="${L.marginLeft}" y="26" font-size="16" font-weight="bold">${_escape(title)}</text>`,
    body,
    legend(L.titleHeight + Math.max(1, panels) * L.panelHeight, width, prefix, t),
    '</svg>',
  ].join('\n');
}

/**
 * Renders a person's scores over time as a plain SVG string (no DOM, no dependency): one panel
 * per instrument, with its bands as labelled background areas, the caseness cut-off as a dashed
 * line (PHQ-9 ≥ 10, GAD-7 ≥ 8, from the NHS Talking Therapies table; a measure without a
 * published cut-off draws none and the `<desc>` says so), the reliable-change range around the
 * first score (hatched), the score line with its points, a triangle where reliable improvement
 * (▲) or deterioration (▼) was first reached, and a diamond with "!" on every time point whose
 * result raised a risk flag. No option hides a flag marker.
 *
 * Points are drawn in the order given (sort them first); several instruments share one time
 * axis. For apps and tests: points carry `data-at` and `data-value`, flag markers `data-flag`
 * (the flag id), `data-level` and `data-at`; bands `data-band`, the cut-off `data-value`, the
 * reliable-change range `data-from`/`data-to` (see {@link trajectoryChartLayout} for the
 * geometry). The `<svg>` has `role="img"`, an `aria-label` saying what the chart shows in words,
 * a `<title>` and a `<desc>`. Every text is XML-escaped. Colours: {@link chartColours}.
 *
 * Reliable change: the Jacobson & Truax (1991) index when you pass `reliableChange` for an
 * instrument (with the source of its SD and reliability); otherwise, for PHQ-9 and GAD-7, the
 * reliable-change points of the NHS Talking Therapies table; otherwise none. A chart supports a
 * clinician's judgement; it is not a diagnosis.
 *
 * Throws a `TypeError` for a point that is not `{ at, result }`, a `RangeError` for a result of
 * an unknown instrument, and a {@link ChartLocaleError} for a locale pack that lacks a string (for
 * band labels, which are each instrument's own wording, it names the `bandText` option that can
 * give the app's licensed labels instead; the Spanish pack ships none).
 *
 * @example
 * ```ts
 * import { phq9, score } from 'securebase';
 * import { renderTrajectorySvg } from 'securebase/charts';
 * const answers = [
 *   [2, 2, 2, 2, 2, 2, 2, 2, 1, 1],
 *   [2, 2, 1, 1, 2, 1, 1, 1, 0, 1],
 *   [1, 1, 1, 1, 1, 1, 1, 0, 0, 1],
 * ];
 * const svg = renderTrajectorySvg(answers.map((a, i) => ({ at: i + 1, result: score(phq9, a) })));
 * svg.startsWith('<svg'); // => true
 * svg.includes('data-flag="phq9-item9" data-level="urgent" data-at="1"'); // => true
 * svg.includes('aria-label="PHQ-9 total fell from 17 (Moderately severe) to 7 (Mild) over 3 sessions; reliable improvement from session 2; risk flag at session 1."'); // => true
 * ```
 * @category Charts
 */
export function renderTrajectorySvg(points: readonly ScoredTimePoint[], options: ChartOptions = {}): string {
  const t = _texts('renderTrajectorySvg', options.locale);
  return _svg(_picture('renderTrajectorySvg', points, options, t), options, t);
}
