// Proposed vitest.config.ts: one `vitest run` runs the whole suite in Node (project `node`) and the
// core suite in headless Chromium (project `browser`, defined in vitest.browser.config.ts), so the
// plain `N passed, N failed, N skipped` line counts both. `vitest run --project node` runs Node only.
import { configDefaults, defineConfig } from 'vitest/config';
import { BROWSER_INCLUDE, browserProvider, NODE_ONLY_TESTS, TIMEOUTS } from './vitest.browser.config.js';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
    ...TIMEOUTS, // generous limits that only stop a hang (see vitest.browser.config.ts)
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text', 'json-summary'],
    },
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_INCLUDE,
          exclude: [...configDefaults.exclude, ...NODE_ONLY_TESTS],
          browser: { enabled: true, headless: true, provider: browserProvider(), instances: [{ browser: 'chromium' }] },
        },
      },
    ],
  },
});
