// npm run bench (after bench/cli.mjs): ECR-R scored inside DuckDB with the query `toSql` writes,
// against `securebase score` on the same CSV file, in the same run. Both read the CSV and write the
// scored rows as CSV (DuckDB: COPY ... TO '/dev/null'; the CLI: -o /dev/null). Prints the time of
// each, the ratio, and the peak memory of each process.
//
// Env: BENCH_SQL_ROWS (default 10000000), BENCH_SQL_ROUNDS (default 1), BENCH_SQL_THREADS (DuckDB
// threads; default: DuckDB's own, all cores), BENCH_CLI (path of a built CLI; default dist/cli.js,
// else the CLI is bundled with esbuild into a temp folder).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lcg } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// Child mode: DuckDB scores the CSV with the query in argv[4].
if (process.argv[2] === '--duckdb') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const [, , , file, sqlFile, mode] = process.argv;
  const { readFileSync } = await import('node:fs');
  const query = readFileSync(sqlFile, 'utf8');
  const db = await DuckDBInstance.create(':memory:', process.env.BENCH_SQL_THREADS ? { threads: process.env.BENCH_SQL_THREADS } : {});
  const con = await db.connect();
  const lit = (s) => `'${s.replaceAll("'", "''")}'`;
  await con.run(`CREATE VIEW responses AS SELECT * FROM read_csv(${lit(file)}, header = true, all_varchar = true)`);
  if (mode === 'check') {
    const r = (await con.runAndReadAll(`SELECT count(*) AS n, count(errors) AS e, count("anxiety") AS a FROM (${query}) AS scored`)).getRowObjectsJS()[0];
    process.stdout.write(`${r.n} ${r.e} ${r.a}\n`);
  } else {
    await con.run(`COPY (${query}) TO '/dev/null' (FORMAT csv, HEADER true)`);
  }
  con.closeSync();
  db.closeSync();
  process.stderr.write(`maxrss ${process.resourceUsage().maxRSS} KB\n`);
  process.exit(0);
}

const N = Number(process.env.BENCH_SQL_ROWS ?? 10_000_000);
const ROUNDS = Number(process.env.BENCH_SQL_ROUNDS ?? 1);
const work = mkdtempSync(join(tmpdir(), 'securebase-bench-sql-'));

async function writeCsv(path, rows, seed) {
  const rnd = lcg(seed);
  const out = createWriteStream(path);
  let buf = `${['id', ...Array.from({ length: 36 }, (_, i) => `ecrr-${i + 1}`)].join(',')}\n`;
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
  console.log('(dist/cli.js not found: bundled the CLI from src/cli/main.ts with esbuild)');
}

const gnuTime = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');

/** Runs node with args; returns wall ms, peak RSS (KB), stdout and stderr. */
function run(args) {
  const cmd = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-v', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, SECUREBASE_REPORT_MAXRSS: '1' }, maxBuffer: 64 * 1024 * 1024 });
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
  const file = join(work, 'ecr-r.csv');
  const sqlFile = join(work, 'ecr-r.sql');
  await writeCsv(file, N, 42);
  const q = run([cli, 'sql', 'ecr-r', '--dialect', 'duckdb', '--from', 'responses', '--item-columns', '{id}']);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(sqlFile, q.stdout);
  // Both score every row: DuckDB counts N rows, none with errors, every anxiety value present.
  const check = run([join(here, 'sql.mjs'), '--duckdb', file, sqlFile, 'check']);
  if (check.stdout.trim() !== `${N} 0 ${N}`) throw new Error(`DuckDB check: ${check.stdout.trim()} (expected "${N} 0 ${N}")`);
  const duck = [];
  const cl = [];
  for (let k = 0; k < ROUNDS; k++) {
    duck.push(run([join(here, 'sql.mjs'), '--duckdb', file, sqlFile]));
    const c = run([cli, 'score', 'ecr-r', file, '--no-progress', '-o', '/dev/null']);
    if (!c.stderr.includes(`${N} rows read: ${N} scored, 0 with errors`)) throw new Error(`the CLI did not score every row: ${c.stderr}`);
    cl.push(c);
  }
  const d = med(duck.map((x) => x.ms));
  const c = med(cl.map((x) => x.ms));
  console.log(`ECR-R, ${N.toLocaleString('en')} rows (36 items + an id column), CSV in, scored CSV out, same file, same run (median of ${ROUNDS})`);
  console.log(
    `peak memory from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}; DuckDB threads: ${process.env.BENCH_SQL_THREADS ?? 'all cores'}`,
  );
  console.log(`  DuckDB + toSql    : ${d.toFixed(0)} ms (${rate(N, d)}), peak ${mb(Math.max(...duck.map((x) => x.rssKb)))}`);
  console.log(`  securebase score  : ${c.toFixed(0)} ms (${rate(N, c)}), peak ${mb(Math.max(...cl.map((x) => x.rssKb)))}`);
  console.log(`  ratio CLI time / DuckDB time: ${(c / d).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
