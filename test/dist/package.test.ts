// The suite also runs against the built artifact (npm test builds before it runs vitest): the
// ESM and CJS builds agree, every entry point exists, and importing `score` and `phq9` pulls in
// nothing else (no zod, no immer, no exercise text, no other instrument).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'index.js'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe.runIf(built || process.env.CI)('the built package', () => {
  it('exists (npm test builds it first; run `npm run build`)', () => {
    expect(built).toBe(true);
  });

  it('scores the same from ESM and CJS', async () => {
    const esm = await import(join(DIST, 'index.js'));
    const cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs'));
    const answers = [1, 2, 3, 0, 1, 2, 3, 0, 1, 2];
    expect(esm.score(esm.phq9, answers)).toEqual(cjs.score(cjs.phq9, answers));
    expect(esm.score(esm.phq9, answers).flags[0].level).toBe('urgent');
    expect(() => cjs.score(cjs.phq9, [9])).toThrow(cjs.ScoreError);
  });

  it('has every file the exports map names', () => {
    for (const [subpath, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (subpath === './package.json') continue;
      const t = target as Record<string, Record<string, string>>;
      for (const cond of ['import', 'require']) for (const f of Object.values(t[cond] ?? {})) expect(existsSync(join(ROOT, f)), `${subpath} ${f}`).toBe(true);
    }
    expect(existsSync(join(ROOT, pkg.bin.securebase))).toBe(true);
  });

  it('tree-shakes: `import { score, phq9 }` pulls in nothing else', async () => {
    const out = await build({
      stdin: { contents: "import { score, phq9 } from 'securebase'; console.log(score(phq9, [0,0,0,0,0,0,0,0,0,0]));", resolveDir: ROOT },
      alias: { securebase: join(DIST, 'index.js') },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
    });
    const code = out.outputFiles[0]?.text ?? '';
    // Files that contributed code to the bundle (esbuild lists every file it read as an input, even
    // when tree-shaking dropped all of it).
    const used = Object.values(out.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, v]) => v.bytesInOutput > 0)
        .map(([k]) => k),
    );
    const inputs = used.join('\n');
    expect(inputs).not.toMatch(/node_modules\/(zod|immer|ts-pattern)/);
    expect(code).not.toMatch(/ecr-r|gad7-1|Experiences in Close|breathe|grounding/i);
    expect(code).toContain('phq9-9');
    // Its size budget is checked by size-limit (`npm run size`, `.size-limit.js`), part of `npm test`.
  });
});
