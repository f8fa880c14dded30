// Fuzzing the pure parts of `securebase score` in-process (never by spawning the CLI): CSV cell
// conversion, header and key matching, and the scoring stage fed with CSV and NDJSON records.
//
// CSV column names and NDJSON keys are identifiers, shown cut to 40 characters: the marker is
// planted one or more characters into them. Cells and values are previewed to 24 characters.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/_errors.js';
import { csvLayout, itemKeys, itemOf, looksLikeItem, normaliseKey } from '../../src/cli/score/columns.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../src/cli/score/format.js';
import type { ErrorSink, RowIssue } from '../../src/cli/score/issues.js';
import type { OutputChunk } from '../../src/cli/score/output.js';
import { scorer } from '../../src/cli/score/scorer.js';
import { csvSource, type SourceRecord } from '../../src/cli/score/sources.js';
import { cellValue, NOT_A_NUMBER } from '../../src/cli/score/values.js';
import { instruments } from '../../src/instruments/registry.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import {
  expectNoPollution,
  expectShortIssue,
  expectShortText,
  fuzz,
  fuzzAsync,
  hostile,
  hostileKey,
  MARKER,
  markedString,
  mutated,
  onlyThrows,
} from './_hostile.js';

const KEY_OFFSET = 1;
/**
 * A run-stopping error may list the instrument's output columns (a header that reuses one): up to
 * about 1,400 characters for the PBI, set by the definition, not by the input.
 */
const CLI_ERROR_MAX = 1600;
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Strings a cell can hold: numbers in many spellings, padding, junk, long and marked text. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '3',
    ' 3 ',
    '+3',
    '-0',
    '3.0',
    '3.50',
    '.5',
    '3.',
    '3e0',
    '0x3',
    '1,5',
    'NaN',
    'Infinity',
    '-Infinity',
    '٣',
    '３',
    'NA',
    '-',
    '9'.repeat(400),
  ),
  fc.integer({ min: -3, max: 10 }).map(String),
  fc.double().map(String),
  fc.string({ maxLength: 12 }),
  markedString(0),
  fc.constant(`${MARKER}${'x'.repeat(1 << 20)}`),
);

describe('cellValue', () => {
  it('never throws; a number only for plain decimal notation, and then exactly Number(text)', () => {
    fuzz(
      fc.tuple(
        cell,
        fc.option(
          fc.array(fc.constantFrom<string>('NA', '-', '999', 'n/a', ''), { maxLength: 3 }).map((a) => new Set(a)),
          { nil: null },
        ),
      ),
      ([c, na]) => {
        const v = cellValue(c, na);
        const t = c.trim();
        if (v === null) expect(t === '' || na?.has(t)).toBe(true);
        else if (v === NOT_A_NUMBER) expect(PLAIN_DECIMAL.test(t)).toBe(false);
        else {
          expect(PLAIN_DECIMAL.test(t)).toBe(true);
          expect(Object.is(v, Number(t))).toBe(true);
          expect(Number.isNaN(v)).toBe(false);
        }
      },
      500,
    );
  });
});

/** Header names: item ids and numbers spelled many ways (case, padding, leading zeros), and others. */
function headerName(def: InstrumentDefinition): fc.Arbitrary<string> {
  const item = fc.constantFrom(...def.items);
  return fc.oneof(
    { weight: 4, arbitrary: item.map((i) => i.id) },
    { weight: 4, arbitrary: item.map((i) => String(i.number)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(item, fc.constantFrom(' ', '0', '\t'), fc.constantFrom(1, 2, 50, 100_000), fc.boolean())
        .map(([i, pad, n, byId]) =>
          byId ? `${pad === '0' ? '' : pad.repeat(n)}${i.id.toUpperCase()}${pad === '0' ? ' ' : pad}` : `${pad.repeat(n)}${i.number}`,
        ),
    },
    { weight: 2, arbitrary: hostileKey(KEY_OFFSET) },
    { weight: 1, arbitrary: fc.constantFrom('row', 'instrument', 'total', 'id', 'note', '999', `${def.items[0]?.id}x`) },
  );
}

describe('header and key matching', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s: itemOf, looksLikeItem and csvLayout never throw but CliError, with short messages', (_id, def) => {
    const keys = itemKeys(def);
    fuzz(
      fc.array(headerName(def), { maxLength: def.items.length + 3 }),
      (header) => {
        for (const h of header) {
          const i = itemOf(keys, h);
          if (i !== undefined) expect(i >= 0 && i < def.items.length).toBe(true);
          else looksLikeItem(keys, h);
          normaliseKey(h);
        }
        const r = onlyThrows(() => csvLayout(keys, header), CliError, 400);
        if (r.ok) {
          const l = r.value;
          expect(l.passColumns.length + [...l.itemColumn].filter((c) => c >= 0).length).toBe(header.length);
        }
      },
      60,
    );
  });
});

/** A sink that keeps every issue. */
function memorySink(): ErrorSink & { readonly issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  return {
    issues,
    where: 'kept in memory',
    report(list) {
      for (const i of list) issues.push(i);
      return undefined;
    },
    close: () => Promise.resolve(),
  };
}

