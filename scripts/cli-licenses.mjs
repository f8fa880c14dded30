#!/usr/bin/env node
// Run by `npm run build` after tsup. The command line bundles its own dependencies (see
// tsup.config.ts); their MIT licences ask that the copyright and permission notice travel with
// the code. This reads which packages esbuild put into the CLI build (its metafile), writes each
// one's name, version and licence text to dist/cli-third-party-licenses.md, and removes the
// metafiles (they are build records, not for the tarball).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const metafiles = readdirSync(dist).filter((f) => /^metafile-.*\.json$/.test(f));
const dirs = new Map(); // package name -> its folder (the innermost node_modules/<name> of a path)
for (const f of metafiles) {
  const meta = JSON.parse(readFileSync(join(dist, f), 'utf8'));
  for (const input of Object.keys(meta.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (m) dirs.set(m[2], join(root, m[1]));
  }
}
const names = new Set(dirs.keys());
for (const f of metafiles) rmSync(join(dist, f));
if (names.size === 0) {
  console.error('cli-licenses: no bundled package found in the CLI metafile; was the CLI built with `metafile: true`?');
  process.exit(1);
}
const sections = [...names].sort().map((name) => {
  const dir = dirs.get(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file || !existsSync(join(dir, file))) throw new Error(`cli-licenses: ${name} has no licence file`);
  return `## ${name}@${pkg.version} (${pkg.license})\n\n\`\`\`text\n${readFileSync(join(dir, file), 'utf8').trim()}\n\`\`\`\n`;
});
writeFileSync(
  join(dist, 'cli-third-party-licenses.md'),
  `# Third-party code in the securebase command line\n\nThe \`securebase\` command line (dist/cli.js and its chunks) bundles these packages.\n\n${sections.join('\n')}`,
);
console.log(`cli-licenses: ${names.size} bundled packages: ${[...names].sort().join(', ')}`);
