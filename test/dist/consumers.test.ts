// The published types, as a user's project sees them. `npm pack` the built package, install the
// tarball into three consumer projects (nodenext ESM, nodenext CommonJS, bundler) and type-check a
// program that uses every entry point with `strict: true` and `skipLibCheck: false`, using this
// repository's own TypeScript. A `// @ts-expect-error` line on a FHIR field proves the FHIR types
// resolve: were they `any`, the directive would be unused, which is an error.
//
// The three projects share one install: each is a folder with its own package.json (its `type`
// decides ESM or CommonJS under nodenext) and tsconfig.json, below the folder that holds
// node_modules, exactly as Node and TypeScript resolve in a workspace.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../scripts/entries.mjs';
import { TIMEOUTS } from '../../vitest.browser.config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'dist', 'index.js'));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

// Packing, installing from the registry and type-checking zod's and our declarations take seconds
// on a quiet machine and minutes on a loaded one. The tests and hooks have the suite's generous
// limits (vitest.browser.config.ts); a child process is stopped a minute before them, so that a hung
// `npm install` fails with its own output.
const CHILD_LIMIT = TIMEOUTS.hookTimeout - 60_000;

/** Every import specifier a user can write: `securebase` and one per subpath of the exports map. */
const SPECIFIERS = ENTRIES.map((e) => (e.subpath === '.' ? 'securebase' : `securebase/${e.subpath.slice(2)}`));

/** The program each consumer type-checks. It runs nothing: `tsc --noEmit` only. */
const PROGRAM = `import { phq9, score } from 'securebase';
import * as instruments from 'securebase/instruments';
import { exerciseScripts } from 'securebase/exercises';
import { formulationSchema, jsonSchemaOf } from 'securebase/schemas';
import { fromQuestionnaireResponse, toObservation, toQuestionnaire } from 'securebase/fhir';
import { toSql } from 'securebase/sql';
import { renderTrajectorySvg } from 'securebase/charts';
import { es } from 'securebase/locales/es';

const result = score(phq9, [0, 1, 2, 3, 0, 1, 2, 3, 0]);
const questionnaire = toQuestionnaire(instruments.gad7);
const observation = toObservation(result, phq9);
const imported = fromQuestionnaireResponse(phq9, { resourceType: 'QuestionnaireResponse', status: 'completed' });

type Questionnaire = ReturnType<typeof toQuestionnaire>;
const active: Questionnaire['status'] = 'active';
// @ts-expect-error a Questionnaire's status is a FHIR code, never a number (this fails if FHIR types are any)
const wrong: Questionnaire['status'] = 1;
// @ts-expect-error an Observation's status is a FHIR code, never a number
observation.status = 2;
// @ts-expect-error score takes an instrument definition, not its id
score('phq-9', [0]);

const query: string = toSql(phq9, { dialect: 'duckdb', from: 'responses', itemColumns: 'q{n}' });
// @ts-expect-error the dialect is one of the four that toSql knows
toSql(phq9, { dialect: 'sqlite', from: 'responses', itemColumns: 'q{n}' });

const chart: string = renderTrajectorySvg([{ at: 1, result }]);
const spanish: string = es.locale;
// @ts-expect-error a locale pack's strings are strings
const notAString: number = es.strings['safety.crisis.lead'];

export const used = [result.flags, questionnaire.item, imported.ok, active, wrong, exerciseScripts.length, jsonSchemaOf(formulationSchema), query, chart, spanish, notAString];
`;

const COMMON_OPTIONS = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022' };

const CONSUMERS = [
  { name: 'nodenext-esm', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'nodenext-cjs', type: 'commonjs', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'bundler', type: 'module', compilerOptions: { module: 'preserve', moduleResolution: 'bundler' } },
] as const;

interface Ran {
  readonly status: number;
  readonly output: string;
}

/** Runs a command to its end; never throws. `status` is the exit code (1 when it could not start or was killed). */
function run(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, encoding: 'utf8', timeout: CHILD_LIMIT, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        done({ status, output: `$ ${command} ${args.join(' ')}\n${error === null ? '' : `${error.message}\n`}${stdout}${stderr}` });
      },
    );
  });
}

describe.runIf(built || process.env.CI)('the packed package in consumer projects', () => {
  let dir = '';
  let installed: Ran = { status: 1, output: 'not run' };

  beforeAll(async () => {
    if (!built) return; // the first test below fails and says why
    dir = mkdtempSync(join(tmpdir(), 'securebase-consumers-'));
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (packed.status !== 0 || tarball === undefined) {
      installed = packed;
      return;
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
    installed = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock', `./${tarball}`], dir);
    for (const c of CONSUMERS) {
      const at = join(dir, c.name);
      mkdirSync(at);
      writeFileSync(join(at, 'package.json'), JSON.stringify({ name: c.name, private: true, type: c.type }));
      writeFileSync(join(at, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...COMMON_OPTIONS, ...c.compilerOptions }, files: ['main.ts'] }));
      writeFileSync(join(at, 'main.ts'), PROGRAM);
    }
  });

  afterAll(() => {
    if (dir !== '' && !process.env.KEEP_CONSUMERS) rmSync(dir, { recursive: true, force: true });
  });

  it('packs and installs (npm test builds first; run `npm run build`)', () => {
    expect(built).toBe(true);
    expect(installed.status, installed.output).toBe(0);
  });

  it('uses every entry point of the exports map', () => {
    for (const s of SPECIFIERS) expect(PROGRAM).toContain(`from '${s}'`);
  });

  // The three checks are independent child processes: run them side by side.
  it.concurrent.for(CONSUMERS)('type-checks under $name with strict and skipLibCheck: false', async (c, { expect }) => {
    expect(installed.status, installed.output).toBe(0);
    const checked = await run(process.execPath, [TSC, '-p', join(dir, c.name)], dir);
    expect(checked.output.trim()).toBe(`$ ${process.execPath} ${TSC} -p ${join(dir, c.name)}`);
    expect(checked.status).toBe(0);
  });
});
