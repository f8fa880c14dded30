import { Writable } from 'node:stream';
import { WriteFailure } from '../_errors.js';
import type { OutputChunk } from './scorer.js';

/** The end of the pipeline: writes output chunks to a stream and counts the rows it has written. */
export interface OutputSink {
  readonly stream: Writable;
  /** Rows whose text the target has accepted (its write callback said so). */
  rowsWritten(): number;
}

/**
 * Writes the scorer's {@link OutputChunk}s to `target` (a file stream or stdout), one write at a
 * time, and counts the rows each successful write held. A failed write (a full disk, a closed
 * pipe) ends the pipeline with a {@link WriteFailure} naming `target`, never silently.
 */
export function outputSink(target: NodeJS.WritableStream, name: string): OutputSink {
  let rows = 0;
  let failure: WriteFailure | null = null;
  const onError = (e: unknown): void => {
    failure ??= new WriteFailure(name, e);
  };
  target.on('error', onError);
  const stream = new Writable({
    objectMode: true,
    write(chunk: OutputChunk, _enc, callback) {
      if (failure) return callback(failure);
      target.write(chunk.text, (e?: Error | null) => {
        if (e) {
          onError(e);
          return callback(failure);
        }
        rows += chunk.rows;
        callback();
      });
    },
    final(callback) {
      if (failure) return callback(failure);
      if (target === process.stdout) return callback();
      (target as Writable).end(() => callback(failure));
    },
  });
  return { stream, rowsWritten: () => rows };
}
