// Shared pieces of the peer benchmarks (bench/peers.mjs, bench/untrusted.mjs): the fixed-seed PHQ-9
// answers, FHIR QuestionnaireResponses built from a real Questionnaire, and the statistics and
// table printing. Nothing here is timed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { responses } from './data.mjs';

/** `../shared/conformance/fhir` next to the repository (override with BENCH_FHIR_DIR). */
export const FHIR_DIR = process.env.BENCH_FHIR_DIR ?? fileURLToPath(new URL('../../shared/conformance/fhir/', import.meta.url));

/** Reads a JSON file from the conformance folder, or prints why it cannot and exits 0. */
export function readConformance(name) {
  const path = `${FHIR_DIR.replace(/\/?$/, '/')}${name}`;
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is absent. These benchmarks read real FHIR files from ../shared/conformance/fhir`);
    console.log('(next to the repository); set BENCH_FHIR_DIR to the folder that holds them.');
    process.exit(0);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * `n` complete PHQ-9 answer rows (fixed seed): ten whole numbers 0–3, items 1–9 and item 10
 * (functional difficulty, never part of the total). Packed arrays, as JSON.parse produces them.
 */
export function phq9Rows(n, seed = 9) {
  return responses(n, 10, 0, 3, seed);
}

/** The Questionnaire's calculatedExpression on the total item (linkId ending in 44261-6). */
export function calculated(questionnaire) {
  const total = questionnaire.item.find((it) => it.linkId.endsWith('44261-6'));
  const ext = total?.extension?.find((e) => e.url === 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression');
  if (!ext) throw new Error('the Questionnaire has no calculatedExpression on its total item');
  const variables = (total.extension ?? [])
    .filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/variable')
    .map((e) => ({ name: e.valueExpression.name, expression: e.valueExpression.expression }));
  return { expression: ext.valueExpression.expression, variables };
}

/**
 * A QuestionnaireResponse per row in the shape the LHC-Forms PHQ-9 Questionnaire expects: flat
 * items with its linkIds (`/44250-9` …, `/69722-7`), each answered with the `valueCoding` of the
 * answerOption at the answer's position (the options are listed in score order, and the identity
 * check before timing proves the mapping). No stored total: it is what the expression computes.
 * Every response is a separate object tree, as parsed JSON would be.
 */
export function questionnaireResponses(questionnaire, rows) {
  const answerItems = questionnaire.item.filter((it) => it.type === 'choice');
  if (answerItems.length !== 10) throw new Error(`expected 10 choice items, found ${answerItems.length}`);
  return rows.map((row) => ({
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: answerItems.map((it, i) => {
      const c = it.answerOption[row[i]].valueCoding;
      return { linkId: it.linkId, text: it.text, answer: [{ valueCoding: { system: c.system, code: c.code, display: c.display } }] };
    }),
  }));
}

/** The PHQ-9 total of a row (items 1–9). */
export const total9 = (row) => row[0] + row[1] + row[2] + row[3] + row[4] + row[5] + row[6] + row[7] + row[8];

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Checks that two totals agree for every row, or throws naming the first row that differs. */
export function sameTotals(label, expected, got) {
  for (let r = 0; r < expected.length; r++) {
    if (expected[r] !== got[r]) throw new Error(`${label}: totals differ at row ${r} (${expected[r]} vs ${got[r]})`);
  }
}

/** Formats a time for `n` rows as `123 ms (45.6k rows/s)`. */
export function fmt(ms, n) {
  const perSec = (n / ms) * 1000;
  const rate = perSec >= 1e6 ? `${(perSec / 1e6).toFixed(2)}M` : perSec >= 1e3 ? `${(perSec / 1e3).toFixed(1)}k` : perSec.toFixed(0);
  return `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms (${rate} rows/s)`;
}

/** Prints an aligned table: the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => `  ${r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ')}`;
  console.log(line(rows[0]));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
}

/** A ratio with sensible precision: 1234, 56, 7.8, 0.91. */
export const ratio = (x) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));

/** `min–max` of the per-round ratios (a time / b time, paired by round). */
export function spread(aTimes, bTimes) {
  const ratios = aTimes.map((a, k) => a / bTimes[k]);
  return `${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))}`;
}
