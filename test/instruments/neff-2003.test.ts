/// <reference types="vite/client" />
// Neff published two papers in Self and Identity in 2003; each has one DOI, and every citation in
// the package uses the DOI of the paper it names (checked against the article copies and the
// reference lists that cite them).
import { describe, expect, it } from 'vitest';
import { type Citation, cronbach1951, type InstrumentDefinition, instruments, jacobsonTruax1991, SOURCES } from '../../src/index.js';

const registry: readonly InstrumentDefinition[] = instruments;
const sources: readonly Citation[] = Object.values(SOURCES);

/** Lower-case title → its DOI. */
const NEFF_2003: Readonly<Record<string, string>> = {
  // Self and Identity, 2(3), 223–250: the paper that develops the Self-Compassion Scale.
  'the development and validation of a scale to measure self-compassion': '10.1080/15298860309027',
  // Self and Identity, 2(2), 85–101: the conceptual paper.
  'self-compassion: an alternative conceptualization of a healthy attitude toward oneself': '10.1080/15298860309032',
};
const TITLES = Object.keys(NEFF_2003);
/** Any Self and Identity DOI of 2003 (the journal's 1529-8868 prefix), in the forms seen in print and online. */
const SELF_AND_IDENTITY_DOI = /10\.1080\/15298860\d+/g;

const FILES: Record<string, string> = {
  ...import.meta.glob<string>('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../docs/**/*.md', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../README.md', { query: '?raw', import: 'default', eager: true }),
};

/** Every citation object the package ships: instruments, technique and exercise sources, outcome sources. */
const citations: readonly Citation[] = [...registry.flatMap((d) => d.citations), ...sources, jacobsonTruax1991, cronbach1951];

/** Each Self and Identity DOI in `text`, with the Neff 2003 title nearest before it (within 400 characters). */
const doiWithTitle = (text: string): { doi: string; title: string | undefined }[] => {
  const lower = text.toLowerCase();
  return [...text.matchAll(SELF_AND_IDENTITY_DOI)].map((m) => {
    const before = lower.slice(Math.max(0, (m.index ?? 0) - 400), m.index);
    const title = TITLES.map((t) => [t, before.lastIndexOf(t)] as const)
      .filter(([, at]) => at >= 0)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    return { doi: m[0], title };
  });
};

describe('one DOI for each Neff (2003) paper', () => {
  it('every citation object that names a Neff 2003 title carries that paper’s DOI', () => {
    const named = citations.filter((c) => TITLES.some((t) => c.text.toLowerCase().includes(t)));
    // SCS and the technique sources cite the scale paper; the check is not empty.
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const c of named) {
      const title = TITLES.find((t) => c.text.toLowerCase().includes(t)) as string;
      expect(c.doi, c.text).toBe(NEFF_2003[title]);
    }
  });

  it('no citation carries a Neff 2003 DOI under another title', () => {
    for (const c of citations) {
      const title = TITLES.find((t) => NEFF_2003[t] === c.doi);
      if (title) expect(c.text.toLowerCase(), c.doi).toContain(title);
    }
  });

  it('every Self and Identity DOI written in src, docs and the README is the one of the title it follows', () => {
    let seen = 0;
    for (const [file, text] of Object.entries(FILES)) {
      for (const { doi, title } of doiWithTitle(text)) {
        seen += 1;
        expect(Object.values(NEFF_2003), `${file}: ${doi}`).toContain(doi);
        expect(title, `${file}: ${doi} follows no Neff 2003 title`).toBeDefined();
        expect(doi, `${file}: ${title}`).toBe(NEFF_2003[title as string]);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
  });

  it('the check finds a wrong DOI (the printed form, or the other paper’s)', () => {
    const wrongPrinted =
      "text: 'Neff, K. D. (2003). The development and validation of a scale to measure self-compassion.',\n    doi: '10.1080/15298860390209035',";
    const swapped = '- Neff, K. D. (2003). Self-compassion: An alternative conceptualization of a healthy attitude toward oneself. doi:10.1080/15298860309027';
    expect(doiWithTitle(wrongPrinted).some(({ doi, title }) => title === undefined || NEFF_2003[title] !== doi)).toBe(true);
    expect(doiWithTitle(swapped).some(({ doi, title }) => title === undefined || NEFF_2003[title] !== doi)).toBe(true);
  });
});
