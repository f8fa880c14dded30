// The `securebase` command line. The only room that touches Node built-ins; nothing imports it.
import { version } from '../../package.json';
import { CliError, EXIT } from './_errors.js';

const HELP = `Usage: securebase <command> [options]

Typed, tested building blocks for attachment-based therapy apps, on the command line.

Commands
  instruments                        list the instruments, their licences and item-text status
  score <instrument> [file|-]        score every row of a CSV or NDJSON file (streamed)
  exercise <id>                      render an exercise script (text, Markdown, SSML, timeline)
  plan <request.json>                build a treatment plan from an intake (planning request)
  fhir questionnaire <instrument>    print a FHIR R4 Questionnaire for an instrument
  fhir import <response.json>        read a FHIR QuestionnaireResponse and score it
  sql <instrument>                   print a query that scores a table in DuckDB, PostgreSQL, BigQuery or Spark
  demo                               a short tour with made-up data
  report <scores> --person ID        a progress report or chart for one person from score output

Run "securebase <command> --help" for a command's options.

Exit codes: 0 ok; 1 some rows failed (score); 2 usage error; 3 input or file error;
70 internal error (a bug in securebase: please report it).

securebase supports clinical work; it is not a substitute for professional care.`;

type Command = (args: readonly string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  instruments: async () => (await import('./commands/instruments.js')).instrumentsCommand,
  score: async () => (await import('./commands/score.js')).scoreCommand,
  exercise: async () => (await import('./commands/exercise.js')).exerciseCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  fhir: async () => (await import('./commands/fhir.js')).fhirCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
  sql: async () => (await import('./commands/sql.js')).sqlCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
};

/** Runs the command line with `args` (without `node` and the script) and returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load)
    throw new CliError(
      'usage',
      `unknown command ${JSON.stringify(name.slice(0, 40))} (commands: ${Object.keys(COMMANDS).join(', ')}; see "securebase --help")`,
    );
  return (await load())(rest);
}

function report(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`securebase: ${e.message}\n`);
    return e.exitCode;
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  process.stderr.write(`securebase: internal error: ${msg}\nThis is a bug in securebase; please report it (set SECUREBASE_DEBUG=1 for details).\n`);
  if (process.env.SECUREBASE_DEBUG === '1' && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return EXIT.internal;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = report(e);
  },
);
