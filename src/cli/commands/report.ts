import { readFile, stat } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { renderProgressReport, renderTrajectorySvg } from '../../charts/index.js';
import type { ScoredTimePoint } from '../../charts/types.js';
import { instruments } from '../../instruments/registry.js';
import type { InstrumentDefinition, RaisedFlag, ScaleResult, ScoreResult } from '../../scoring/types.js';
import { choice, parse, positionals } from '../_args.js';
import { EXIT, fileErrorMessage, inputError, preview, usageError } from '../_errors.js';
import { out } from '../_io.js';

/** The `--help` text of `securebase report`. */
export const REPORT_HELP = `Usage: securebase report <scores.csv|scores.ndjson> --person ID [options]

Builds a progress report (or just the chart) for one person from the output of
"securebase score": the measures over time as a chart, reliable change and clinical
significance with their sources, NHS Talking Therapies outcomes where PHQ-9 and GAD-7
are paired, and every risk flag (current flags first; no option hides a flag).

Input: the CSV, NDJSON or JSON output of "securebase score", wide (the default) or
--long, one row per person and time point (score phq-9,gad-7 for both measures in one
row). The person and time columns are pass-through columns of the scored file.

Options
  --person ID             the person to report on (required)
  --person-column COLUMN  the column holding the person's id (default: the first of
                          person, person_id, id, record_id, participant, participant_id,
                          client_id, patient_id)
  --time COLUMN           the column holding the time point (default: the first of
                          session, time, at, date, timepoint, visit, week); numbers are
                          shown as "session N", anything else as written
  --format md|html|svg    md (default): a Markdown report; html: a page with the chart
                          inline; svg: the chart alone
  --name TEXT             the name shown in the report's heading (default: the ID)
  -h, --help              show this help

A report supports a clinician's judgement; it is not a diagnosis.

Exit codes: 0 ok; 2 usage error; 3 input or file error (unreadable file, a missing
column, a cell that cannot be read, no row for the person).

Examples
  securebase score phq-9,gad-7 sessions.csv -o scores.csv
  securebase report scores.csv --person P001 --time session --format html > p001.html`;

const FORMATS = ['md', 'html', 'svg'] as const;
const PERSON_COLUMNS = ['person', 'person_id', 'id', 'record_id', 'participant', 'participant_id', 'client_id', 'patient_id'];
const TIME_COLUMNS = ['session', 'time', 'at', 'date', 'timepoint', 'visit', 'week'];
const MAX_BYTES = 512 * 1024 * 1024;

/** One input row: where it is (for messages), its pass-through values, and a reader of its columns. */
interface Row {
  readonly where: string;
  readonly pass: Readonly<Record<string, unknown>>;
  readonly cell: (name: string) => unknown;
  readonly has: (name: string) => boolean;
}

const defs = instruments as readonly InstrumentDefinition[];

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

/** Reads the rows of a CSV or NDJSON/JSON file as {@link Row}s. */
function readRows(text: string, file: string): { rows: Row[]; columns: string[] } {
  const q = JSON.stringify(file);
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    let values: unknown[];
    if (start === '[') {
      try {
        values = JSON.parse(text) as unknown[];
      } catch {
        throw inputError(`report: ${q} is not valid JSON`);
      }
    } else {
      values = [];
      text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          values.push(JSON.parse(line));
        } catch {
          throw inputError(`report: ${q} line ${i + 1} is not valid JSON`);
        }
      });
    }
    const columns = new Set<string>();
    const rows = values.map((o, i): Row => {
      if (typeof o !== 'object' || o === null || Array.isArray(o)) throw inputError(`report: ${q} record ${i + 1} is not a JSON object`);
      const rec = o as Record<string, unknown>;
      const pass = typeof rec.passthrough === 'object' && rec.passthrough !== null ? (rec.passthrough as Record<string, unknown>) : {};
      for (const k of Object.keys(pass)) columns.add(k);
      return { where: `${q} record ${i + 1}`, pass, cell: (n) => rec[n], has: (n) => Object.hasOwn(rec, n) };
    });
    return { rows, columns: [...columns] };
  }
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw inputError(`report: ${q} is not a CSV file this command can read (${(e as Error).message.split('\n')[0]?.slice(0, 80)})`);
  }
  const head = records[0] ?? [];
  const index = new Map<string, number>();
  head.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const rows = records.slice(1).map((r, i): Row => {
    const pass: Record<string, unknown> = {};
    head.forEach((h, k) => {
      pass[h] = r[k];
    });
    return { where: `${q} line ${i + 2}`, pass, cell: (n) => (index.has(n) ? r[index.get(n) as number] : undefined), has: (n) => index.has(n) };
  });
  return { rows, columns: head };
}

