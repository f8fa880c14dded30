import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

/** The longest record (CSV) or line (NDJSON) read, in characters; a longer one stops the run (exit 3). */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** One record from a source, with the (1-based) line on which it ends. */
export type SourceRecord =
  | { readonly kind: 'fields'; readonly fields: readonly string[]; readonly line: number }
  | { readonly kind: 'json'; readonly text: string; readonly line: number }
  | { readonly kind: 'bad'; readonly code: string; readonly message: string; readonly line: number; readonly fatal: boolean };

/** Counts a source keeps for the summary. */
export interface SourceStats {
  blankLines(): number;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE:
    'bad quoting: a closing quote is followed by other characters (the reader may then take the following lines as part of this field)',
  INVALID_OPENING_QUOTE: 'bad quoting: a quote inside a field that does not start with a quote (write "" for a quote inside a quoted field)',
  CSV_QUOTE_NOT_CLOSED: 'bad quoting: a quote is never closed, so the rest of the file was read as one field',
  CSV_MAX_RECORD_SIZE: `a record longer than ${MAX_RECORD_CHARS} characters (often a quote that is never closed); reading stopped here`,
};

/** How csv-parse reads a CSV source (see {@link csvSource}). */
export const CSV_OPTIONS = Object.freeze({
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
  max_record_size: MAX_RECORD_CHARS,
} as const);

/**
 * A csv-parse Transform that emits {@link SourceRecord}s: arrays of fields (ragged rows are kept,
 * for the scorer to report) and, in order with them, one `bad` record for each record the parser
 * could not read (bad quoting), so every row is counted. A UTF-8 BOM is removed, CRLF and LF line
 * ends are both read, and empty lines are skipped and counted.
 *
 * Stray quotes never shift the row numbers: csv-parse reads with `relax_quotes`, so a record with
 * k stray quotes (`A"b"c"d`) is still one record; a record whose fields hold a quote is then read
 * again, alone and strictly, from its own bytes, and if that fails it becomes one `bad` record.
 * Its bytes are found by csv-parse's live byte count (`info.bytes`, the end of the record being
 * pushed) in the input kept since the last record pushed; csv-parse's `raw` option would give the
 * same text but costs about a tenth of a run, copying every byte of every record.
 */
