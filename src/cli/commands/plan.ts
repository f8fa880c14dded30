import { choice, parse, positionals } from '../_args.js';
import { EXIT, inputError } from '../_errors.js';
import { out, readJsonFile } from '../_io.js';
import { lazy } from '../_lazy.js';
import { regionOption } from '../_safety.js';
import { PLAN_FORMATS, renderPlan } from './plan-render.js';

/** The `--help` text of `securebase plan`. */
export const PLAN_HELP = `Usage: securebase plan <request.json> [--format json|md|text]

Reads a planning request (JSON), checks it against the schema, scores its questionnaires and
prints a treatment plan: the techniques, exercises and measurement schedule, each with
its reason, the rules that shaped it, and any safety actions that come first.

The file is a planning request, { "intake": {...}, "measures": {...}, "attachment": {...},
"delivery": ... } (measures are raw answers keyed by instrument id, e.g. "phq-9": [1, 2, ...]);
a JSON object without an "intake" key is read as a bare intake ({ "intake": <file> }).

A plan is decision support for a clinician, never a diagnosis and never a substitute for
professional care.

Options
  --format json|md|text   json (default): the plan object; md: a Markdown page a clinician
                          can read; text: the same as plain text
  --region XX             the person's country (ISO 3166-1, such as GB): the plan's words
                          for the person name that region's crisis help
                          from securebase's safety data; without it, no number is named
  -h, --help              show this help

Exit codes: 0 ok; 2 usage error; 3 input or file error (unreadable or invalid JSON, a request
that does not match the schema, answers that cannot be scored).

Examples
  securebase plan request.json > plan.json
  securebase plan request.json --format md > plan.md`;

/** `securebase plan`. */
export async function planCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('plan', args, { format: { type: 'string' }, region: { type: 'string' } });
  if (v.help) {
    await out(`${PLAN_HELP}\n`);
    return EXIT.ok;
  }
  positionals('plan', pos, 1, 1, 'the planning request file (JSON)');
  const format = choice('plan', 'format', v.format, PLAN_FORMATS) ?? 'json';
  const region = regionOption('plan', v.region);
  const planning = await lazy('plan', 'planning', () => import('../../schemas/plan-from-intake.js'));
  const data = await readJsonFile(pos[0] as string, 'the planning request');
  const request = typeof data === 'object' && data !== null && !Array.isArray(data) && !Object.hasOwn(data, 'intake') ? { intake: data } : data;
  const r = planning.planFromIntake(request, region === undefined ? undefined : { region });
  if (!r.ok) {
    const shown = r.issues.slice(0, 5).map((i) => i.message);
    const more = r.issues.length > 5 ? ` (and ${r.issues.length - 5} more)` : '';
    throw inputError(`plan: the request cannot be planned from: ${shown.join(' ')}${more}`);
  }
  await out(format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : renderPlan(r.value, format));
  return EXIT.ok;
}
