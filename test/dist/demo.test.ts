// One demo: `npm run demo` (examples/demo.mjs, after the build) and `securebase demo` print the same
// text, because both call demoText() (src/cli/commands/demo.ts, built to dist/demo.js).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.runIf(built || process.env.CI)('the demo', () => {
  it('`npm run demo` runs examples/demo.mjs after the build', () => {
    expect(pkg.scripts.demo).toMatch(/&& node examples\/demo\.mjs$/);
  });

  it('`npm run demo` and `securebase demo` print the same text', () => {
    const example = node(['examples/demo.mjs']);
    const cli = node([pkg.bin.securebase, 'demo']);
    expect(example.status).toBe(0);
    expect(cli.status).toBe(0);
    expect(example.stderr).toBe('');
    expect(example.stdout).toBe(cli.stdout);
    for (const part of [
      '1. Scoring a made-up ECR-R cohort',
      '2. Measurement-based care',
      '3. Exercise',
      '4. Intake and treatment plan',
      'progress report, with the chart',
    ])
      expect(cli.stdout).toContain(part);
  });
});
