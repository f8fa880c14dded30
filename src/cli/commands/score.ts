import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { cronbachAlpha } from '../../outcomes/cronbach-alpha.js';
import type { InstrumentDefinition, ScoreOptions } from '../../scoring/types.js';
import { choice, parse, positionals, wholeNumber } from '../_args.js';
import { CliError, EXIT, fileErrorMessage, inputError, usageError, WriteFailure } from '../_errors.js';
import { err, instrumentById, readJsonFile } from '../_io.js';
import { pairCorrelations } from '../score/antonyms.js';
import { itemKeys, lookedFor, PRESETS } from '../score/columns.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../score/format.js';
import { type ErrorSink, fileSink, stderrSink } from '../score/issues.js';
import { outputSink } from '../score/output.js';
import { startProgress } from '../score/progress.js';
import { idPrefix, scorer } from '../score/scorer.js';
import { csvSource, ndjsonSource } from '../score/sources.js';
import { runSummary } from '../score/summary.js';

/** The `--help` text of `securebase score`. */
export const SCORE_HELP = `Usage: securebase score <instrument>[,<instrument>...] [file|-] [options]

Scores every row of a CSV or NDJSON file (or stdin, "-" or no file) and writes one output
row per scored input row (every input row with --keep-errors), in input order, with every scale's value, band, answered/expected,
missing items and prorated flag, every derived score, and every raised flag (flags are
always written; no option removes them). The file is streamed: memory stays flat
whatever its size.

Input
  CSV     a header line; item columns are named by item number ("1") or item id
          ("ecrr-1"), or as --item-columns, --map or --preset say, in any case and
          order; every other column passes through to the output unchanged. If no
          column names an item, the run stops (exit 3) showing the header and what was
          looked for; an item without a column is named in a warning. Cells: "" (or spaces) = missing; decimal numbers such as
          3, 3.0, +3 are read exactly ("3.0" is 3); anything else is an error for that row.
  NDJSON  one JSON value per line: an object keyed by item id or item number (other keys
          pass through under "passthrough"), or an array of answers in item order.
          null = missing; numbers only (a string such as "3" is an error).
  The format comes from --input-format, else the file extension (.csv, .ndjson, .jsonl),
  else the first character ({ or [ = NDJSON, else CSV).

Options
  --format csv|ndjson|json  output format (default: csv for CSV input, ndjson for NDJSON)
  -o, --output FILE         write the output to FILE instead of stdout
  --errors FILE             write row errors to FILE (CSV, or NDJSON if FILE ends in
                            .ndjson/.jsonl/.json) instead of stderr
  --input-format csv|ndjson read the input as this format
  --prorate N               prorate a scale with up to N missing answers (your explicit
                            choice; the result says prorated = true)
  --na TEXT                 also read TEXT as a missing answer in CSV (repeatable: --na NA --na -99)
  --item-columns TEMPLATE   item column names: {n} = item number, {id} = item id
                            (such as phq9_{n}, PHQ9_{n} or q{n})
  --map FILE                column name to item id or number, for any other names: a JSON
                            object, or a CSV with a header and two columns (column,item)
  --preset redcap|qualtrics redcap: a REDCap raw CSV export (record_id, then fields named
                            like phq9_1; redcap_* and *_complete columns pass through);
                            qualtrics: a Qualtrics CSV export (three header rows; matrix
                            columns Q<k>_<n>, the block found from the header)
  --summary                 after the rows, print on stderr per scale n, mean, SD, min,
                            max and missing, band counts, flag counts by level, and the
                            rows with errors
  --summary-file FILE       write the same summary to FILE as JSON
  --quality                 add response-quality columns for review (never an exclusion):
                            longstring, the longest run of identical answers (Johnson 2005),
                            irv, the SD of a person's answers (Dunn et al. 2018), and
                            psychant, the psychometric antonym score (Meade & Craig 2012), as
                            R's careless package computes them; psychant reads a file twice
                            (first to find the item pairs the sample answers oppositely) and is
                            empty for stdin
  --long                    one output row per person and scale (instrument, scale, value,
                            band, ...), for R and pandas
  --keep-errors             write rows with errors too, in their place, with no scores and
                            an "error" column: rows out = rows in
  --prefix TEXT             put TEXT before every score column (default: none, or the
                            instrument id, as gad_7_, when a column name would clash, for
                            example when chaining runs on one wide file). With several
                            instruments (score phq-9,gad-7 wide.csv, one pass over a CSV
                            file), one prefix each, comma-separated (default: each id,
                            as phq_9_ and gad_7_)
  --reliability             after the rows, print Cronbach's alpha per scale (listwise) to
                            stderr, with rows used and excluded. This keeps every valid
                            row's answers in memory (about 0.5 KB a row for 36 items), so
                            memory then grows with the file.
  --escape-formulas         in CSV output, prefix cells that start with = + - @ with ' (for
                            files opened in a spreadsheet; changes pass-through values)
  --no-progress             never show the progress bar (shown on stderr only when stderr
                            is a terminal)
  -h, --help                show this help

Every bad row (wrong value, ragged row, bad quoting, bad JSON) is reported with its row
number (the record's number: a line with stray quotes is one bad row), line and reason, and
never dropped silently: rows read = rows scored + rows with errors. A write that fails
(a full disk, a closed pipe) stops the run with exit 3, naming the file and the rows
written. Ctrl-C (SIGINT) or SIGTERM stops on a whole row and prints the same summary
(exit 130 or 143). Without --errors, stderr shows the first 100 rows with errors (all are counted).
The counts are printed on stderr at the end. Blank lines are skipped and counted.

Exit codes: 0 all rows scored; 1 some rows had errors; 2 usage error; 3 input or file
error (unreadable file, unusable CSV header, a record over 1 MB, a failed write);
130 or 143 stopped by SIGINT or SIGTERM.

Examples
  securebase score ecr-r answers.csv > scores.csv
  securebase score phq-9 redcap-export.csv --preset redcap --keep-errors -o scores.csv
  securebase score gad-7 survey.csv --item-columns GAD7_{n} --na -99
  securebase score phq-9 intake.ndjson --format json --errors bad-rows.csv
  cat answers.csv | securebase score ecr-r - --prorate 1 --reliability`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  errors: { type: 'string' },
  'input-format': { type: 'string' },
  prorate: { type: 'string' },
  na: { type: 'string', multiple: true },
  reliability: { type: 'boolean' },
  'escape-formulas': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'keep-errors': { type: 'boolean' },
  summary: { type: 'boolean' },
  'summary-file': { type: 'string' },
  quality: { type: 'boolean' },
  long: { type: 'boolean' },
  prefix: { type: 'string' },
  'item-columns': { type: 'string' },
  map: { type: 'string' },
  preset: { type: 'string' },
} as const;

