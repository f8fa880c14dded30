// The core test suite in headless Chromium (vitest browser mode, Playwright provider, Debian's
// /usr/bin/chromium; set CHROMIUM_PATH to use another binary). Every test under test/ runs here
// except the files below that test Node-only things; test-browser/ adds browser-only checks.
// `npm run test:browser` runs this file alone; vitest.config.ts runs it as the `browser` project.
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';

/** Flags for a closed network: without the background-networking ones Chromium floods it with refused connections. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * No test's verdict may depend on how fast or how busy the machine is. Vitest's defaults (5 s a
 * test, 10 s a hook) are close to what some of our tests take on a loaded machine (bundling the CLI,
 * compiling the FHIR JSON Schema, fast-check runs, speaking every script, type-checking consumer
 * projects). The suite's work is bounded, so each test and hook gets ten minutes: a limit that only
 * stops a hang, never a slow but correct run. Tests set no timeouts of their own
 * (test/architecture/load-independent.test.ts keeps it so).
 */
export const TIMEOUTS = { testTimeout: 600_000, hookTimeout: 600_000 } as const;

export const BROWSER_INCLUDE = ['test/**/*.test.ts', 'test-browser/**/*.browser.test.ts'];

/** Test files that check Node-only things, each with its reason. Everything else under test/ must pass in Chromium. */
export const NODE_ONLY_TESTS = [
  'test/interop/sql/**', // runs the generated SQL in DuckDB and PGlite (native and WebAssembly engines for Node)
  'test/cli/**', // the securebase command: spawns node, reads and writes files, streams
  'test/dist/**', // the built package: dist/ on disk, require() from CJS, esbuild bundles, gzip
  'test/docs/**', // README and TSDoc examples read from disk and compiled with esbuild
  'test/architecture/**', // walks src/ with node:fs to enforce the import rules
  'test/charts/visual.test.ts', // renders the demo report in Debian's chromium through playwright and writes PNG artifacts
  'test/exercises/espeak.test.ts', // speaks every script with espeak-ng and sox (child processes, temp files)
  'test/exercises/snapshots.test.ts', // review snapshots on disk (toMatchFileSnapshot, readdirSync)
  'test/locales/es-speech.test.ts', // speaks every Spanish script with espeak-ng and sox (child processes, temp files)
  'test/locales/guards.test.ts', // bundles apps with esbuild to prove a pack is absent unless imported
  'test/instruments/snapshots.test.ts', // review snapshots on disk (toMatchFileSnapshot, readdirSync)
  'test/outcomes/doc-examples.test.ts', // TSDoc examples read from src/ and compiled with esbuild
  'test/outcomes/r-conformance.test.ts', // R reference values read from ../shared/conformance/r
  'test/planning/bundle.test.ts', // bundles an entry with esbuild to prove what it pulls in
  'test/instruments/tree-shaking.test.ts', // bundles each instrument with esbuild to prove it pulls in no other
  'test/scoring/criteria-groups.test.ts', // checks criteria groups against the generated SQL in DuckDB (a native module)
  'test/interop/fhir/conformance.test.ts', // FHIR files read from ../shared/conformance/fhir
  'test/techniques/clinical-brief.test.ts', // the clinical brief read from ../shared/domain
  'test/fuzz/cli.test.ts', // the CLI's row parsing and scorer stage, a Node stream pipeline
  'test/instruments/phq-answer-codes.test.ts', // LOINC answer codes read from the FHIR files in ../shared
  'test/web/**', // builds examples/web with Vite and drives Debian's chromium through playwright-core
];

export const browserProvider = () =>
  playwright({
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  });

export default defineConfig({
  test: {
    include: BROWSER_INCLUDE,
    exclude: [...configDefaults.exclude, ...NODE_ONLY_TESTS],
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
    ...TIMEOUTS,
    browser: {
      enabled: true,
      headless: true,
      provider: browserProvider(),
      instances: [{ browser: 'chromium' }],
    },
  },
});
