#!/usr/bin/env node
// Records the date a version of the package is made, for the staleness check of the crisis data
// (test/safety/staleness.test.ts): a release fails its tests when a contact was checked more than
// 12 months before this date. Run by `npm run version-packages` after `changeset version`;
// `node scripts/stamp-version-date.mjs 2026-12-06` stamps a given date instead of today (UTC).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const date = process.argv[2] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date)) {
  console.error(`stamp-version-date: expected a date YYYY-MM-DD, received ${JSON.stringify(date)}`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const file = join(root, 'src/safety/version-date.ts');
writeFileSync(
  file,
  `// Written by scripts/stamp-version-date.mjs when a version is made (npm run version-packages).\n\n` +
    `/** The package version the date below was recorded for. @internal */\n` +
    `export const STAMPED_VERSION = '${version}';\n\n` +
    `/** The date that version was made, \`YYYY-MM-DD\`: crisis data checked more than 12 months before it is stale. @internal */\n` +
    `export const VERSION_DATE = '${date}';\n`,
);
console.log(`stamp-version-date: ${version} made on ${date}`);
