// An app that imports one instrument bundles that instrument only: every definition is a
// `/* @__PURE__ */ _builtin(...)` call whose arguments have no side effects (helpers are marked
// `@__NO_SIDE_EFFECTS__`; no spread of a `.map`), so a bundler drops the ones the app does not use.
// A helper call without the mark kept the C-SSRS screener, ITQ and PCL-5 in `import { score, phq9 }`.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/index.js';
import * as all from '../../src/instruments/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

async function bundled(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    minify: true,
  });
  return out.outputFiles[0]?.text ?? '';
}

const exportName = (id: string) => Object.entries(all).find(([, v]) => (v as { id?: string }).id === id)?.[0] as string;

describe('one instrument in, one instrument bundled', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s alone, with score, carries no other instrument and no verification notes', async (id) => {
    const code = await bundled(`import { score, ${exportName(id)} as d } from './src/index.ts'; console.log(score(d, []));`);
    expect(code).toContain(`"${id}"`);
    const others = instruments.map((d) => d.id).filter((other) => other !== id && !(id.startsWith('pbi-') && other.startsWith('pbi-')));
    expect(others.filter((other) => code.includes(`id:"${other}"`))).toEqual([]);
    expect(code).not.toMatch(/VERIFIED/);
  });
});
