// Vitest configuration for mutation testing only (`npm run mutation`, see stryker.config.mjs).
// It runs just the tests about the mutated folders (src/scoring, src/instruments, src/outcomes),
// so that each mutant's run is short. Slow or unrelated suites (CLI, espeak, docs, dist, browser)
// are left out; `npm test` still runs everything with vitest.config.ts.
//
// test/outcomes/doc-examples.test.ts is left out too: it parses the @example blocks out of the
// source files, and Stryker's instrumented copies move a file's leading doc comment away from its
// export (src/outcomes/errors.ts), so its "every export has an example" check cannot pass there.
import { defineConfig } from 'vitest/config';
import type { Reporter, RunnerTestCase, RunnerTestFile, TestModule } from 'vitest/node';

/**
 * Counts a test file that fails to load (an error at import time or in a `describe` body) as one
 * failed test. Stryker's vitest runner (9.6.1, also 10.0.0) builds a mutant's result from the tests
 * it collected only, so a mutant that stops a test file from loading was reported as survived
 * although the suite catches it (stryker-js issues #6150 and #6179). Outside mutation testing this
 * reporter is not used.
 */
export class LoadFailureAsFailedTest implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const mod of testModules) {
      // The module's task is the state object Stryker reads back (`ctx.state.getFiles()`).
      const file = (mod as unknown as { task: RunnerTestFile }).task;
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const failed = {
        type: 'test',
        id: `${file.id}_load`,
        name: `${file.name} failed to load`,
        mode: 'run',
        file,
        suite: undefined,
        meta: {},
        context: undefined,
        annotations: [],
        artifacts: [],
        timeout: 0,
        result: { state: 'fail', errors: file.result.errors ?? [{ message: 'the test file failed to load' }] },
      } as unknown as RunnerTestCase;
      file.tasks.push(failed);
    }
  }
}

export default defineConfig({
  test: {
    include: ['test/scoring/**/*.test.ts', 'test/instruments/**/*.test.ts', 'test/outcomes/**/*.test.ts'],
    exclude: ['test/outcomes/doc-examples.test.ts'],
    environment: 'node',
    reporters: ['dot', new LoadFailureAsFailedTest()],
  },
});
