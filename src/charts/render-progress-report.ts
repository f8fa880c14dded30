import { clinicalSignificance } from '../outcomes/clinical-significance.js';
import { jacobsonTruax1991 } from '../outcomes/sources.js';
import { type NhsTrajectoryPoint, nhsTalkingTherapiesTrajectory } from '../outcomes/trajectory.js';
import type { TreatmentPlan } from '../planning/treatment-plan.js';
import type { ScoreResult } from '../scoring/types.js';
import { _citation, type _Picture, type _Point, _picture, type _Series, _summary, num } from './_internal/series.js';
import { _escape } from './_internal/xml.js';
import { _svg } from './render-trajectory-svg.js';
import { type _Text, _texts } from './strings.js';
import type { ChartOptions, ScoredTimePoint } from './types.js';

/**
 * The person a progress report is about: a name or id to show (optional), their scored results
 * over time, and their treatment plan (optional; its next steps are listed).
 *
 * @example
 * ```ts
 * const person: ProgressReportPerson = { name: 'A. B.', results: [] };
 * ```
 * @category Charts
 */
export interface ProgressReportPerson {
  /** What to call the person in the heading (a name, initials or a record id). */
  readonly name?: string;
  /** Their scored results over time, in time order. */
  readonly results: readonly ScoredTimePoint[];
  /** Their treatment plan, when there is one. */
  readonly plan?: TreatmentPlan;
}

/**
 * Options of {@link renderProgressReport}: those of the chart, plus the format and the next
 * session of the plan.
 *
 * @example
 * ```ts
 * const o: ProgressReportOptions = { format: 'html', nextSession: 6 };
 * ```
 * @category Charts
 */
export interface ProgressReportOptions extends ChartOptions {
  /** `'markdown'` (default) or `'html'` (a whole page, the chart as inline SVG). */
  readonly format?: 'markdown' | 'html';
  /** The plan's session whose phase and measures are "next"; default the largest numeric `at` plus 1, else the number of time points plus 1. */
  readonly nextSession?: number;
}

type Block =
  | { readonly kind: 'h'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'p'; readonly text: string; readonly strong?: boolean }
  | { readonly kind: 'ul'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'svg'; readonly svg: string; readonly alt: string };

const NHS_IDS = { phq9: 'phq9', gad7: 'gad7' } as const;

function flagBlocks(pic: _Picture, t: _Text): Block[] {
  const current: string[] = [];
  const earlier: string[] = [];
  for (const s of pic.series) {
    const lastIndex = s.points.length - 1;
    s.points.forEach((p, k) => {
      for (const f of p.flags) {
        const line = t('report.flagLine', { level: f.level, measure: s.name, flag: f.id, at: p.time.label, message: f.message });
        (k === lastIndex ? current : earlier).push(line);
      }
    });
  }
  const out: Block[] = [{ kind: 'h', level: 2, text: t('report.currentFlags') }];
  out.push(current.length > 0 ? { kind: 'ul', items: current } : { kind: 'p', text: t('report.noCurrentFlags') });
  if (earlier.length > 0) out.push({ kind: 'h', level: 3, text: t('report.earlierFlags') }, { kind: 'ul', items: earlier });
  return out;
}

