// Reproductions of the defects listed in issue 15, end to end on the built CLI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecrR, gad7, phq9 } from '../../src/instruments/index.js';
import { antonymPairs, irv, longstring, psychant } from '../../src/outcomes/index.js';
import { score } from '../../src/scoring/score.js';
import { type Built, buildCli, counts, runCli, runCliAsync, STACK } from './_cli.js';

let b: Built;
beforeAll(async () => {
  b = await buildCli();
});
afterAll(() => b?.cleanup());

const file = (name: string, text: string): string => {
  const p = join(b.dir, name);
  writeFileSync(p, text);
  return p;
};
const table = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const PHQ = phq9.items.map((it) => it.number);
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);
const hasDevFull = existsSync('/dev/full');

describe('issue 15 reproductions', () => {
  it('a REDCap header (record_id, phq9_1 … phq9_9) is not scored as empty: exit 3 with the header seen and what was looked for', () => {
    const header = ['record_id', ...Array.from({ length: 9 }, (_, i) => `phq9_${i + 1}`)];
    const path = file('redcap-bare.csv', `${header.join(',')}\n1,${zeros(9).join(',')}\n2,${[1, 1, 1, 1, 1, 1, 1, 1, 2].join(',')}\n`);
    const r = runCli(b, ['score', 'phq-9', path]);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain('Header seen: "record_id", "phq9_1", "phq9_2"');
    expect(r.stderr).toMatch(/looked for .*"phq9-1".*"1"/i);
    expect(r.stdout).toBe('');
  });

  it('a line with three stray quotes is one bad row, so the urgent flag stays on row 2 (the second person)', () => {
    const text = `id,${PHQ.join(',')}\nA"b"c"d,${zeros(10).join(',')}\nB,0,0,0,0,0,0,0,0,2,0\n`;
    const r = runCli(b, ['score', 'phq-9', file('stray.csv', text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 1 \(line 2\): bad quoting/);
    expect(r.stderr).not.toMatch(/row [3-9]/);
    expect(counts(r.stderr)).toEqual({ read: 2, scored: 1, errors: 1 });
    const out = table(r.stdout);
    expect(out.map((o) => [o.row, o.id])).toEqual([['2', 'B']]);
    expect(out[0]?.flags).toContain('phq9-item9');
  });

  it.skipIf(!hasDevFull)('--errors /dev/full stops the run non-zero, naming the errors file and how many rows were written', () => {
    let text = `id,${PHQ.join(',')}\n`;
    for (let p = 0; p < 5000; p++) text += p % 2 === 0 ? `p${p},${zeros(10).join(',')}\n` : `p${p},x,${zeros(9).join(',')}\n`;
    const r = runCli(b, ['score', 'phq-9', file('many.csv', text), '--errors', '/dev/full']);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/cannot write the errors file "\/dev\/full": the disk is full/);
    const m = /after (\d+) rows? (?:was|were) written/.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(table(r.stdout)).toHaveLength(Number(m?.[1]));
  });

  it.skipIf(!hasDevFull)('-o /dev/full names the output file (not the input) and how many rows were written', () => {
    let text = `id,${PHQ.join(',')}\n`;
    for (let p = 0; p < 5000; p++) text += `p${p},${zeros(10).join(',')}\n`;
    const input = file('full-out.csv', text);
    const r = runCli(b, ['score', 'phq-9', input, '-o', '/dev/full']);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/cannot write the output "\/dev\/full": the disk is full/);
    expect(r.stderr).toMatch(/after \d+ rows? (?:was|were) written/);
    expect(r.stderr).not.toContain(input);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s mid-run ends on a whole row and prints the same summary', async (signal, exitCode) => {
    const header = `id,${PHQ.join(',')}\n`;
    const first = Array.from({ length: 50 }, (_, p) => `p${p},${zeros(10).join(',')}\n`).join('');
    const r = await runCliAsync(b, ['score', 'phq-9', '-', '--input-format', 'csv'], {
      input: header + first,
      waitFor: /,p48,/,
      during: (child) => {
        // Half a record, then the signal: the half record must not become a row.
        child.stdin?.write('p50,0,0,');
        child.kill(signal);
      },
    });
    expect(r.code).toBe(exitCode);
    expect(r.stderr).toContain(`interrupted (${signal}) after`);
    const c = counts(r.stderr);
    expect(c.read).toBe(c.scored + c.errors);
    const out = table(r.stdout);
    expect(out).toHaveLength(c.scored);
    expect(out.at(-1)?.id).toBe(`p${out.length - 1}`);
  });

  it('--na NA --na -99 (the documented example) reads both as missing', () => {
    const text = `id,${PHQ.join(',')}\na,NA,-99,${zeros(8).join(',')}\n`;
    const r = runCli(b, ['score', 'phq-9', file('na.csv', text), '--na', 'NA', '--na', '-99', '--prorate', '2']);
    expect(r.stderr).not.toContain('ambiguous');
    expect(r.code).toBe(0);
    expect(table(r.stdout)[0]?.total_missing).toBe('phq9-1 phq9-2');
  });

  it('--prorate -1 gets a message in our words', () => {
    const r = runCli(b, ['score', 'phq-9', 'x.csv', '--prorate', '-1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('securebase: score: --prorate needs a whole number of 0 or more (such as 1), not "-1"');
  });

  it('--keep-errors writes every input row in its place with an error column: rows out = rows in', () => {
    const text = `id,${PHQ.join(',')}\na,${zeros(10).join(',')}\nb,three,${zeros(9).join(',')}\nc,1,2\nd,${zeros(10).join(',')}\n`;
    const r = runCli(b, ['score', 'phq-9', file('keep.csv', text), '--keep-errors']);
    expect(r.code).toBe(1);
    const out = table(r.stdout);
    expect(out.map((o) => [o.row, o.id, o.error === '' ? '' : 'error'])).toEqual([
      ['1', 'a', ''],
      ['2', 'b', 'error'],
      ['3', 'c', 'error'],
      ['4', 'd', ''],
    ]);
    expect(out[1]?.error).toMatch(/not a number/);
    expect(out[1]?.total).toBe('');
  });

  it('chaining two runs on one wide file works: the row column of the first run does not collide', () => {
    const header = ['id', ...phq9.items.map((it) => it.id), ...gad7.items.slice(0, 7).map((it) => it.id)];
    const text = `${header.join(',')}\na,${zeros(10).join(',')},${[3, 3, 3, 3, 3, 3, 3].join(',')}\n`;
    const first = runCli(b, ['score', 'phq-9', file('wide.csv', text)]);
    expect(first.code).toBe(0);
    const second = runCli(b, ['score', 'gad-7', '-', '--input-format', 'csv'], { input: first.stdout });
    expect(second.stderr).not.toMatch(STACK);
    expect(second.code).toBe(0);
    const out = table(second.stdout)[0] ?? {};
    expect(out.total).toBe(String(score(phq9, zeros(10)).scales.total.value));
    expect(out.gad_7_total).toBe(String(score(gad7, [3, 3, 3, 3, 3, 3, 3]).scales.total.value));
    expect(out.row).toBe('1');
  });

  it('fhir questionnaire --date 2026-13-45 is refused as an impossible date', () => {
    const r = runCli(b, ['fhir', 'questionnaire', 'phq-9', '--date', '2026-13-45']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^securebase: fhir questionnaire: --date .*"2026-13-45".* not a real date/);
    expect(runCli(b, ['fhir', 'questionnaire', 'phq-9', '--date', '2025-02-29']).code).toBe(2);
    expect(runCli(b, ['fhir', 'questionnaire', 'phq-9', '--date', '2024-02-29']).code).toBe(0);
  });
});

describe('wide files: several instruments in one pass', () => {
  const header = ['id', ...phq9.items.map((it) => it.id.replace('-', '_')), ...gad7.items.slice(0, 7).map((it) => it.id.replace('-', '_'))];
  const a = [0, 1, 2, 3, 0, 1, 2, 3, 1, 1];
  const g = [3, 2, 1, 0, 3, 2, 1];

  it('score phq-9,gad-7 writes both, with each id as the prefix, and a bad cell of either is one row error', () => {
    const text = `${header.join(',')}\np1,${a.join(',')},${g.join(',')}\np2,${a.join(',')},x,${g.slice(1).join(',')}\np3,${a.join(',')},${g.join(',')}\n`;
    const r = runCli(b, ['score', 'phq-9,gad-7', file('wide2.csv', text), '--preset', 'redcap']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(counts(r.stderr)).toEqual({ read: 3, scored: 2, errors: 1 });
    expect(r.stderr).toMatch(/row 2 \(line 3\): column "gad7_1"/);
    const out = table(r.stdout);
    expect(out.map((o) => o.row)).toEqual(['1', '3']);
    expect(out[0]?.phq_9_total).toBe(String(score(phq9, a).scales.total.value));
    expect(out[0]?.gad_7_total).toBe(String(score(gad7, g).scales.total.value));
    expect(out[0]?.phq_9_flags).toContain('phq9-item9');
    expect(Object.keys(out[0] ?? {}).filter((k) => k.startsWith('gad7_') || k.startsWith('phq9_'))).toEqual([]);
  });

  it('--prefix takes one prefix per instrument; NDJSON output carries the others under "also"', () => {
    const text = `${header.join(',')}\np1,${a.join(',')},${g.join(',')}\n`;
    const r = runCli(b, ['score', 'phq-9,gad-7', file('wide3.csv', text), '--preset', 'redcap', '--prefix', 'dep_,anx_']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)[0]?.anx_total).toBe(String(score(gad7, g).scales.total.value));
    const nd = runCli(b, ['score', 'phq-9,gad-7', file('wide4.csv', text), '--preset', 'redcap', '--format', 'ndjson']);
    const row = JSON.parse(nd.stdout.trim()) as { instrument: string; also: { instrument: string; scales: { total: { value: number } } }[] };
    expect(row.instrument).toBe('phq-9');
    expect(row.also[0]?.instrument).toBe('gad-7');
    expect(row.also[0]?.scales.total.value).toBe(score(gad7, g).scales.total.value);
    const wrong = runCli(b, ['score', 'phq-9,gad-7', file('wide5.csv', text), '--prefix', 'x_']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/one prefix per instrument/);
  });
});

describe('summaries and response quality', () => {
  const people = [
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [3, 3, 2, 1, 0, 1, 2, 3, 1, 1],
    [1, 2, 1, 2, 1, 2, 1, 2, 0, 0],
  ];
  const text = `id,${PHQ.join(',')}\n${people.map((a, p) => `p${p},${a.join(',')}`).join('\n')}\np9,x,${zeros(9).join(',')}\n`;

  it('--summary-file writes n, mean, SD, min, max, missing, bands and flag counts as JSON; --summary prints them', () => {
    const path = join(b.dir, 'summary.json');
    const r = runCli(b, ['score', 'phq-9', file('sum.csv', text), '--summary', '--summary-file', path]);
    expect(r.code).toBe(1);
    const totals = people.map((a) => score(phq9, a).scales.total.value as number);
    const mean = totals.reduce((x, y) => x + y, 0) / totals.length;
    const sd = Math.sqrt(totals.reduce((x, y) => x + (y - mean) ** 2, 0) / (totals.length - 1));
    const s = JSON.parse(readFileSync(path, 'utf8')) as {
      rows: unknown;
      instruments: {
        scales: { scale: string; n: number; mean: number; sd: number; min: number; max: number; missing: number; bands: Record<string, number> }[];
        flags: Record<string, number>;
      }[];
    };
    expect(s.rows).toEqual({ read: 4, scored: 3, withErrors: 1 });
    const total = s.instruments[0]?.scales.find((x) => x.scale === 'total');
    expect(total?.n).toBe(3);
    expect(total?.mean).toBeCloseTo(mean, 9);
    expect(total?.sd).toBeCloseTo(sd, 9);
    expect([total?.min, total?.max, total?.missing]).toEqual([Math.min(...totals), Math.max(...totals), 0]);
    const bands: Record<string, number> = {};
    for (const a of people) {
      const l = score(phq9, a).scales.total.band?.label as string;
      bands[l] = (bands[l] ?? 0) + 1;
    }
    expect(total?.bands).toEqual(bands);
    const levels: Record<string, number> = {};
    for (const a of people) for (const f of score(phq9, a).flags) levels[f.level] = (levels[f.level] ?? 0) + 1;
    expect(s.instruments[0]?.flags).toEqual(levels);
    expect(r.stderr).toMatch(/summary: 4 rows read, 3 scored, 1 with errors/);
    expect(r.stderr).toMatch(new RegExp(`phq-9 total: n 3, mean ${Math.round(mean * 1000) / 1000}`));
  });

  it('--quality adds longstring and irv columns as the library computes them (for review; no row is dropped)', () => {
    const r = runCli(b, ['score', 'phq-9', file('quality.csv', text), '--quality']);
    const out = table(r.stdout);
    expect(out).toHaveLength(3);
    out.forEach((o, p) => {
      const a = people[p] as number[];
      expect(Number(o.longstring)).toBe(longstring(a));
      expect(Number(o.irv)).toBeCloseTo(irv(a) as number, 12);
    });
    expect(out[0]?.longstring).toBe('10');
    expect(out[0]?.irv).toBe('0');
  });

  it('--quality adds psychant, each row scored over the antonym pairs of the whole file (careless::psychant); stdin leaves it empty, with a note', () => {
    // A made-up ECR-R sample (1–7): items 19–36 mostly mirror items 1–18, so those pairs correlate below −0.60.
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const rows = Array.from({ length: 40 }, (_, p) =>
      Array.from({ length: 36 }, (_, i) => (i < 18 ? 1 + Math.floor(rand() * 7) : 0)).map((v, i, a) =>
        i < 18 ? v : p % 10 === 9 ? 1 + Math.floor(rand() * 7) : Math.min(7, Math.max(1, 8 - (a[i - 18] as number) + (rand() < 0.2 ? 1 : 0))),
      ),
    );
    const csv = `id,${ecrR.items.map((it) => it.id).join(',')}
${rows.map((a, p) => `p${p},${a.join(',')}`).join('\n')}\n`;
    const pairs = antonymPairs(rows);
    expect(pairs.length).toBeGreaterThan(10);
    const r = runCli(b, ['score', 'ecr-r', file('psychant.csv', csv), '--quality']);
    expect(r.code).toBe(0);
    const out = table(r.stdout);
    expect(out).toHaveLength(40);
    out.forEach((o, p) => {
      const want = psychant(rows[p] as number[], pairs);
      if (want === null) expect(o.psychant).toBe('');
      else expect(Number(o.psychant)).toBeCloseTo(want, 12);
    });
    const fromStdin = runCli(b, ['score', 'ecr-r', '-', '--quality'], { input: csv });
    expect(table(fromStdin.stdout).every((o) => o.psychant === '')).toBe(true);
    expect(fromStdin.stderr).toMatch(/psychant column stays empty when reading stdin/);
  });
});

describe('--long', () => {
  it('writes one row per person and scale, for each instrument of the run, with the flags on every line', () => {
    const header = ['id', ...phq9.items.map((it) => it.id), ...gad7.items.slice(0, 7).map((it) => it.id)];
    const a = [1, 1, 1, 1, 1, 1, 1, 1, 2, 0];
    const g = [1, 2, 3, 0, 1, 2, 3];
    const r = runCli(b, ['score', 'phq-9,gad-7', file('long.csv', `${header.join(',')}\np1,${a.join(',')},${g.join(',')}\n`), '--long']);
    expect(r.code).toBe(0);
    const out = table(r.stdout);
    const want = [...phq9.scales.map((s) => ['phq-9', s.id]), ...gad7.scales.map((s) => ['gad-7', s.id])];
    expect(out.map((o) => [o.instrument, o.scale])).toEqual(want);
    expect(out.every((o) => o.row === '1' && o.id === 'p1')).toBe(true);
    const p = score(phq9, a);
    expect(out.find((o) => o.scale === 'total' && o.instrument === 'phq-9')?.value).toBe(String(p.scales.total.value));
    expect(out.find((o) => o.scale === 'total' && o.instrument === 'gad-7')?.value).toBe(String(score(gad7, g).scales.total.value));
    for (const o of out.filter((x) => x.instrument === 'phq-9')) expect(o.flags).toBe(p.flags.map((f) => f.id).join(';'));
    const nd = runCli(b, ['score', 'phq-9', file('long2.csv', `id,${PHQ.join(',')}\np1,${a.join(',')}\n`), '--long', '--format', 'ndjson']);
    const lines = nd.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { scale: string; value: number | null });
    expect(lines.map((l) => l.scale)).toEqual(phq9.scales.map((s) => s.id));
  });
});
