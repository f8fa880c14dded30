import { _preview } from '../model/preview.js';

/**
 * Exit codes of the `securebase` command. Every command documents them in `--help` and in
 * `docs/guides/cli.md`.
 */
export const EXIT = {
  /** Everything went well. */
  ok: 0,
  /** `score`: some rows failed (each reported with its row number and reason). */
  rowsFailed: 1,
  /** A usage mistake: unknown command or option, missing or bad argument. */
  usage: 2,
  /** An input or file problem: cannot read or write a file, bad JSON, a CSV header that cannot be used. */
  input: 3,
  /** A bug in securebase (never a user mistake); the message asks for a report. */
  internal: 70,
} as const;

/** The kind of exit a {@link CliError} asks for. */
export type ExitKind = Exclude<keyof typeof EXIT, 'ok'>;

/**
 * A user-facing failure: a one-line message and the exit code. The entry point prints
 * `securebase: <message>` on stderr and exits, never with a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  constructor(kind: ExitKind, message: string) {
    super(message);
    this.exitCode = EXIT[kind];
  }
}

/** A usage error (exit 2). */
export const usageError = (message: string): CliError => new CliError('usage', message);
/** An input or file error (exit 3). */
export const inputError = (message: string): CliError => new CliError('input', message);

/** A short, safe preview of an untrusted value for messages (the one preview every room uses). */
export const preview = _preview;

/**
 * A write that failed on an output (the output file, stdout, the errors file). The command turns
 * it into one message naming the file and how many rows were written (exit 3).
 */
export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';
  /** Words for the target: `the output "scores.csv"`, `stdout`, `the errors file "bad.csv"`. */
  readonly target: string;
  readonly code: unknown;
  constructor(target: string, err: unknown) {
    super(`cannot write ${target}: ${reason(err)}`);
    this.target = target;
    this.code = (err as { code?: unknown } | null)?.code;
  }
}

/** A message for a Node file-system error, naming the path but never dumping a stack. */
export function fileErrorMessage(what: string, path: string, err: unknown): string {
  return `cannot ${what} ${JSON.stringify(path)}: ${reason(err)}`;
}

/** Plain words for why a file operation failed. */
function reason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC'
    ? 'the disk is full'
    : code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED'
      ? 'the reader closed it'
      : code === 'EDQUOT'
        ? 'the disk quota is used up'
        : code === 'ENOENT'
          ? 'no such file or folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'it is a folder, not a file'
              : code === 'ENOTDIR'
                ? 'a part of the path is not a folder'
                : typeof code === 'string'
                  ? code
                  : err instanceof Error
                    ? (err.message.split('\n')[0] ?? '')
                    : String(err);
}
