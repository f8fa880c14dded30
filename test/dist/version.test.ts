// `npm run version-packages` first runs scripts/pre-1-bumps.mjs (`preversion-packages`): before 1.0.0
// a breaking change is a minor bump, so the first `changeset version` makes 0.1.0, not 1.0.0.
// Run on a copy of the script, package.json and changesets in a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copy(version: string, changesets: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'securebase-pre1-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, '.changeset'));
  copyFileSync(join(ROOT, 'scripts/pre-1-bumps.mjs'), join(dir, 'scripts/pre-1-bumps.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'securebase', version }));
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, '.changeset', name), text);
  return dir;
}
const run = (dir: string) => spawnSync(process.execPath, [join(dir, 'scripts/pre-1-bumps.mjs')], { encoding: 'utf8' });
const read = (dir: string, name: string) => readFileSync(join(dir, '.changeset', name), 'utf8');

const major = '---\n"securebase": major\n---\nRename `x` to `y`.\n';
const minor = '---\n"securebase": minor\n---\nAdd `z`.\n';

describe('pre-1-bumps', () => {
  it('runs before `changeset version` in `npm run version-packages`', () => {
    expect(pkg.scripts['preversion-packages']).toBe('node scripts/pre-1-bumps.mjs');
    expect(pkg.scripts['version-packages']).toMatch(/^changeset version\b/);
  });

  it('below 1.0.0 makes every major changeset minor and says it breaks; others and the README stay', () => {
    const dir = copy('0.0.0', { 'a.md': major, 'b.md': minor, 'README.md': '# Changesets\n"securebase": major\n' });
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(read(dir, 'a.md')).toBe('---\n"securebase": minor\n---\nBreaking: Rename `x` to `y`.\n');
    expect(read(dir, 'b.md')).toBe(minor);
    expect(read(dir, 'README.md')).toContain('major');
    expect(r.stdout).toContain('1 major changeset(s) made minor');
  });

  it('at 1.0.0 and later leaves majors alone', () => {
    const dir = copy('1.0.0', { 'a.md': major });
    expect(run(dir).status).toBe(0);
    expect(read(dir, 'a.md')).toBe(major);
  });

  it('every changeset in the repository names the package and a bump it understands', () => {
    const files = readdirSync(join(ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const f of files) expect(readFileSync(join(ROOT, '.changeset', f), 'utf8'), f).toMatch(/^---\r?\n"securebase": (major|minor|patch)\r?\n---\r?\n\S/);
  });
});
