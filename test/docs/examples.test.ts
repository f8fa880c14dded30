/**
 * Every example a user can read runs here: the ```ts blocks of README.md and docs/**.md, and the
 * `@example` of every exported unit under src/. A line `expr; // => value` becomes an assertion
 * that `expr` deep-equals `value`. Imports from 'securebase' (and its subpaths) are replaced by
 * the library's public exports (all entries) in scope.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as api from '../../src/index.js';
import * as localeEs from '../../src/locales/es/index.js';
import * as schemas from '../../src/schemas/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'api' || name === 'node_modules' ? [] : walk(p, ext);
    return p.endsWith(ext) ? [p] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m, i) => ({ where: `${relative(ROOT, file)} block ${i + 1}`, code: m[1] ?? '' }));
}

function docExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:const|function|class|interface|type)\s+(\w+)/g)) {
    const doc = (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const at = doc.findIndex((l) => l.startsWith('@example'));
    if (at < 0) continue;
    const start = doc.indexOf('```ts', at);
    const end = doc.indexOf('```', start + 1);
    if (start >= 0 && end > start) out.push({ where: `${relative(ROOT, file)}: ${m[2]}`, code: doc.slice(start + 1, end).join('\n') });
  }
  return out;
}

function toTest(code: string): string {
  return code
    .replace(/^\s*import\s[\s\S]*?from\s+['"][^'"]+['"];?\s*$/gm, '')
    .split('\n')
    .map((l) => {
      const m = /^(\s*)(if \(.*?\) |else )?(.*?);\s*\/\/ => (.*)$/.exec(l);
      return m ? `${m[1]}${m[2] ?? ''}__check(() => (${m[3]}), ${m[4]});` : l;
    })
    .join('\n');
}

async function runExample(code: string, scope: Record<string, unknown>): Promise<number> {
  let checks = 0;
  const __check = (f: () => unknown, expected: unknown) => {
    checks++;
    expect(f()).toEqual(expected);
  };
  const js = transformSync(toTest(code), { loader: 'ts', format: 'esm' }).code;
  const all = { ...scope, __check };
  await new Function(...Object.keys(all), `return (async () => {\n${js}\n})();`)(...Object.values(all));
  return checks;
}

/** Everything a user can import: the main entry, `securebase/schemas` (the only entry with zod), `securebase/charts` and the locale packs. */
const scope = { ...api, ...schemas, ...charts, ...localeEs };

const markdown = [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'), '.md')].flatMap(markdownExamples);
const sources = walk(join(ROOT, 'src'), '.ts').flatMap(docExamples);

describe('examples in README.md and docs/ run, and their // => results hold', () => {
  it.each(markdown.map((e) => [e.where, e] as const))('%s', async (_where, e) => {
    const checks = await runExample(e.code, scope);
    expect(checks).toBe(e.code.split('// =>').length - 1);
  });
});

describe('@example of every exported unit runs', () => {
  it.each(sources.map((e) => [e.where, e] as const))('%s', async (_where, e) => {
    const checks = await runExample(e.code, scope);
    expect(checks).toBe(e.code.split('// =>').length - 1);
  });
});
