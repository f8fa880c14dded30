import { createWriteStream, type WriteStream } from 'node:fs';
import { fileErrorMessage, inputError, WriteFailure } from '../_errors.js';
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

/**
 * Opens `--errors FILE` (CSV or NDJSON by its extension); one line per issue, a header first for
 * CSV. A failed write (a full disk) makes the next report, or the close, fail with a
 * {@link WriteFailure} naming the file, so the run stops instead of ending early and silently.
 */
export async function fileSink(path: string): Promise<ErrorSink> {
  const format = errorFileFormat(path);
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(inputError(fileErrorMessage('write the errors file', path, e))));
  });
  const target = `the errors file ${JSON.stringify(path)}`;
  let failure: WriteFailure | null = null;
  const waiting = new Set<(e: WriteFailure) => void>();
  const fail = (e: unknown): void => {
    failure ??= new WriteFailure(target, e);
    for (const reject of waiting) reject(failure);
    waiting.clear();
  };
  stream.on('error', fail);
  const write = (text: string): boolean => stream.write(text, (e) => (e ? fail(e) : undefined));
  if (format === 'csv') write(`${csvLine([...COLUMNS])}\n`);
  return {
    where: `see ${path}`,
    report(issues) {
      if (failure) return Promise.reject(failure);
      let text = '';
      for (const i of issues) {
        text +=
          format === 'csv'
            ? `${csvLine([String(i.row), i.line === null ? '' : String(i.line), i.column ?? '', i.item ?? '', i.value ?? '', i.code, i.message])}\n`
            : `${JSON.stringify({ row: i.row, line: i.line, column: i.column, item: i.item, value: i.value, code: i.code, message: i.message })}\n`;
      }
      if (write(text)) return undefined;
      return new Promise<void>((resolve, reject) => {
        const done = (): void => {
          waiting.delete(reject);
          resolve();
        };
        waiting.add(reject);
        stream.once('drain', done);
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) {
          stream.destroy();
          return reject(failure);
        }
        waiting.add(reject);
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
