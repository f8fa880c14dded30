// Fails when a committed review page in docs/instruments/ is out of date.
// Regenerate with `npm run gen:snapshots`.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type InstrumentDefinition, instruments } from '../../src/index.js';
import { instrumentIndex, instrumentReview } from './_snapshot.js';

const registry: readonly InstrumentDefinition[] = instruments;
const docs = fileURLToPath(new URL('../../docs/instruments/', import.meta.url));

describe('docs/instruments review pages are up to date', () => {
  it.each(registry.map((d) => [d.id, d] as const))('%s.md', async (id, def) => {
    await expect(instrumentReview(def)).toMatchFileSnapshot(`../../docs/instruments/${id}.md`);
  });

  it('README.md (the index)', async () => {
    await expect(instrumentIndex(registry)).toMatchFileSnapshot('../../docs/instruments/README.md');
  });

  it('holds no page of an instrument that no longer exists', () => {
    let files: string[] = [];
    try {
      files = readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md');
    } catch {
      files = [];
    }
    const ids = new Set(registry.map((d) => `${d.id}.md`));
    expect(files.filter((f) => !ids.has(f))).toEqual([]);
  });

  it('shows every item with its scale membership and reversal', () => {
    for (const def of registry) {
      const md = instrumentReview(def);
      for (const it of def.items) expect(md).toContain(`| ${it.number} | \`${it.id}\` |`);
      for (const s of def.scales) for (const _r of s.reversed ?? []) expect(md).toMatch(new RegExp(`${s.id} R`));
    }
  });
});
