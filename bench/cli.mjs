// npm run bench (after bench/run.mjs): the `securebase score` CLI against csv-parse alone, on the
// same deterministic ECR-R CSV files (item columns q1 … q36, read with --item-columns q{n}), in
// the same run. Prints the throughput ratio (target: the CLI reaches at least 0.7 of csv-parse's
// throughput), also with --summary and with --quality, and the peak memory of the CLI at 100,000
// and 1,000,000 rows (target: flat, under 150 MB).
//
// Env: BENCH_CLI_ROWS (default 1000000), BENCH_CLI_ROUNDS (default 3), BENCH_CLI (path of a built
// CLI; default dist/cli.js, else the CLI is bundled with esbuild into a temp folder).
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { lcg } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// Child mode: csv-parse alone, every row parsed and counted, as the CLI reads it.
if (process.argv[2] === '--parse-only') {
  const { parse } = await import('csv-parse');
  let n = 0;
  await pipeline(
    createReadStream(process.argv[3]),
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
    new Writable({
      objectMode: true,
      write(_record, _enc, cb) {
        n++;
        cb();
      },
    }),
  );
  process.stdout.write(`${n}\n`);
  if (process.env.SECUREBASE_REPORT_MAXRSS === '1') process.stderr.write(`maxrss ${process.resourceUsage().maxRSS} KB\n`);
  process.exit(0);
}

const N = Number(process.env.BENCH_CLI_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'securebase-bench-cli-'));

async function writeCsv(path, rows, seed) {
  const rnd = lcg(seed);
  const out = createWriteStream(path);
  const header = ['id', ...Array.from({ length: 36 }, (_, i) => `q${i + 1}`)].join(',');
  let buf = `${header}\n`;
  for (let r = 0; r < rows; r++) {
    let line = `p${r + 1}`;
    for (let i = 0; i < 36; i++) line += `,${1 + Math.floor(rnd() * 7)}`;
    buf += `${line}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((resolve) => out.once('drain', resolve));
      buf = '';
    }
  }
  await new Promise((resolve, reject) => out.end(buf, (e) => (e ? reject(e) : resolve())));
}

let cli = process.env.BENCH_CLI ?? join(here, '../dist/cli.js');
if (!existsSync(cli)) {
  const { build } = await import('esbuild');
  cli = join(work, 'cli.mjs');
  await build({
    entryPoints: [join(here, '../src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  console.log(`(dist/cli.js not found: bundled the CLI from src/cli/main.ts with esbuild)`);
}

const gnuTime = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

/** Runs a command, returns wall ms, peak RSS (KB) and its stdout/stderr. */
function run(args, env = {}) {
  const cmd = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-v', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, SECUREBASE_REPORT_MAXRSS: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const fromSelf = /maxrss (\d+) KB/.exec(r.stderr)?.[1];
  return { ms, rssKb: Number(fromTime ?? fromSelf), stdout: r.stdout, stderr: r.stderr };
}

const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const rate = (rows, ms) => `${(((rows / ms) * 1000) / 1e6).toFixed(2)} M rows/s`;

try {
  const sizes = [...new Set([Math.min(100_000, N), N])];
  const results = [];
  for (const rows of sizes) {
    const file = join(work, `ecr-r-${rows}.csv`);
    await writeCsv(file, rows, 42);
    const parseRun = () => run([join(here, 'cli.mjs'), '--parse-only', file]);
    const cliRun = (extra = []) => run([cli, 'score', 'ecr-r', file, '--item-columns', 'q{n}', '--no-progress', '-o', '/dev/null', ...extra]);
    // Check both read every row, then alternate rounds so machine noise hits both alike.
    const p0 = parseRun();
    const c0 = cliRun();
    if (Number(p0.stdout.trim()) !== rows + 1) throw new Error(`csv-parse counted ${p0.stdout.trim()} records, expected ${rows + 1}`);
    if (!c0.stderr.includes(`${rows} rows read: ${rows} scored, 0 with errors`)) throw new Error(`the CLI did not score every row: ${c0.stderr}`);
    const ps = [];
    const cs = [];
    const ss = [];
    const qs = [];
    const rss = [c0.rssKb];
    for (let k = 0; k < (rows === N ? ROUNDS : 1); k++) {
      ps.push(parseRun().ms);
      const c = cliRun();
      cs.push(c.ms);
      rss.push(c.rssKb);
      const s = cliRun(['--summary']);
      ss.push(s.ms);
      rss.push(s.rssKb);
      const q = cliRun(['--quality']);
      qs.push(q.ms);
      rss.push(q.rssKb);
    }
    results.push({ rows, parse: med(ps), cli: med(cs), summary: med(ss), quality: med(qs), rss: Math.max(...rss), parseRss: p0.rssKb, rounds: ps.length });
  }
  console.log(`securebase score (ECR-R, 36 items + an id column) against csv-parse alone, same files, same run`);
  console.log(`peak memory from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}`);
  for (const r of results) {
    console.log(`  ${r.rows.toLocaleString('en')} rows (median of ${r.rounds}):`);
    console.log(`    csv-parse alone : ${r.parse.toFixed(0)} ms (${rate(r.rows, r.parse)}), peak ${mb(r.parseRss)}`);
    console.log(`    securebase score --item-columns q{n}: ${r.cli.toFixed(0)} ms (${rate(r.rows, r.cli)}), ratio ${(r.parse / r.cli).toFixed(2)}`);
    console.log(`      with --summary: ${r.summary.toFixed(0)} ms, ratio ${(r.parse / r.summary).toFixed(2)}`);
    console.log(`      with --quality: ${r.quality.toFixed(0)} ms, ratio ${(r.parse / r.quality).toFixed(2)}`);
    console.log(`      peak memory of the three: ${mb(r.rss)}`);
  }
  const big = results[results.length - 1];
  const ratio = big.parse / big.cli;
  const peak = Math.max(...results.map((r) => r.rss));
  const ratioOk = ratio >= 0.7;
  const memOk = peak < 150 * 1024;
  console.log(`  ratio CLI/csv-parse throughput at ${big.rows.toLocaleString('en')} rows: ${ratio.toFixed(2)} (target >= 0.70) ${ratioOk ? 'PASS' : 'FAIL'}`);
  console.log(
    `  peak memory: ${results.map((r) => `${mb(r.rss)} at ${r.rows.toLocaleString('en')}`).join(', ')} (target: flat, < 150 MB) ${memOk ? 'PASS' : 'FAIL'}`,
  );
  if (!ratioOk || !memOk) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
