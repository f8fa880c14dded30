import type { InstrumentDefinition, ScoreResult } from '../../scoring/types.js';

interface ScaleStats {
  n: number;
  mean: number;
  m2: number;
  min: number | null;
  max: number | null;
  missing: number;
  bands: Record<string, number>;
}

/** The `--summary` of a run: per instrument and scale n, mean, SD, min, max and missing; band counts; flag counts by level. */
export interface RunSummary {
  observe(results: readonly ScoreResult[]): void;
  /** The summary as plain data (for `--summary-file`), with the row counts given. */
  data(rows: { read: number; scored: number; withErrors: number }): Record<string, unknown>;
  /** The summary as lines for stderr. */
  lines(rows: { read: number; scored: number; withErrors: number }): string[];
}

/** Starts a summary for the instruments of a run (streamed: constant memory, one pass, Welford's mean and variance). */
export function runSummary(defs: readonly InstrumentDefinition[]): RunSummary {
  const stats = defs.map((d) => new Map(d.scales.map((s) => [s.id, { n: 0, mean: 0, m2: 0, min: null, max: null, missing: 0, bands: {} } as ScaleStats])));
  const flags = defs.map(() => ({}) as Record<string, number>);
  const sd = (s: ScaleStats): number | null => (s.n < 2 ? null : Math.sqrt(s.m2 / (s.n - 1)));
  const data = (rows: { read: number; scored: number; withErrors: number }): Record<string, unknown> => ({
    rows,
    instruments: defs.map((d, k) => ({
      instrument: d.id,
      version: d.version,
      scales: [...(stats[k] as Map<string, ScaleStats>)].map(([id, s]) => ({
        scale: id,
        n: s.n,
        mean: s.n === 0 ? null : s.mean,
        sd: sd(s),
        min: s.min,
        max: s.max,
        missing: s.missing,
        bands: s.bands,
      })),
      flags: flags[k],
    })),
  });
  const fmt = (x: number | null): string => (x === null ? '–' : String(Math.round(x * 1000) / 1000));
  return {
    observe(results) {
      results.forEach((r, k) => {
        const m = stats[k];
        if (!m) return;
        for (const [id, s] of m) {
          const x = r.scales[id];
          const v = x?.value ?? null;
          if (v === null) {
            s.missing++;
            continue;
          }
          s.n++;
          const d = v - s.mean;
          s.mean += d / s.n;
          s.m2 += d * (v - s.mean);
          s.min = s.min === null || v < s.min ? v : s.min;
          s.max = s.max === null || v > s.max ? v : s.max;
          const band = x?.band?.label;
          if (band) s.bands[band] = (s.bands[band] ?? 0) + 1;
        }
        const f = flags[k] as Record<string, number>;
        for (const flag of r.flags) f[flag.level] = (f[flag.level] ?? 0) + 1;
      });
    },
    data,
    lines(rows) {
      const out = [`securebase score: summary: ${rows.read} rows read, ${rows.scored} scored, ${rows.withErrors} with errors`];
      defs.forEach((d, k) => {
        for (const [id, s] of stats[k] as Map<string, ScaleStats>) {
          const bands = Object.entries(s.bands)
            .map(([b, c]) => `${b} ${c}`)
            .join(', ');
          out.push(
            `  ${d.id} ${id}: n ${s.n}, mean ${fmt(s.n === 0 ? null : s.mean)}, SD ${fmt(sd(s))}, min ${fmt(s.min)}, max ${fmt(s.max)}, missing ${s.missing}${bands ? `; bands: ${bands}` : ''}`,
          );
        }
        const f = Object.entries(flags[k] as Record<string, number>);
        out.push(`  ${d.id} flags: ${f.length === 0 ? 'none' : f.map(([level, c]) => `${level} ${c}`).join(', ')}`);
      });
      return out;
    },
  };
}
