import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { instruments } from '../../instruments/registry.js';
import { safeScore } from '../../scoring/score.js';
import type { InstrumentDefinition } from '../../scoring/types.js';
import { choice, parse, positionals } from '../_args.js';
import { EXIT, fileErrorMessage, inputError, usageError } from '../_errors.js';
import { err, instrumentById, out, readJsonFile } from '../_io.js';
import { lazy } from '../_lazy.js';
import { csvLine, type Formatter, formatter, resultJson, scoreColumns } from '../score/format.js';
import { OutputBuffer } from '../score/output.js';

/** The `--help` text of `securebase fhir`. */
export const FHIR_HELP = `Usage: securebase fhir questionnaire <instrument> [--date YYYY-MM-DD] [--status S]
       securebase fhir import <response.json|bundle.json|responses.ndjson|folder> [options]

questionnaire  prints a FHIR R4 Questionnaire (JSON) for an instrument, with answer scores
               and calculated scale scores. Item text is included only where the licence
               allows; otherwise items carry their number only and apps add licensed text.
import         reads a FHIR R4 QuestionnaireResponse (JSON), finds each answer's score
               (from the response, the Questionnaire given with --questionnaire, or the
               instrument's answer codes), scores it, and prints JSON: the responses by item
               id, any totals the response stored, warnings, and the full score result with
               its flags. Warnings are also printed on stderr.
               A Bundle, an NDJSON file (one QuestionnaireResponse per line) or a folder
               of .json files is read one response at a time (streamed): one output line
               per response (NDJSON scores by default), and a response that cannot be read
               is reported on stderr with where it came from; the others go on (exit 1).

Options
  --date YYYY-MM-DD           the Questionnaire's date (questionnaire; default: none)
  --status draft|active|retired|unknown
                              the Questionnaire's status (questionnaire; default: the library's)
  --questionnaire FILE        the Questionnaire the response answers (import)
  --instrument ID             the instrument (import; default: found from the response's
                              or the Questionnaire's canonical URL)
  --link LINKID=ID            map a linkId to an item id or a scale id (import; repeatable),
                              for forms whose linkIds carry neither (e.g. "H1/T1/Q1=phq9-1")
  --terminology FILE          a ValueSet or CodeSystem (JSON) to look answer scores up in
                              (import; repeatable; nothing is fetched)
  --format ndjson|csv         output of a Bundle, NDJSON or folder (import; csv needs
                              --instrument)
  --observations              write FHIR Observations (NDJSON), one per response (import)
  --unknown-links issue|warning
                              whether an answered linkId that maps to nothing stops the import
                              (default: issue) or is skipped with a warning
  -h, --help                  show this help

Exit codes: 0 ok; 2 usage error; 3 input or file error (unreadable or invalid JSON, a
response that cannot be read, answers off the scale).

Examples
  securebase fhir questionnaire phq-9 --date 2026-11-28 > phq9-questionnaire.json
  securebase fhir import response.json --questionnaire phq9-questionnaire.json
  securebase fhir import responses.ndjson --instrument phq-9 --observations > observations.ndjson`;

const OPTIONS = {
  date: { type: 'string' },
  status: { type: 'string' },
  questionnaire: { type: 'string' },
  instrument: { type: 'string' },
  link: { type: 'string', multiple: true },
  terminology: { type: 'string', multiple: true },
  'unknown-links': { type: 'string' },
  format: { type: 'string' },
  observations: { type: 'boolean' },
} as const;

type FhirModule = typeof import('../../interop/fhir/index.js');

const isBundle = (x: unknown): x is { entry?: { resource?: unknown }[] } =>
  typeof x === 'object' && x !== null && (x as { resourceType?: unknown }).resourceType === 'Bundle';