function pickColumn(file: string, columns: readonly string[], wanted: string | undefined, defaults: readonly string[], option: string, what: string): string {
  const q = JSON.stringify(file);
  if (wanted !== undefined) {
    if (!columns.includes(wanted))
      throw inputError(`report: ${q} has no column ${JSON.stringify(wanted.slice(0, 40))} (${option}); its columns: ${columns.slice(0, 30).join(', ')}`);
    return wanted;
  }
  const lower = columns.map((c) => c.toLowerCase());
  for (const d of defaults) {
    const k = lower.indexOf(d);
    if (k >= 0) return columns[k] as string;
  }
  throw inputError(
    `report: ${q} has no ${what} column (looked for ${defaults.join(', ')}); name it with ${option}. Its columns: ${columns.slice(0, 30).join(', ')}`,
  );
}

function findDef(row: Row, column: string, id: unknown): InstrumentDefinition {
  const key = cellText(id).toLowerCase();
  const d = defs.find((x) => x.id === key);
  if (!d)
    throw inputError(
      `report: ${row.where}, column "${column}": ${preview(cellText(id))} is not a known instrument (known: ${defs.map((x) => x.id).join(', ')})`,
    );
  return d;
}

function numberCell(row: Row, column: string, v: unknown): number | null {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n)) throw inputError(`report: ${row.where}, column "${column}": ${preview(v)} is not a number`);
  return n;
}

function boolCell(v: unknown): boolean {
  return v === true || cellText(v).toLowerCase() === 'true';
}

const LEVELS = ['urgent', 'review', 'warning', 'info'] as const;

function flagsOf(row: Row, column: string, def: InstrumentDefinition, ids: unknown, levels: unknown, messages: unknown): RaisedFlag[] {
  if (Array.isArray(ids)) {
    return ids.map((f: { id?: unknown; level?: unknown; message?: unknown }) =>
      flag(row, column, def, cellText(f?.id), cellText(f?.level), cellText(f?.message)),
    );
  }
  const idList = cellText(ids) === '' ? [] : cellText(ids).split(';');
  const levelList = cellText(levels).split(';');
  const messageList = cellText(messages).split(' | ');
  return idList.map((id, k) => flag(row, column, def, id.trim(), (levelList[k] ?? '').trim(), messageList[k] ?? ''));
}

function flag(row: Row, column: string, def: InstrumentDefinition, id: string, level: string, message: string): RaisedFlag {
  if (id === '') throw inputError(`report: ${row.where}, column "${column}": a flag without an id`);
  const rule = def.flags?.find((f) => f.id === id);
  const lv = (LEVELS as readonly string[]).includes(level) ? (level as RaisedFlag['level']) : rule?.level;
  // A flag is never dropped: an unknown level is read as urgent, the safest reading.
  return Object.freeze({ id, level: lv ?? 'urgent', message: rule?.message ?? message, clientMessage: rule?.clientMessage ?? '' });
}

