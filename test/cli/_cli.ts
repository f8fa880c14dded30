// Builds the CLI once per test file into a temporary folder (esbuild, bundled, as a user runs it)
// and runs it as a child process.
import { type ChildProcess, type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface Built {
  readonly dir: string;
  readonly cli: string;
  cleanup(): void;
}

export async function buildCli(): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), 'securebase-cli-test-'));
  const cli = join(dir, 'dist', 'main.js');
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'error',
    // cli-progress is CommonJS and requires Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return { dir, cli, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(b: Built, args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [b.cli, ...args], {
    cwd: b.dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The summary line `N rows read: W scored, E with errors` as numbers. */
export function counts(stderr: string): { read: number; scored: number; errors: number } {
  const m = /(\d+) rows? read: (\d+) scored, (\d+) with errors/.exec(stderr);
  if (!m) throw new Error(`no summary line in stderr:\n${stderr}`);
  return { read: Number(m[1]), scored: Number(m[2]), errors: Number(m[3]) };
}

/** A stack trace line, which no user mistake may print. */
export const STACK = /\n\s+at /;

/**
 * Runs the CLI as a child process with piped stdin, calls `during` with the process once its
 * stdout has shown `waitFor` (no fixed sleeps), and resolves when it exits.
 */
export function runCliAsync(
  b: Built,
  args: readonly string[],
  options: { waitFor?: RegExp; during?: (child: ChildProcess) => void; input?: string; closeStdout?: boolean } = {},
): Promise<Run & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [b.cli, ...args], { cwd: b.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let fired = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      stdout += d;
      if (!fired && options.waitFor?.test(stdout)) {
        fired = true;
        options.during?.(child);
      }
    });
    child.stderr.on('data', (d: string) => {
      stderr += d;
    });
    child.stdin.on('error', () => undefined);
    if (options.closeStdout) child.stdout.destroy();
    if (options.input !== undefined) child.stdin.write(options.input);
    if (options.waitFor === undefined) child.stdin.end();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
