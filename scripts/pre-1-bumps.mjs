#!/usr/bin/env node
// Before 1.0.0, a breaking change is a minor bump, not a major one: semver 2.0.0 §4 ("Major version
// zero (0.y.z) is for initial development. Anything MAY change at any time."), and npm's caret range
// `^0.y.z` already treats a new minor as incompatible. Changesets has no setting for this (a `major`
// changeset takes 0.x to 1.0.0), so `npm run version-packages` runs this script first: while
// package.json's version is below 1.0.0 it rewrites every pending `"securebase": major` changeset to
// `minor` and starts its summary with "Breaking:", so the CHANGELOG still says which changes break.
// At 1.0.0 and later it does nothing. `--check` lists what it would change and writes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = join(root, '.changeset');
const check = process.argv.includes('--check');

if (Number(version.split('.')[0]) >= 1) {
  console.log(`pre-1-bumps: ${name}@${version} is 1.0.0 or later; majors stay majors`);
  process.exit(0);
}
const head = new RegExp(`^(---\\r?\\n(?:.*\\r?\\n)*?["']?${name.replace(/[/.]/g, '\\$&')}["']?\\s*:\\s*)major(\\s*\\r?\\n(?:.*\\r?\\n)*?---\\r?\\n)(\\s*)`);
let changed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!head.test(text)) continue;
  changed++;
  if (check) console.log(`would make minor: .changeset/${file}`);
  else
    writeFileSync(
      path,
      text.replace(head, (_, a, b, c) => `${a}minor${b}${c}Breaking: `),
    );
}
console.log(`pre-1-bumps: ${name}@${version}: ${changed} major changeset(s) ${check ? 'would become' : 'made'} minor`);
