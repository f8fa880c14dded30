#!/usr/bin/env node
// Run by `npm run build` after tsup. tsup writes every declaration twice, as `.d.ts` (ESM) and
// `.d.cts` (CommonJS), with the same text. Each entry's `.d.ts` becomes one line that re-exports its
// `.d.cts` (an ES module may re-export CommonJS declarations; the other way round is refused under
// `node16`/`nodenext`), and the `.d.ts` chunks only the entries used are deleted. ESM and CommonJS
// users see the same types from one copy; attw and test/dist/consumers.test.ts check both.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRIES } from './entries.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entries = new Set(ENTRIES.map((e) => e.name));
let removed = 0;
for (const e of entries) {
  const cts = join(dist, `${e}.d.cts`);
  readFileSync(cts); // fails loudly when tsup did not write it
  writeFileSync(join(dist, `${e}.d.ts`), `export * from './${e}.cjs';\n`);
}
for (const f of readdirSync(dist)) {
  if (f.endsWith('.d.ts') && !entries.has(f.slice(0, -'.d.ts'.length))) {
    rmSync(join(dist, f));
    removed++;
  }
}
console.log(`slim-types: ${entries.size} entry .d.ts re-export their .d.cts; ${removed} duplicate .d.ts chunks removed`);
