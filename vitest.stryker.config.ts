// Vitest configuration for mutation testing only (`npm run mutation`, see stryker.config.mjs).
// It runs just the tests about the mutated folders (src/scoring, src/instruments, src/outcomes),
// so that each mutant's run is short. Slow or unrelated suites (CLI, espeak, docs, dist, browser)
// are left out; `npm test` still runs everything with vitest.config.ts.
//
// test/outcomes/doc-examples.test.ts is left out too: it parses the @example blocks out of the
// source files, and Stryker's instrumented copies move a file's leading doc comment away from its
// export (src/outcomes/errors.ts), so its "every export has an example" check cannot pass there.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/scoring/**/*.test.ts', 'test/instruments/**/*.test.ts', 'test/outcomes/**/*.test.ts'],
    exclude: ['test/outcomes/doc-examples.test.ts'],
    environment: 'node',
    reporters: ['dot'],
  },
});