function measureBlocks(s: _Series, t: _Text): Block[] {
  const out: Block[] = [{ kind: 'h', level: 3, text: s.label }];
  const first = s.first?.value ?? null;
  out.push({
    kind: 'table',
    head: [t('report.colAt'), t('report.colScore'), t('report.colBand'), t('report.colChange'), t('report.colFlags')],
    rows: s.points.map((p) => [
      p.time.label,
      p.value === null ? t('report.notScored') : num(p.value),
      p.band ?? '',
      p.value === null || first === null ? '' : `${p.value - first > 0 ? '+' : ''}${num(p.value - first)}`,
      p.flags.map((f) => `${f.level}: ${f.id}`).join(', '),
    ]),
  });
  const items: string[] = [];
  const at = (p: _Point | null): string => p?.time.label ?? '';
  if (!s.rc || !s.first || !s.last) items.push(`${t('report.reliableChange')}: ${t('report.rcNotComputed', { measure: s.label })}`);
  else {
    const v = {
      first: num(s.first.value as number),
      last: num(s.last.value as number),
      at: at(s.improvement ?? s.deterioration),
      imp: at(s.improvement),
      det: at(s.deterioration),
    };
    const key =
      s.improvement && s.deterioration ? 'report.rcBoth' : s.improvement ? 'report.rcImproved' : s.deterioration ? 'report.rcDeteriorated' : 'report.rcNone';
    items.push(`${t('report.reliableChange')}: ${t(key, v)}`);
    items.push(
      s.rc.method === 'points'
        ? t('report.rcRule', { points: num(s.rc.points), source: s.rc.source })
        : t('report.rcRuleJt', { criterion: num(s.rc.criterion), points: num(s.rc.points), source: `${s.rc.source}; ${_citation(jacobsonTruax1991)}` }),
    );
  }
  if (s.cutoff) items.push(t('report.cutoffLine', { value: num(s.cutoff.value), source: `${s.cutoff.source} (${s.cutoff.status})` }));
  else items.push(t('chart.noCutoff', { measure: s.label }));
  if (s.rc?.method === 'jacobson-truax-1991' && s.cutoff && s.first && s.last && s.direction && s.first !== s.last) {
    const cs = clinicalSignificance({
      pre: s.first.value as number,
      post: s.last.value as number,
      sdPre: s.rc.sdPre,
      reliability: s.rc.reliability,
      criterion: s.rc.criterion,
      direction: s.direction,
      // Caseness is "at or above"; J&T's cut-off is a boundary between the two sides: a score
      // below the caseness value is on the functional side.
      cutoff: s.direction === 'lower-is-better' ? s.cutoff.value - 0.5 : s.cutoff.value + 0.5,
    });
    const category = t(`report.cs${cs.category[0]?.toUpperCase()}${cs.category.slice(1)}` as 'report.csRecovered');
    items.push(`${t('report.clinicalSignificance')}: ${t('report.csCategory', { category, cutoff: `${num(s.cutoff.value)}` })}`);
  } else items.push(`${t('report.clinicalSignificance')}: ${t('report.csNotComputed', { measure: s.label })}`);
  out.push({ kind: 'ul', items });
  return out;
}

function nhsBlocks(pic: _Picture, t: _Text): Block[] {
  const ids = pic.thresholds.measures;
  const phq = pic.series.find((s) => ids.phq9.instrumentIds.includes(s.def.id));
  const gad = pic.series.find((s) => ids.gad7.instrumentIds.includes(s.def.id));
  if (!phq || !gad) return [];
  const byTime = new Map<number, { phq9?: ScoreResult; gad7?: ScoreResult }>();
  for (const [k, s] of [
    [NHS_IDS.phq9, phq],
    [NHS_IDS.gad7, gad],
  ] as const) {
    for (const p of s.points) {
      const e = byTime.get(p.time.index) ?? {};
      e[k] = p.result;
      byTime.set(p.time.index, e);
    }
  }
  const points: NhsTrajectoryPoint<number>[] = [...byTime.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([i, e]) => ({ at: i, phq9: e.phq9 ?? null, gad7: e.gad7 ?? null }));
  const tr = nhsTalkingTherapiesTrajectory(points, pic.thresholds);
  const label = (i: number | undefined): string => (i === undefined ? '' : (pic.times[i]?.label ?? ''));
  const out: Block[] = [{ kind: 'h', level: 2, text: t('report.nhs') }];
  const o = tr.outcome;
  if (!o || !tr.first || !tr.last) out.push({ kind: 'p', text: t('report.nhsTooFew') });
  else if (o.kind === 'not-assessable') out.push({ kind: 'p', text: t('report.nhsNotAssessable', { reasons: o.missing.map((m) => m.reason).join('; ') }) });
  else {
    const yn = (b: boolean): string => t(b ? 'report.yes' : 'report.no');
    const na = (v: string, yes: string): string => (v === 'not-applicable' ? t('report.notApplicable') : yn(v === yes));
    out.push({ kind: 'p', text: t('report.nhsIntro', { first: label(tr.first.at), last: label(tr.last.at) }) });
    out.push({
      kind: 'ul',
      items: [
        t('report.nhsCaseAtStart', { value: yn(o.caseAtStart) }),
        t('report.nhsReliableImprovement', { value: yn(o.reliableImprovement) }),
        t('report.nhsReliableDeterioration', { value: yn(o.reliableDeterioration) }),
        t('report.nhsRecovery', { value: na(o.recovery, 'recovered') }),
        t('report.nhsReliableRecovery', { value: na(o.reliableRecovery, 'reliably-recovered') }),
      ],
    });
  }
  const status = pic.thresholds.status;
  out.push({ kind: 'p', text: t('report.nhsStatus', { status: `${status.recovery}; ${status.reliableRecovery}; ${status.combination}` }) });
  return out;
}