function scaleResult(
  def: InstrumentDefinition,
  scaleId: string,
  value: number | null,
  extra: { answered?: unknown; expected?: unknown; missing?: unknown; prorated?: unknown },
): ScaleResult {
  const s = def.scales.find((x) => x.id === scaleId);
  const band = value === null ? null : (s?.bands?.find((b) => value >= b.min && value <= b.max) ?? null);
  const missing = Array.isArray(extra.missing) ? extra.missing.map(String) : cellText(extra.missing) === '' ? [] : cellText(extra.missing).split(' ');
  return Object.freeze({
    value,
    answered: Number(extra.answered ?? 0) || 0,
    expected: Number(extra.expected ?? s?.items.length ?? 0) || 0,
    missing,
    prorated: boolCell(extra.prorated),
    band,
  });
}

function result(def: InstrumentDefinition, version: unknown, scales: Record<string, ScaleResult>, flags: RaisedFlag[], complete: unknown): ScoreResult {
  return Object.freeze({
    instrument: Object.freeze({ id: def.id, version: cellText(version) || def.version }),
    scales: Object.freeze(scales),
    derived: Object.freeze({}),
    flags: Object.freeze(flags),
    complete: boolCell(complete),
    notAsked: Object.freeze([]),
    prorated: Object.values(scales).some((s) => s.prorated),
  });
}

/** The results of one wide row (CSV columns, possibly prefixed, or an NDJSON object with `also`). */
function wideResults(row: Row, columns: readonly string[]): ScoreResult[] {
  const obj = row.cell('scales');
  if (typeof obj === 'object' && obj !== null) {
    const all: ((n: string) => unknown)[] = [
      (n) => row.cell(n),
      ...(Array.isArray(row.cell('also')) ? (row.cell('also') as Record<string, unknown>[]).map((o) => (n: string) => o?.[n]) : []),
    ];
    return all.map((get) => {
      const def = findDef(row, 'instrument', get('instrument'));
      const sc = (get('scales') ?? {}) as Record<string, Record<string, unknown>>;
      const scales: Record<string, ScaleResult> = {};
      for (const s of def.scales) {
        const x = sc[s.id];
        if (x) scales[s.id] = scaleResult(def, s.id, numberCell(row, `scales.${s.id}.value`, x.value), x);
      }
      return result(def, get('version'), scales, flagsOf(row, 'flags', def, get('flags'), undefined, undefined), get('complete'));
    });
  }
  const prefixes = columns
    .filter((c) => c.endsWith('instrument') && columns.includes(`${c.slice(0, -'instrument'.length)}flags`))
    .map((c) => c.slice(0, -'instrument'.length));
  return prefixes.map((p) => {
    const def = findDef(row, `${p}instrument`, row.cell(`${p}instrument`));
    const scales: Record<string, ScaleResult> = {};
    for (const s of def.scales) {
      const col = `${p}${s.id}`;
      if (!row.has(col)) continue;
      const c = (k: string): unknown => row.cell(`${col}_${k}`);
      scales[s.id] = scaleResult(def, s.id, numberCell(row, col, row.cell(col)), {
        answered: c('answered'),
        expected: c('expected'),
        missing: c('missing'),
        prorated: c('prorated'),
      });
    }
    return result(
      def,
      row.cell(`${p}version`),
      scales,
      flagsOf(row, `${p}flags`, def, row.cell(`${p}flags`), row.cell(`${p}flag_levels`), row.cell(`${p}flag_messages`)),
      row.cell(`${p}complete`),
    );
  });
}

