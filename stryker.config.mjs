// Mutation testing with StrykerJS: `npm run mutation` (`stryker run`, which reads this file).
// Not part of `npm test` (it takes minutes to tens of minutes); run it after changing the scoring
// engine, an instrument or an outcome function, and read reports/mutation/mutation.html.
//
// Scope: the scoring engine, the instrument data files (not the generated barrels) and the
// outcome statistics. Tests: only those about these folders (vitest.stryker.config.ts).
import { existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const tempDirName = '.stryker-tmp';

// The R conformance tests (test/outcomes/_conformance.ts) read the shared fixtures at `../shared`
// relative to the repository root. Stryker runs the tests in a copy at .stryker-tmp/sandbox-*, where
// that path is .stryker-tmp/shared: link it to the real folder so those tests run (and can kill
// mutants) instead of skipping. Without the folder (a plain checkout) they skip, as in `npm test`.
const shared = resolve(root, '..', 'shared');
const link = join(root, tempDirName, 'shared');
if (existsSync(shared) && !lstatSafe(link)) {
  mkdirSync(join(root, tempDirName), { recursive: true });
  symlinkSync(shared, link, 'dir');
}

function lstatSafe(path) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/scoring/**/*.ts', 'src/instruments/**/*.ts', '!src/instruments/index.ts', '!src/instruments/registry.ts', 'src/outcomes/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName,
  // Not needed by the tests above; keeps the sandbox copy small.
  ignorePatterns: ['dist', 'coverage', 'reports', 'docs/api', 'bench', 'examples', '*.log'],
};
