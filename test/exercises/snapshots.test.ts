// Fails when a committed review snapshot in docs/exercises/ is out of date.
// Regenerate with `npm run gen:snapshots` (vitest run test/exercises/snapshots.test.ts --update).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exerciseScripts } from '../../src/exercises/index.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { es } from '../../src/locales/es/index.js';
import type { LocalePack } from '../../src/model/locale.js';
import { scriptReview, scriptReviewIn, snapshotIndex, snapshotIndexIn } from './_snapshot.js';

const registry: readonly ExerciseScript[] = exerciseScripts;
const docs = fileURLToPath(new URL('../../docs/exercises/', import.meta.url));

describe('docs/exercises snapshots are up to date', () => {
  for (const script of registry) {
    it(`${script.id}.md`, async () => {
      await expect(scriptReview(script)).toMatchFileSnapshot(`../../docs/exercises/${script.id}.md`);
    });
  }

  it('README.md (the index)', async () => {
    await expect(snapshotIndex(registry)).toMatchFileSnapshot('../../docs/exercises/README.md');
  });

  it('holds no snapshot of a script that no longer exists', () => {
    let files: string[] = [];
    try {
      files = readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md');
    } catch {
      files = [];
    }
    const ids = new Set(registry.map((s) => `${s.id}.md`));
    expect(
      files.filter((f) => !ids.has(f)),
      'delete these stale files from docs/exercises/',
    ).toEqual([]);
  });

  it('the snapshot shows every variant, the safety note, screening, notes and citations', () => {
    for (const script of registry) {
      const md = scriptReview(script);
      for (const heading of [
        '## Safety note',
        '## Screening questions',
        '## Therapist notes',
        '## Citations',
        '(`standard`)',
        '(`trauma-sensitive`)',
        '(`brief`)',
      ]) {
        expect(md, `${script.id}: ${heading}`).toContain(heading);
      }
      expect(md.split('> **Before you begin**').length - 1, script.id).toBe(3);
    }
  });
});

/** Every shipped locale pack: one folder of review pages each (docs/exercises/<tag>/). */
const PACKS: readonly LocalePack[] = [es];

for (const pack of PACKS) {
  describe(`docs/exercises/${pack.locale} snapshots are up to date`, () => {
    for (const script of registry) {
      it(`${pack.locale}/${script.id}.md`, async () => {
        await expect(scriptReviewIn(script, pack)).toMatchFileSnapshot(`../../docs/exercises/${pack.locale}/${script.id}.md`);
      });
    }

    it(`${pack.locale}/README.md (the index)`, async () => {
      await expect(snapshotIndexIn(registry, pack)).toMatchFileSnapshot(`../../docs/exercises/${pack.locale}/README.md`);
    });

    it('holds no snapshot of a script that no longer exists', () => {
      let files: string[] = [];
      try {
        files = readdirSync(new URL(`${pack.locale}/`, `file://${docs}`)).filter((f) => f.endsWith('.md') && f !== 'README.md');
      } catch {
        files = [];
      }
      const ids = new Set(registry.map((s) => `${s.id}.md`));
      expect(files.filter((f) => !ids.has(f))).toEqual([]);
    });

    it('each page shows the Spanish handout of every variant and no missing string', () => {
      for (const script of registry) {
        const md = scriptReviewIn(script, pack);
        expect(md, script.id).not.toContain('(missing)');
        expect(md.split(`> **${pack.strings['exercise-ui.before-you-begin']}**`).length - 1, script.id).toBe(3);
      }
    });
  });
}
