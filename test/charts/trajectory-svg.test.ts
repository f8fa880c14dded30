import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ChartLocaleError, chartStrings, renderTrajectorySvg, type ScoredTimePoint, trajectoryChartLayout } from '../../src/charts/index.js';
import { defineInstrument, gad7, type InstrumentDefinition, maas, phq9, score } from '../../src/index.js';
import { demoResults } from './_demo.js';

type Node = Record<string, unknown>;

/** Parses the SVG (throws on malformed XML) and returns every element carrying `data-role`. */
function nodes(svg: string): Node[] {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseAttributeValue: false }).parse(svg) as Node;
  const out: Node[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      if (typeof (v as Node)['data-role'] === 'string') out.push(v as Node);
      Object.values(v).forEach(walk);
    }
  };
  walk(doc);
  return out;
}
const role = (ns: Node[], r: string): Node[] => ns.filter((n) => n['data-role'] === r);
const root = (svg: string): Node =>
  (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseAttributeValue: false }).parse(svg) as { svg: Node }).svg;

// The worked example: five sessions of PHQ-9 (18, 15, 10, 7, 5; item 9 = 1 at session 1) and
// GAD-7 (12, 11, 8, 5, 4), at the default width 720. By hand from the documented layout:
// plot x from 56 to 536 (480 px), sessions at 56, 176, 296, 416, 536. Panel 0 (PHQ-9, 0–27):
// plot from y = 40 + 24 + 24 = 88 to 288, y(v) = 88 + 200·(27 − v)/27. Panel 1 (GAD-7, 0–21):
// from y = 332 + 48 = 380 to 580, y(v) = 380 + 200·(21 − v)/21.
describe('renderTrajectorySvg: the worked example', () => {
  const svg = renderTrajectorySvg(demoResults());
  const ns = nodes(svg);

  it('is well-formed XML with role="img", an aria-label in words, a <title> and a <desc>', () => {
    const r = root(svg);
    expect(r.role).toBe('img');
    expect(r['aria-label']).toBe(
      'PHQ-9 total fell from 18 (Moderately severe) to 5 (Mild) over 5 sessions; reliable improvement from session 3; risk flag at session 1. ' +
        'GAD-7 total fell from 12 (Moderate) to 4 (Minimal) over 5 sessions; reliable improvement from session 3.',
    );
    expect(r.title).toBe('PHQ-9 and GAD-7 over time');
    expect(String(r.desc)).toContain('The dashed line is the caseness cut-off of PHQ-9 total: 10 or more');
    expect(String(r.desc)).toContain('a change of 6 points or more is reliable');
    expect(r.width).toBe('720');
    expect(r.height).toBe(String(40 + 2 * 292 + 64));
  });

  it('draws every point at its coordinates with data-at and data-value', () => {
    const pts = role(ns, 'point').map((p) => [p['data-instrument'], p['data-at'], p['data-value'], p.cx, p.cy]);
    expect(pts).toEqual([
      ['phq-9', '1', '18', '56', '154.67'],
      ['phq-9', '2', '15', '176', '176.89'],
      ['phq-9', '3', '10', '296', '213.93'],
      ['phq-9', '4', '7', '416', '236.15'],
      ['phq-9', '5', '5', '536', '250.96'],
      ['gad-7', '1', '12', '56', '465.71'],
      ['gad-7', '2', '11', '176', '475.24'],
      ['gad-7', '3', '8', '296', '503.81'],
      ['gad-7', '4', '5', '416', '532.38'],
      ['gad-7', '5', '4', '536', '541.9'],
    ]);
  });

  it('draws the bands of each measure as labelled areas', () => {
    const bands = role(ns, 'band').map((b) => [b['data-band'], b.y, b.height]);
    expect(bands.slice(0, 5)).toEqual([
      ['Minimal', '250.96', '37.04'], // 0 to 5
      ['Mild', '213.93', '37.03'], // 5 to 10 (heights are differences of the rounded ends)
      ['Moderate', '176.89', '37.04'], // 10 to 15
      ['Moderately severe', '139.85', '37.04'], // 15 to 20
      ['Severe', '88', '51.85'], // 20 to 27
    ]);
    expect(bands.slice(5).map((b) => b[0])).toEqual(['Minimal', 'Mild', 'Moderate', 'Severe']);
    expect(svg).toContain('>Moderately severe (15–19)</text>');
  });

  it('draws the caseness cut-offs (PHQ-9 10, GAD-7 8) and the reliable-change ranges around the first scores', () => {
    expect(role(ns, 'cutoff').map((c) => [c['data-value'], c.y1, c.y2])).toEqual([
      ['10', '213.93', '213.93'],
      ['8', '503.81', '503.81'],
    ]);
    // PHQ-9: 18 ± 6 → 12 to 24; GAD-7: 12 ± 4 → 8 to 16.
    expect(role(ns, 'reliable-change').map((r) => [r['data-method'], r['data-from'], r['data-to'], r.y, r.height])).toEqual([
      ['points', '12', '24', '110.22', '88.89'],
      ['points', '8', '16', '427.62', '76.19'],
    ]);
  });

  it('marks the first reliable improvement and the flagged session', () => {
    expect(role(ns, 'reliable-improvement').map((m) => [m['data-at'], m.transform])).toEqual([
      ['3', 'translate(296 213.93)'],
      ['3', 'translate(296 503.81)'],
    ]);
    expect(role(ns, 'reliable-deterioration')).toEqual([]);
    // The flag lane of panel 0 is at y = 40 + 24 + 12 = 76.
    expect(role(ns, 'flag').map((f) => [f['data-flag'], f['data-level'], f['data-at'], f.transform])).toEqual([
      ['phq9-item9', 'urgent', '1', 'translate(56 76)'],
    ]);
  });
});

