/** A progress display on stderr; a no-op unless stderr is a terminal. */
export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * Starts a cli-progress bar on stderr when stderr is a TTY (never in a pipe or a log file, so
 * stdout and captured stderr stay clean). `totalBytes` (a file's size) gives a percentage; for
 * stdin only the row count is shown. The package is loaded only when the bar is shown.
 */
export async function startProgress(enabled: boolean, totalBytes: number | null): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: totalBytes === null ? 'scoring | {rows} rows | {duration_formatted}' : 'scoring [{bar}] {percentage}% | {rows} rows | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes ?? 1, 0, { rows: 0 });
  return {
    update: (rows, bytes) => bar.update(totalBytes === null ? 0 : Math.min(bytes, totalBytes), { rows }),
    stop: () => bar.stop(),
  };
}