function planBlocks(plan: TreatmentPlan, session: number, t: _Text): Block[] {
  const items: string[] = [];
  if (plan.safetyFirst && plan.safetyActions.length > 0) items.push(t('report.safetyFirst', { actions: plan.safetyActions.map((x) => x.title).join('; ') }));
  const phase = plan.phases.find((p) => session >= p.firstSession && session <= p.lastSession) ?? plan.phases[plan.phases.length - 1];
  if (phase) items.push(t('report.phase', { session, title: phase.title, goals: phase.goals.join('; ') }));
  if (plan.techniques.length > 0) items.push(t('report.techniques', { techniques: plan.techniques.map((x) => x.name).join(', ') }));
  const due = plan.measurementSchedule.filter((m) => m.sessions.includes(session)).map((m) => m.instrument);
  items.push(due.length > 0 ? t('report.measuresDue', { session, measures: [...new Set(due)].join(', ') }) : t('report.noMeasuresDue', { session }));
  return [
    { kind: 'h', level: 2, text: t('report.nextSteps') },
    { kind: 'ul', items },
  ];
}

function sourceBlocks(pic: _Picture, t: _Text): Block[] {
  const sources = new Set<string>();
  for (const s of pic.series) {
    for (const c of s.def.citations) sources.add(_citation(c));
    if (s.rc?.method === 'jacobson-truax-1991') {
      sources.add(_citation(jacobsonTruax1991));
      sources.add(s.rc.source);
    }
  }
  if (pic.series.some((s) => s.cutoff || s.rc?.method === 'points')) for (const c of pic.thresholds.citations) sources.add(_citation(c));
  sources.add(
    'Okabe, M., & Ito, K. (2008). Color Universal Design (CUD): how to make figures and presentations that are friendly to colorblind people. https://jfly.uni-koeln.de/color/',
  );
  return [
    { kind: 'h', level: 2, text: t('report.sources') },
    { kind: 'ul', items: [...sources] },
  ];
}

const md = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');

