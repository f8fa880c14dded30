/**
 * Conformance with the R golden vectors in /work/shared/conformance/r (see GOLDEN.md there).
 * The folder is resolved as ../shared relative to the repository root. Outside CI these tests
 * skip (with a printed reason) when it is absent; with CI set they run and fail loudly.
 */
import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../../src/index.js';
import { clinicalCutoffs, cronbachAlpha, summarizeChange } from '../../src/outcomes/index.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { readCsv, skipR } from './_conformance.js';

describe('clinicalsignificance (pedscience/clinicalsignificance @ 863dc77) on claus_2020, HAMD, time 1 → 4', () => {
  const load = () => {
    const rows = readCsv('data/clinicalsignificance-claus_2020.csv');
    const byId = new Map<number, { pre?: number | null; post?: number | null }>();
    for (const r of rows) {
      const id = r.id as number;
      const e = byId.get(id) ?? {};
      if (r.time === 1) e.pre = r.hamd as number | null;
      if (r.time === 4) e.post = r.hamd as number | null;
      byId.set(id, e);
    }
    return [...byId].map(([id, e]) => ({ id, pre: e.pre, post: e.post }));
  };

  it.skipIf(skipR)('cs_distribution(..., reliability = 0.8, rci_method = "JT"): n 40, Improved 29, Unchanged 10, Deteriorated 1', () => {
    const pairs = load();
    const s = summarizeChange(pairs, { reliability: 0.8, direction: 'lower-is-better' });
    expect(s.n).toBe(40);
    // GOLDEN.md (independent base-R computation): sd_pre = 3.340121, s_diff = 2.112478.
    expect(s.sdPre).toBeCloseTo(3.340121, 6);
    expect(s.sDiff).toBeCloseTo(2.112478, 6);
    expect(s.counts).toEqual({ recovered: null, improved: 29, unchanged: 10, deteriorated: 1, nonReliablyRecovered: null });
    // Nothing dropped silently: every other id is listed with its reason.
    expect(s.n + s.excluded.length).toBe(pairs.length);
    expect(s.excluded.every((x) => x.reason.startsWith('missing-'))).toBe(true);
  });

  it.skipIf(skipR)('the same with qnorm(0.975) as the criterion (what the package uses) gives the same counts', () => {
    const s = summarizeChange(load(), { reliability: 0.8, direction: 'lower-is-better', criterion: 1.959963984540054 });
    expect([s.counts.improved, s.counts.unchanged, s.counts.deteriorated]).toEqual([29, 10, 1]);
  });

  it.skipIf(skipR)(
    'cs_combined(..., m_functional = 8, sd_functional = 8, cutoff_type = "c"): Recovered 26, Improved 3, Unchanged 10, Deteriorated 1, Harmed 0',
    () => {
      const pairs = load();
      const first = summarizeChange(pairs, { reliability: 0.8, direction: 'lower-is-better' });
      // As cs_combined: the dysfunctional norm is the pre-treatment sample (mean and SD of the 40 used).
      const used = first.people.map((p) => p.change.pre);
      const mean = used.reduce((a, b) => a + b, 0) / used.length;
      const cut = clinicalCutoffs({ dysfunctional: { mean, sd: first.sdPre }, functional: { mean: 8, sd: 8 }, direction: 'lower-is-better' });
      const s = summarizeChange(pairs, { reliability: 0.8, direction: 'lower-is-better', cutoff: cut.c as number });
      expect(s.counts.recovered).toBe(26);
      expect(s.counts.improved).toBe(3);
      expect(s.counts.unchanged).toBe(10);
      // Our "deteriorated" is their Deteriorated + Harmed (1 + 0); "harmed" is the crossedIntoDysfunction flag.
      expect(s.counts.deteriorated).toBe(1);
      expect(s.people.filter((p) => p.clinical?.crossedIntoDysfunction).length).toBe(0);
    },
  );
});

