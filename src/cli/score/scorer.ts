import { Transform, type TransformCallback } from 'node:stream';
import { irv, longstring, psychant } from '../../outcomes/index.js';
import { type ScoreIssue, safeScore } from '../../scoring/score.js';
import type { InstrumentDefinition, ScoreOptions, ScoreResult } from '../../scoring/types.js';
import { inputError, preview } from '../_errors.js';
import { type CsvLayout, csvLayout, type ItemKeys, itemOf, itemRange, looksLikeItem, normaliseKey } from './columns.js';
import { type Formatter, type FormatterOptions, formatter, type OutputFormat, type PassThrough, type QualityCells, scoreColumns } from './format.js';
import type { ErrorSink, RowIssue } from './issues.js';
import { OutputBuffer } from './output.js';
import type { SourceRecord } from './sources.js';
import { cellValue, NOT_A_NUMBER } from './values.js';

/** What the scorer needs to know. */
export interface ScorerOptions {
  readonly def: InstrumentDefinition;
  readonly keys: ItemKeys;
  readonly input: 'csv' | 'ndjson';
  readonly format: OutputFormat;
  readonly score: ScoreOptions | undefined;
  readonly na: ReadonlySet<string> | null;
  readonly escapeFormulas: boolean;
  readonly errors: ErrorSink;
  /** Called with each valid row's answers (a fresh array) when reliability is asked for. */
  readonly collect: ((answers: readonly (number | null)[]) => void) | null;
  /** Called every 1024 rows with the rows read so far. */
  readonly progress: ((rows: number) => void) | null;
  /** Called once with the CSV layout (for warnings about absent items). */
  readonly onLayout: ((layout: CsvLayout) => void) | null;
  /** Write rows with errors in their place too, with an `error` column (`--keep-errors`). */
  readonly keepErrors?: boolean;
  /** The prefix of the score columns (`--prefix`); `undefined` = none, or the instrument id when a name would clash. */
  readonly prefix?: string | undefined;
  /** One output row per person and scale (`--long`). */
  readonly long?: boolean;
  /** Add the response-quality columns (longstring, IRV, psychant) of the first instrument's answers (`--quality`). */
  readonly quality?: boolean;
  /** The antonym item pairs the psychant column uses (found in a first read of the file); `null`: the column is empty. */
  readonly antonyms?: readonly (readonly [number, number])[] | null;
  /** Called with each scored row's results (first instrument, then the others), for `--summary`. */
  readonly observe?: ((results: readonly ScoreResult[]) => void) | null;
  /** More instruments scored from the same CSV rows in the same pass (`score phq-9,gad-7`), each with its prefix. */
  readonly also?: readonly { readonly def: InstrumentDefinition; readonly keys: ItemKeys; readonly prefix: string }[];
}

/** Running counts: rows read = rows written + rows in error, always. */
export interface ScorerCounts {
  rowsIn: number;
  /** Rows with errors written in their place (`--keep-errors`). */
  kept: number;
  written: number;
  failed: number;
  issues: number;
}

const WHY: Record<ScoreIssue['code'], string> = {
  out_of_range: 'out of range',
  not_on_scale: 'not a value on the scale',
  not_finite: 'not a finite number',
  invalid_type: 'not a number',
  unknown_item: 'no such item',
  invalid_responses: 'not responses',
  unreadable_input: 'could not be read',
  invalid_options: 'invalid options',
  invalid_instrument: 'invalid instrument',
};

const FLUSH_AT = 64 * 1024;

/** How deep NDJSON pass-through values may nest: they are written with JSON.stringify, which recurses. */
const MAX_PASS_DEPTH = 64;

const isContainer = (v: unknown): v is object => v !== null && typeof v === 'object';

/** True when `v` nests objects and arrays more than `limit` levels deep (walked level by level, not recursively). */
function deeperThan(v: unknown, limit: number): boolean {
  let level = isContainer(v) ? [v] : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((x) => Object.values(x).filter(isContainer));
  }
  return false;
}

/**
 * The scoring stage of the pipeline: reads {@link SourceRecord}s, scores each row with
 * `safeScore`, writes output text in input order (batched, with backpressure) and reports each
 * bad row to the error sink with its row number, line and reason. A CSV's first record is its
 * header.
 */