export function csvSource(): Transform & SourceStats {
  // Input kept from the end of the last record pushed (absolute byte offset `from`), and where the
  // next quote byte in it is (`quoteAt`, absolute; Infinity when there is none).
  let kept: Buffer = Buffer.alloc(0);
  let from = 0;
  let lastEnd = 0;
  let quoteAt = Number.POSITIVE_INFINITY;
  const parser = parse({
    ...CSV_OPTIONS,
    on_skip: (e: (Error & { code?: string; lines?: number }) | undefined) => {
      const code = e?.code ?? 'CSV_ERROR';
      const record: SourceRecord = {
        kind: 'bad',
        code: code === 'CSV_MAX_RECORD_SIZE' ? 'record_too_large' : 'bad_quoting',
        message: CSV_ERRORS[code] ?? `the CSV record could not be read (${code})`,
        line: typeof e?.lines === 'number' ? e.lines : parser.info.lines,
        fatal: code === 'CSV_MAX_RECORD_SIZE',
      };
      // With these options csv-parse skips a record only where the input ends (a quote never
      // closed) or stops (a record too large), so no record follows a skipped one; keep no input
      // from before this point all the same.
      lastEnd = Math.max(lastEnd, parser.info.bytes);
      push(record);
      return undefined;
    },
  });
  const push = parser.push.bind(parser);
  // csv-parse counts the end of a file that ends with a line break as one more empty line; note
  // the last byte seen so that only real blank lines are reported.
  let last = -1;
  const transform = parser._transform.bind(parser);
  parser._transform = (chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void => {
    if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
    const start = from + kept.length;
    kept = lastEnd >= start ? chunk : Buffer.concat([kept.subarray(lastEnd - from), chunk]);
    from = Math.min(lastEnd, start);
    if (quoteAt < from) quoteAt = Number.POSITIVE_INFINITY;
    if (quoteAt === Number.POSITIVE_INFINITY) {
      const q = kept.indexOf(0x22, Math.max(0, start - from));
      if (q >= 0) quoteAt = from + q;
    }
    transform(chunk, encoding, callback);
  };
  // csv-parse pushes each record synchronously while it parses, so its live line and byte counts
  // are the line on which this record ends and the byte after it (cheaper than its `info` option,
  // which copies an object per record).
  parser.push = (chunk: unknown): boolean => {
    if (chunk === null) return push(null);
    const record = chunk as string[];
    const line = parser.info.lines;
    const end = parser.info.bytes;
    const start = lastEnd;
    lastEnd = end;
    // Only a record whose bytes hold a quote can be badly quoted: most hold none.
    if (quoteAt < end) {
      const q = kept.indexOf(0x22, end - from);
      quoteAt = q < 0 ? Number.POSITIVE_INFINITY : from + q;
      if (record.some((field) => field.includes('"'))) {
        const message = strictError(kept.toString('utf8', start - from, end - from));
        if (message !== null) return push({ kind: 'bad', code: 'bad_quoting', message, line, fatal: false } satisfies SourceRecord);
      }
    }
    return push({ kind: 'fields', fields: record, line } satisfies SourceRecord);
  };
  return Object.assign(parser, { blankLines: () => Math.max(0, parser.info.empty_lines - (last === 0x0a || last === 0x0d ? 1 : 0)) });
}

/** Reads one raw record strictly (no relaxed quotes): `null` when its quoting is right, else why not. */
function strictError(raw: string): string | null {
  try {
    parseSync(raw, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return null;
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'CSV_ERROR';
    return CSV_ERRORS[code] ?? `the CSV record could not be read (${code})`;
  }
}

/**
 * A Transform that splits NDJSON into lines (LF or CRLF; a leading BOM is removed) and emits one
 * `json` record per non-blank line; blank lines are skipped and counted. A line longer than
 * {@link MAX_RECORD_CHARS} stops the run.
 */
export function ndjsonSource(): Transform & SourceStats {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  let blank = 0;
  let first = true;
  let stopped = false;
  function lines(self: Transform, text: string, final: boolean): void {
    let data = rest + text;
    if (first && data.length > 0) {
      if (data.charCodeAt(0) === 0xfeff) data = data.slice(1);
      first = false;
    }
    let start = 0;
    for (;;) {
      const nl = data.indexOf('\n', start);
      if (nl === -1) break;
      emit(self, data.slice(start, data.charCodeAt(nl - 1) === 13 && nl > start ? nl - 1 : nl));
      start = nl + 1;
      if (stopped) return;
    }
    rest = data.slice(start);
    if (final && rest.length > 0) {
      emit(self, rest.endsWith('\r') ? rest.slice(0, -1) : rest);
      rest = '';
    } else if (rest.length > MAX_RECORD_CHARS) {
      line++;
      tooLarge(self);
    }
  }
  /** Stops the run at the current line, which is longer than {@link MAX_RECORD_CHARS}. */
  function tooLarge(self: Transform): void {
    stopped = true;
    self.push({
      kind: 'bad',
      code: 'record_too_large',
      message: `a line longer than ${MAX_RECORD_CHARS} characters; reading stopped here`,
      line,
      fatal: true,
    } satisfies SourceRecord);
  }
  function emit(self: Transform, text: string): void {
    line++;
    if (text.trim() === '') {
      blank++;
      return;
    }
    if (text.length > MAX_RECORD_CHARS) {
      tooLarge(self);
      return;
    }
    self.push({ kind: 'json', text, line } satisfies SourceRecord);
  }
  const t = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, callback: TransformCallback) {
      if (!stopped) lines(this, decoder.write(chunk), false);
      callback();
    },
    flush(callback: TransformCallback) {
      if (!stopped) lines(this, decoder.end(), true);
      callback();
    },
  });
  return Object.assign(t, { blankLines: () => blank });
}