describe('Jacobson & Truax (1991) Table 2, Dyadic Adjustment Scale (via AWKruijt/JT-RCI), higher is better, reliability .84, criterion a', () => {
  // No published per-couple categories could be found (the article's body and JT-RCI's rendered
  // README were not readable; searched docs, pages and code). So these tests check our functions
  // against an independent, straightforward computation written here, plus hand-checked couples.
  const load = () => readCsv('JT1991-table2-DAS.csv').map((r) => ({ id: r.ppid as number, pre: r.pre as number, post: r.post as number }));

  it.skipIf(skipR)('has the 30 couples of Table 2', () => {
    expect(load()).toHaveLength(30);
  });

  it.skipIf(skipR)('matches an independent computation of every RCI and category', () => {
    const das = load();
    // Independent computation: two-pass mean and SD, J&T formulas, JT-RCI's criterion A from the baseline sample.
    const n = das.length;
    const mean = das.reduce((a, r) => a + r.pre, 0) / n;
    const sd = Math.sqrt(das.reduce((a, r) => a + (r.pre - mean) ** 2, 0) / (n - 1));
    const sdiff = Math.sqrt(2) * sd * Math.sqrt(1 - 0.84);
    const critA = mean + 2 * sd;
    const expected = das.map((r) => {
      const rci = (r.post - r.pre) / sdiff;
      const cat = rci > 1.96 ? (r.pre < critA && r.post > critA ? 'recovered' : 'improved') : rci < -1.96 ? 'deteriorated' : 'unchanged';
      return { rci, cat };
    });

    const cut = clinicalCutoffs({ dysfunctional: { mean, sd }, direction: 'higher-is-better' });
    expect(cut.a).toBeCloseTo(critA, 10);
    const s = summarizeChange(das, { reliability: 0.84, direction: 'higher-is-better', cutoff: cut.a });
    expect(s.sdPre).toBeCloseTo(sd, 10);
    expect(s.people).toHaveLength(30);
    s.people.forEach((p, i) => {
      expect(p.change.rci).toBeCloseTo(expected[i]?.rci as number, 10);
      expect(p.clinical?.category).toBe(expected[i]?.cat);
    });
    expect(s.counts).toEqual({ recovered: 10, improved: 8, unchanged: 11, deteriorated: 1, nonReliablyRecovered: 0 });
  });

  it.skipIf(skipR)('hand-checked couples: 2 (74 → 124) recovered, 29 (80 → 60.5) deteriorated, 18 (88 → 100.5) unchanged', () => {
    // Baseline: mean 81.5833, SD 11.8257; S_diff = √2 · 11.8257 · √0.16 = 6.6896; criterion a = 105.2347.
    const s = summarizeChange(load(), { reliability: 0.84, direction: 'higher-is-better', cutoff: 105.2347 });
    expect(s.sDiff).toBeCloseTo(6.6896, 4);
    const byId = new Map(s.people.map((p) => [p.id, p]));
    expect(byId.get(2)?.change.rci).toBeCloseTo(50 / 6.6896, 3);
    expect(byId.get(2)?.clinical?.category).toBe('recovered');
    expect(byId.get(29)?.change.rci).toBeCloseTo(-19.5 / 6.6896, 3);
    expect(byId.get(29)?.clinical?.category).toBe('deteriorated');
    expect(byId.get(18)?.change.rci).toBeCloseTo(12.5 / 6.6896, 3);
    expect(byId.get(18)?.clinical?.category).toBe('unchanged');
  });
});

/** A small ad-hoc definition of psych's bfi items (1–6), keyed as psych's bfi.keys. */
const items = ['A', 'C', 'E', 'N', 'O'].flatMap((f) => [1, 2, 3, 4, 5].map((i) => `${f}${i}`));
const scale = (id: string, f: string, reversed: readonly string[]) => ({
  id,
  label: id,
  items: [1, 2, 3, 4, 5].map((i) => `${f}${i}`),
  reversed,
  aggregate: 'mean' as const,
});
const bfi = defineInstrument({
  id: 'bfi-test',
  name: 'psych bfi (test fixture)',
  version: '0.0.0',
  citations: [{ text: 'Revelle, W. psych R package, data set bfi (test fixture only).' }],
  licence: { summary: 'test fixture', itemTextIncluded: false },
  responseScales: {
    default: {
      min: 1,
      max: 6,
      anchors: [
        { value: 1, label: 'Very inaccurate' },
        { value: 6, label: 'Very accurate' },
      ],
    },
  },
  items: items.map((id, i) => ({ number: i + 1, id })),
  scales: [
    scale('agree', 'A', ['A1']),
    scale('conscientious', 'C', ['C4', 'C5']),
    scale('extraversion', 'E', ['E1', 'E2']),
    scale('neuroticism', 'N', []),
    scale('openness', 'O', ['O2', 'O5']),
  ],
} as const satisfies InstrumentDefinition);

describe('psych (cran/psych @ 9e32544; Debian r-cran-psych 2.2.9) on bfi', () => {
  const load = () => readCsv('data/psych-bfi-items.csv');

  it.skipIf(skipR)('alpha(bfi[, 1:5], keys = "A1") raw_alpha = 0.7030184 (pairwise covariances, as psych)', () => {
    const r = cronbachAlpha(bfi, load(), { scale: 'agree', missing: 'pairwise' });
    expect(r.alpha).toBeCloseTo(0.7030184, 7);
    expect(r.rows).toBe(2800);
    expect(r.items.find((i) => i.id === 'A1')?.reversed).toBe(true);
  });

  it.skipIf(skipR)('scoreItems(bfi.keys, ...)$alpha for the other four scales (pairwise)', () => {
    const rows = load();
    const got = Object.fromEntries(
      (['conscientious', 'extraversion', 'neuroticism', 'openness'] as const).map((s) => [
        s,
        cronbachAlpha(bfi, rows, { scale: s, missing: 'pairwise' }).alpha,
      ]),
    );
    expect(got.conscientious).toBeCloseTo(0.7267, 4);
    expect(got.extraversion).toBeCloseTo(0.7617, 4);
    expect(got.neuroticism).toBeCloseTo(0.814, 3);
    expect(got.openness).toBeCloseTo(0.6002, 4);
  });

  it.skipIf(skipR)('listwise excludes and reports every row with a missing agreeableness item, and differs slightly from psych', () => {
    const rows = load();
    const r = cronbachAlpha(bfi, rows, { scale: 'agree', missing: 'listwise' });
    const incomplete = rows.filter((row) => ['A1', 'A2', 'A3', 'A4', 'A5'].some((a) => row[a] === null)).length;
    expect(r.excluded).toHaveLength(incomplete);
    expect(r.used + r.excluded.length).toBe(2800);
    expect(r.excluded.every((x) => x.reason === 'missing-items' && x.items.length > 0)).toBe(true);
    expect(r.incomplete).toBe(0);
    expect(r.alpha).not.toBeCloseTo(0.7030184, 4);
    expect(r.alpha).toBeGreaterThan(0.69);
    expect(r.alpha).toBeLessThan(0.72);
  });
});