/** The options of `fromQuestionnaireResponse` from the command line (`--link`, `--terminology`, `--unknown-links`), checked once. */
async function importOptions(v: { link?: string[]; terminology?: string[]; 'unknown-links'?: string }): Promise<Record<string, unknown>> {
  const unknownLinkIds = choice('fhir import', 'unknown-links', v['unknown-links'], ['issue', 'warning'] as const);
  const linkIds: Record<string, string> = {};
  for (const pair of v.link ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw usageError(`fhir import: --link expects LINKID=ID, received ${JSON.stringify(pair.slice(0, 40))}`);
    linkIds[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const terminology: unknown[] = [];
  for (const t of v.terminology ?? []) terminology.push(await readJsonFile(t, 'the terminology resource'));
  return {
    ...(terminology.length === 0 ? {} : { terminology }),
    ...(Object.keys(linkIds).length === 0 ? {} : { linkIds }),
    ...(unknownLinkIds === undefined ? {} : { unknownLinkIds }),
  };
}

/** Every QuestionnaireResponse of a source, one at a time, with where it came from (`file.ndjson:3`, `bundle entry 2`). */
async function* responsesOf(
  source: string,
  isFolder: boolean,
  bundle: { entry?: { resource?: unknown }[] } | undefined,
): AsyncGenerator<{ where: string; resource: unknown }> {
  if (bundle) {
    let k = 0;
    for (const e of bundle.entry ?? []) {
      k++;
      const r = e?.resource as { resourceType?: unknown } | undefined;
      if (r?.resourceType === 'QuestionnaireResponse') yield { where: `${source} entry ${k}`, resource: r };
    }
    return;
  }
  if (isFolder) {
    const names = (await readdir(source)).filter((n) => /\.json$/i.test(n)).sort();
    for (const name of names) {
      const path = join(source, name);
      const data = await readJsonFile(path, 'the QuestionnaireResponse');
      if (isBundle(data)) yield* responsesOf(path, false, data);
      else yield { where: path, resource: data };
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(source), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      yield { where: `${source}:${n}`, resource: Symbol.for('invalid json') };
      continue;
    }
    yield { where: `${source}:${n}`, resource: data };
  }
}

/**
 * `fhir import` over many responses (a Bundle, an NDJSON stream or a folder), streamed: one output
 * line per response (scores as NDJSON or CSV, or Observations with --observations); a response
 * that cannot be read is reported on stderr with where it came from, and the others go on.
 */
async function importMany(
  fhir: FhirModule,
  o: {
    source: string;
    isFolder: boolean;
    bundle: { entry?: { resource?: unknown }[] } | undefined;
    questionnaire: unknown;
    fixed: InstrumentDefinition | undefined;
    format: 'ndjson' | 'csv';
    observations: boolean;
    options: Record<string, unknown>;
  },
): Promise<number> {
  let read = 0;
  let written = 0;
  let failed = 0;
  if (o.format === 'csv' && o.fixed) await out(`${csvLine(['source', 'id', ...scoreColumns(o.fixed)])}\n`);
  // One CSV formatter per instrument and one output buffer for the run (a formatter caches each result's cells).
  const formatters = new Map<InstrumentDefinition, Formatter>();
  const line = new OutputBuffer();
  for await (const { where, resource } of responsesOf(o.source, o.isFolder, o.bundle)) {
    read++;
    const problem = (message: string): void => {
      failed++;
      err(`securebase fhir import: ${where}: ${message}`);
    };
    if (typeof resource === 'symbol') {
      problem('not valid JSON');
      continue;
    }
    const def = o.fixed ?? inferInstrument(resource, o.questionnaire);
    if (!def) {
      problem('cannot tell which instrument the response answers; name it with --instrument');
      continue;
    }
    const r = fhir.fromQuestionnaireResponse(def, resource, { ...(o.questionnaire === undefined ? {} : { questionnaire: o.questionnaire }), ...o.options });
    if (!r.ok) {
      problem(
        `cannot be read as ${def.id}: ${r.issues
          .slice(0, 3)
          .map((i) => i.message)
          .join(' ')}`,
      );
      continue;
    }
    const scored = safeScore(def, r.value.responses);
    if (!scored.ok) {
      problem(scored.issues.map((i) => i.message).join(' '));
      continue;
    }
    for (const w of r.value.warnings) err(`securebase fhir import: ${where}: warning: ${w.message}`);
    const id = typeof (resource as { id?: unknown }).id === 'string' ? ((resource as { id: string }).id as string) : '';
    const subject = (resource as { subject?: { reference?: unknown } }).subject?.reference;
    if (o.observations) {
      const obs = fhir.toObservation(scored.value, def, {
        ...(id === '' ? {} : { derivedFrom: `QuestionnaireResponse/${id}` }),
        ...(typeof subject === 'string' ? { subject } : {}),
      });
      await out(`${JSON.stringify(obs)}\n`);
    } else if (o.format === 'csv') {
      let fmt = formatters.get(def);
      if (fmt === undefined) {
        fmt = formatter(def, 'csv', ['source', 'id'], { escapeFormulas: false, prefix: '', rowName: 'row', keepErrors: false });
        formatters.set(def, fmt);
      }
      fmt.row(line, read, [where, id], scored.value);
      const cells = line.take().bytes.toString('utf8');
      await out(cells.slice(cells.indexOf(',') + 1));
    } else await out(`${JSON.stringify({ source: where, id: id || null, ...resultJson(def, scored.value) })}\n`);
    written++;
  }
  err(`securebase fhir import: ${read} response${read === 1 ? '' : 's'} read: ${written} scored, ${failed} with errors`);
  return failed > 0 ? EXIT.rowsFailed : EXIT.ok;
}

function canonicalId(value: unknown): InstrumentDefinition | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /\/Questionnaire\/([^/|]+)(?:\|.*)?$/.exec(value);
  const id = (m?.[1] ?? '').toLowerCase();
  return (instruments as readonly InstrumentDefinition[]).find((d) => d.id === id);
}

function inferInstrument(response: unknown, questionnaire: unknown): InstrumentDefinition | undefined {
  const r = response as { questionnaire?: unknown } | null;
  const q = questionnaire as { url?: unknown; identifier?: { value?: unknown }[] } | null;
  const fromIdentifier = Array.isArray(q?.identifier)
    ? (instruments as readonly InstrumentDefinition[]).find((d) => q.identifier?.some((i) => i?.value === d.id))
    : undefined;
  return canonicalId(r?.questionnaire) ?? canonicalId(q?.url) ?? fromIdentifier;
}

/** True for a FHIR `date` that exists on the calendar: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (so not 2026-13-45 or 2025-02-29). */
export function realDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** `securebase fhir`. */
export async function fhirCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('fhir', args, OPTIONS);
  if (v.help || pos.length === 0) {
    await out(`${FHIR_HELP}\n`);
    return v.help ? EXIT.ok : EXIT.usage;
  }
  const sub = pos[0];
  const fhir = await lazy('fhir', 'FHIR', () => import('../../interop/fhir/index.js'));
  if (sub === 'questionnaire') {
    positionals('fhir questionnaire', pos.slice(1), 1, 1, 'the instrument id (see "securebase instruments")');
    if (v.questionnaire !== undefined || v.instrument !== undefined)
      throw usageError('fhir questionnaire: --questionnaire and --instrument belong to "fhir import"');
    const def = instrumentById('fhir questionnaire', pos[1] as string);
    if (v.date !== undefined && !realDate(v.date))
      throw usageError(`fhir questionnaire: --date needs a date as YYYY-MM-DD (or YYYY-MM, YYYY); ${JSON.stringify(v.date.slice(0, 24))} is not a real date`);
    const status = choice('fhir questionnaire', 'status', v.status, ['draft', 'active', 'retired', 'unknown'] as const);
    const q = fhir.toQuestionnaire(def, { ...(v.date === undefined ? {} : { date: v.date }), ...(status === undefined ? {} : { status }) });
    await out(`${JSON.stringify(q, null, 2)}\n`);
    return EXIT.ok;
  }
  if (sub === 'import') {
    positionals('fhir import', pos.slice(1), 1, 1, 'the QuestionnaireResponse file');
    if (v.date !== undefined || v.status !== undefined) throw usageError('fhir import: --date and --status belong to "fhir questionnaire"');
    const source = pos[1] as string;
    const questionnaire = v.questionnaire === undefined ? undefined : await readJsonFile(v.questionnaire, 'the Questionnaire');
    const fixed = v.instrument !== undefined ? instrumentById('fhir import', v.instrument) : undefined;
    const outFormat = choice('fhir import', 'format', v.format, ['ndjson', 'csv'] as const);
    if (outFormat === 'csv' && fixed === undefined) throw usageError('fhir import: --format csv needs --instrument (the columns come from the instrument)');
    if (outFormat === 'csv' && v.observations) throw usageError('fhir import: --observations writes NDJSON; leave out --format csv');
    let isFolder = false;
    try {
      isFolder = (await stat(source)).isDirectory();
    } catch (e) {
      throw inputError(fileErrorMessage('read', source, e));
    }
    const streamed = isFolder || /\.(ndjson|jsonl)$/i.test(source);
    const response = streamed ? undefined : await readJsonFile(source, 'the QuestionnaireResponse');
    const bundle = isBundle(response);
    if (streamed || bundle || outFormat !== undefined || v.observations) {
      return importMany(fhir, {
        source,
        isFolder,
        bundle: bundle ? response : undefined,
        questionnaire,
        fixed,
        format: outFormat ?? 'ndjson',
        observations: v.observations === true,
        options: await importOptions(v),
      });
    }
    const def = fixed ?? inferInstrument(response, questionnaire);
    if (!def) throw usageError('fhir import: cannot tell which instrument the response answers; name it with --instrument (see "securebase instruments")');
    const options = await importOptions(v);
    const linkIds = (options.linkIds ?? {}) as Record<string, string>;
    const known = new Set([...def.items.map((i) => i.id), ...def.scales.map((x) => x.id)]);
    const wrong = Object.values(linkIds).find((id) => !known.has(id));
    if (wrong !== undefined) throw usageError(`fhir import: --link target ${JSON.stringify(wrong.slice(0, 40))} is not an item or scale id of ${def.id}`);
    const r = fhir.fromQuestionnaireResponse(def, response, { ...(questionnaire === undefined ? {} : { questionnaire }), ...options });
    if (!r.ok) {
      const shown = r.issues.slice(0, 5).map((i) => i.message);
      const more = r.issues.length > 5 ? ` (and ${r.issues.length - 5} more)` : '';
      throw inputError(`fhir import: the response cannot be read as ${def.id}: ${shown.join(' ')}${more}`);
    }
    for (const w of r.value.warnings) err(`securebase fhir import: warning: ${w.message}`);
    const scored = safeScore(def, r.value.responses);
    if (!scored.ok) throw inputError(`fhir import: ${scored.issues.map((i) => i.message).join(' ')}`);
    await out(
      `${JSON.stringify(
        {
          instrument: def.id,
          responses: r.value.responses,
          reported: r.value.reported,
          warnings: r.value.warnings.map((w) => ({ code: w.code, linkId: w.linkId, message: w.message })),
          result: resultJson(def, scored.value),
        },
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  throw usageError(`fhir: unknown subcommand ${JSON.stringify(String(sub).slice(0, 40))} (use "questionnaire" or "import"; see "securebase fhir --help")`);
}