/** `securebase report`. */
export async function reportCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('report', args, {
    person: { type: 'string' },
    'person-column': { type: 'string' },
    time: { type: 'string' },
    format: { type: 'string' },
    name: { type: 'string' },
  });
  if (v.help) {
    await out(`${REPORT_HELP}\n`);
    return EXIT.ok;
  }
  positionals('report', pos, 1, 1, 'the scores file (the output of "securebase score")');
  const format = choice('report', 'format', v.format, FORMATS) ?? 'md';
  if (v.person === undefined || v.person.trim() === '') throw usageError('report: --person ID is required (see "securebase report --help")');
  const file = pos[0] as string;
  let text: string;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (s.size > MAX_BYTES) throw inputError(`report: ${JSON.stringify(file)} is larger than 512 MB; filter it to the person first`);
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof Error && e.name === 'CliError') throw e;
    throw inputError(`report: ${fileErrorMessage('read', file, e)}`);
  }
  const { rows, columns } = readRows(text, file);
  const personCol = pickColumn(file, columns, v['person-column'], PERSON_COLUMNS, '--person-column', 'person');
  const timeCol = pickColumn(file, columns, v.time, TIME_COLUMNS, '--time', 'time');
  const person = v.person.trim();
  const mine = rows.filter((r) => cellText(r.pass[personCol]) === person);
  if (mine.length === 0)
    throw inputError(`report: no row of ${JSON.stringify(file)} has ${preview(person)} in column "${personCol}" (${rows.length} rows read)`);
  const long = mine[0]?.has('scale') && mine[0]?.has('value');
  const scored: { at: string; result: ScoreResult; order: number }[] = [];
  const skipped: string[] = [];
  if (long) {
    // One line per person, time point and scale: group the lines of one input row and instrument.
    const groups = new Map<string, { row: Row; def: InstrumentDefinition; scales: Record<string, ScaleResult>; at: string }>();
    for (const r of mine) {
      if (cellText(r.cell('error')) !== '' || cellText(r.cell('scale')) === '') {
        skipped.push(r.where);
        continue;
      }
      const def = findDef(r, 'instrument', r.cell('instrument'));
      const at = cellText(r.pass[timeCol]);
      const key = `${cellText(r.has('row') ? r.cell('row') : r.cell(columns[0] ?? 'row'))}\u0000${at}\u0000${def.id}`;
      let g = groups.get(key);
      if (!g) {
        g = { row: r, def, scales: {}, at };
        groups.set(key, g);
      }
      const sid = cellText(r.cell('scale'));
      g.scales[sid] = scaleResult(def, sid, numberCell(r, 'value', r.cell('value')), {
        answered: r.cell('answered'),
        expected: r.cell('expected'),
        missing: r.cell('missing'),
        prorated: r.cell('prorated'),
      });
    }
    for (const g of groups.values()) {
      const flags = flagsOf(g.row, 'flags', g.def, g.row.cell('flags'), g.row.cell('flag_levels'), undefined);
      scored.push({ at: g.at, result: result(g.def, g.row.cell('version'), g.scales, flags, g.row.cell('complete')), order: scored.length });
    }
  } else {
    for (const r of mine) {
      if (cellText(r.cell('error')) !== '' && !r.has('scales')) {
        skipped.push(r.where);
        continue;
      }
      const at = cellText(r.pass[timeCol]);
      for (const res of wideResults(r, columns)) scored.push({ at, result: res, order: scored.length });
    }
  }
  if (scored.length === 0) throw inputError(`report: ${JSON.stringify(file)} has no scored row for ${preview(person)} (rows with errors: ${skipped.length})`);
  for (const s of scored) if (s.at === '') throw inputError(`report: ${JSON.stringify(file)}: a row of ${preview(person)} has an empty "${timeCol}" cell`);
  const numeric = scored.every((s) => /^[-+]?\d+(\.\d+)?$/.test(s.at));
  const sorted = [...scored].sort((x, y) => (numeric ? Number(x.at) - Number(y.at) : x.at < y.at ? -1 : x.at > y.at ? 1 : 0) || x.order - y.order);
  const points: ScoredTimePoint[] = sorted.map((s) => ({ at: numeric ? Number(s.at) : s.at, result: s.result }));
  for (const w of skipped) process.stderr.write(`securebase: report: skipped ${w} (a row with an error has no scores)\n`);
  const name = v.name ?? person;
  if (format === 'svg') await out(`${renderTrajectorySvg(points)}\n`);
  else await out(renderProgressReport({ name, results: points }, { format: format === 'html' ? 'html' : 'markdown' }));
  return EXIT.ok;
}
