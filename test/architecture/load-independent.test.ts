// No test's verdict may depend on how fast or how busy the machine is (a test once failed on a
// heavily loaded machine and passed on every rerun). The suite's work is bounded, so the configs give
// every test and hook a generous limit that only stops a hang (TIMEOUTS in vitest.browser.config.ts),
// and no test sets a tighter one of its own, reads the clock or stops fast-check after a time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import browserConfig, { TIMEOUTS } from '../../vitest.browser.config.js';
import nodeConfig from '../../vitest.config.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SELF = relative(ROOT, import.meta.filename);

/** What makes a verdict depend on time, each with the reason it is refused. */
const RULES: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\b(?:performance\.now|Date\.now|process\.hrtime)\s*\(/u, why: 'reads the clock: count work, do not time it' },
  { pattern: /\b(?:interruptAfterTimeLimit|skipAllAfterTimeLimit)\b/u, why: 'stops fast-check after a time: use numRuns' },
  { pattern: /\b(?:testTimeout|hookTimeout|teardownTimeout)\s*:|\bsetConfig\s*\(/u, why: 'changes the suite limits inside a test' },
  { pattern: /\btimeout\s*:\s*[\d.]/u, why: 'sets its own time limit (a test option or a child process)' },
  {
    pattern: /^\s*(?:it|test|describe|suite|bench|beforeAll|afterAll|beforeEach|afterEach)\b[\w.]*\(.*,\s*[\d_]+\s*\);?\s*$/u,
    why: 'passes its own time limit to a test or hook',
  },
  { pattern: /^\s*\}\s*,\s*[\d_]+\s*\);?\s*$/u, why: 'passes its own time limit to a test or hook' },
];

/** Every rule a line breaks. */
function broken(line: string): string[] {
  return RULES.filter((r) => r.pattern.test(line)).map((r) => r.why);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('__') ? [] : files(p);
    return /\.(?:ts|mts|js|mjs)$/u.test(e.name) ? [p] : [];
  });
}

describe('tests are independent of machine load', () => {
  it('both configs give every test and hook ten minutes, a limit that only stops a hang', () => {
    expect(TIMEOUTS).toEqual({ testTimeout: 600_000, hookTimeout: 600_000 });
    expect(nodeConfig.test).toMatchObject(TIMEOUTS);
    expect(browserConfig.test).toMatchObject(TIMEOUTS);
  });

  it('this test runs with the suite limit (the node project inherits it)', ({ task }) => {
    expect(task.timeout).toBe(TIMEOUTS.testTimeout);
  });

  it('the rules find what they are meant to find (fixture)', () => {
    const bad = [
      '  }, 60_000);',
      'beforeAll(warmSchema, 60_000);',
      "it('is quick', () => {}, 500);",
      "it.concurrent('x', { timeout: 2000 }, () => {});",
      'const t0 = performance.now();',
      'expect(Date.now() - start).toBeLessThan(100);',
      'fc.assert(p, { interruptAfterTimeLimit: 1000 });',
      'vi.setConfig({ testTimeout: 1000 });',
      'export default defineConfig({ test: { hookTimeout: 20_000 } });',
      "spawnSync('node', [], { timeout: 5000 });",
    ];
    for (const line of bad) expect(broken(line), line).not.toEqual([]);
    const fine = [
      '  });',
      'fuzz(untrusted(valid), (input) => void checkParse(schema, input), 150);',
      '      const text = withDeepNote({ 1: 0 }, 10_000);',
      '      { numRuns: 300 },',
      'expect(kb).toBeLessThan(150 * 1024);',
      'execFile(command, args, { cwd, timeout: CHILD_LIMIT }, done);',
    ];
    for (const line of fine) expect(broken(line), line).toEqual([]);
  });

  it('no file under test/ or test-browser/ sets a time limit, reads the clock or stops fast-check after a time', () => {
    const found: string[] = [];
    for (const file of [...files(join(ROOT, 'test')), ...files(join(ROOT, 'test-browser'))]) {
      const name = relative(ROOT, file);
      if (name === SELF) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const why of broken(line)) found.push(`${name}:${i + 1}: ${why}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