describe('renderTrajectorySvg: other cases', () => {
  it('marks a reliable deterioration and says the score rose', () => {
    const svg = renderTrajectorySvg([
      { at: 'wk 1', result: score(phq9, [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]) },
      { at: 'wk 2', result: score(phq9, [2, 2, 2, 1, 1, 1, 1, 1, 0, 0]) },
    ]);
    const ns = nodes(svg);
    expect(role(ns, 'reliable-deterioration').map((m) => m['data-at'])).toEqual(['wk 2']);
    expect(root(svg)['aria-label']).toBe('PHQ-9 total rose from 5 (Mild) to 11 (Moderate) over 2 time points; reliable deterioration from wk 2.');
  });

  it('uses the Jacobson & Truax index when given one, with its source', () => {
    // sdPre 5, reliability 0.8: S_diff = √2 · 5 · √0.2 = 3.162; 1.96 · S_diff = 6.198 points.
    const svg = renderTrajectorySvg(demoResults(), { reliableChange: { 'phq-9': { sdPre: 5, reliability: 0.8, source: 'worked example' } } });
    const rc = role(nodes(svg), 'reliable-change')[0] as Node;
    expect([rc['data-method'], rc['data-from'], rc['data-to']]).toEqual(['jacobson-truax-1991', '11.8', '24.2']);
    expect(String(root(svg).desc)).toContain('a change of more than 6.2 points is reliable (Jacobson & Truax 1991; worked example)');
  });

  it('draws no cut-off and no reliable-change range for a measure without published ones, and says so', () => {
    const svg = renderTrajectorySvg([
      { at: 1, result: score(maas, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]) },
      { at: 2, result: score(maas, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]) },
    ]);
    const ns = nodes(svg);
    expect(role(ns, 'cutoff')).toEqual([]);
    expect(role(ns, 'reliable-change')).toEqual([]);
    expect(String(root(svg).desc)).toContain('has no published cut-off in securebase, so no cut-off line is drawn.');
    expect(String(root(svg).desc)).toContain('has no reliable-change index in securebase');
  });

  it('escapes every text: titles, time labels and labels of a custom instrument', () => {
    const odd = defineInstrument({
      id: 'odd',
      name: 'Odd <measure> & "co"',
      version: '1.0.0',
      citations: [{ text: 'Example.' }],
      licence: { summary: 'CC0', itemTextIncluded: false },
      responseScales: { default: { min: 0, max: 3, anchors: [{ value: 0, label: 'a' }] } },
      items: [{ number: 1, id: 'o1' }],
      scales: [{ id: 'total', label: 'Total', items: ['o1'], aggregate: 'sum', bands: [{ min: 0, max: 3, label: "<b>'x'</b> & y" }] }],
    } as const satisfies InstrumentDefinition);
    const pts: ScoredTimePoint[] = [{ at: '<script>&', result: score(odd, [2]) }];
    const svg = renderTrajectorySvg(pts, { instruments: [odd], title: 'A & B </svg>' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(root(svg).title).toBe('A & B </svg>'); // the parser decodes the entities
    expect(svg).toContain('<title>A &amp; B &lt;/svg&gt;</title>');
    expect(role(nodes(svg), 'point')[0]?.['data-at']).toBe('<script>&');
    expect(svg).toContain('data-at="&lt;script&gt;&amp;"');
  });

  it('draws nothing but says so for no points', () => {
    const svg = renderTrajectorySvg([]);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(root(svg)['aria-label']).toBe('No scores to show.');
  });

  it('refuses a locale pack that lacks a string, naming the option; uses a complete one', () => {
    const pack = { locale: 'xx', name: 'X', strings: { 'chart.title': 'T' } };
    expect(() => renderTrajectorySvg(demoResults(), { locale: pack })).toThrow(ChartLocaleError);
    try {
      renderTrajectorySvg(demoResults(), { locale: pack });
    } catch (e) {
      expect((e as ChartLocaleError).field).toBe('locale');
      expect((e as ChartLocaleError).missing).toContain('chart.axisTime');
    }
    const upper = Object.fromEntries(Object.entries(chartStrings).map(([k, v]) => [k, v.replace(/\b(fell|over|Score)\b/g, (w) => w.toUpperCase())]));
    // Band labels are the instruments' wording: a pack without them takes the app's (here the definitions' own).
    const bandText = Object.fromEntries([phq9, gad7].map((d) => [d.id, { total: d.scales[0]?.bands?.map((b) => b.label) ?? [] }]));
    const svg = renderTrajectorySvg(demoResults(), { locale: { locale: 'xx', name: 'X', strings: upper }, bandText });
    expect(root(svg)['aria-label']).toContain('PHQ-9 total FELL from 18');
    expect(svg).toContain('>SCORE</text>');
  });

  it('refuses input that is not scored time points, naming the point', () => {
    expect(() => renderTrajectorySvg([{ at: 1, result: null as never }])).toThrow('points[0] must be { at, result }');
    expect(() =>
      renderTrajectorySvg([{ at: 1, result: { ...score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), instrument: { id: 'nope', version: '1' } } }]),
    ).toThrow('points[0].result.instrument.id "nope" is not a built-in instrument');
  });

  it('keeps the layout it documents', () => {
    expect(trajectoryChartLayout.panelHeight).toBe(
      trajectoryChartLayout.panelTitleHeight + trajectoryChartLayout.flagLaneHeight + trajectoryChartLayout.plotHeight + trajectoryChartLayout.axisHeight,
    );
  });
});