/** Reads the first chunk of a stream without consuming it; `null` for an empty stream. */
async function peek(stream: Readable): Promise<Buffer | null> {
  for (;;) {
    const chunk = stream.read() as Buffer | null;
    if (chunk !== null) {
      stream.unshift(chunk);
      return chunk;
    }
    if (stream.readableEnded) return null;
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        stream.off('readable', done);
        stream.off('end', done);
        stream.off('error', fail);
        resolve();
      };
      const fail = (e: Error): void => {
        stream.off('readable', done);
        stream.off('end', done);
        reject(e);
      };
      stream.once('readable', done);
      stream.once('end', done);
      stream.once('error', fail);
    });
  }
}

function sniff(first: Buffer | null): 'csv' | 'ndjson' {
  if (first === null) return 'csv';
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (i < first.length && (first[i] === 0x20 || first[i] === 0x09 || first[i] === 0x0a || first[i] === 0x0d)) i++;
  return first[i] === 0x7b || first[i] === 0x5b ? 'ndjson' : 'csv';
}

function reliabilityReport(def: InstrumentDefinition, rows: readonly (readonly (number | null)[])[]): string[] {
  const lines = [`securebase score: Cronbach's alpha (listwise, over the ${rows.length} rows without errors):`];
  for (const s of def.scales) {
    if (s.items.length < 2) {
      lines.push(`  ${s.id}: not computed (a one-item scale has no alpha)`);
      continue;
    }
    const r = cronbachAlpha(def, rows, { scale: s.id, missing: 'listwise' });
    const excluded = r.excluded.length;
    const a = r.alpha === null ? 'undefined' : r.alpha.toFixed(3);
    lines.push(
      `  ${s.id}: alpha ${a} (k = ${r.k}, n used = ${r.used}, excluded = ${excluded}${excluded > 0 ? ' with missing items' : ''})${r.note ? `; ${r.note}` : ''}`,
    );
  }
  return lines;
}