interface Run {
  readonly out: string;
  readonly issues: readonly RowIssue[];
  readonly counts: { rowsIn: number; written: number; failed: number; issues: number };
  readonly error: unknown;
}

/** Feeds records through the scoring stage, as the CLI's pipeline does, and collects what comes out. */
async function runScorer(
  def: InstrumentDefinition,
  input: 'csv' | 'ndjson',
  format: OutputFormat,
  records: readonly SourceRecord[],
  escapeFormulas: boolean,
): Promise<Run> {
  const sink = memorySink();
  const { stream, counts } = scorer({
    def,
    keys: itemKeys(def),
    input,
    format,
    score: undefined,
    na: null,
    escapeFormulas,
    errors: sink,
    collect: null,
    progress: null,
    onLayout: null,
  });
  let out = '';
  const collect = new Writable({
    objectMode: true,
    write(chunk: OutputChunk, _enc, callback) {
      out += chunk.bytes.toString('utf8');
      callback();
    },
  });
  let error: unknown = null;
  try {
    await pipeline(Readable.from(records, { objectMode: true }), stream, collect);
  } catch (e) {
    error = e;
  }
  return { out, issues: sink.issues, counts, error };
}

/** What every run must satisfy: only CliError stops it; every row is counted once; issues are short; output parses. */
function checkRun(run: Run, format: OutputFormat): void {
  if (run.error !== null) {
    if (!(run.error instanceof CliError)) throw run.error;
    expectShortText(run.error.message, CLI_ERROR_MAX, 'CliError.message');
    return;
  }
  const c = run.counts;
  expect(c.written + c.failed).toBe(c.rowsIn);
  expect(run.issues.length).toBe(c.issues);
  for (const i of run.issues) expectShortIssue(i);
  if (format === 'ndjson') {
    const lines = run.out.split('\n').filter((l) => l !== '');
    expect(lines.length).toBe(c.written);
    for (const l of lines) JSON.parse(l);
  } else if (format === 'json') expect((JSON.parse(run.out) as unknown[]).length).toBe(c.written);
}

/** An NDJSON line: `record` plus a `note` key nested `depth` levels deep (built as text: JSON.stringify would overflow). */
function withDeepNote(record: Record<string, unknown>, depth: number): string {
  const rest = JSON.stringify(record).slice(1);
  return `{"note":${'['.repeat(depth)}"x${MARKER}"${']'.repeat(depth)}${rest === '}' ? '}' : `,${rest}`}`;
}

/** A value as one NDJSON line; values JSON cannot hold (a bigint) become `null`. */
function toJsonLine(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return 'null';
  }
}

describe.each(instruments.map((d) => [d.id, d] as const))('%s: the scoring stage', (_id, def) => {
  const n = def.items.length;

  it('CSV records: only CliError stops a run; rows are counted; row issues are short; output parses', async () => {
    const fields = (k: number) => fc.array(cell, { minLength: Math.max(0, k - 1), maxLength: k + 1 });
    const csv = fc
      .array(headerName(def), { minLength: 1, maxLength: n + 2 })
      .chain((header) =>
        fc.tuple(
          fc.constant(header),
          fc.array(
            fc.oneof(
              { weight: 8, arbitrary: fields(header.length).map((f): SourceRecord => ({ kind: 'fields', fields: f, line: 1 })) },
              { weight: 1, arbitrary: fc.constant<SourceRecord>({ kind: 'bad', code: 'bad_quoting', message: 'bad quoting', line: 1, fatal: false }) },
            ),
            { maxLength: 6 },
          ),
          fc.constantFrom(...OUTPUT_FORMATS),
          fc.boolean(),
        ),
      );
    await fuzzAsync(
      csv,
      async ([header, rows, format, escapeFormulas]) => {
        const records: SourceRecord[] = [{ kind: 'fields', fields: header, line: 1 }, ...rows];
        checkRun(await runScorer(def, 'csv', format, records, escapeFormulas), format);
      },
      30,
    );
  });

  it('NDJSON records: same guarantees, with hostile JSON, deep pass-through values and broken lines', async () => {
    const byKey = fc.record(
      Object.fromEntries(
        def.items.map((item, i) => [i % 2 === 0 ? item.id : String(item.number), fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constant(null))]),
      ),
      { requiredKeys: [] },
    );
    const record = fc.oneof(
      { weight: 4, arbitrary: mutated(byKey, { value: hostile(), key: hostileKey(KEY_OFFSET) }) },
      { weight: 2, arbitrary: fc.array(fc.oneof(fc.integer({ min: -1, max: 8 }), hostile()), { maxLength: n + 2 }) },
      { weight: 1, arbitrary: hostile(KEY_OFFSET, false) },
    );
    const line = fc.oneof(
      { weight: 6, arbitrary: record.map(toJsonLine) },
      { weight: 1, arbitrary: fc.tuple(byKey, fc.constantFrom(10, 64, 65, 10_000)).map(([r, depth]) => withDeepNote(r, depth)) },
      {
        weight: 1,
        arbitrary: fc.oneof(markedString(0), fc.constant(`{"a":"${MARKER}`), fc.constant('[1,2'), fc.constant(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)),
      },
    );
    await fuzzAsync(
      fc.tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom(...OUTPUT_FORMATS), fc.boolean()),
      async ([lines, format, escapeFormulas]) => {
        const records = lines.map((text, i): SourceRecord => ({ kind: 'json', text, line: i + 1 }));
        checkRun(await runScorer(def, 'ndjson', format, records, escapeFormulas), format);
      },
      30,
    );
  });
});

