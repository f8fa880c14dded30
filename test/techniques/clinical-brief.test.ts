// Completeness of the technique protocols against the clinical brief, read from ../shared when it
// is there. Node only (it reads the file with node:fs); the browser run excludes this file, and
// techniques.test.ts holds the checks that run in both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { techniques } from '../../src/techniques/protocols/registry.js';
import type { Technique, TechniqueProtocol } from '../../src/techniques/types.js';

const all: readonly Technique[] = techniques;
const protocols: readonly TechniqueProtocol[] = all.flatMap((t) => t.protocols);

describe('completeness against the clinical brief', () => {
  const brief = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'domain', 'clinical-brief.md');
  const present = existsSync(brief);
  if (!present) {
    if (process.env.CI) throw new Error(`clinical brief missing at ${brief}; CI must have ../shared`);
    console.info(`skipping brief completeness: ${brief} not found (a user's clone has no ../shared)`);
  }

  it.runIf(present)('implements every protocol id the brief suggests', () => {
    const text = readFileSync(brief, 'utf8');
    const suggested = [...text.matchAll(/^\| `((?:explore|corrective|regulate|reparent|mindful)\.[a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(suggested.length).toBeGreaterThanOrEqual(25);
    const ids = new Set(protocols.map((p) => p.id));
    for (const id of suggested) expect(ids.has(id ?? ''), id).toBe(true);
  });
});
