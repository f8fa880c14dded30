import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecrR, phq9 } from '../../src/instruments/index.js';
import { cronbachAlpha } from '../../src/outcomes/cronbach-alpha.js';
import { score } from '../../src/scoring/score.js';
import { type Built, buildCli, counts, type Run, runCli, STACK } from './_cli.js';

let b: Built;
beforeAll(async () => {
  b = await buildCli();
});
afterAll(() => b?.cleanup());

const ECR_HEADER = ecrR.items.map((it) => it.id);
/** Deterministic made-up ECR-R answers (no randomness). */
const answersOf = (p: number): number[] => ecrR.items.map((_, i) => 1 + ((p * 5 + i * 3 + ((i * i) % 4)) % 7));
const csv = (rows: readonly (readonly (string | number)[])[]): string => `${rows.map((r) => r.join(',')).join('\n')}\n`;
const file = (name: string, text: string | Buffer): string => {
  const p = join(b.dir, name);
  writeFileSync(p, text);
  return p;
};
const table = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as unknown);
const noStack = (r: Run): void => {
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
};

describe('score: good CSV', () => {
  it('scores every row like the library, in input order, with pass-through columns', () => {
    const rows = Array.from({ length: 40 }, (_, p) => [`p${p + 1}`, `site ${p % 3}`, ...answersOf(p)]);
    const path = file('good.csv', csv([['id', 'site', ...ECR_HEADER], ...rows]));
    const r = runCli(b, ['score', 'ecr-r', path]);
    expect(r.code).toBe(0);
    noStack(r);
    expect(counts(r.stderr)).toEqual({ read: 40, scored: 40, errors: 0 });
    const out = table(r.stdout);
    expect(out).toHaveLength(40);
    out.forEach((o, p) => {
      const want = score(ecrR, answersOf(p));
      expect(o.row).toBe(String(p + 1));
      expect(o.id).toBe(`p${p + 1}`);
      expect(o.site).toBe(`site ${p % 3}`);
      expect(Number(o.anxiety)).toBe(want.scales.anxiety.value);
      expect(Number(o.avoidance)).toBe(want.scales.avoidance.value);
      expect(o.anxiety_answered).toBe('18');
      expect(o.anxiety_expected).toBe('18');
      expect(o.anxiety_prorated).toBe('false');
      expect(o.complete).toBe('true');
      expect(o.instrument).toBe('ecr-r');
      expect(o.version).toBe(ecrR.version);
    });
  });

  it('reproduces the ECR-R worked example (all answers 4 → anxiety 4, avoidance 4)', () => {
    const r = runCli(b, ['score', 'ecr-r', file('fours.csv', csv([ECR_HEADER, Array(36).fill(4)]))]);
    const [o] = table(r.stdout);
    expect(o?.anxiety).toBe('4');
    expect(o?.avoidance).toBe('4');
  });

  it('reads item columns by number or id, in any case and order', () => {
    const order = ecrR.items.map((_, i) => i).reverse();
    const header = order.map((i) => (i % 2 === 0 ? String(i + 1) : ECR_HEADER[i]?.toUpperCase()));
    const a = answersOf(7);
    const path = file('mixed.csv', csv([header as string[], order.map((i) => a[i] as number)]));
    const r = runCli(b, ['score', 'ecr-r', path]);
    expect(r.code).toBe(0);
    expect(Number(table(r.stdout)[0]?.anxiety)).toBe(score(ecrR, a).scales.anxiety.value);
  });

  it('passes through quoted cells with commas, quotes, line breaks and non-ASCII text exactly', () => {
    const odd = ['a, b', 'say "hi"', 'two\nlines', 'Zoë 😊', ' padded ', '=1+1'];
    const text = `note,${ECR_HEADER.join(',')}\n${odd.map((s) => `"${s.replaceAll('"', '""')}",${answersOf(1).join(',')}`).join('\n')}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('quoted.csv', text)]);
    expect(r.code).toBe(0);
    expect(table(r.stdout).map((o) => o.note)).toEqual(odd);
    const nd = runCli(b, ['score', 'ecr-r', file('quoted2.csv', text), '--format', 'ndjson']);
    expect(lines(nd.stdout).map((o) => (o as { passthrough: { note: string } }).passthrough.note)).toEqual(odd);
  });

  it('--escape-formulas guards spreadsheet formulas in CSV output', () => {
    const text = `note,${ECR_HEADER.join(',')}\n=1+1,${answersOf(1).join(',')}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('formula.csv', text), '--escape-formulas']);
    expect(table(r.stdout)[0]?.note).toBe("'=1+1");
  });

  it('writes JSON (one array) and NDJSON with the same content', () => {
    const path = file(
      'j.csv',
      csv([
        ['id', ...ECR_HEADER],
        ['a', ...answersOf(2)],
        ['b', ...answersOf(3)],
      ]),
    );
    const j = runCli(b, ['score', 'ecr-r', path, '--format', 'json']);
    const n = runCli(b, ['score', 'ecr-r', path, '--format', 'ndjson']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual(lines(n.stdout));
    const [first] = JSON.parse(j.stdout) as { row: number; passthrough: unknown; scales: { anxiety: { value: number; answered: number } } }[];
    expect(first?.row).toBe(1);
    expect(first?.passthrough).toEqual({ id: 'a' });
    expect(first?.scales.anxiety.value).toBe(score(ecrR, answersOf(2)).scales.anxiety.value);
  });

  it('writes to --output FILE', () => {
    const out = join(b.dir, 'out.csv');
    const r = runCli(b, ['score', 'ecr-r', file('o.csv', csv([ECR_HEADER, answersOf(1)])), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(table(readFileSync(out, 'utf8'))).toHaveLength(1);
  });
});

describe('score: CSV values', () => {
  const one = (cells: Record<number, string>, extra: string[] = []): Run => {
    const row = answersOf(4).map(String);
    for (const [i, v] of Object.entries(cells)) row[Number(i)] = v;
    return runCli(b, [
      'score',
      'ecr-r',
      file(`v${Math.abs(JSON.stringify(cells).length)}-${Object.keys(cells).join('_')}.csv`, csv([ECR_HEADER, row])),
      ...extra,
    ]);
  };

  it('reads "3", " 3 ", "+3", "3.0" and "3.00" as 3', () => {
    const want = table(one({ 0: '3' }).stdout)[0]?.anxiety;
    for (const v of [' 3 ', '+3', '3.0', '3.00']) {
      const r = one({ 0: v });
      expect(r.code, v).toBe(0);
      expect(table(r.stdout)[0]?.anxiety, v).toBe(want);
    }
  });

  it('reads "" as a missing answer: the scale has no value and names the item', () => {
    const r = one({ 2: '' });
    expect(r.code).toBe(0);
    const o = table(r.stdout)[0];
    expect(o?.anxiety).toBe('');
    expect(o?.anxiety_answered).toBe('17');
    expect(o?.anxiety_missing).toBe('ecrr-3');
    expect(o?.complete).toBe('false');
    expect(o?.avoidance).not.toBe('');
  });

  it('--na adds missing-answer markers', () => {
    expect(one({ 2: 'NA' }).code).toBe(1);
    const r = one({ 2: 'NA' }, ['--na', 'NA']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)[0]?.anxiety_missing).toBe('ecrr-3');
  });

  it('reports "three" with the row, line, column and value, and exits 1', () => {
    const r = one({ 4: 'three' });
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stderr).toContain('row 1 (line 2): column "ecrr-5" (item 5): "three" is not a number');
    expect(table(r.stdout)).toHaveLength(0);
    expect(counts(r.stderr)).toEqual({ read: 1, scored: 0, errors: 1 });
  });

  it.each([
    ['8', 'out of range'],
    ['0', 'out of range'],
    ['-1', 'out of range'],
    ['3.5', 'not a value on the scale'],
    ['3e0', 'is not a number'],
    ['0x3', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['"3,5"', 'is not a number'],
    ['3,5', 'but the header has 36 columns'],
  ])('rejects %s (%s)', (v, why) => {
    const r = one({ 0: v });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(why);
    noStack(r);
  });

  it('previews long values instead of echoing them', () => {
    const r = one({ 0: 'x'.repeat(500) });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('x'.repeat(25));
    expect(r.stderr).toContain(`"${'x'.repeat(24)}"…`);
  });
});

describe('score: malformed CSV', () => {
  it('reports ragged rows and keeps going; rows in = rows written + rows in error', () => {
    const good = answersOf(1);
    const text = csv([
      ['id', ...ECR_HEADER],
      ['a', ...good],
      ['b', ...good.slice(1)],
      ['c', ...good, 9],
      ['d', ...good],
    ]);
    const r = runCli(b, ['score', 'ecr-r', file('ragged.csv', text)]);
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stderr).toContain('row 2 (line 3): 36 fields, but the header has 37 columns');
    expect(r.stderr).toContain('row 3 (line 4): 38 fields, but the header has 37 columns');
    expect(table(r.stdout).map((o) => [o.row, o.id])).toEqual([
      ['1', 'a'],
      ['4', 'd'],
    ]);
    expect(counts(r.stderr)).toEqual({ read: 4, scored: 2, errors: 2 });
  });

  it('reports a quote inside an unquoted field and reads the next rows', () => {
    const g = answersOf(1).join(',');
    const text = `id,${ECR_HEADER.join(',')}\na,${g}\nb"x,${g}\nc,${g}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('quote1.csv', text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2 \(line 3\): bad quoting/);
    expect(table(r.stdout).map((o) => o.id)).toEqual(['a', 'c']);
    expect(counts(r.stderr)).toEqual({ read: 3, scored: 2, errors: 1 });
  });

  it('reports a quote that is never closed, without dropping anything silently', () => {
    const g = answersOf(1).join(',');
    const text = `id,${ECR_HEADER.join(',')}\na,${g}\n"b,${g}\nc,${g}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('quote2.csv', text)]);
    expect(r.code).toBe(1);
    noStack(r);
    expect(r.stderr).toMatch(/row 2 \(line \d+\): bad quoting: a quote is never closed/);
    expect(counts(r.stderr)).toEqual({ read: 2, scored: 1, errors: 1 });
  });

  it('stops with exit 3 at a record over 1 MB (a quote never closed), saying where', () => {
    const g = answersOf(1).join(',');
    let text = `id,${ECR_HEADER.join(',')}\na,${g}\n"b,${g}\n`;
    for (let p = 0; p < 16_000; p++) text += `c${p},${g}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('huge-field.csv', text)]);
    expect(r.code).toBe(3);
    noStack(r);
    expect(r.stderr).toMatch(/row 2 \(line \d+\): a record longer than 1048576 characters/);
    expect(r.stderr).toContain('securebase score: stopped after 2 rows read: 1 scored, 1 with errors');
    expect(table(r.stdout).map((o) => o.id)).toEqual(['a']);
  });

  it('reads a BOM and CRLF line ends', () => {
    const text = `\ufeffid,${ECR_HEADER.join(',')}\r\na,${answersOf(1).join(',')}\r\nb,${answersOf(2).join(',')}\r\n`;
    const r = runCli(b, ['score', 'ecr-r', file('bom.csv', text)]);
    expect(r.code).toBe(0);
    const out = table(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(Number(out[1]?.anxiety)).toBe(score(ecrR, answersOf(2)).scales.anxiety.value);
  });

  it('skips and counts blank lines', () => {
    const text = `id,${ECR_HEADER.join(',')}\na,${answersOf(1).join(',')}\n\nb,${answersOf(1).join(',')}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('blank.csv', text)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 rows read: 2 scored, 0 with errors; 1 blank line skipped');
    expect(table(r.stdout).map((o) => o.row)).toEqual(['1', '2']);
  });

  it('rejects an empty file with exit 3', () => {
    const r = runCli(b, ['score', 'ecr-r', file('empty.csv', '')]);
    expect(r.code).toBe(3);
    noStack(r);
    expect(r.stderr).toContain('the input is empty');
  });

  it('accepts a header only: no rows, exit 0, a header in the output', () => {
    const r = runCli(b, ['score', 'ecr-r', file('header.csv', `id,${ECR_HEADER.join(',')}\n`)]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^row,id,instrument,version,anxiety,/);
    expect(table(r.stdout)).toHaveLength(0);
    expect(counts(r.stderr)).toEqual({ read: 0, scored: 0, errors: 0 });
  });

  it.each([
    ['an unknown item number', ['37'], /column "37" looks like an item, but ecr-r has items 1 to 36/],
    ['an unknown item id', ['ecrr-99'], /column "ecrr-99" looks like an item/],
    ['a duplicate column', ['id', 'id'], /column "id" appears twice/],
    ['an item named twice', ['1', 'ECRR-1'], /both name item 1/],
    ['pass-through columns with an output name, with and without the prefix', ['anxiety', 'ecr_r_anxiety'], /has the name of an output column/],
  ])('rejects a header with %s (exit 3)', (_, extra, message) => {
    const header = [...ECR_HEADER.filter((id) => !(extra.includes('1') && id === 'ecrr-1')), ...extra];
    const r = runCli(b, ['score', 'ecr-r', file(`h-${extra.join('_')}.csv`, csv([header, header.map(() => 1)]))]);
    expect(r.code).toBe(3);
    noStack(r);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a pass-through column with an output name puts the instrument id before the new columns', () => {
    const r = runCli(b, [
      'score',
      'ecr-r',
      file(
        'h-anxiety.csv',
        csv([
          [...ECR_HEADER, 'anxiety'],
          [...answersOf(1), 'kept'],
        ]),
      ),
    ]);
    expect(r.code).toBe(0);
    const o = table(r.stdout)[0];
    expect(o?.anxiety).toBe('kept');
    expect(o?.ecr_r_anxiety).toBe(String(score(ecrR, answersOf(1)).scales.anxiety.value));
  });

  it('warns when item columns are absent, and scores them as missing', () => {
    const r = runCli(b, ['score', 'phq-9', file('phq9.csv', csv([phq9.items.slice(0, 9).map((it) => it.id), [1, 1, 2, 1, 0, 1, 1, 0, 0]]))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the header has no column for item 10 ("phq9-10", "10")');
    const o = table(r.stdout)[0];
    expect(o?.total).toBe('7');
    expect(o?.total_band).toBe('Mild');
    expect(o?.functioning_answered).toBe('0');
  });
});

describe('score: flags always travel', () => {
  const rows = [
    [0, 0, 0, 0, 0, 0, 0, 0, 2, ''],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, ''],
  ];
  const header = phq9.items.map((it) => it.number);
  it.each(['csv', 'ndjson', 'json'])('PHQ-9 item 9 raises its flag in %s output, with every option', (format) => {
    const path = file(`flag-${format}.csv`, csv([header, ...rows]));
    for (const extra of [[], ['--prorate', '1'], ['--reliability'], ['--escape-formulas']]) {
      const r = runCli(b, ['score', 'phq-9', path, '--format', format, ...extra]);
      expect(r.code).toBe(0);
      const want = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 2]).flags;
      expect(want.length).toBeGreaterThan(0);
      if (format === 'csv') {
        const out = table(r.stdout);
        expect(out[0]?.flags).toBe(want.map((f) => f.id).join(';'));
        expect(out[0]?.flag_levels).toBe(want.map((f) => f.level).join(';'));
        expect(out[0]?.flag_messages).toBe(want[0]?.message);
        expect(out[1]?.flags).toBe('');
      } else {
        const out = (format === 'json' ? JSON.parse(r.stdout) : lines(r.stdout)) as { flags: unknown[] }[];
        expect(out[0]?.flags).toEqual(want.map((f) => ({ id: f.id, level: f.level, message: f.message })));
        expect(out[1]?.flags).toEqual([]);
      }
    }
  });
});

