import { Writable } from 'node:stream';
import { WriteFailure } from '../_errors.js';

/** A piece of output and the number of rows it holds (so a failed write can say how many rows were written). */
export interface OutputChunk {
  readonly bytes: Buffer;
  readonly rows: number;
}

/**
 * Output being built: text is encoded as UTF-8 into one growing buffer as it is written, and
 * parts cached as bytes (a row's score cells) are copied in. Building a large string by `+=` and
 * encoding it at the end cost a quarter of a 1,000,000-row run (V8 flattens the rope first); this
 * never builds one. {@link take} hands over what was written, with the number of whole rows it holds.
 */
export class OutputBuffer {
  private buf: Buffer = Buffer.allocUnsafe(1 << 17);
  private length = 0;
  private rows = 0;

  /** Bytes written since the last {@link take}. */
  get byteLength(): number {
    return this.length;
  }

  /** Writes `s` as UTF-8. */
  text(s: string): void {
    this.room(s.length * 3);
    this.length += this.buf.write(s, this.length);
  }

  /** Copies `b` (already encoded). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** Counts one whole row written. */
  endRow(): void {
    this.rows++;
  }

  /** What was written since the last call, and how many rows it holds; the buffer starts empty again. */
  take(): OutputChunk {
    const written = this.buf.subarray(0, this.length);
    // A small piece (a slow source, flushed early) is copied out and the buffer kept; a full one is handed over.
    const small = this.length < this.buf.length >> 2;
    const chunk = { bytes: small ? Buffer.from(written) : written, rows: this.rows };
    if (!small) this.buf = Buffer.allocUnsafe(1 << 17);
    this.length = 0;
    this.rows = 0;
    return chunk;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }
}

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
      target.write(chunk.bytes, (e?: Error | null) => {
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