/** Reads `--map FILE`: a JSON object { column: item } or a CSV with two columns (column, item), with a header line. */
async function readMap(path: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  if (/\.json$/i.test(path)) {
    const data = await readJsonFile(path, 'the column map');
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw inputError(`the column map ${JSON.stringify(path)} must be a JSON object of column names to item ids, such as {"PHQ_a": "phq9-1"}`);
    for (const [k, v] of Object.entries(data)) {
      if (typeof v !== 'string' && typeof v !== 'number')
        throw inputError(`the column map ${JSON.stringify(path)}: the value for ${JSON.stringify(k.slice(0, 40))} must be an item id or number`);
      map.set(k, String(v));
    }
    return map;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw inputError(fileErrorMessage('read the column map', path, e));
  }
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch {
    throw inputError(`the column map ${JSON.stringify(path)} is not a readable CSV file`);
  }
  rows.slice(1).forEach((r, i) => {
    if (r.length !== 2 || (r[0] ?? '').trim() === '' || (r[1] ?? '').trim() === '')
      throw inputError(`the column map ${JSON.stringify(path)}, line ${i + 2}: expected two cells, a column name and an item id`);
    map.set(r[0] as string, r[1] as string);
  });
  return map;
}

/** The exit code of a run stopped by a signal: 128 + the signal number, as shells report it. */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** `securebase score`: streams a CSV/NDJSON file through the scoring engine. */
export async function scoreCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('score', args, OPTIONS);
  if (v.help) {
    process.stdout.write(`${SCORE_HELP}\n`);
    return EXIT.ok;
  }
  positionals('score', pos, 1, 2, 'the instrument id (see "securebase instruments")');
  const defs = (pos[0] as string).split(',').map((id) => instrumentById('score', id));
  const def = defs[0] as InstrumentDefinition;
  if (new Set(defs.map((d) => d.id)).size !== defs.length) throw usageError('score: an instrument is named twice');
  const prefixes = v.prefix === undefined ? undefined : v.prefix.split(',');
  if (prefixes !== undefined && defs.length > 1 && prefixes.length !== defs.length)
    throw usageError(`score: --prefix needs one prefix per instrument, separated by commas (${defs.length} instruments, ${prefixes.length} prefixes)`);
  const file = pos[1] ?? '-';
  const outFormatOpt = choice('score', 'format', v.format, OUTPUT_FORMATS);
  let inputFormat = choice('score', 'input-format', v['input-format'], ['csv', 'ndjson'] as const);
  const prorate = wholeNumber('score', 'prorate', v.prorate);
  const preset = choice('score', 'preset', v.preset, PRESETS);
  for (const p of prefixes ?? [])
    if (!/^[A-Za-z0-9_.-]{0,40}$/.test(p))
      throw usageError(`score: --prefix may hold only letters, digits, "_", "." and "-" (at most 40), not ${JSON.stringify(p.slice(0, 24))}`);
  const na = v.na && v.na.length > 0 ? new Set(v.na.map((x) => x.trim())) : null;
  if (file === '-' && process.stdin.isTTY) throw usageError('score: no input: give a file, or pipe rows to stdin (see "securebase score --help")');
  if (inputFormat === undefined && file !== '-') {
    if (/\.csv$/i.test(file)) inputFormat = 'csv';
    else if (/\.(ndjson|jsonl)$/i.test(file)) inputFormat = 'ndjson';
    else if (/\.json$/i.test(file)) {
      throw usageError(
        'score: reads NDJSON (one JSON value per line), not a .json document; convert an array with "jq -c \'.[]\'" or pass --input-format ndjson',
      );
    }
  }

  for (const [flag, path] of [
    ['--output', v.output],
    ['--errors', v.errors],
  ] as const) {
    if (path !== undefined && file !== '-' && resolve(path) === resolve(file)) throw usageError(`score: ${flag} names the input file; that would overwrite it`);
  }
  if (v.output !== undefined && v.errors !== undefined && resolve(v.output) === resolve(v.errors))
    throw usageError('score: --output and --errors name the same file');
  const map = v.map === undefined ? undefined : await readMap(v.map);
  /** With several instruments, each takes the map entries that name its items. */
  const mapFor = (d: InstrumentDefinition): Map<string, string> | undefined => {
    if (map === undefined || defs.length === 1) return map;
    const names = (x: InstrumentDefinition) => new Set(x.items.flatMap((it) => [it.id.toLowerCase()]));
    const own = new Map([...map].filter(([, t]) => names(d).has(t.trim().toLowerCase())));
    const lost = [...map].find(([, t]) => !defs.some((x) => names(x).has(t.trim().toLowerCase())));
    if (lost)
      throw usageError(
        `score: --map names ${JSON.stringify(lost[1].slice(0, 40))} for column ${JSON.stringify(lost[0].slice(0, 40))}; with several instruments, map to item ids (such as "${d.items[0]?.id}")`,
      );
    return own;
  };
  const keys = itemKeys(def, { template: v['item-columns'], map: mapFor(def), preset });
  const also = defs.slice(1).map((d, k) => ({
    def: d,
    keys: itemKeys(d, { template: v['item-columns'], map: mapFor(d), preset }),
    prefix: prefixes?.[k + 1] ?? idPrefix(d),
  }));

  let input: Readable;
  let size: number | null = null;
  if (file === '-') input = process.stdin;
  else {
    try {
      const s = await stat(file);
      if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      size = s.size;
    } catch (e) {
      throw inputError(fileErrorMessage('read', file, e));
    }
    input = createReadStream(file);
  }
  let first: Buffer | null;
  try {
    first = await peek(input);
  } catch (e) {
    throw inputError(fileErrorMessage('read', file === '-' ? 'stdin' : file, e));
  }
  inputFormat ??= sniff(first);
  const format: OutputFormat = outFormatOpt ?? (inputFormat === 'csv' ? 'csv' : 'ndjson');

  let target: NodeJS.WritableStream = process.stdout;
  let targetName = 'stdout';
  if (v.output !== undefined) {
    const path = v.output;
    const ws = createWriteStream(path);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', (e) => reject(inputError(fileErrorMessage('write', path, e))));
    });
    target = ws;
    targetName = `the output ${JSON.stringify(path)}`;
  }
  const sink = outputSink(target, targetName);
  const errors: ErrorSink = v.errors === undefined ? stderrSink() : await fileSink(v.errors);

  const score: ScoreOptions | undefined = prorate === undefined ? undefined : { prorate: { maxMissing: prorate } };
  if (prorate !== undefined && prorate > 0 && (def.missing?.kind ?? 'complete') === 'complete') {
    err(
      `securebase score: note: prorating up to ${prorate} missing answer${prorate === 1 ? '' : 's'} per scale because you asked (--prorate); ${def.id} publishes no rule that allows it. Prorated scales say so in the output.`,
    );
  }
  // --quality: the psychant column needs the antonym pairs of the whole sample, so a file is read twice.
  let antonyms: readonly (readonly [number, number])[] | null = null;
  // How rows are read and scored: the same in both reads, so the pairs come from the rows as scored.
  const reading = { def, keys, input: inputFormat, format, score, na } as const;
  if (v.quality === true) {
    if (file === '-') {
      err(
        'securebase score: note: the psychant column stays empty when reading stdin: it needs a first read of the whole file to find the antonym pairs; give a file instead',
      );
    } else {
      const pairs = pairCorrelations(def.items.length);
      const first = scorer({
        ...reading,
        escapeFormulas: false,
        errors: { report: () => undefined, close: async () => undefined, where: '' },
        collect: (a) => pairs.add(a),
        progress: null,
        onLayout: null,
      });
      const discard = new Writable({ objectMode: true, write: (_chunk, _enc, done) => done() });
      try {
        await pipeline(createReadStream(file), inputFormat === 'csv' ? csvSource() : ndjsonSource(), first.stream, discard);
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw inputError(fileErrorMessage('read', file, e));
      }
      antonyms = pairs.pairs();
      if (antonyms.length === 0)
        err(
          'securebase score: note: no item pair correlates below -0.60 in this file, so there is no psychant score (as careless::psychant, which stops with "No Psychometric Antonyms found")',
        );
    }
  }
  const kept: (readonly (number | null)[])[] | null = v.reliability ? [] : null;
  const wantSummary = v.summary === true || v['summary-file'] !== undefined;
  const stats = wantSummary ? runSummary(defs) : null;
  const progress = await startProgress(!v['no-progress'], size);
  const source = inputFormat === 'csv' ? csvSource() : ndjsonSource();
  const run = scorer({
    ...reading,
    escapeFormulas: v['escape-formulas'] === true,
    errors,
    keepErrors: v['keep-errors'] === true,
    prefix: defs.length > 1 ? (prefixes?.[0] ?? idPrefix(def)) : v.prefix,
    also,
    quality: v.quality === true,
    antonyms,
    long: v.long === true,
    observe: stats ? (results) => stats.observe(results) : null,
    collect: kept ? (a) => kept.push(a) : null,
    progress: (rows) => progress.update(rows, (input as Partial<ReadStream>).bytesRead ?? 0),
    onLayout: (layout) => {
      if (layout.absentItems.length > 0) {
        const shown = layout.absentItems.slice(0, 5).map((id) => lookedFor(keys, id));
        const more = layout.absentItems.length > 5 ? ` and ${layout.absentItems.length - 5} more` : '';
        err(`securebase score: warning: the header has no column for ${shown.join('; ')}${more}; those answers count as missing`);
      }
    },
  });
  const { counts } = run;

  // SIGINT / SIGTERM: stop reading, score nothing more, and end the output on a whole row.
  let signal: 'SIGINT' | 'SIGTERM' | null = null;
  const onSignal = (s: 'SIGINT' | 'SIGTERM'): void => {
    if (signal !== null) return;
    signal = s;
    run.stop();
    input.unpipe(source);
    if (input !== process.stdin) input.destroy();
    else process.stdin.pause();
    source.end();
  };
  const sigint = (): void => onSignal('SIGINT');
  const sigterm = (): void => onSignal('SIGTERM');
  process.once('SIGINT', sigint);
  process.once('SIGTERM', sigterm);

  const summary = (stopped: string): void => {
    const blank = source.blankLines();
    const c = counts;
    err(
      `securebase score: ${stopped}${c.rowsIn} row${c.rowsIn === 1 ? '' : 's'} read: ${c.written} scored, ${c.failed} with errors${c.failed > 0 ? ` (${errors.where}${c.kept > 0 ? '; kept in the output with an error column' : ''})` : ''}${blank > 0 ? `; ${blank} blank line${blank === 1 ? '' : 's'} skipped` : ''}`,
    );
  };
  const readFailure = (e: unknown): void => {
    source.destroy(inputError(fileErrorMessage('read', file === '-' ? 'stdin' : file, e)));
  };
  input.on('error', readFailure);
  try {
    input.pipe(source);
    await pipeline(source, run.stream, sink.stream);
    await errors.close();
  } catch (e) {
    progress.stop();
    await errors.close().catch(() => undefined);
    if (e instanceof WriteFailure) {
      const n = sink.rowsWritten();
      summary('stopped after ');
      throw inputError(`${e.message}; stopped after ${n} row${n === 1 ? ' was' : 's were'} written${targetName === 'stdout' ? '' : ` to ${targetName}`}`);
    }
    if (e instanceof CliError) {
      if (counts.rowsIn > 0) summary('stopped after ');
      throw e;
    }
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw inputError(fileErrorMessage('read', file === '-' ? 'stdin' : file, e));
    throw e;
  } finally {
    process.off('SIGINT', sigint);
    process.off('SIGTERM', sigterm);
  }
  progress.stop();
  if (signal !== null) {
    summary(`interrupted (${signal}) after `);
    return SIGNAL_EXIT[signal];
  }
  summary('');
  if (stats) {
    const rows = { read: counts.rowsIn, scored: counts.written, withErrors: counts.failed };
    if (v['summary-file'] !== undefined) {
      try {
        await writeFile(v['summary-file'], `${JSON.stringify(stats.data(rows), null, 2)}\n`);
      } catch (e) {
        throw inputError(fileErrorMessage('write the summary file', v['summary-file'], e));
      }
    }
    if (v.summary === true) for (const line of stats.lines(rows)) err(line);
  }
  if (kept) for (const line of reliabilityReport(def, kept)) err(line);
  if (process.env.SECUREBASE_REPORT_MAXRSS === '1') err(`securebase score: maxrss ${process.resourceUsage().maxRSS} KB`);
  return counts.failed > 0 ? EXIT.rowsFailed : EXIT.ok;
}