describe('score: NDJSON', () => {
  it('reads objects keyed by id or number, arrays, pass-through keys; reports bad lines', () => {
    const a = answersOf(1);
    const byId = Object.fromEntries(ECR_HEADER.map((id, i) => [id, a[i]]));
    const byNumber = Object.fromEntries(ECR_HEADER.map((_, i) => [String(i + 1), a[i]]));
    const text = [
      JSON.stringify({ id: 'x', ...byId }),
      JSON.stringify(byNumber),
      JSON.stringify(a),
      '{"id": "broken"',
      JSON.stringify({ ...byId, 'ecrr-2': '3' }),
      JSON.stringify({ ...byId, 2: 3 }),
      JSON.stringify({ ...byId, 37: 3 }),
      '42',
      '',
      JSON.stringify({ ...byId, 'ecrr-3': null, note: { nested: true } }),
    ].join('\r\n');
    const r = runCli(b, ['score', 'ecr-r', file('in.ndjson', text)]);
    expect(r.code).toBe(1);
    noStack(r);
    const out = lines(r.stdout) as { row: number; passthrough: Record<string, unknown>; scales: { anxiety: { value: number | null; missing: string[] } } }[];
    const want = score(ecrR, a).scales.anxiety.value;
    expect(out.map((o) => o.row)).toEqual([1, 2, 3, 9]);
    expect(out.slice(0, 3).map((o) => o.scales.anxiety.value)).toEqual([want, want, want]);
    expect(out[0]?.passthrough).toEqual({ id: 'x' });
    expect(out[3]?.passthrough).toEqual({ note: { nested: true } });
    expect(out[3]?.scales.anxiety).toMatchObject({ value: null, missing: ['ecrr-3'] });
    expect(r.stderr).toContain('row 4 (line 4): not valid JSON');
    expect(r.stderr).not.toContain('broken');
    expect(r.stderr).toMatch(/row 5 \(line 5\): key "ecrr-2" \(item 2\): expected a whole number from 1 to 7, received "3"/);
    expect(r.stderr).toMatch(/row 6 \(line 6\): keys "2" and "ecrr-2" both name item 2|row 6 \(line 6\): keys "ecrr-2" and "2" both name item 2/);
    expect(r.stderr).toMatch(/row 7 \(line 7\): key "37" looks like an item/);
    expect(r.stderr).toContain('row 8 (line 8): expected a JSON object');
    expect(counts(r.stderr)).toEqual({ read: 9, scored: 4, errors: 5 });
    expect(r.stderr).toContain('1 blank line skipped');
  });

  it('writes CSV from NDJSON with the other keys as JSON in one passthrough column', () => {
    const a = answersOf(2);
    const text = `${JSON.stringify({ who: 'a, "b"', ...Object.fromEntries(ECR_HEADER.map((id, i) => [id, a[i]])) })}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('to-csv.ndjson', text), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(JSON.parse(table(r.stdout)[0]?.passthrough as string)).toEqual({ who: 'a, "b"' });
  });

  it('rejects a .json document with a usage error', () => {
    const r = runCli(b, ['score', 'ecr-r', file('doc.json', '[]')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a .json document');
  });
});

describe('score: stdin', () => {
  it('reads CSV from "-" and from no file argument', () => {
    const text = csv([
      ['id', ...ECR_HEADER],
      ['a', ...answersOf(5)],
    ]);
    for (const args of [
      ['score', 'ecr-r', '-'],
      ['score', 'ecr-r'],
    ]) {
      const r = runCli(b, args, { input: text });
      expect(r.code).toBe(0);
      expect(Number(table(r.stdout)[0]?.anxiety)).toBe(score(ecrR, answersOf(5)).scales.anxiety.value);
    }
  });

  it('reports a long array of extra answers as ten issues and one that counts the rest', () => {
    const text = JSON.stringify([...answersOf(2), ...Array.from({ length: 50_000 }, () => 1)]);
    const errors = join(b.dir, 'extra-errors.ndjson');
    const r = runCli(b, ['score', 'ecr-r', file('extra.ndjson', text), '--errors', errors]);
    expect(r.code).toBe(1);
    const e = lines(readFileSync(errors, 'utf8')) as { column: string; code: string; message: string }[];
    expect(e.map((x) => x.column)).toEqual(['[36]', '[37]', '[38]', '[39]', '[40]', '[41]', '[42]', '[43]', '[44]', '[45]', '[46]']);
    expect(e.every((x) => x.code === 'unknown_item')).toBe(true);
    expect(e[10]?.message).toBe('[46] to [50035] (49990 answers) are past the last item: ecr-r has items 1 to 36 (ids like "ecrr-1")');
  });

  it('detects NDJSON on stdin from its first character (after a BOM and blank lines)', () => {
    const r = runCli(b, ['score', 'ecr-r', '-'], { input: `\ufeff\n  ${JSON.stringify(answersOf(6))}\n` });
    expect(r.code).toBe(0);
    expect((lines(r.stdout)[0] as { scales: { avoidance: { value: number } } }).scales.avoidance.value).toBe(score(ecrR, answersOf(6)).scales.avoidance.value);
  });

  it('honours --input-format', () => {
    const r = runCli(b, ['score', 'ecr-r', '-', '--input-format', 'ndjson'], { input: '7\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 1 (line 1): expected a JSON object');
  });
});

describe('score: --errors FILE', () => {
  const text = csv([
    ['id', ...ECR_HEADER],
    ['a', ...answersOf(1)],
    ['b', 'three', ...answersOf(1).slice(1)],
    ['c', ...answersOf(1).slice(0, 35), 9],
    ['d', 1, 2],
  ]);
  it('writes one CSV line per issue, nothing on stderr but the summary', () => {
    const errors = join(b.dir, 'errors.csv');
    const r = runCli(b, ['score', 'ecr-r', file('e.csv', text), '--errors', errors]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`securebase score: 4 rows read: 1 scored, 3 with errors (see ${errors})`]);
    const e = table(readFileSync(errors, 'utf8'));
    expect(e.map((x) => [x.row, x.line, x.column, x.item, x.value, x.code])).toEqual([
      ['2', '3', 'ecrr-1', 'ecrr-1', '"three"', 'not_a_number'],
      ['3', '4', 'ecrr-36', 'ecrr-36', '"9"', 'out_of_range'],
      ['4', '5', '', '', '', 'ragged_row'],
    ]);
    expect(e.every((x) => (x.message ?? '').length > 0)).toBe(true);
  });

  it('writes NDJSON when the file name says so', () => {
    const errors = join(b.dir, 'errors.ndjson');
    const r = runCli(b, ['score', 'ecr-r', file('e2.csv', text), '--errors', errors]);
    expect(r.code).toBe(1);
    const e = lines(readFileSync(errors, 'utf8')) as { row: number; code: string; line: number }[];
    expect(e.map((x) => [x.row, x.line, x.code])).toEqual([
      [2, 3, 'not_a_number'],
      [3, 4, 'out_of_range'],
      [4, 5, 'ragged_row'],
    ]);
  });

  it('fails with exit 3 when the errors file cannot be written', () => {
    const r = runCli(b, ['score', 'ecr-r', file('e3.csv', text), '--errors', join(b.dir, 'no', 'such', 'dir.csv')]);
    expect(r.code).toBe(3);
    noStack(r);
    expect(r.stderr).toContain('cannot write the errors file');
  });
});

describe('score: rows in = rows written + rows in error', () => {
  it('holds on a mixed file, with the errors file and the output agreeing', () => {
    const rows: (string | number)[][] = [['id', ...ECR_HEADER]];
    const bad = new Set<number>();
    for (let p = 0; p < 300; p++) {
      const a: (string | number)[] = answersOf(p);
      if (p % 7 === 0) {
        a[p % 36] = p % 2 === 0 ? 'x' : 8;
        bad.add(p + 1);
      }
      if (p % 11 === 0) {
        a.pop();
        bad.add(p + 1);
      }
      rows.push([`p${p + 1}`, ...a]);
    }
    const errors = join(b.dir, 'mix-errors.ndjson');
    const r = runCli(b, ['score', 'ecr-r', file('mix.csv', csv(rows)), '--errors', errors]);
    expect(r.code).toBe(1);
    const c = counts(r.stderr);
    const out = table(r.stdout);
    const errRows = new Set((lines(readFileSync(errors, 'utf8')) as { row: number }[]).map((e) => e.row));
    expect(c.read).toBe(300);
    expect(c.scored).toBe(out.length);
    expect(c.errors).toBe(errRows.size);
    expect(c.read).toBe(c.scored + c.errors);
    expect(errRows).toEqual(bad);
    // Output order = input order, and the row numbers of the output and the errors partition 1..N.
    const outRows = out.map((o) => Number(o.row));
    expect(outRows).toEqual([...outRows].sort((x, y) => x - y));
    expect(out.map((o) => o.id)).toEqual(outRows.map((n) => `p${n}`));
    expect(new Set([...outRows, ...errRows]).size).toBe(300);
  });
});

describe('score: options', () => {
  it('--prorate N prorates up to N missing answers and says so', () => {
    const a: (number | string)[] = answersOf(3);
    a[0] = '';
    const path = file('prorate.csv', csv([ECR_HEADER, a]));
    const plain = table(runCli(b, ['score', 'ecr-r', path]).stdout)[0];
    expect(plain?.anxiety).toBe('');
    const r = runCli(b, ['score', 'ecr-r', path, '--prorate', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('prorating up to 1 missing answer per scale because you asked');
    const o = table(r.stdout)[0];
    const want = score(
      ecrR,
      answersOf(3).map((v, i) => (i === 0 ? null : v)),
      { prorate: { maxMissing: 1 } },
    ).scales.anxiety;
    expect(want.prorated).toBe(true);
    expect(Number(o?.anxiety)).toBe(want.value);
    expect(o?.anxiety_prorated).toBe('true');
    expect(o?.prorated).toBe('true');
  });

  it('--reliability prints the library alpha per scale, listwise, with n used and excluded', () => {
    const rows = Array.from({ length: 30 }, (_, p) => answersOf(p));
    const withGap: (number | string)[] = [...answersOf(99)];
    withGap[0] = '';
    const r = runCli(b, ['score', 'ecr-r', file('alpha.csv', csv([ECR_HEADER, ...rows, withGap])), '--reliability']);
    expect(r.code).toBe(0);
    const all = [...rows, answersOf(99).map((v, i) => (i === 0 ? null : v))];
    const anx = cronbachAlpha(ecrR, all, { scale: 'anxiety' });
    const avo = cronbachAlpha(ecrR, all, { scale: 'avoidance' });
    expect(anx.used).toBe(30);
    expect(r.stderr).toContain(`anxiety: alpha ${(anx.alpha as number).toFixed(3)} (k = 18, n used = 30, excluded = 1 with missing items)`);
    expect(r.stderr).toContain(`avoidance: alpha ${(avo.alpha as number).toFixed(3)} (k = 18, n used = 31, excluded = 0)`);
  });

  it.each([
    [['score'], /missing the instrument id/],
    [['score', 'nope', 'x.csv'], /unknown instrument "nope"/],
    [['score', 'ecr-r', 'x.csv', '--prorate', '-1'], /^securebase: score: --prorate needs a whole number of 0 or more \(such as 1\), not "-1"$/m],
    [['score', 'ecr-r', 'x.csv', '--prorate=-1'], /--prorate needs a whole number/],
    [['score', 'ecr-r', 'x.csv', '--prorate', 'two'], /--prorate needs a whole number/],
    [['score', 'ecr-r', 'x.csv', '--prorate'], /score: --prorate needs a value/],
    [['score', 'ecr-r', 'x.csv', '--format', 'xml'], /--format must be one of csv, ndjson, json/],
    [['score', 'ecr-r', 'x.csv', '--bogus'], /score: unknown option "--bogus"/],
    [['score', 'ecr-r', 'a.csv', 'b.csv'], /unexpected argument "b.csv"/],
  ])('usage error %j exits 2 with one line', (args, message) => {
    const r = runCli(b, args);
    expect(r.code).toBe(2);
    noStack(r);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to overwrite the input with --output or --errors', () => {
    const path = file('self.csv', csv([ECR_HEADER, answersOf(1)]));
    for (const flag of ['-o', '--errors']) {
      const r = runCli(b, ['score', 'ecr-r', path, flag, path]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('would overwrite it');
      expect(readFileSync(path, 'utf8')).toBe(csv([ECR_HEADER, answersOf(1)]));
    }
  });

  it('a missing file exits 3 with one line', () => {
    const r = runCli(b, ['score', 'ecr-r', 'does-not-exist.csv']);
    expect(r.code).toBe(3);
    noStack(r);
    expect(r.stderr.trim()).toBe('securebase: cannot read "does-not-exist.csv": no such file or folder');
  });

  it('a folder as input exits 3', () => {
    const r = runCli(b, ['score', 'ecr-r', b.dir, '--input-format', 'csv']);
    expect(r.code).toBe(3);
    noStack(r);
  });
});

describe('score: constant memory', () => {
  it('streams 150,000 rows in under 150 MB peak RSS', () => {
    const n = 150_000;
    let text = `id,${ECR_HEADER.join(',')}\n`;
    for (let p = 0; p < n; p++) text += `p${p},${answersOf(p).join(',')}\n`;
    const r = runCli(b, ['score', 'ecr-r', file('big.csv', text), '-o', '/dev/null'], { env: { SECUREBASE_REPORT_MAXRSS: '1' } });
    expect(r.code).toBe(0);
    expect(counts(r.stderr).scored).toBe(n);
    const kb = Number(/maxrss (\d+) KB/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(150 * 1024);
  });
});
