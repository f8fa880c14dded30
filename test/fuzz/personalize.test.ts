// Fuzzing `personalize` / `safePersonalize` with untrusted options (a name, a caregiver's name, a
// safe place, pronouns, straight from a form) over every script of the registry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PersonalizedScript, PersonalizeError, personalize, safePersonalize } from '../../src/exercises/personalize.js';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import { SCRIPT_VARIANTS } from '../../src/exercises/types.js';
import {
  anyValue,
  expectShortIssues,
  fuzz,
  hostile,
  hostileKey,
  MARKER,
  markedString,
  mutated,
  onlyThrows,
  PlantedError,
  throwingGetter,
  throwingProxy,
} from './_hostile.js';

const isDeepFrozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every((x) => isDeepFrozen(x)));

/** Every client-facing string of a personalised script. */
function texts(p: PersonalizedScript): string[] {
  return [
    p.title,
    p.summary,
    p.safetyNote,
    ...p.steps.flatMap((s) => ('text' in s && s.text !== undefined ? [s.text] : [])),
    ...p.contraindications.map((c) => c.question),
    ...p.therapistNotes,
  ];
}

/** Text a person might type: names in many scripts, with spaces, apostrophes, hyphens, and worse. */
const typed = fc.oneof(
  fc.constantFrom('Sam', 'María José', "O'Neill", 'Jean-Luc', 'Grandma', 'your aunt Rosa', 'the beach near your home', '李小龙', 'Zoë', 'ze', 'zir', 'xe'),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  markedString(0),
  fc.constantFrom('<b>x</b>', '{name}', '{caregiver}', '&amp;', '# heading', 'a\nb', 'a\u2028b', '\u202Eevil', '   ', '', 'x'.repeat(1 << 20)),
);

const pronounSet = fc.record({ they: typed, them: typed, their: typed, theirs: typed, themself: typed }, { requiredKeys: [] });

const options = fc.record(
  {
    variant: fc.oneof(fc.constantFrom(...SCRIPT_VARIANTS), typed),
    name: typed,
    caregiver: typed,
    safePlace: typed,
    pronouns: fc.oneof(fc.constantFrom('they', 'she', 'he'), pronounSet, typed),
  },
  { requiredKeys: [] },
);

const untrusted = fc.oneof(
  { weight: 4, arbitrary: options },
  { weight: 3, arbitrary: mutated(options, { value: fc.oneof(hostile(), typed), key: hostileKey(0) }) },
  { weight: 1, arbitrary: hostile(0, false) },
  { weight: 1, arbitrary: anyValue() },
);

describe.each(exerciseScripts.map((s) => [s.id, s] as const))('%s', (_id, script) => {
  it('safePersonalize never throws; personalize throws only PersonalizeError; a result has no placeholder left', () => {
    fuzz(
      untrusted,
      (opts) => {
        const safe = safePersonalize(script, opts);
        const thrown = onlyThrows(() => personalize(script, opts as never), PersonalizeError);
        expect(thrown.ok).toBe(safe.ok);
        if (!safe.ok) {
          expectShortIssues(safe.issues);
          return;
        }
        const p = safe.value;
        expect(isDeepFrozen(p)).toBe(true);
        for (const t of texts(p)) {
          // No slot left, no markup let in, no control character.
          expect(t).not.toMatch(/[{}<>]/u);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for control characters is the point
          expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/u);
        }
      },
      25,
    );
  });
});

describe('personalize: hostile shapes', () => {
  const script = exerciseScripts[0] as (typeof exerciseScripts)[number];

  it('a 1 MB name or 10,000 unknown options: short issues, never the whole input', () => {
    const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`${MARKER}${i}`, i]));
    for (const opts of [
      { name: `${MARKER}${'a'.repeat(1 << 20)}` },
      many,
      { pronouns: many },
      JSON.parse('{"__proto__":{"name":"Sam"},"constructor":{"prototype":{}}}'),
    ]) {
      const r = safePersonalize(script, opts);
      expect(r.ok).toBe(false);
      if (!r.ok) expectShortIssues(r.issues);
    }
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('options whose reading throws: the error comes out unchanged', () => {
    expect(() => safePersonalize(script, throwingGetter('name'))).toThrow(PlantedError);
    expect(() => safePersonalize(script, throwingProxy({}))).toThrow(PlantedError);
  });
});
