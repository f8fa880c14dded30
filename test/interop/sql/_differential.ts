// Shared by the differential tests: generated rows as text cells, what `score` says about each row,
// and a comparison of every output column of the generated query.
import { cellValue, NOT_A_NUMBER } from '../../../src/cli/score/values.js';
import { safeScore } from '../../../src/scoring/score.js';
import type { InstrumentDefinition, ScoreOptions } from '../../../src/scoring/types.js';

/** A small seeded generator (mulberry32): the rows are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = ['x', 'two', '1e0', 'NaN', 'Infinity', '0x1', '1,5', '-', '+', '.', '1.2.3', '3 4', "it's", 'a"b', '\\'];
const BLANK = [null, null, '', '  ', '\t'];

/** One cell of a value on the scale, in one of the spellings the CLI reads as that number. */
function spell(v: number, r: () => number): string {
  const p = r();
  if (p < 0.7) return String(v);
  if (p < 0.8) return ` ${v} `;
  if (p < 0.87) return Number.isInteger(v) ? `${v}.0` : `${v}0`;
  if (p < 0.93) return v >= 0 ? `+${v}` : String(v);
  return `${v}\t`;
}

/**
 * Rows of text cells (null = SQL NULL), one per row, one cell per item: mostly valid and complete,
 * some with blanks, some with an answer off the scale (out of range, fractional, text).
 */
export function generateRows(def: InstrumentDefinition, count: number, seed: number): (string | null)[][] {
  const r = prng(seed);
  const rows: (string | null)[][] = [];
  for (let k = 0; k < count; k++) {
    const mode = r();
    const row = def.items.map((it) => {
      const rs = def.responseScales[it.responseScale ?? 'default'];
      if (!rs) throw new Error('no scale');
      const step = rs.step ?? 1;
      const steps = Math.round((rs.max - rs.min) / step);
      const value = rs.min + Math.floor(r() * (steps + 1)) * step;
      if (mode >= 0.55 && mode < 0.85 && r() < 0.2) return BLANK[Math.floor(r() * BLANK.length)] as string | null;
      if (mode >= 0.85 && r() < 0.15) {
        const p = r();
        if (p < 0.3) return String(r() < 0.5 ? rs.max + step : rs.min - step);
        if (p < 0.45) return String(r() < 0.5 ? 99 : -1e6);
        if (p < 0.7) return String(value + step / 2 === rs.max + step / 2 ? value - step / 2 : value + step / 2);
        return TEXT[Math.floor(r() * TEXT.length)] as string;
      }
      return spell(value, r);
    });
    rows.push(row);
  }
  return rows;
}

/** What a row's output columns must hold, from `score` on the same cells read as the CLI reads them. */
export function expectedRow(
  def: InstrumentDefinition,
  cells: readonly (string | null)[],
  options: ScoreOptions | undefined,
  withProrated: boolean,
): Record<string, unknown> {
  const answers = cells.map((c) => {
    if (c === null) return null;
    const v = cellValue(c, null);
    return v === NOT_A_NUMBER ? c : v;
  });
  const res = safeScore(def, answers, options);
  const out: Record<string, unknown> = {};
  if (!res.ok) {
    for (const s of def.scales) {
      out[s.id] = null;
      out[`${s.id}_band`] = null;
      out[`${s.id}_answered`] = null;
      if (withProrated) out[`${s.id}_prorated`] = null;
    }
    for (const d of def.derived ?? []) {
      out[d.id] = null;
      out[`${d.id}_label`] = null;
    }
    for (const f of def.flags ?? []) out[f.id] = null;
    out.errors = res.issues.map((i) => i.item).join(' ');
    return out;
  }
  const v = res.value;
  for (const s of def.scales) {
    const x = v.scales[s.id];
    if (!x) throw new Error('no scale result');
    out[s.id] = x.value;
    out[`${s.id}_band`] = x.band?.label ?? null;
    out[`${s.id}_answered`] = x.answered;
    if (withProrated) out[`${s.id}_prorated`] = x.prorated;
  }
  for (const d of def.derived ?? []) {
    const x = (v.derived as Record<string, { value: number | null; label: string | null }>)[d.id];
    out[d.id] = x?.value ?? null;
    out[`${d.id}_label`] = x?.label ?? null;
  }
  for (const f of def.flags ?? []) out[f.id] = v.flags.some((x) => x.id === f.id);
  out.errors = null;
  return out;
}

/** Normalises an engine's value for comparison: numbers as numbers (BIGINT may come back as bigint or text). */
export function norm(x: unknown): unknown {
  if (typeof x === 'bigint') return Number(x);
  if (x === undefined) return null;
  return x;
}

/**
 * Compares engine rows (ordered by `row_id`) with the expected rows; returns the first few
 * differences as readable lines (empty when all agree) and how many cells were compared.
 */
export function compareRows(
  def: InstrumentDefinition,
  got: readonly Record<string, unknown>[],
  rows: readonly (string | null)[][],
  options: ScoreOptions | undefined,
  withProrated: boolean,
): { diffs: string[]; cells: number } {
  const diffs: string[] = [];
  let cells = 0;
  if (got.length !== rows.length) return { diffs: [`${got.length} rows back, ${rows.length} sent`], cells };
  rows.forEach((cellsIn, k) => {
    const g = got[k] as Record<string, unknown>;
    if (Number(norm(g.row_id)) !== k) diffs.push(`row ${k}: row_id ${String(g.row_id)}`);
    if (g.note !== `note ${k} "it's"`) diffs.push(`row ${k}: note ${String(g.note)}`);
    const want = expectedRow(def, cellsIn, options, withProrated);
    for (const [col, w] of Object.entries(want)) {
      cells++;
      const a = norm(g[col]);
      const same = typeof w === 'number' && typeof a === 'number' ? w === a : w === a;
      if (!same && diffs.length < 10)
        diffs.push(`row ${k} [${cellsIn.map((c) => JSON.stringify(c)).join(',')}] ${col}: want ${JSON.stringify(w)}, got ${JSON.stringify(a)}`);
    }
    const extra = Object.keys(g).filter((c) => !(c in want) && c !== 'row_id' && c !== 'note' && !cellsIn.some((_, i) => c === itemCol(def, i)));
    if (extra.length > 0 && diffs.length < 10) diffs.push(`row ${k}: unexpected columns ${extra.join(', ')}`);
  });
  return { diffs, cells };
}

/** The item column names the tests use: unusual on purpose (a keyword, a quote, a space). */
export function itemCol(def: InstrumentDefinition, i: number): string {
  const it = def.items[i];
  if (!it) throw new Error('no item');
  return i === 0 ? 'select' : i === 1 ? `it's "${it.number}"` : `q ${it.number}`;
}

export function itemColumns(def: InstrumentDefinition): Record<string, string> {
  return Object.fromEntries(def.items.map((it, i) => [it.id, itemCol(def, i)]));
}
