import { createWriteStream, type WriteStream } from 'node:fs';
import { fileErrorMessage, inputError } from '../_errors.js';
import { csvLine } from './format.js';

/** One problem with one input row. `column`, `item` and `value` are `null` for row-level problems. */
export interface RowIssue {
  readonly row: number;
  readonly line: number | null;
  readonly column: string | null;
  readonly item: string | null;
  /** A short preview of the value (at most 24 characters), never more of the input. */
  readonly value: string | null;
  readonly code: string;
  readonly message: string;
}

/** Where row errors go. `report` returns a promise when the sink is full (backpressure). */
export interface ErrorSink {
  report(issues: readonly RowIssue[]): Promise<void> | undefined;
  close(): Promise<void>;
  /** Words for the summary line: where the details are. */
  readonly where: string;
}

const COLUMNS = ['row', 'line', 'column', 'item', 'value', 'code', 'message'] as const;

/** The error-file format from its name: `.ndjson`, `.jsonl` or `.json` → NDJSON, anything else → CSV. */
export const errorFileFormat = (path: string): 'csv' | 'ndjson' => (/\.(ndjson|jsonl|json)$/i.test(path) ? 'ndjson' : 'csv');

/** Opens `--errors FILE` (CSV or NDJSON by its extension); one line per issue, a header first for CSV. */
export async function fileSink(path: string): Promise<ErrorSink> {
  const format = errorFileFormat(path);
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(inputError(fileErrorMessage('write the errors file', path, e))));
  });
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = inputError(fileErrorMessage('write the errors file', path, e));
  });
  if (format === 'csv') stream.write(`${csvLine([...COLUMNS])}\n`);
  return {
    where: `see ${path}`,
    report(issues) {
      if (failure) throw failure;
      let text = '';
      for (const i of issues) {
        text +=
          format === 'csv'
            ? `${csvLine([String(i.row), i.line === null ? '' : String(i.line), i.column ?? '', i.item ?? '', i.value ?? '', i.code, i.message])}\n`
            : `${JSON.stringify({ row: i.row, line: i.line, column: i.column, item: i.item, value: i.value, code: i.code, message: i.message })}\n`;
      }
      return stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', resolve));
    },
    close: () =>
      new Promise((resolve, reject) => {
        stream.end(() => (failure ? reject(failure) : resolve()));
      }),
  };
}

/** Human-readable line for one issue. */
export const issueLine = (i: RowIssue): string => `row ${i.row}${i.line === null ? '' : ` (line ${i.line})`}: ${i.message}`;

/**
 * Reports row errors on stderr, one line per issue, for the first `limit` rows in error; past
 * that it says once that more follow (they are still counted; `--errors FILE` keeps them all).
 */
export function stderrSink(limit = 100): ErrorSink {
  let rows = 0;
  return {
    where: 'reported above',
    report(issues) {
      rows++;
      if (rows <= limit) process.stderr.write(issues.map((i) => `securebase: ${issueLine(i)}\n`).join(''));
      else if (rows === limit + 1)
        process.stderr.write(`securebase: more rows have errors; only the first ${limit} are shown here (use --errors FILE to keep them all)\n`);
      return undefined;
    },
    close: () => Promise.resolve(),
  };
}
