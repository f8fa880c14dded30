import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

async function bundle(contents: string): Promise<{ code: string; inputs: string[] }> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    treeShaking: true,
  });
  return { code: out.outputFiles[0]?.text ?? '', inputs: Object.keys(out.metafile.inputs) };
}

describe('planning stays out of zod', () => {
  it('planTreatment bundles without zod (the schema-validated entries live in securebase/schemas)', async () => {
    const { inputs } = await bundle("export { planTreatment } from './src/planning/index.ts';");
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(false);
    expect(inputs.some((i) => i.includes('src/schemas/') && !i.endsWith('_internal/words.ts'))).toBe(false);
  });

  it('planFromIntake does pull zod in (so it must not be exported from the main entry)', async () => {
    const { inputs } = await bundle("export { planFromIntake } from './src/schemas/index.ts';");
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(true);
  });
});