function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks
    .map((b) => {
      switch (b.kind) {
        case 'h':
          return `${'#'.repeat(b.level)} ${md(b.text)}`;
        case 'p':
          return b.strong ? `**${md(b.text)}**` : md(b.text);
        case 'ul':
          return b.items.map((i) => `- ${md(i)}`).join('\n');
        case 'table':
          return [`| ${b.head.map(md).join(' | ')} |`, `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join(
            '\n',
          );
        case 'svg':
          return md(b.alt);
      }
      return '';
    })
    .join('\n\n')}\n`;
}

const e = _escape;

function toHtml(blocks: readonly Block[], title: string, lang: string): string {
  const body = blocks
    .map((b) => {
      switch (b.kind) {
        case 'h':
          return `<h${b.level}>${e(b.text)}</h${b.level}>`;
        case 'p':
          return b.strong ? `<p><strong>${e(b.text)}</strong></p>` : `<p>${e(b.text)}</p>`;
        case 'ul':
          return `<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
        case 'table':
          return `<table><thead><tr>${b.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
        case 'svg':
          return `<figure>${b.svg}</figure>`;
      }
      return '';
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8" />
<title>${e(title)}</title>
<style>body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#000;background:#fff;margin:24px;max-width:760px}figure{margin:16px 0}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #777;padding:4px 8px;text-align:left}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Renders a progress report for one person, as Markdown (default) or a whole HTML page with the
 * chart inline as SVG: the statement that it supports a clinician's judgement and is not a
 * diagnosis; the current flags first (those on each measure's latest result; earlier ones after);
 * the measures over time (the chart of {@link renderTrajectorySvg}, its summary in words, and a
 * table per measure); reliable change and clinical significance with their sources; the NHS
 * Talking Therapies outcomes (recovery, reliable improvement, reliable recovery) when PHQ-9 and
 * GAD-7 are both given; the plan's next steps when a plan is given; and the sources.
 *
 * Clinical significance (Jacobson & Truax 1991) is computed only when the measure has a cut-off
 * and you pass its reliable change index (`reliableChange`, with its source); otherwise the
 * report says why not. Throws as {@link renderTrajectorySvg} does.
 *
 * @example
 * ```ts
 * import { gad7, phq9, score } from 'securebase';
 * import { renderProgressReport } from 'securebase/charts';
 * const results = [
 *   { at: 1, result: score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 1, 1]) },
 *   { at: 1, result: score(gad7, [2, 2, 2, 1, 1, 2, 1, 1]) },
 *   { at: 2, result: score(phq9, [1, 1, 1, 1, 1, 1, 1, 0, 0, 1]) },
 *   { at: 2, result: score(gad7, [1, 1, 1, 1, 0, 1, 0, 0]) },
 * ];
 * const md = renderProgressReport({ name: 'A. B.', results });
 * md.startsWith('# Progress report: A. B.'); // => true
 * md.includes('Reliable recovery: yes'); // => true
 * md.includes("This report supports a clinician's judgement. It is not a diagnosis."); // => true
 * ```
 * @category Charts
 */
export function renderProgressReport(person: ProgressReportPerson, options: ProgressReportOptions = {}): string {
  const fn = 'renderProgressReport';
  const t = _texts(fn, options.locale);
  if (typeof person !== 'object' || person === null) throw new TypeError(`${fn}: person must be { name?, results, plan? }.`);
  const pic = _picture(fn, person.results, options, t);
  const title = person.name ? t('report.title', { person: person.name }) : t('report.titleNoName');
  const blocks: Block[] = [
    { kind: 'h', level: 1, text: title },
    { kind: 'p', text: t('report.notDiagnosis'), strong: true },
  ];
  blocks.push(...flagBlocks(pic, t));
  blocks.push({ kind: 'h', level: 2, text: t('report.measures') });
  const summary = pic.series.length === 0 ? t('chart.noData') : `${pic.series.map((s) => _summary(s, pic.numericTimes, t)).join('. ')}.`;
  if (options.format === 'html') blocks.push({ kind: 'svg', svg: _svg(pic, options, t), alt: summary });
  else blocks.push({ kind: 'p', text: summary });
  for (const s of pic.series) blocks.push(...measureBlocks(s, t));
  blocks.push(...nhsBlocks(pic, t));
  if (person.plan) {
    const numeric = pic.times.map((x) => x.at).filter((x): x is number => typeof x === 'number');
    const next = options.nextSession ?? (numeric.length === pic.times.length && numeric.length > 0 ? Math.max(...numeric) + 1 : pic.times.length + 1);
    blocks.push(...planBlocks(person.plan, next, t));
  }
  blocks.push(...sourceBlocks(pic, t));
  blocks.push({ kind: 'p', text: t('report.notDiagnosis'), strong: true });
  return options.format === 'html'
    ? toHtml(blocks, title, options.locale === undefined || options.locale === 'en' ? 'en' : options.locale.locale)
    : toMarkdown(blocks);
}
