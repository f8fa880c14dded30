import type { ExerciseScript } from '../../exercises/types.js';
import { choice, parse, positionals } from '../_args.js';
import { EXIT, usageError } from '../_errors.js';
import { out } from '../_io.js';
import { lazy } from '../_lazy.js';
import { regionOption } from '../_safety.js';

/** The `--help` text of `securebase exercise`. */
export const EXERCISE_HELP = `Usage: securebase exercise <id> [options]
       securebase exercise --list

Renders one exercise script, personalised, as plain text, a Markdown handout, SSML for a
text-to-speech engine, or a timeline (JSON). Every rendering keeps the safety note and the
grounding exit. Exercises support therapy; they are not a substitute for professional care.

Options
  --format text|md|ssml|timeline   output (default: text)
  --variant standard|trauma-sensitive|brief
                                   which version of the script (default: standard)
  --name NAME                      the person's name (plain words, at most 40 characters)
  --caregiver WORDS                words for a caregiver, e.g. "Grandma"
  --safe-place WORDS               words for a calm, safe place
  --pronouns they|she|he           pronouns used in the script (default: they)
  --engine generic|polly-neural|google|azure
                                   SSML engine profile (with --format ssml; default: generic)
  --region XX                      the safety note names this country's crisis help (ISO 3166-1)
                                   (ISO 3166-1, such as GB), from securebase's safety data
  --list                           list the exercise ids and titles
  -h, --help                       show this help

Exit codes: 0 ok; 2 usage error (unknown id or option, an invalid name or other value).

Examples
  securebase exercise --list
  securebase exercise regulate.grounding-54321 --name Sam --variant brief
  securebase exercise mindful.breath --format ssml --engine azure > breath.ssml`;

const OPTIONS = {
  format: { type: 'string' },
  variant: { type: 'string' },
  name: { type: 'string' },
  caregiver: { type: 'string' },
  'safe-place': { type: 'string' },
  pronouns: { type: 'string' },
  engine: { type: 'string' },
  region: { type: 'string' },
  list: { type: 'boolean' },
} as const;

/** `securebase exercise`. */
export async function exerciseCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('exercise', args, OPTIONS);
  if (v.help) {
    await out(`${EXERCISE_HELP}\n`);
    return EXIT.ok;
  }
  const ex = await lazy('exercise', 'exercises', () => import('../../exercises/index.js'));
  const scripts = ex.exerciseScripts as readonly ExerciseScript[];
  if (v.list) {
    positionals('exercise', pos, 0, 0, '');
    await out(`${scripts.map((s) => `${s.id.padEnd(36)} ${s.title}`).join('\n')}\n`);
    return EXIT.ok;
  }
  positionals('exercise', pos, 1, 1, 'the exercise id (see "securebase exercise --list")');
  const format = choice('exercise', 'format', v.format, ['text', 'md', 'markdown', 'ssml', 'timeline'] as const) ?? 'text';
  const variant = choice('exercise', 'variant', v.variant, ex.SCRIPT_VARIANTS);
  const pronouns = choice('exercise', 'pronouns', v.pronouns, ['they', 'she', 'he'] as const);
  const engine = choice('exercise', 'engine', v.engine, ex.SSML_ENGINES);
  // The safety note then carries that region's crisis help (personalize), in every format.
  const region = regionOption('exercise', v.region);
  const id = (pos[0] as string).trim().toLowerCase();
  const script = scripts.find((s) => s.id === id);
  if (!script) throw usageError(`exercise: unknown exercise ${JSON.stringify((pos[0] as string).slice(0, 40))} (see "securebase exercise --list")`);
  if (engine !== undefined && format !== 'ssml') throw usageError('exercise: --engine applies only to --format ssml');
  const options = {
    ...(variant === undefined ? {} : { variant }),
    ...(v.name === undefined ? {} : { name: v.name }),
    ...(v.caregiver === undefined ? {} : { caregiver: v.caregiver }),
    ...(v['safe-place'] === undefined ? {} : { safePlace: v['safe-place'] }),
    ...(pronouns === undefined ? {} : { pronouns }),
    ...(region === undefined ? {} : { region }),
  };
  const p = ex.safePersonalize(script, options);
  if (!p.ok) {
    const msgs = p.issues.map((i) => i.message);
    throw usageError(`exercise: ${msgs.join('; ')}`);
  }
  let text: string;
  switch (format) {
    case 'text':
      text = ex.renderText(p.value);
      break;
    case 'md':
    case 'markdown':
      text = ex.renderMarkdown(p.value);
      break;
    case 'ssml':
      text = ex.renderSsml(p.value, engine === undefined ? {} : { engine });
      break;
    default:
      text = JSON.stringify(ex.renderTimeline(p.value), null, 2);
  }
  await out(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
