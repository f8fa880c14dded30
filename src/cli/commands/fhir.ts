import { instruments } from '../../instruments/registry.js';
import { safeScore } from '../../scoring/score.js';
import type { InstrumentDefinition } from '../../scoring/types.js';
import { choice, parse, positionals } from '../_args.js';
import { EXIT, inputError, usageError } from '../_errors.js';
import { err, instrumentById, out, readJsonFile } from '../_io.js';
import { lazy } from '../_lazy.js';
import { resultJson } from '../score/format.js';

/** The `--help` text of `securebase fhir`. */
export const FHIR_HELP = `Usage: securebase fhir questionnaire <instrument> [--date YYYY-MM-DD] [--status S]
       securebase fhir import <response.json> [--questionnaire q.json] [--instrument ID]

questionnaire  prints a FHIR R4 Questionnaire (JSON) for an instrument, with answer scores
               and calculated scale scores. Item text is included only where the licence
               allows; otherwise items carry their number only and apps add licensed text.
import         reads a FHIR R4 QuestionnaireResponse (JSON), finds each answer's score
               (from the response, the Questionnaire given with --questionnaire, or the
               instrument's answer codes), scores it, and prints JSON: the responses by item
               id, any totals the response stored, warnings, and the full score result with
               its flags. Warnings are also printed on stderr.

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
  --unknown-links issue|warning
                              whether an answered linkId that maps to nothing stops the import
                              (default: issue) or is skipped with a warning
  -h, --help                  show this help

Exit codes: 0 ok; 2 usage error; 3 input or file error (unreadable or invalid JSON, a
response that cannot be read, answers off the scale).

Examples
  securebase fhir questionnaire phq-9 --date 2026-11-28 > phq9-questionnaire.json
  securebase fhir import response.json --questionnaire phq9-questionnaire.json`;

const OPTIONS = {
  date: { type: 'string' },
  status: { type: 'string' },
  questionnaire: { type: 'string' },
  instrument: { type: 'string' },
  link: { type: 'string', multiple: true },
  terminology: { type: 'string', multiple: true },
  'unknown-links': { type: 'string' },
} as const;

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
    const response = await readJsonFile(pos[1] as string, 'the QuestionnaireResponse');
    const questionnaire = v.questionnaire === undefined ? undefined : await readJsonFile(v.questionnaire, 'the Questionnaire');
    const def = v.instrument !== undefined ? instrumentById('fhir import', v.instrument) : inferInstrument(response, questionnaire);
    if (!def) throw usageError('fhir import: cannot tell which instrument the response answers; name it with --instrument (see "securebase instruments")');
    const unknownLinkIds = choice('fhir import', 'unknown-links', v['unknown-links'], ['issue', 'warning'] as const);
    const linkIds: Record<string, string> = {};
    for (const pair of v.link ?? []) {
      const at = pair.lastIndexOf('=');
      if (at <= 0 || at === pair.length - 1) throw usageError(`fhir import: --link expects LINKID=ID, received ${JSON.stringify(pair.slice(0, 40))}`);
      linkIds[pair.slice(0, at)] = pair.slice(at + 1);
    }
    const terminology: unknown[] = [];
    for (const t of v.terminology ?? []) terminology.push(await readJsonFile(t, 'the terminology resource'));
    const known = new Set([...def.items.map((i) => i.id), ...def.scales.map((x) => x.id)]);
    const wrong = Object.values(linkIds).find((id) => !known.has(id));
    if (wrong !== undefined) throw usageError(`fhir import: --link target ${JSON.stringify(wrong.slice(0, 40))} is not an item or scale id of ${def.id}`);
    const r = fhir.fromQuestionnaireResponse(def, response, {
      ...(questionnaire === undefined ? {} : { questionnaire }),
      ...(terminology.length === 0 ? {} : { terminology }),
      ...(Object.keys(linkIds).length === 0 ? {} : { linkIds }),
      ...(unknownLinkIds === undefined ? {} : { unknownLinkIds }),
    });
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
