/// <reference types="vite/client" />
// What a clinician or developer reads about the instruments and outcomes (definitions, doc
// comments, review pages, guides) cites published sources, never the project's internal working
// notes (`instruments.md §9`, "clinical brief §B.6", "Brief ✅", `peers.md` and the like).
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/index.js';

/** References to the internal notes: their file names, the brief, its section marks and its check marks. */
const WORKING_NOTES = /instruments\.md|clinical[ -]brief|\bbrief [✅◐⚠]|§\s*[A-F0-9]|peers\.md|domain\/(?:clinical|instruments|peers)/i;

const FILES: Record<string, string> = {
  ...import.meta.glob<string>('../../src/instruments/**/*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../src/outcomes/**/*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../docs/instruments/*.md', { query: '?raw', import: 'default', eager: true }),
  // The guides about instruments and outcomes (the planning and exercise guides are checked with their rooms).
  ...import.meta.glob<string>(
    [
      '../../docs/guides/attachment.md',
      '../../docs/guides/measurement-based-care.md',
      '../../docs/guides/instruments-and-licensing.md',
      '../../docs/guides/adding-an-instrument.md',
      '../../docs/guides/getting-started.md',
      '../../docs/README.md',
      '../../README.md',
    ],
    { query: '?raw', import: 'default', eager: true },
  ),
};

const hits = (text: string): string[] =>
  text
    .split('\n')
    .map((line, i) => [i + 1, line] as const)
    .filter(([, line]) => WORKING_NOTES.test(line))
    .map(([n, line]) => `${n}: ${line.trim().slice(0, 120)}`);

describe('no reference to the internal working notes', () => {
  it('the pattern catches the forms seen before (so the guard can fail)', () => {
    for (const s of [
      'per instruments.md §7b',
      'clinical brief §B.6',
      'Clinical brief §D.1',
      'Brief ✅ (mention)',
      'Brief ◐; not retrieved',
      'see peers.md',
      '§C.2 rule 6',
      'domain/clinical-brief.md',
    ]) {
      expect(WORKING_NOTES.test(s), s).toBe(true);
    }
    for (const s of ['Kroenke, Spitzer & Williams (2001)', 'a brief intervention', 'doi:10.1037/0022-006X.59.1.12', 'Brief variant']) {
      expect(WORKING_NOTES.test(s), s).toBe(false);
    }
  });

  it('reads every file it is meant to read', () => {
    const names = Object.keys(FILES);
    expect(names.filter((f) => f.startsWith('../../src/instruments/')).length).toBeGreaterThanOrEqual(instruments.length - 1);
    expect(names.filter((f) => f.startsWith('../../docs/instruments/')).length).toBe(instruments.length + 1);
    expect(names.some((f) => f.startsWith('../../src/outcomes/'))).toBe(true);
    expect(names.filter((f) => f.startsWith('../../docs/guides/')).length).toBe(5);
  });

  it.each(Object.entries(FILES))('%s', (_file, text) => {
    expect(hits(text)).toEqual([]);
  });

  it('no definition field names them (notes, citations, licence, derived and flag sources)', () => {
    for (const def of instruments) expect(hits(JSON.stringify(def, null, 1)), def.id).toEqual([]);
  });
});
