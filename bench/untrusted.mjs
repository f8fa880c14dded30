// Untrusted JSON to a PHQ-9 total, two ways that both validate: zod (`responsesSchema(phq9)`, the
// schema securebase generates from the definition) then `score`, against `safeScore` alone, on the
// same 100,000 JSON strings (JSON.parse included in both), after checking that both accept and
// reject the same rows and give the same totals. Four data sets: answers as arrays or as records
// keyed by item id, each all valid ("clean") or with 5% unanswered items and 5% invalid rows
// ("mixed"). Prints the ratio; there is no target.
//
//   node bench/untrusted.mjs        (BENCH_UNTRUSTED_N rows, default 100000; BENCH_ROUNDS, default 7)
import { phq9, safeScore, score } from '../dist/index.js';
import { responsesSchema } from '../dist/schemas.js';
import { fmt, median, phq9Rows, ratio, spread, table } from './_peers.mjs';
import { lcg } from './data.mjs';

const N = Number(process.env.BENCH_UNTRUSTED_N ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const schema = responsesSchema(phq9);

// Invalid answers seen in real exports: out of range, a string, a fraction, a boolean, a nested value.
const BAD = [4, -1, '2', 1.5, true, [1], 99];

/** JSON strings of `n` PHQ-9 responses; `mixed` makes 5% of rows miss an answer and 5% invalid. */
function dataset(n, form, mixed, seed) {
  const rows = phq9Rows(n, seed);
  const rnd = lcg(seed + 1);
  return rows.map((row) => {
    const answers = [...row];
    let extra = false;
    if (mixed) {
      const u = rnd();
      const at = Math.floor(rnd() * 10);
      if (u < 0.05) answers[at] = null;
      else if (u < 0.1) {
        const b = Math.floor(rnd() * (BAD.length + 1));
        if (b === BAD.length) extra = true;
        else answers[at] = BAD[b];
      }
    }
    if (form === 'array') return JSON.stringify(extra ? [...answers, 1] : answers);
    const rec = Object.fromEntries(answers.map((v, i) => [`phq9-${i + 1}`, v]));
    if (extra) rec['phq9-11'] = 1;
    return JSON.stringify(rec);
  });
}

// Outcome codes: the total, 100 for accepted without a total (an unanswered item), -1 for rejected.
const NO_TOTAL = 100;
const REJECTED = -1;

function outcomesZod(strings) {
  return Int32Array.from(strings, (s) => {
    const p = schema.safeParse(JSON.parse(s));
    return p.success ? (score(phq9, p.data).scales.total.value ?? NO_TOTAL) : REJECTED;
  });
}
function outcomesSafe(strings) {
  return Int32Array.from(strings, (s) => {
    const r = safeScore(phq9, JSON.parse(s));
    return r.ok ? (r.value.scales.total.value ?? NO_TOTAL) : REJECTED;
  });
}

// One timing loop per function (see bench/README.md).
function timeParse(strings) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < strings.length; r++) sink += JSON.parse(strings[r]) === null ? 0 : 1;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== strings.length) throw new Error('parse sink');
  return ms;
}
function timeZod(strings, expected) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < strings.length; r++) {
    const p = schema.safeParse(JSON.parse(strings[r]));
    sink += p.success ? (score(phq9, p.data).scales.total.value ?? NO_TOTAL) : REJECTED;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== expected) throw new Error(`zod sink ${sink} is not ${expected}`);
  return ms;
}
function timeSafe(strings, expected) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < strings.length; r++) {
    const v = safeScore(phq9, JSON.parse(strings[r]));
    sink += v.ok ? (v.value.scales.total.value ?? NO_TOTAL) : REJECTED;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== expected) throw new Error(`safeScore sink ${sink} is not ${expected}`);
  return ms;
}

console.log(`Untrusted PHQ-9 JSON: ${N.toLocaleString('en')} strings per data set, Node ${process.version}; median of ${ROUNDS} alternating rounds`);
console.log('zod side: JSON.parse, responsesSchema(phq9).safeParse, then score(phq9, data) on success');
console.log('safeScore side: JSON.parse, safeScore(phq9, value)');
const out = [['data set', 'rejected', 'JSON.parse alone', 'zod + score', 'safeScore', 'zod time ÷ safeScore time (rounds)']];
const sets = [
  ['arrays, clean', 'array', false],
  ['arrays, mixed', 'array', true],
  ['records, clean', 'record', false],
  ['records, mixed', 'record', true],
];
for (const [label, form, mixed] of sets) {
  const strings = dataset(N, form, mixed, 77);
  // Identical outcomes first: the same rows accepted, the same rows rejected, the same totals.
  const a = outcomesZod(strings);
  const b = outcomesSafe(strings);
  let rejected = 0;
  let expected = 0;
  for (let r = 0; r < N; r++) {
    if (a[r] !== b[r]) throw new Error(`${label}: row ${r} differs (zod + score ${a[r]}, safeScore ${b[r]}): ${strings[r]}`);
    if (a[r] === REJECTED) rejected++;
    expected += a[r];
  }
  const warm = strings.slice(0, Math.min(N, 10_000));
  const warmExpected = a.subarray(0, warm.length).reduce((s, v) => s + v, 0);
  timeParse(warm);
  timeZod(warm, warmExpected);
  timeSafe(warm, warmExpected);
  const ps = [];
  const zs = [];
  const ss = [];
  for (let k = 0; k < ROUNDS; k++) {
    ps.push(timeParse(strings));
    zs.push(timeZod(strings, expected));
    ss.push(timeSafe(strings, expected));
  }
  const [p, z, s] = [median(ps), median(zs), median(ss)];
  out.push([label, rejected.toLocaleString('en'), fmt(p, N), fmt(z, N), fmt(s, N), `${ratio(z / s)} (${spread(zs, ss)})`]);
}
table(out);
console.log('Both sides accept and reject exactly the same rows and give the same totals (checked above, every row).');
