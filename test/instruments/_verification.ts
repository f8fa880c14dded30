// Each built-in instrument's verification notes: every data file in src/instruments exports its
// definition(s) and one `<name>Verification` array beside them (not inside, so apps do not bundle it).
import type { InstrumentDefinition } from '../../src/index.js';

const modules = import.meta.glob<Record<string, unknown>>(['../../src/instruments/*.ts', '!**/index.ts', '!**/registry.ts'], { eager: true });

const byDefinition = new Map<unknown, readonly string[]>();
for (const mod of Object.values(modules)) {
  const notes = Object.entries(mod).find(([name]) => name.endsWith('Verification'))?.[1] as readonly string[] | undefined;
  for (const [name, value] of Object.entries(mod)) if (!name.endsWith('Verification')) byDefinition.set(value, notes ?? []);
}

/** The verification notes of a built-in definition (those beside it in its file), or a user definition's own `notes`. */
export const verificationOf = (def: InstrumentDefinition): readonly string[] => byDefinition.get(def) ?? def.notes ?? [];
