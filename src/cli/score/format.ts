import { stringify } from 'csv-stringify/sync';
import type { InstrumentDefinition, ScoreResult } from '../../scoring/types.js';
import type { OutputBuffer } from './output.js';

/** Output formats of `securebase score`. */
export const OUTPUT_FORMATS = ['csv', 'ndjson', 'json'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Pass-through data of one row: CSV cells (aligned with the pass-through names) or an NDJSON object's other keys. */
export type PassThrough = readonly string[] | { readonly [key: string]: unknown } | null;

/** Turns rows into output: the head once, each row in input order, the tail once. */
export interface Formatter {
  readonly columns: readonly string[];
  head(): string;
  /** Writes a scored row (with its line end) to `out`; `more` holds the results of the other instruments of the run, in order. */
  row(out: OutputBuffer, row: number, pass: PassThrough, result: ScoreResult, more?: readonly ScoreResult[], quality?: QualityCells): void;
  /** A row with errors, written in its place (`--keep-errors`): its pass-through and the error, no scores. */
  errorRow(row: number, pass: PassThrough, error: string): string;
  tail(): string;
}

/** The response-quality indices of a row (`--quality`), for review only. */
export interface QualityCells {
  readonly longstring: number;
  readonly irv: number | null;
  /** The psychometric antonym score; `null` when it cannot be computed (see `psychant`). */
  readonly psychant: number | null;
}

/** How the output columns are named and written. */
export interface FormatterOptions {
  readonly escapeFormulas: boolean;
  /** Put before every score column (`gad_7_`), or `''`. */
  readonly prefix: string;
  /** The name of the row-number column (`row`, or `<prefix>row` when the input has a `row` column). */
  readonly rowName: string;
  /** Add an `error` column (empty on scored rows). */
  readonly keepErrors: boolean;
  /** One output row per person and scale (`--long`), for R and pandas. */
  readonly long?: boolean;
  /** Add `longstring`, `irv` and `psychant` columns (`--quality`). */
  readonly quality?: boolean;
  /** Other instruments scored in the same pass, each with its column prefix. */
  readonly also?: readonly { readonly def: InstrumentDefinition; readonly prefix: string }[];
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Writes one CSV cell exactly as csv-stringify does (RFC 4180 quoting). A cell without a comma,
 * quote or line break needs no quoting and is written as it is (csv-stringify would write it
 * unchanged too); every other cell goes through csv-stringify.
 */
export function csvCell(value: string, escapeFormulas = false): string {
  if (!NEEDS_QUOTES.test(value) && !(escapeFormulas && FORMULA_START.test(value))) return value;
  return stringify([[value]], { eof: false, escape_formulas: escapeFormulas });
}

/** A CSV line (without the line end) from cells, through csv-stringify. */
export function csvLine(cells: readonly string[], escapeFormulas = false): string {
  return stringify([cells as string[]], { eof: false, escape_formulas: escapeFormulas });
}

/** The score columns of CSV output, after `row` and the pass-through columns, each with `prefix` before it. */
export function scoreColumns(def: InstrumentDefinition, prefix = ''): string[] {
  const cols = plainScoreColumns(def);
  return prefix === '' ? cols : cols.map((c) => prefix + c);
}

function plainScoreColumns(def: InstrumentDefinition): string[] {
  const cols = ['instrument', 'version'];
  for (const s of def.scales) cols.push(s.id, `${s.id}_band`, `${s.id}_answered`, `${s.id}_expected`, `${s.id}_missing`, `${s.id}_prorated`);
  for (const d of def.derived ?? []) cols.push(d.id, `${d.id}_label`);
  cols.push('complete', 'prorated', 'flags', 'flag_levels', 'flag_messages');
  return cols;
}

const num = (v: number | null): string => (v === null ? '' : String(v));

/** The score cells of a result, in the order of {@link scoreColumns}. */
export function scoreCells(def: InstrumentDefinition, r: ScoreResult): string[] {
  const cells = [r.instrument.id, r.instrument.version];
  for (const s of def.scales) {
    const x = r.scales[s.id];
    if (x === undefined) cells.push('', '', '', '', '', '');
    else cells.push(num(x.value), x.band?.label ?? '', String(x.answered), String(x.expected), x.missing.join(' '), String(x.prorated));
  }
  for (const d of def.derived ?? []) {
    const x = r.derived[d.id];
    cells.push(num(x?.value ?? null), x?.label ?? '');
  }
  cells.push(
    String(r.complete),
    String(r.prorated),
    r.flags.map((f) => f.id).join(';'),
    r.flags.map((f) => f.level).join(';'),
    r.flags.map((f) => f.message).join(' | '),
  );
  return cells;
}

/** The JSON form of a result (everything but the row number and the pass-through). */
export function resultJson(def: InstrumentDefinition, r: ScoreResult): Record<string, unknown> {
  const scales: Record<string, unknown> = {};
  for (const s of def.scales) {
    const x = r.scales[s.id];
    if (x) scales[s.id] = { value: x.value, band: x.band?.label ?? null, answered: x.answered, expected: x.expected, missing: x.missing, prorated: x.prorated };
  }
  const derived: Record<string, unknown> = {};
  for (const d of def.derived ?? []) derived[d.id] = r.derived[d.id] ?? { value: null, label: null };
  return {
    instrument: r.instrument.id,
    version: r.instrument.version,
    scales,
    derived,
    complete: r.complete,
    prorated: r.prorated,
    flags: r.flags.map((f) => ({ id: f.id, level: f.level, message: f.message })),
  };
}

/**
 * Builds the formatter. `passNames` are the CSV pass-through column names, or `null` for NDJSON
 * input (whose other keys go to one `passthrough` column holding JSON). Scored results are
 * interned by the engine, so the score part of each line is cached per result object.
 */
export function formatter(def: InstrumentDefinition, format: OutputFormat, passNames: readonly string[] | null, options: FormatterOptions): Formatter {
  if (options.long) return longFormatter(def, format, passNames, options);
  const { escapeFormulas, prefix, rowName, keepErrors } = options;
  const also = options.also ?? [];
  const alsoCache = also.map(() => new WeakMap<ScoreResult, Buffer>());
  const cache = new WeakMap<ScoreResult, Buffer>();
  const jsonCache = new WeakMap<ScoreResult, string>();
  const passCells = (pass: PassThrough): string[] => {
    if (passNames !== null) return pass as string[];
    return [pass === null || Object.keys(pass).length === 0 ? '' : JSON.stringify(pass)];
  };
  const passObject = (pass: PassThrough): { readonly [key: string]: unknown } => {
    if (passNames === null) return (pass ?? {}) as { readonly [key: string]: unknown };
    const o: Record<string, unknown> = Object.create(null);
    passNames.forEach((n, i) => {
      o[n] = (pass as readonly string[])[i];
    });
    return o;
  };
  const quality = options.quality === true;
  const scoreCols = [
    ...scoreColumns(def, prefix),
    ...also.flatMap((a) => scoreColumns(a.def, a.prefix)),
    ...(quality ? [`${prefix}longstring`, `${prefix}irv`, `${prefix}psychant`] : []),
  ];
  const columns = [rowName, ...(passNames ?? ['passthrough']), ...scoreCols, ...(keepErrors ? [`${prefix}error`] : [])];
  const start = (row: number, pass: PassThrough): string => {
    let line = String(row);
    for (const c of passCells(pass)) line += `,${csvCell(c, escapeFormulas)}`;
    return line;
  };
  if (format === 'csv') {
    const blanks = ','.repeat(scoreCols.length);
    // The score cells of a result, encoded once: results are interned, so most rows copy bytes.
    const cellsOf = (cache: WeakMap<ScoreResult, Buffer>, d: InstrumentDefinition, x: ScoreResult): Buffer => {
      let cells = cache.get(x);
      if (cells === undefined) {
        cells = Buffer.from(`,${csvLine(scoreCells(d, x), escapeFormulas)}`);
        cache.set(x, cells);
      }
      return cells;
    };
    return {
      columns,
      head: () => `${csvLine(columns, escapeFormulas)}\n`,
      row(out, row, pass, result, more, q) {
        out.text(start(row, pass));
        out.bytes(cellsOf(cache, def, result));
        more?.forEach((x, k) => {
          out.bytes(cellsOf(alsoCache[k] as WeakMap<ScoreResult, Buffer>, (also[k] as { def: InstrumentDefinition }).def, x));
        });
        const end = keepErrors ? ',\n' : '\n';
        out.text(quality ? (q ? `,${q.longstring},${q.irv === null ? '' : q.irv},${q.psychant === null ? '' : q.psychant}${end}` : `,,,${end}`) : end);
      },
      errorRow: (row, pass, error) => `${start(row, pass)}${blanks},${csvCell(error, escapeFormulas)}\n`,
      tail: () => '',
    };
  }
  const json = (row: number, pass: PassThrough, result: ScoreResult, more?: readonly ScoreResult[], q?: QualityCells): string => {
    let suffix = jsonCache.get(result);
    if (suffix === undefined) {
      suffix = `,${JSON.stringify(resultJson(def, result)).slice(1)}`;
      jsonCache.set(result, suffix);
    }
    if (quality && q) suffix = `${suffix.slice(0, -1)},"quality":${JSON.stringify(q)}}`;
    if (!more || more.length === 0) return `{"row":${row},"passthrough":${JSON.stringify(passObject(pass))}${suffix}`;
    // Several instruments: the first one's result as usual, then "also": the others' results, in order.
    const rest = more.map((x, k) => JSON.stringify(resultJson((also[k] as { def: InstrumentDefinition }).def, x))).join(',');
    return `{"row":${row},"passthrough":${JSON.stringify(passObject(pass))}${suffix.slice(0, -1)},"also":[${rest}]}`;
  };
  const errorJson = (row: number, pass: PassThrough, error: string): string =>
    `{"row":${row},"passthrough":${JSON.stringify(passObject(pass))},"instrument":${JSON.stringify(def.id)},"error":${JSON.stringify(error)}}`;
  if (format === 'ndjson')
    return {
      columns,
      head: () => '',
      row: (out, r, p, x, m, q) => out.text(`${json(r, p, x, m, q)}\n`),
      errorRow: (r, p, e) => `${errorJson(r, p, e)}\n`,
      tail: () => '',
    };
  let first = true;
  const next = (text: string): string => {
    const s = `${first ? '\n' : ',\n'}${text}`;
    first = false;
    return s;
  };
  return {
    columns,
    head: () => '[',
    row: (out, r, p, x, m, q) => out.text(next(json(r, p, x, m, q))),
    errorRow: (r, p, e) => next(errorJson(r, p, e)),
    tail: () => (first ? ']\n' : '\n]\n'),
  };
}

/** The columns of `--long` output after `row` and the pass-through columns. */
export const LONG_COLUMNS = [
  'instrument',
  'version',
  'scale',
  'value',
  'band',
  'answered',
  'expected',
  'missing',
  'prorated',
  'complete',
  'flags',
  'flag_levels',
] as const;

/**
 * `--long`: one row per person and scale (every scale of every instrument of the run), with the
 * row number and pass-through data repeated, so R (`read.csv`) and pandas can pivot or model it
 * directly. Flags are repeated on every line of the person. A row with errors (`--keep-errors`)
 * is one line with an empty scale and its error.
 */
function longFormatter(def: InstrumentDefinition, format: OutputFormat, passNames: readonly string[] | null, options: FormatterOptions): Formatter {
  const { escapeFormulas, rowName, keepErrors } = options;
  const defs = [def, ...(options.also ?? []).map((a) => a.def)];
  const quality = options.quality === true;
  const columns = [
    rowName,
    ...(passNames ?? ['passthrough']),
    ...LONG_COLUMNS,
    ...(quality ? ['longstring', 'irv', 'psychant'] : []),
    ...(keepErrors ? ['error'] : []),
  ];
  const passCells = (pass: PassThrough): string[] =>
    passNames !== null ? (pass as string[]) : [pass === null || Object.keys(pass).length === 0 ? '' : JSON.stringify(pass)];
  const passObject = (pass: PassThrough): unknown => {
    if (passNames === null) return pass ?? {};
    const o: Record<string, unknown> = Object.create(null);
    passNames.forEach((n, i) => {
      o[n] = (pass as readonly string[])[i];
    });
    return o;
  };
  const lines = (row: number, pass: PassThrough, results: readonly ScoreResult[], q: QualityCells | undefined): string => {
    let text = '';
    const start = format === 'csv' ? [String(row), ...passCells(pass)] : [];
    results.forEach((r, k) => {
      const d = defs[k] as InstrumentDefinition;
      for (const s of d.scales) {
        const x = r.scales[s.id];
        const cells = [
          r.instrument.id,
          r.instrument.version,
          s.id,
          x?.value ?? null,
          x?.band?.label ?? null,
          x?.answered ?? null,
          x?.expected ?? null,
          x?.missing.join(' ') ?? '',
          x?.prorated ?? null,
          r.complete,
          r.flags.map((f) => f.id).join(';'),
          r.flags.map((f) => f.level).join(';'),
        ] as const;
        if (format === 'csv') {
          const all = [...start, ...cells.map((c) => (c === null ? '' : String(c)))];
          if (quality) all.push(q ? String(q.longstring) : '', q?.irv == null ? '' : String(q.irv), q?.psychant == null ? '' : String(q.psychant));
          if (keepErrors) all.push('');
          text += `${csvLine(all, escapeFormulas)}\n`;
        } else {
          const o: Record<string, unknown> = { row, passthrough: passObject(pass) };
          LONG_COLUMNS.forEach((c, i) => {
            o[c] = cells[i];
          });
          if (quality && q) o.quality = q;
          text += `${JSON.stringify(o)}\n`;
        }
      }
    });
    return text;
  };
  const errorLine = (row: number, pass: PassThrough, error: string): string => {
    if (format !== 'csv') return `${JSON.stringify({ row, passthrough: passObject(pass), instrument: def.id, error })}\n`;
    const all = [String(row), ...passCells(pass), def.id, def.version, ...LONG_COLUMNS.slice(2).map(() => ''), ...(quality ? ['', '', ''] : []), error];
    return `${csvLine(all, escapeFormulas)}\n`;
  };
  if (format === 'csv') {
    return {
      columns,
      head: () => `${csvLine(columns, escapeFormulas)}\n`,
      row: (out, row, pass, result, more, q) => out.text(lines(row, pass, more ? [result, ...more] : [result], q)),
      errorRow: errorLine,
      tail: () => '',
    };
  }
  if (format === 'ndjson') {
    return {
      columns,
      head: () => '',
      row: (out, row, pass, result, more, q) => out.text(lines(row, pass, more ? [result, ...more] : [result], q)),
      errorRow: errorLine,
      tail: () => '',
    };
  }
  let first = true;
  const toArray = (text: string): string => {
    let out = '';
    for (const l of text.split('\n')) {
      if (l === '') continue;
      out += `${first ? '\n' : ',\n'}${l}`;
      first = false;
    }
    return out;
  };
  return {
    columns,
    head: () => '[',
    row: (out, row, pass, result, more, q) => out.text(toArray(lines(row, pass, more ? [result, ...more] : [result], q))),
    errorRow: (row, pass, error) => toArray(errorLine(row, pass, error)),
    tail: () => (first ? ']\n' : '\n]\n'),
  };
}
