// Peer benchmarks: PHQ-9 totals by securebase against fhirpath.js (a real LHC-Forms Questionnaire's
// calculatedExpression) and against SurveyJS (survey-core, one reused SurveyModel), on the same
// 100,000 fixed-seed responses, in the same run, after checking that every total is identical.
//
//   node bench/peers.mjs                    both comparisons (about 4.5 minutes on a quiet 2-core machine)
//   BENCH_ONLY=fhirpath node bench/peers.mjs
//   BENCH_ONLY=surveyjs node bench/peers.mjs
//
// Knobs: BENCH_PEERS_N (rows, default 100000), BENCH_ROUNDS (fhirpath.js rounds, default 5),
// BENCH_SURVEY_ROUNDS (default 3), BENCH_CHAIN_N (rows for the LHC-Forms variable chain, default
// 10000; it runs at under 1,000 rows/s). Needs the FHIR files in ../shared/conformance/fhir.
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { Model, Version as surveyVersion } from 'survey-core';
import { createResponseReader, phq9, score } from '../dist/index.js';
import { calculated, fmt, median, phq9Rows, questionnaireResponses, ratio, readConformance, sameTotals, spread, table, total9 } from './_peers.mjs';

const N = Number(process.env.BENCH_PEERS_N ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SURVEY_ROUNDS = Number(process.env.BENCH_SURVEY_ROUNDS ?? 3);
const CHAIN_N = Math.min(N, Number(process.env.BENCH_CHAIN_N ?? 10_000));
const ONLY = process.env.BENCH_ONLY;
const FHIR_TARGET = 25;
const SURVEY_TARGET = 500;

const rows = phq9Rows(N);
const expected = Int32Array.from(rows, total9);
// sumTo[n]: the sum of the first n totals, to check each timing loop's sink.
const sumTo = new Float64Array(N + 1);
for (let r = 0; r < N; r++) sumTo[r + 1] = sumTo[r] + expected[r];
const checkSink = (label, sink, n) => {
  if (sink !== sumTo[n]) throw new Error(`${label}: sink ${sink} is not ${sumTo[n]}`);
};
const ratioCell = (peer, ours, peerTimes, ourTimes) => `${ratio(peer / ours)} (${spread(peerTimes, ourTimes)})`;
const verdict = (peer, ours, target) => (peer / ours >= target ? 'PASS' : 'FAIL');
let failed = false;

console.log(`securebase against peers: PHQ-9, ${N.toLocaleString('en')} fixed-seed responses, Node ${process.version}`);
console.log("speed-up: the peer's median time ÷ this side's; (rounds): the lowest and highest ratio of single rounds");

// ---------------------------------------------------------------------------------------------
// 1. fhirpath.js
// ---------------------------------------------------------------------------------------------
if (ONLY === undefined || ONLY === 'fhirpath') {
  // Two real LHC-Forms PHQ-9 Questionnaires (LOINC 44249-1, weights as answerOption ordinalValue):
  // one computes the total with weight(), the other with a chain of 11 `variable`s.
  const qW = readConformance('lforms-R4-phq9-weight-function.json');
  const qV = readConformance('lforms-R4-phq9.json');
  const cW = calculated(qW);
  const cV = calculated(qV);
  // Compiled once. %resource and %questionnaire are passed as environment variables, as
  // fhirpath.js requires; the same Questionnaire object every time, so its weight() cache applies.
  const fW = fhirpath.compile(cW.expression, r4);
  const fVars = cV.variables.map((v) => ({ name: v.name, fn: fhirpath.compile(v.expression, r4) }));
  const fV = fhirpath.compile(cV.expression, r4);
  // LHC-Forms evaluates each variable in order and passes the results on; fhirpath.js does not
  // chain SDC variables itself, so this does what the form renderer does.
  const chain = (qr) => {
    const env = { resource: qr, questionnaire: qV };
    for (let v = 0; v < fVars.length; v++) env[fVars[v].name] = fVars[v].fn(qr, env);
    return fV(qr, env);
  };
  const qrs = questionnaireResponses(qW, rows);
  // One reader per Questionnaire, compiled once (as fhirpath.js compiles its expression once); and
  // the same reader without its fast path, to measure what the fast path gains in the same run.
  const readW = createResponseReader(phq9, { questionnaire: qW });
  const readV = createResponseReader(phq9, { questionnaire: qV });
  const plainW = createResponseReader(phq9, { questionnaire: qW, fastPath: false });

  // Identical results first, on every row: fhirpath.js returns [total]; securebase must read every
  // answer back to the generated value (item 10 included) with no warning, and give the same total.
  const one = (label, out) => {
    if (!Array.isArray(out) || out.length !== 1 || typeof out[0] !== 'number') throw new Error(`${label}: expected [number], got ${JSON.stringify(out)}`);
    return out[0];
  };
  const got = new Int32Array(N);
  for (let r = 0; r < N; r++) got[r] = one('fhirpath.js weight()', fW(qrs[r], { resource: qrs[r], questionnaire: qW }));
  sameTotals('fhirpath.js weight() vs the answers', expected, got);
  for (const [label, read] of [
    ['weight-function Questionnaire', readW],
    ['weight-function Questionnaire, no fast path', plainW],
    ['variable-chain Questionnaire', readV],
  ]) {
    for (let r = 0; r < N; r++) {
      const imp = read(qrs[r]);
      if (!imp.ok) throw new Error(`securebase import (${label}) failed at row ${r}: ${imp.issues[0]?.message}`);
      if (imp.value.warnings.length !== 0) throw new Error(`securebase import (${label}) warned at row ${r}: ${imp.value.warnings[0]?.message}`);
      for (let i = 0; i < 10; i++) {
        if (imp.value.responses[`phq9-${i + 1}`] !== rows[r][i]) throw new Error(`securebase import (${label}) read item ${i + 1} of row ${r} wrongly`);
      }
      got[r] = score(phq9, imp.value.responses).scales.total.value;
    }
    sameTotals(`securebase (a) ${label}`, expected, got);
  }
  for (let r = 0; r < N; r++) got[r] = score(phq9, rows[r]).scales.total.value;
  sameTotals('securebase (b)', expected, got);
  for (let r = 0; r < CHAIN_N; r++) got[r] = one('fhirpath.js: 12 compiled expressions', chain(qrs[r]));
  sameTotals('fhirpath.js: 12 compiled expressions', expected.subarray(0, CHAIN_N), got.subarray(0, CHAIN_N));

  // One timing loop per function (a shared loop taking a callback turns polymorphic, and V8 then
  // inlines one function and not the other).
  function timeFhirWeight(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) {
      const qr = qrs[r];
      sink += fW(qr, { resource: qr, questionnaire: qW })[0];
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('fhirpath.js weight()', sink, n);
    return ms;
  }
  function timeFhirChain(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) sink += chain(qrs[r])[0];
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('fhirpath.js: 12 compiled expressions', sink, n);
    return ms;
  }
  function timeQr(n, read) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) {
      const imp = read(qrs[r]);
      if (imp.ok) sink += score(phq9, imp.value.responses).scales.total.value;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('securebase (a)', sink, n);
    return ms;
  }
  // The same loop again, so that V8 sees one reader per loop (a shared loop turns polymorphic).
  function timeQrPlain(n, read) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) {
      const imp = read(qrs[r]);
      if (imp.ok) sink += score(phq9, imp.value.responses).scales.total.value;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('securebase (a) without the fast path', sink, n);
    return ms;
  }
  function timeArrays(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) sink += score(phq9, rows[r]).scales.total.value;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('securebase (b)', sink, n);
    return ms;
  }

  // Warm up each loop, then alternate rounds so machine noise hits every side alike; medians.
  const warm = Math.min(N, 10_000);
  timeFhirWeight(warm);
  timeQr(warm, readW);
  timeQrPlain(warm, plainW);
  timeArrays(warm);
  const fw = [];
  const qa = [];
  const qp = [];
  const ar = [];
  for (let k = 0; k < ROUNDS; k++) {
    fw.push(timeFhirWeight(N));
    qa.push(timeQr(N, readW));
    qp.push(timeQrPlain(N, plainW));
    ar.push(timeArrays(N));
  }
  const [mFw, mQa, mQp, mAr] = [median(fw), median(qa), median(qp), median(ar)];
  console.log();
  console.log(`1. fhirpath.js ${fhirpath.version}: LHC-Forms PHQ-9 (phq9-with-the-weight-function.json), calculatedExpression`);
  console.log(`   ${JSON.stringify(cW.expression)}`);
  console.log(`   compiled once; ${N.toLocaleString('en')} QuestionnaireResponses (valueCoding, LOINC LA codes); median of ${ROUNDS} alternating rounds`);
  table([
    ['side', 'time', 'speed-up (rounds)', `target ≥ ${FHIR_TARGET}`],
    ['fhirpath.js: compiled(qr, {resource, questionnaire})', fmt(mFw, N), '1', ''],
    ['(a) securebase: createResponseReader + score', fmt(mQa, N), ratioCell(mFw, mQa, fw, qa), verdict(mFw, mQa, FHIR_TARGET)],
    ["(a) without the reader's fast path", fmt(mQp, N), ratioCell(mFw, mQp, fw, qp), ''],
    ['(b) securebase: score(phq9, array)', fmt(mAr, N), ratioCell(mFw, mAr, fw, ar), ''],
  ]);
  console.log(
    `   the reader's fast path gains ${((mQp / mQa - 1) * 100).toFixed(0)}% throughput (plain ÷ fast time: ${ratio(mQp / mQa)}; rounds ${spread(qp, qa)})`,
  );
  console.log(`   target ≥ ${FHIR_TARGET}× for (a): ${mFw / mQa >= FHIR_TARGET ? 'met' : 'NOT met'}`);
  if (mFw / mQa < FHIR_TARGET) failed = true;

  // The variable chain of lforms-R4-phq9.json, on the first CHAIN_N rows (it is about 30 times
  // slower than weight()), against securebase on the same rows.
  timeFhirChain(Math.min(CHAIN_N, 1000));
  timeQr(Math.min(CHAIN_N, 1000), readV);
  const ch = [];
  const qv = [];
  const av = [];
  for (let k = 0; k < 3; k++) {
    ch.push(timeFhirChain(CHAIN_N));
    qv.push(timeQr(CHAIN_N, readV));
    av.push(timeArrays(CHAIN_N));
  }
  const [mCh, mQv, mAv] = [median(ch), median(qv), median(av)];
  console.log();
  console.log(`   LHC-Forms phq9.json: 11 variables then the calculatedExpression (12 compiled expressions per response,`);
  console.log(`   evaluated in order as LHC-Forms does); first ${CHAIN_N.toLocaleString('en')} rows, median of 3 alternating rounds`);
  table([
    ['side', 'time', 'speed-up (rounds)', `target ≥ ${FHIR_TARGET}`],
    ['fhirpath.js: 12 compiled expressions', fmt(mCh, CHAIN_N), '1', ''],
    ['(a) securebase: createResponseReader + score', fmt(mQv, CHAIN_N), ratioCell(mCh, mQv, ch, qv), verdict(mCh, mQv, FHIR_TARGET)],
    ['(b) securebase: score(phq9, array)', fmt(mAv, CHAIN_N), ratioCell(mCh, mAv, ch, av), ''],
  ]);
}

