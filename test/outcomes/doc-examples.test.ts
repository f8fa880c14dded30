/**
 * Runs every `@example` of src/outcomes: each `expr; // => value` line becomes an assertion that
 * `expr` deep-equals `value`. Examples import from 'securebase'; here the import is dropped and the
 * outcome exports (plus `score` and `safeScore`) are in scope.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as outcomes from '../../src/outcomes/index.js';
import { defineInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/outcomes');

function examples(file: string): { name: string; code: string }[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: { name: string; code: string }[] = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:const|function|class|interface|type)\s+(\w+)/g)) {
    const doc = (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const at = doc.findIndex((l) => l.startsWith('@example'));
    if (at < 0) continue;
    const start = doc.indexOf('```ts', at);
    const end = doc.indexOf('```', start + 1);
    if (start < 0 || end < 0) continue;
    out.push({ name: m[2] ?? '?', code: doc.slice(start + 1, end).join('\n') });
  }
  return out;
}

function toTest(code: string): string {
  return code
    .split('\n')
    .filter((l) => !/^\s*import\s/.test(l))
    .map((l) => {
      const m = /^(\s*)(if \(.*?\) )?(.*?);\s*\/\/ => (.*)$/.exec(l);
      return m ? `${m[1]}${m[2] ?? ''}__check(() => (${m[3]}), ${m[4]});` : l;
    })
    .join('\n');
}

const files = readdirSync(SRC).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('doc examples of src/outcomes run and their // => results hold', () => {
  for (const file of files) {
    for (const ex of examples(file)) {
      it(`${file}: ${ex.name}`, () => {
        let checks = 0;
        const __check = (f: () => unknown, expected: unknown) => {
          checks++;
          expect(f()).toEqual(expected);
        };
        const js = transformSync(toTest(ex.code), { loader: 'ts' }).code;
        const scope = { ...outcomes, defineInstrument, score, safeScore, __check };
        new Function(...Object.keys(scope), js)(...Object.values(scope));
        if (ex.code.includes('// =>')) expect(checks).toBe(ex.code.split('// =>').length - 1);
      });
    }
  }

  it('every exported function and constant has an example', () => {
    const names = files.flatMap((f) => examples(f).map((e) => e.name));
    for (const [name, value] of Object.entries(outcomes)) {
      if (typeof value === 'function' || typeof value === 'object') expect(names, name).toContain(name);
    }
  });
});