export function scorer(o: ScorerOptions): { stream: Transform; counts: ScorerCounts; stop(): void } {
  const counts: ScorerCounts = { rowsIn: 0, kept: 0, written: 0, failed: 0, issues: 0 };
  let stopped = false;
  const also = o.also ?? [];
  if (also.length > 0 && o.input !== 'csv') throw inputError('several instruments in one pass need CSV input (NDJSON keys and arrays name one instrument)');
  const alsoAnswers: unknown[][] = also.map((a) => new Array(a.def.items.length).fill(null));
  let alsoLayouts: CsvLayout[] = [];
  let qualtricsRows = o.input === 'csv' && o.keys.columns.preset === 'qualtrics' ? 2 : 0;
  const out = new OutputBuffer();
  const pushBuf = (): void => {
    stream.push(out.take());
  };
  const n = o.def.items.length;
  const answers: unknown[] = new Array(n).fill(null);
  let layout: CsvLayout | null = null;
  const fmtOptions = (passNames: readonly string[] | null): FormatterOptions => {
    const taken = new Set(passNames ?? ['passthrough']);
    const plain = ['row', ...scoreColumns(o.def, ''), ...(o.keepErrors ? ['error'] : [])];
    const prefix = o.prefix ?? (plain.some((c) => taken.has(c)) ? idPrefix(o.def) : '');
    const rowName = taken.has('row') ? `${prefix}row` : 'row';
    const names = [rowName, ...scoreColumns(o.def, prefix), ...also.flatMap((a) => scoreColumns(a.def, a.prefix)), ...(o.keepErrors ? [`${prefix}error`] : [])];
    const twice = names.find((c, i) => names.indexOf(c) !== i);
    if (twice !== undefined)
      throw inputError(`the output would have two columns named ${JSON.stringify(twice.slice(0, 40))}; give each instrument its own --prefix`);
    const clash = names.find((c) => taken.has(c));
    if (clash !== undefined) {
      throw inputError(
        `CSV header: column ${JSON.stringify(clash.slice(0, 40))} has the name of an output column; rename it or choose another --prefix (output columns: ${names.join(', ')})`,
      );
    }
    return {
      escapeFormulas: o.escapeFormulas,
      prefix,
      rowName,
      keepErrors: o.keepErrors === true,
      quality: o.quality === true,
      long: o.long === true,
      also: also.map((a) => ({ def: a.def, prefix: a.prefix })),
    };
  };
  let fmt: Formatter | null = o.input === 'ndjson' ? formatter(o.def, o.format, null, fmtOptions(null)) : null;
  if (fmt) out.text(fmt.head());
  let scheduled = false;
  let stream: Transform;

  const flushSoon = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (out.byteLength > 0 && !stream.destroyed && !stream.writableFinished) pushBuf();
    });
  };

  /** `column "5" (item 5, "ecrr-5")`, or `column "ecrr-5" (item 5)` when the column is the id. */
  const label = (what: 'column' | 'key', name: string, i: number, keys: ItemKeys = o.keys): string =>
    `${what} ${JSON.stringify(name.slice(0, 40))} (item ${keys.numbers[i]}${normaliseKey(name) === (keys.ids[i] as string).toLowerCase() ? '' : `, "${keys.ids[i]}"`})`;

  /** The pass-through of the row being read, for `--keep-errors` (set before any check can fail). */
  let failPass: PassThrough = null;
  const fail = (issues: RowIssue[]): Promise<void> | undefined => {
    counts.failed++;
    counts.issues += issues.length;
    const wait = o.errors.report(issues);
    if (o.keepErrors && fmt !== null) {
      counts.kept++;
      out.text(fmt.errorRow(issues[0]?.row ?? counts.rowsIn, failPass, issues.map((i) => i.message).join(' | ')));
      out.endRow();
      if (out.byteLength >= FLUSH_AT) pushBuf();
      else flushSoon();
    }
    return wait;
  };

  const emit = (row: number, pass: PassThrough, values: readonly unknown[], issuesOf: (i: ScoreIssue) => RowIssue): Promise<void> | undefined => {
    const r = safeScore(o.def, values, o.score);
    let more: ScoreResult[] | undefined;
    if (also.length > 0) {
      more = [];
      const issues: RowIssue[] = r.ok ? [] : r.issues.map(issuesOf);
      also.forEach((a, k) => {
        const x = safeScore(a.def, alsoAnswers[k] as unknown[], o.score);
        if (x.ok) more?.push(x.value);
        else issues.push(...x.issues.map((is) => alsoIssue(a.def, a.keys, alsoLayouts[k] as CsvLayout, row, is)));
      });
      if (issues.length > 0) return fail(issues);
    }
    if (!r.ok) return fail(r.issues.map(issuesOf));
    counts.written++;
    const quality = o.quality ? qualityOf(values, o.antonyms ?? null) : undefined;
    (fmt as Formatter).row(out, row, pass, r.value, more, quality);
    if (o.observe) o.observe(more ? [r.value, ...more] : [r.value]);
    out.endRow();
    if (o.collect) o.collect(values.map((v) => (typeof v === 'number' ? v : null)));
    if (out.byteLength >= FLUSH_AT) pushBuf();
    else flushSoon();
    return undefined;
  };

  /** Reads one instrument's item cells of a CSV row into `target`, adding a `not_a_number` issue per bad cell. */
  function readCells(
    def: InstrumentDefinition,
    keys: ItemKeys,
    L: CsvLayout,
    f: readonly string[],
    row: number,
    line: number,
    target: unknown[],
    bad: RowIssue[],
  ): void {
    for (let i = 0; i < def.items.length; i++) {
      const col = L.itemColumn[i] as number;
      if (col < 0) {
        target[i] = null;
        continue;
      }
      const cell = f[col] as string;
      const v = cellValue(cell, o.na);
      if (v === NOT_A_NUMBER) {
        const name = L.header[col] as string;
        bad.push({
          row,
          line,
          column: name.slice(0, 40),
          item: keys.ids[i] as string,
          value: preview(cell),
          code: 'not_a_number',
          message: `${label('column', name, i, keys)}: ${preview(cell)} is not a number (expected ${expectedOf(def, i)}, or an empty cell for a missing answer)`,
        });
      } else target[i] = v;
    }
  }

  /** A scoring issue of another instrument of the run, in the same words as the first one's. */
  function alsoIssue(def: InstrumentDefinition, keys: ItemKeys, L: CsvLayout, row: number, is: ScoreIssue): RowIssue {
    const i = is.item === null ? -1 : (itemOf(keys, is.item) ?? -1);
    const col = i >= 0 ? (L.itemColumn[i] as number) : -1;
    const name = col >= 0 ? (L.header[col] as string) : null;
    return {
      row,
      line: null,
      column: name === null ? null : name.slice(0, 40),
      item: is.item,
      value: is.received,
      code: is.code,
      message: `${def.id} ${name === null ? `item ${is.itemNumber} ("${is.item}")` : label('column', name, i, keys)}: expected ${is.expected}, received ${is.received} (${WHY[is.code]})`,
    };
  }

  function header(rec: SourceRecord): void {
    if (rec.kind !== 'fields') throw inputError(`CSV header (line ${rec.line}) could not be read: ${rec.kind === 'bad' ? rec.message : 'not CSV'}`);
    const fields = rec.fields;
    const parts = [o.keys, ...also.map((a) => a.keys)];
    // A column that names an item of another instrument of the run is neither passed through nor "looks like an item".
    const otherOf = (k: number) => (name: string) => parts.some((keys, j) => j !== k && itemOf(keys, name) !== undefined);
    layout = csvLayout(o.keys, fields, also.length > 0 ? otherOf(0) : undefined);
    alsoLayouts = also.map((a, k) => csvLayout(a.keys, fields, otherOf(k + 1)));
    const options = fmtOptions(layout.passNames);
    o.onLayout?.(layout);
    alsoLayouts.forEach((l) => {
      o.onLayout?.(l);
    });
    fmt = formatter(o.def, o.format, layout.passNames, options);
    out.text(fmt.head());
  }

  function csvRow(rec: SourceRecord & { kind: 'fields' }, row: number): Promise<void> | undefined {
    const L = layout as CsvLayout;
    const f = rec.fields;
    if (o.keepErrors) failPass = L.passColumns.map((c) => f[c] ?? '');
    if (f.length !== L.header.length) {
      return fail([
        {
          row,
          line: rec.line,
          column: null,
          item: null,
          value: null,
          code: 'ragged_row',
          message: `${f.length} field${f.length === 1 ? '' : 's'}, but the header has ${L.header.length} columns`,
        },
      ]);
    }
    const bad: RowIssue[] = [];
    readCells(o.def, o.keys, L, f, row, rec.line, answers, bad);
    also.forEach((a, k) => {
      readCells(a.def, a.keys, alsoLayouts[k] as CsvLayout, f, row, rec.line, alsoAnswers[k] as unknown[], bad);
    });
    if (bad.length > 0) return fail(bad);
    const pass = L.passColumns.length === 0 ? [] : L.passColumns.map((c) => f[c] as string);
    return emit(row, pass, answers, (is) => {
      const i = is.item === null ? -1 : (itemOf(o.keys, is.item) ?? -1);
      const col = i >= 0 ? (L.itemColumn[i] as number) : -1;
      const name = col >= 0 ? (L.header[col] as string) : null;
      return {
        row,
        line: rec.line,
        column: name === null ? null : name.slice(0, 40),
        item: is.item,
        value: col >= 0 ? preview(f[col]) : is.received,
        code: is.code,
        message: `${name === null ? `item ${is.itemNumber} ("${is.item}")` : label('column', name, i)}: expected ${is.expected}, received ${col >= 0 ? preview(f[col]) : is.received} (${WHY[is.code]})`,
      };
    });
  }

  function jsonRow(rec: SourceRecord & { kind: 'json' }, row: number): Promise<void> | undefined {
    const one = (code: string, message: string, column: string | null = null, item: string | null = null, value: string | null = null): RowIssue => ({
      row,
      line: rec.line,
      column,
      item,
      value,
      code,
      message,
    });
    let data: unknown;
    try {
      data = JSON.parse(rec.text);
    } catch (e) {
      const at = /position (\d+)/.exec((e as Error).message)?.[1];
      return fail([one('invalid_json', `not valid JSON${at === undefined ? '' : ` (at character ${at})`}`)]);
    }
    if (Array.isArray(data)) {
      return emit(row, null, data, (is) => {
        const at = typeof is.path[0] === 'number' ? is.path[0] : null;
        const column = at === null ? null : `[${at}]`;
        if (is.code === 'unknown_item') {
          // Past ten, the engine counts the extra answers in one issue ("N more answers"; a value's preview is never bare words).
          const rest = /^(\d+) more answers$/.exec(is.received)?.[1];
          const what =
            rest === undefined || at === null
              ? `${column} answers past the last item`
              : `[${at}] to [${at + Number(rest) - 1}] (${rest} answers) are past the last item`;
          return one('unknown_item', `${what}: ${itemRange(o.keys)}`, column, null, is.received);
        }
        return one(
          is.code,
          `${column} (item ${is.itemNumber}, "${is.item}"): expected ${is.expected}, received ${is.received} (${WHY[is.code]})`,
          column,
          is.item,
          is.received,
        );
      });
    }
    if (typeof data !== 'object' || data === null) {
      return fail([one('not_an_object', `expected a JSON object (keys are item ids or numbers) or an array of answers, received ${preview(data)}`)]);
    }
    answers.fill(null);
    const keyOf: (string | null)[] = new Array(n).fill(null);
    const pass: Record<string, unknown> = Object.create(null);
    let passCount = 0;
    if (o.keepErrors) failPass = pass;
    const bad: RowIssue[] = [];
    for (const [k, v] of Object.entries(data)) {
      const i = itemOf(o.keys, k);
      if (i !== undefined) {
        const prior = keyOf[i];
        if (prior !== null && prior !== undefined) {
          bad.push(
            one(
              'duplicate_item',
              `keys ${JSON.stringify(prior.slice(0, 40))} and ${JSON.stringify(k.slice(0, 40))} both name item ${o.keys.numbers[i]} ("${o.keys.ids[i]}")`,
              k.slice(0, 40),
              o.keys.ids[i] as string,
              preview(v),
            ),
          );
        }
        keyOf[i] = k;
        answers[i] = v;
      } else if (looksLikeItem(o.keys, k)) {
        bad.push(one('unknown_item', `key ${preview(k)} looks like an item, but ${itemRange(o.keys)}`, k.slice(0, 40), null, preview(v)));
      } else {
        pass[k] = v;
        passCount++;
      }
    }
    if (bad.length > 0) return fail(bad);
    if (passCount > 0 && deeperThan(pass, MAX_PASS_DEPTH)) {
      return fail([one('too_deep', `the other keys hold values nested more than ${MAX_PASS_DEPTH} levels deep, too deep to pass through`)]);
    }
    return emit(row, passCount === 0 ? null : pass, answers, (is) => {
      const i = is.item === null ? -1 : (itemOf(o.keys, is.item) ?? -1);
      const key = i >= 0 ? (keyOf[i] ?? null) : null;
      return one(
        is.code,
        `${key === null ? `item ${is.itemNumber} ("${is.item}")` : label('key', key, i)}: expected ${is.expected}, received ${is.received} (${WHY[is.code]})`,
        key,
        is.item,
        is.received,
      );
    });
  }

  stream = new Transform({
    writableObjectMode: true,
    readableObjectMode: true,
    transform(rec: SourceRecord, _enc, callback: TransformCallback) {
      if (stopped) return callback();
      try {
        if (o.input === 'csv' && layout === null) {
          header(rec);
          return callback();
        }
        if (qualtricsRows > 0) {
          // A Qualtrics CSV has three header rows: the export tags, the question text, then
          // {"ImportId":...} cells; the last two are not responses and are not counted.
          const importIds = rec.kind === 'fields' && rec.fields.some((f) => f.startsWith('{"ImportId"'));
          if (qualtricsRows === 2 || importIds) {
            qualtricsRows--;
            return callback();
          }
          qualtricsRows = 0;
        }
        const row = ++counts.rowsIn;
        if (o.progress && (row & 1023) === 0) o.progress(row);
        let wait: Promise<void> | undefined;
        failPass = o.keepErrors && o.input === 'csv' ? ((layout as CsvLayout | null)?.passColumns.map(() => '') ?? null) : null;
        if (rec.kind === 'bad') {
          wait = fail([{ row, line: rec.line, column: null, item: null, value: null, code: rec.code, message: rec.message }]);
          if (rec.fatal) return callback(inputError(`line ${rec.line}: ${rec.message}`));
        } else if (rec.kind === 'fields') wait = csvRow(rec, row);
        else wait = jsonRow(rec, row);
        if (wait) wait.then(() => callback(), callback);
        else callback();
      } catch (e) {
        callback(e as Error);
      }
    },
    flush(callback: TransformCallback) {
      if (fmt === null) return callback(inputError('the input is empty: a CSV file needs a header line naming the item columns'));
      out.text(fmt.tail());
      if (out.byteLength > 0) pushBuf();
      callback();
    },
  });
  return {
    stream,
    counts,
    stop: () => {
      stopped = true;
    },
  };
}

/** The response-quality indices of one row's answers (numbers only; anything else counts as missing). */
function qualityOf(values: readonly unknown[], antonyms: readonly (readonly [number, number])[] | null): QualityCells {
  const answers = values.map((v) => (typeof v === 'number' ? v : null));
  return { longstring: longstring(answers), irv: irv(answers), psychant: antonyms === null ? null : psychant(answers, antonyms) };
}

/** The default column prefix of an instrument: its id with every character but letters, digits and `_` as `_`, then `_` (`gad-7` → `gad_7_`). */
export const idPrefix = (def: InstrumentDefinition): string => `${def.id.replace(/[^A-Za-z0-9_]/g, '_')}_`;

function expectedOf(def: InstrumentDefinition, i: number): string {
  const item = def.items[i];
  const s = def.responseScales[item?.responseScale ?? 'default'];
  if (!s) return 'a number';
  return (s.step ?? 1) === 1 ? `a whole number from ${s.min} to ${s.max}` : `a number from ${s.min} to ${s.max} in steps of ${s.step}`;
}