describe('the scoring stage: hostile shapes', () => {
  const def = instruments.find((d) => d.id === 'phq-9') as InstrumentDefinition;

  it('a duplicate item column padded to 1 MB is named in short words', async () => {
    const padded = `${' '.repeat(1 << 20)}1`;
    const r = onlyThrows(() => csvLayout(itemKeys(def), ['1', padded]), CliError, 400);
    expect(r.ok).toBe(false);
    const s = onlyThrows(() => csvLayout(itemKeys(def), [padded, '01']), CliError, 400);
    expect(s.ok).toBe(false);
    const run = await runScorer(
      def,
      'csv',
      'csv',
      [
        { kind: 'fields', fields: [`${'0'.repeat(1 << 20)}1`, '2'], line: 1 },
        { kind: 'fields', fields: ['x', '1'], line: 2 },
      ],
      false,
    );
    checkRun(run, 'csv');
  });

  it('an NDJSON row whose other keys are nested 10,000 levels deep is a row error, not a crash', async () => {
    for (const format of OUTPUT_FORMATS) {
      const text = withDeepNote({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 }, 10_000);
      const run = await runScorer(def, 'ndjson', format, [{ kind: 'json', text, line: 1 }], false);
      checkRun(run, format);
      expect(run.counts).toMatchObject({ rowsIn: 1, failed: 1 });
      expect(run.issues.map((i) => i.code)).toEqual(['too_deep']);
      // 64 levels pass through, unchanged.
      const ok = await runScorer(
        def,
        'ndjson',
        format,
        [{ kind: 'json', text: withDeepNote({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0 }, 63), line: 1 }],
        false,
      );
      checkRun(ok, format);
      expect(ok.counts).toMatchObject({ rowsIn: 1, written: 1 });
    }
    expectNoPollution();
  });
});

describe('random CSV files with random bad rows (issue 15)', () => {
  const def = instruments.find((d) => d.id === 'phq-9') as InstrumentDefinition;
  const n = def.items.length;
  type Kind = 'good' | 'bad_value' | 'ragged' | 'stray_quotes' | 'quoted_ok';
  const kinds = fc.array(fc.constantFrom<Kind>('good', 'bad_value', 'ragged', 'stray_quotes', 'quoted_ok'), { maxLength: 25 });

  /** One CSV line for record number `k`; its id cell is `r<k>` so every output row names its record. */
  function line(kind: Kind, k: number, quotes: number): string {
    const answers = Array.from({ length: n }, (_, i) => String((k + i) % 4));
    if (kind === 'bad_value') answers[k % n] = 'x';
    if (kind === 'ragged') answers.pop();
    const id = kind === 'stray_quotes' ? `r${k}${'a"'.repeat(quotes)}b` : kind === 'quoted_ok' ? `"r${k} ""quoted"", with a comma"` : `r${k}`;
    return [id, ...answers].join(',');
  }

  it('rows in = rows written + rows in error, and every reported row number is its record number', async () => {
    await fuzzAsync(
      fc.tuple(kinds, fc.integer({ min: 1, max: 4 }), fc.boolean()),
      async ([list, quotes, crlf]) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = [['id', ...def.items.map((it) => it.id)].join(','), ...list.map((k, i) => line(k, i + 1, quotes))].join(eol) + eol;
        const sink = memorySink();
        const { stream, counts } = scorer({
          def,
          keys: itemKeys(def),
          input: 'csv',
          format: 'csv',
          score: undefined,
          na: null,
          escapeFormulas: false,
          errors: sink,
          collect: null,
          progress: null,
          onLayout: null,
        });
        let out = '';
        const collect = new Writable({
          objectMode: true,
          write(chunk: OutputChunk, _enc, callback) {
            out += chunk.bytes.toString('utf8');
            callback();
          },
        });
        await pipeline(Readable.from([Buffer.from(text)]), csvSource(), stream, collect);
        expect(counts.rowsIn).toBe(list.length);
        expect(counts.written + counts.failed).toBe(counts.rowsIn);
        const rows = parseCsv(out, { columns: true }) as Record<string, string>[];
        expect(rows).toHaveLength(counts.written);
        for (const r of rows) {
          const k = Number(r.row);
          expect(r.id?.startsWith(`r${k}`)).toBe(true);
          expect(['good', 'quoted_ok']).toContain(list[k - 1]);
        }
        const bad = list.flatMap((k, i) => (k === 'good' || k === 'quoted_ok' ? [] : [i + 1]));
        expect([...new Set(sink.issues.map((i) => i.row))]).toEqual(bad);
      },
      40,
    );
  });
});
