// The CSV source finds a record's own bytes by csv-parse's live byte count instead of its `raw`
// option (which copies every byte of every record). This proves it equal to the plain path, the
// raw-based source it replaced (kept here as the reference), on random files with stray quotes,
// quotes never closed, quoted fields with quotes, commas and line breaks, CRLF, a BOM, blank lines
// and non-ASCII text, cut into random chunks.
import { Readable, type Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_OPTIONS, csvSource, type SourceRecord } from '../../src/cli/score/sources.js';

/** The reference: the source as it was, with csv-parse's `raw` text of each record. */
function rawSource(): Transform {
  const parser = parse({
    ...CSV_OPTIONS,
    raw: true,
    on_skip: (e: (Error & { code?: string; lines?: number }) | undefined) => {
      push({ kind: 'bad', code: 'bad_quoting', message: e?.code ?? '', line: typeof e?.lines === 'number' ? e.lines : parser.info.lines, fatal: false });
      return undefined;
    },
  });
  const push = parser.push.bind(parser);
  parser.push = (chunk: unknown): boolean => {
    if (chunk === null) return push(null);
    const { record, raw } = chunk as { record: string[]; raw: string };
    const line = parser.info.lines;
    if (record.some((f) => f.includes('"'))) {
      try {
        parseSync(raw, { relax_column_count: true });
      } catch {
        return push({ kind: 'bad', code: 'bad_quoting', message: 'strict', line, fatal: false });
      }
    }
    return push({ kind: 'fields', fields: record, line });
  };
  return parser;
}

async function read(source: Transform, chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  await pipeline(
    Readable.from(chunks),
    source,
    new Writable({
      objectMode: true,
      write(r: SourceRecord, _e, cb: TransformCallback) {
        // The kind, the fields or the code, and the line: what the scorer reads (messages differ in wording only).
        out.push(r.kind === 'fields' ? `fields ${JSON.stringify(r.fields)} @${r.line}` : r.kind === 'bad' ? `bad ${r.code} @${r.line}` : 'json');
        cb();
      },
    }),
  );
  return out;
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('1', '2', 'r7', '', 'ñandú', '0') },
  { weight: 2, arbitrary: fc.constantFrom('"a ""q"" b"', '"x,y"', '"two\nlines"', '"ok"', '"é ""\r\n"" ü"') },
  { weight: 2, arbitrary: fc.constantFrom('a"b', 'a"b"c"d', '"a"b', '"a" b', 'x""y', '"unclosed') },
);
const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));

describe('csvSource: record bytes from the live byte count equal the raw text', () => {
  it('gives the same records, bad rows and line numbers as the raw-based source, however the input is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 8, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        async (lines, crlf, bom, finalBreak, cuts) => {
          const eol = crlf ? '\r\n' : '\n';
          const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join(eol)}${finalBreak ? eol : ''}`, 'utf8');
          const chunks: Buffer[] = [];
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const size = cuts[k % cuts.length] as number;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const want = await read(rawSource(), chunks);
          expect(await read(csvSource(), chunks)).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps its premise: with these options csv-parse pushes no record after one it skips (a quote never closed swallows the rest)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const events: string[] = [];
        const parser = parse({
          ...CSV_OPTIONS,
          on_skip: () => {
            events.push('skip');
            return undefined;
          },
        });
        parser.on('data', () => events.push('record'));
        await pipeline(Readable.from([Buffer.from(`${lines.join('\n')}\n`)]), parser, new Writable({ objectMode: true, write: (_r, _e, cb) => cb() }));
        const firstSkip = events.indexOf('skip');
        if (firstSkip >= 0) expect(events.slice(firstSkip + 1)).not.toContain('record');
      }),
      { numRuns: 300 },
    );
    // The one skip these options make: an opening quote never closed, at the end.
    const r = await read(csvSource(), [Buffer.from('id,a\n1,"open\n2,3\n')]);
    expect(r).toEqual(['fields ["id","a"] @1', 'bad bad_quoting @3']);
  });
});
