// The rooms of ARCHITECTURE.md and the arrows between them, checked on every import under src/:
// each room imports only the rooms its row allows, and no room reaches into another room's
// `_internal/` folder (shared helpers live in `src/model/`). Node only (reads src/ from disk).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** ARCHITECTURE.md, "Rooms": what each room may import besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  safety: ['model'],
  locales: ['model'],
  scoring: ['model'],
  instruments: ['scoring', 'model'],
  attachment: ['model', 'scoring'],
  outcomes: ['model', 'scoring'],
  techniques: ['model'],
  exercises: ['model', 'safety', 'techniques', 'locales'],
  delivery: ['model', 'safety', 'scoring', 'locales'],
  planning: ['model', 'safety', 'locales', 'scoring', 'instruments', 'attachment', 'outcomes', 'techniques', 'exercises', 'delivery'],
  charts: ['model', 'scoring', 'instruments', 'outcomes', 'locales'],
  schemas: ['model', 'safety', 'locales', 'scoring', 'instruments', 'attachment', 'outcomes', 'techniques', 'exercises', 'delivery', 'planning'],
  'interop/fhir': ['scoring', 'instruments', 'model'],
  'interop/sql': ['scoring', 'model'],
};

/** The table's order: a type-only import may reach any room above (it adds no code and no runtime arrow). */
const ORDER = Object.keys(MAY_IMPORT);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The room of a path under src/ (`interop/fhir` for the FHIR files), or null for src/index.ts. */
function roomOf(file: string): string | null {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return null;
  return parts[0] === 'interop' ? `interop/${parts[1]}` : (parts[0] as string);
}

function breaches(): string[] {
  const out: string[] = [];
  for (const file of files(SRC)) {
    const from = roomOf(file);
    if (from === null || from === 'cli') continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(import type|import|export type|export)\b[^'"]*?from\s+'(\.[^']+)'/g)) {
      const typeOnly = (m[1] as string).endsWith('type');
      const target = resolve(dirname(file), m[2] as string);
      const to = roomOf(target);
      const where = `${relative(ROOT, file)} imports ${m[2]}`;
      if (to === null) {
        out.push(`${where}: a room imports the package entry`);
        continue;
      }
      if (to !== from && relative(SRC, target).split(sep).includes('_internal')) out.push(`${where}: another room's _internal`);
      const above = ORDER.indexOf(to) < ORDER.indexOf(from);
      if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to) && !(typeOnly && above)) out.push(`${where}: ${from} may not import ${to}`);
    }
  }
  return out;
}

describe('rooms and arrows (ARCHITECTURE.md)', () => {
  it("every room imports only the rooms its row allows, and never another room's _internal/", () => {
    expect(breaches()).toEqual([]);
  });

  it('the check sees imports (it finds this many in src/)', () => {
    const n = files(SRC).reduce((k, f) => k + [...readFileSync(f, 'utf8').matchAll(/from\s+'\.[^']+'/g)].length, 0);
    expect(n).toBeGreaterThan(200);
  });
});