// ---------------------------------------------------------------------------------------------
// 2. SurveyJS
// ---------------------------------------------------------------------------------------------
if (ONLY === undefined || ONLY === 'surveyjs') {
  // The PHQ-9 as a SurveyJS author writes it: nine radiogroups valued 0–3 and a calculated value
  // summing them, built once; each response is loaded with `survey.data = ...` into the same model.
  const labels = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
  const survey = new Model({
    elements: phq9.items.slice(0, 9).map((it, i) => ({
      type: 'radiogroup',
      name: `phq9_${i + 1}`,
      title: it.text,
      choices: labels.map((text, value) => ({ value, text })),
    })),
    calculatedValues: [{ name: 'phq9_total', expression: Array.from({ length: 9 }, (_, i) => `{phq9_${i + 1}}`).join(' + '), includeIntoResult: true }],
  });
  // The same nine answers on every side (item 10 is not part of a SurveyJS total, so it is left
  // out everywhere; securebase then reports the total and marks the result incomplete).
  const sjData = rows.map((row) => {
    const d = {};
    for (let i = 0; i < 9; i++) d[`phq9_${i + 1}`] = row[i];
    return d;
  });
  const records = rows.map((row) => {
    const d = {};
    for (let i = 0; i < 9; i++) d[`phq9-${i + 1}`] = row[i];
    return d;
  });
  const arrays = rows.map((row) => row.slice(0, 9));

  // Identical totals first, on every row (this pass also warms SurveyJS up).
  const got = new Int32Array(N);
  for (let r = 0; r < N; r++) {
    survey.data = sjData[r];
    got[r] = survey.getVariable('phq9_total');
  }
  sameTotals('SurveyJS', expected, got);
  for (let r = 0; r < N; r++) got[r] = score(phq9, records[r]).scales.total.value;
  sameTotals('securebase records', expected, got);
  for (let r = 0; r < N; r++) got[r] = score(phq9, arrays[r]).scales.total.value;
  sameTotals('securebase arrays', expected, got);

  function timeSurvey(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) {
      survey.data = sjData[r];
      sink += survey.getVariable('phq9_total');
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('SurveyJS', sink, n);
    return ms;
  }
  function timeRecords(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) sink += score(phq9, records[r]).scales.total.value;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('securebase records', sink, n);
    return ms;
  }
  function timeArrays9(n) {
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < n; r++) sink += score(phq9, arrays[r]).scales.total.value;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    checkSink('securebase arrays', sink, n);
    return ms;
  }
  const warm = Math.min(N, 5000);
  timeSurvey(warm);
  timeRecords(warm);
  timeArrays9(warm);
  const sj = [];
  const rc = [];
  const ar = [];
  for (let k = 0; k < SURVEY_ROUNDS; k++) {
    sj.push(timeSurvey(N));
    rc.push(timeRecords(N));
    ar.push(timeArrays9(N));
  }
  const [mSj, mRc, mAr] = [median(sj), median(rc), median(ar)];
  console.log();
  console.log(`2. SurveyJS survey-core ${surveyVersion}: one SurveyModel (9 radiogroups 0–3, calculatedValue phq9_total), reused;`);
  console.log(`   survey.data = answers, then survey.getVariable('phq9_total'); the same 9 answers on every side;`);
  console.log(`   median of ${SURVEY_ROUNDS} alternating rounds`);
  table([
    ['side', 'time', 'speed-up (rounds)', `target ≥ ${SURVEY_TARGET}`],
    ['SurveyJS: survey.data = {...}; getVariable', fmt(mSj, N), '1', ''],
    ['securebase: score(phq9, record by item id)', fmt(mRc, N), ratioCell(mSj, mRc, sj, rc), verdict(mSj, mRc, SURVEY_TARGET)],
    ['securebase: score(phq9, array)', fmt(mAr, N), ratioCell(mSj, mAr, sj, ar), verdict(mSj, mAr, SURVEY_TARGET)],
  ]);
  if (mSj / mRc < SURVEY_TARGET && mSj / mAr < SURVEY_TARGET) failed = true;
}

if (failed) process.exitCode = 1;