describe('renderTrajectorySvg: properties', () => {
  // A made-up one-item measure that raises two flags at once (2 or more), to test stacked markers.
  const twoFlags = defineInstrument({
    id: 'two-flags',
    name: 'Two flags',
    version: '1.0.0',
    citations: [{ text: 'Test fixture.' }],
    licence: { summary: 'CC0', itemTextIncluded: false },
    responseScales: { default: { min: 0, max: 3, anchors: [{ value: 0, label: 'a' }] } },
    items: [{ number: 1, id: 't1' }],
    scales: [{ id: 'total', label: 'Total', items: ['t1'], aggregate: 'sum' }],
    flags: [
      { id: 'first', level: 'review', when: { item: 't1', min: 1 }, message: 'First.', clientMessage: 'First.' },
      { id: 'second', level: 'urgent', when: { item: 't1', min: 2 }, message: 'Second.', clientMessage: 'Second.' },
    ],
  } as const satisfies InstrumentDefinition);
  const answer = fc.integer({ min: 0, max: 3 });
  const phqAnswers = fc.tuple(
    fc.array(answer, { minLength: 8, maxLength: 8 }),
    fc.option(answer, { nil: null }), // item 9: blank raises a review flag, 1+ an urgent one
    fc.option(answer, { nil: null }),
  );
  const at = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.string({ maxLength: 8 }));
  const options = fc.record(
    {
      width: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1)),
      title: fc.string({ maxLength: 12 }),
      idPrefix: fc.string({ maxLength: 6 }),
      scales: fc.constantFrom({ 'phq-9': 'functioning' }, { 'phq-9': 'total' }),
    },
    { requiredKeys: [] },
  );

  it('every flagged time point has a flag marker (data-flag, data-at), whatever the options; the SVG stays well-formed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(at, phqAnswers, fc.option(answer, { nil: null })), { maxLength: 12 }), options, (raw, opts) => {
        const points = raw.flatMap(([a, [head, i9, i10], two]) => [
          { at: a, result: score(phq9, [...head, i9, i10]) },
          ...(two === null ? [] : [{ at: a, result: score(twoFlags, [two]) }]),
        ]);
        const svg = renderTrajectorySvg(points, { ...opts, instruments: [twoFlags] });
        const flags = role(nodes(svg), 'flag').map((f) => `${f['data-flag']}@${f['data-at']}`);
        for (const p of points) for (const f of p.result.flags) expect(flags).toContain(`${f.id}@${String(p.at)}`);
        expect(flags.length).toBe(points.reduce((n, p) => n + p.result.flags.length, 0));
      }),
    );
  });
});
