// npm run bench: `score` against a plain hand-written loop over the same 1,000,000 ECR-R responses,
// in the same run, after checking that both give identical results. Prints the throughput ratio.
import { defineInstrument, ecrR, score } from '../dist/index.js';
import { responses } from './data.mjs';

const N = Number(process.env.BENCH_N ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const rows = responses(N, 36, 1, 7, 42);

// The loop a developer would write by hand for Fraley's key (anxiety 1-18, avoidance 19-36, 8 - x reversal).
const REV = new Uint8Array(36);
for (const n of [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36]) REV[n - 1] = 1;
function hand(row) {
  let anx = 0;
  let avo = 0;
  for (let i = 0; i < 18; i++) anx += REV[i] ? 8 - row[i] : row[i];
  for (let i = 18; i < 36; i++) avo += REV[i] ? 8 - row[i] : row[i];
  return { anxiety: anx / 18, avoidance: avo / 18 };
}

// The same key with one flag rule that can never hold: the engine then neither interns results nor
// takes the fast path (both need a result that depends on the scale sums alone), so timing it
// against `ecrR` in the same run measures what those two optimisations gain.
const plainPath = defineInstrument({
  ...ecrR,
  id: 'ecr-r-full-path',
  flags: [{ id: 'never', level: 'info', when: { item: 'ecrr-1', min: 99 }, message: 'never', clientMessage: 'never' }],
});

// Identical results first.
for (let r = 0; r < 1000; r++) {
  const a = score(ecrR, rows[r]);
  const b = hand(rows[r]);
  const c = score(plainPath, rows[r]);
  if (c.scales.anxiety.value !== a.scales.anxiety.value || c.scales.avoidance.value !== a.scales.avoidance.value || c.flags.length !== 0) {
    throw new Error(`the full path differs at row ${r}`);
  }
  if (Math.abs(a.scales.anxiety.value - b.anxiety) > 1e-12 || Math.abs(a.scales.avoidance.value - b.avoidance) > 1e-12) {
    throw new Error(`results differ at row ${r}`);
  }
}

// One timing loop per function (not a shared helper taking a callback): a shared loop's call site
// turns polymorphic and V8 then inlines one function and not the other, which skews the ratio.
function timeHand() {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < N; r++) sink += hand(rows[r]).anxiety > 0 ? 1 : 0;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== N) throw new Error('sink');
  return ms;
}
function timeScore() {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < N; r++) sink += score(ecrR, rows[r]).scales.anxiety.value > 0 ? 1 : 0;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== N) throw new Error('sink');
  return ms;
}
function timeFull() {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < N; r++) sink += score(plainPath, rows[r]).scales.anxiety.value > 0 ? 1 : 0;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink !== N) throw new Error('sink');
  return ms;
}
// Warm up both, then alternate rounds so machine noise hits both alike; report the medians.
timeHand();
timeScore();
timeFull();
const hs = [];
const ss = [];
const fs = [];
for (let k = 0; k < ROUNDS; k++) {
  hs.push(timeHand());
  ss.push(timeScore());
  fs.push(timeFull());
}
const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const h = med(hs);
const s = med(ss);
const f = med(fs);
const fmt = (ms) => `${(ms).toFixed(0)} ms (${(((N / ms) * 1000) / 1e6).toFixed(2)} M rows/s)`;
console.log(`ECR-R, ${N.toLocaleString('en')} responses, median of ${ROUNDS} alternating rounds`);
console.log(`  hand loop : ${fmt(h)}`);
console.log(`  score()   : ${fmt(s)}`);
console.log(`  score(), full path (no fast path, no interning): ${fmt(f)}`);
const ratio = h / s;
console.log(`  ratio score/hand throughput: ${ratio.toFixed(2)} (target >= 0.45) ${ratio >= 0.45 ? 'PASS' : 'FAIL'}`);
console.log(`  gain of the fast path with interned results: ${(f / s).toFixed(2)}x (kept only at >= 1.20x)`);
if (ratio < 0.45) process.exitCode = 1;
