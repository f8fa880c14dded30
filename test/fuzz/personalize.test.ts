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

  // Issue 13: safePersonalize threw on a throwing getter (this test expected the throw before).
  it('options or a script whose reading throws: an unreadable_input issue with the path, never a throw', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cases: [unknown, unknown, readonly (string | number)[]][] = [
      [script, throwingGetter('name'), ['name']],
      [script, throwingProxy({}), []],
      [script, revoked.proxy, []],
      [script, { pronouns: throwingGetter('them', { they: 'ze' }) }, ['pronouns', 'them']],
      [script, { region: 'GB', resources: { mode: 'replace', contacts: [throwingProxy({})] } }, ['resources', 'contacts', 0]],
      [script, { resources: { mode: 'replace', contacts: [revoked.proxy] } }, ['resources', 'contacts', 0]],
      [throwingGetter('steps', { ...script }), undefined, ['script', 'steps']],
      [{ ...script, steps: [throwingProxy({})] }, undefined, ['script', 'steps', 0]],
      [revoked.proxy, undefined, ['script']],
    ];
    for (const [s, opts, path] of cases) {
      const r = safePersonalize(s as never, opts);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => i.code)).toEqual(['unreadable_input']);
      expect(r.issues[0]?.path).toEqual(path);
      expectShortIssues(r.issues);
      expect(() => personalize(s as never, opts as never)).toThrow(PersonalizeError);
    }
  });

  it('a getter is read once: a value that changes between reads cannot slip past the checks', () => {
    let reads = 0;
    const opts = {};
    Object.defineProperty(opts, 'name', {
      enumerable: true,
      get: () => (++reads === 1 ? 'Sam' : '<b>{caregiver}</b>'),
    });
    const r = safePersonalize(script, opts);
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.value)).not.toMatch(/<b>|\{caregiver\}/u);
    expect(reads).toBe(1);
  });

  it('a wrong kind of script is an invalid_script issue naming the field', () => {
    for (const [s, path] of [
      [null, ['script']],
      ['regulate.paced-breathing', ['script']],
      [{ ...script, steps: 'none' }, ['script', 'steps']],
      [{ ...script, steps: [{ kind: 'sing', text: 'la' }] }, ['script', 'steps', 0, 'kind']],
      [{ ...script, durationSeconds: { standard: 1 } }, ['script', 'durationSeconds', 'trauma-sensitive']],
    ] as const) {
      const r = safePersonalize(s as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('invalid_script');
        expect(r.issues[0]?.path).toEqual(path);
      }
      expect(() => personalize(s as never)).toThrow(PersonalizeError);
    }
  });
});

describe('personalize: no phone number that did not come from the resources asked for (issue 14.1)', () => {
  const digits = fc.stringMatching(/^[0-9]{3,4}$/u);
  const phone = fc.tuple(digits, digits).map(([a, b]) => `${a} ${b}`);
  const contact = fc.record({
    kind: fc.constantFrom('emergency', 'crisis', 'domestic-abuse'),
    name: fc.constantFrom('Help Line', 'Night Line', 'Emergency services'),
    phone: fc.option(phone, { nil: undefined }),
    text: fc.option(
      phone.map((number) => ({ number })),
      { nil: undefined },
    ),
  });
  const region = fc.stringMatching(/^[A-Z]{2}$/u);
  const input = fc.record({
    script: fc.constantFrom(...exerciseScripts),
    variant: fc.constantFrom(...SCRIPT_VARIANTS),
    region: fc.option(region, { nil: undefined }),
    contacts: fc.array(contact, { maxLength: 4 }),
  });

  it('every client-facing string names only numbers from the given resources; with no region, the safety note has no digit', () => {
    fc.assert(
      fc.property(input, ({ script, variant, region, contacts }) => {
        const given = contacts
          .map((c, i) => ({
            ...c,
            id: `zz-${i}`,
            hours: '24 hours a day',
            source: { url: 'https://example.org/', checked: '2026-11-01' },
            ...(c.phone === undefined && c.text === undefined ? { chatUrl: 'https://example.org/chat' } : {}),
          }))
          .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
        const opts = region === undefined ? { variant } : { variant, region, resources: { mode: 'replace', contacts: given } };
        const r = safePersonalize(script, opts);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const allowed = given.flatMap((c) => [c.phone, (c.text as { number?: string } | undefined)?.number]).filter((n): n is string => typeof n === 'string');
        // Client-facing strings only: therapist notes cite years (2017), which are not numbers to call.
        const { therapistNotes: _notes, ...client } = r.value;
        for (const t of texts({ ...client, therapistNotes: [] })) {
          let rest = t;
          for (const n of allowed) rest = rest.split(n).join(' ');
          // A phone number is three or more digits, possibly split by spaces or hyphens.
          expect(rest, `${script.id}: ${t}`).not.toMatch(/\d(?:[\s-]?\d){2,}/u);
        }
        if (region === undefined) expect(r.value.safetyNote).not.toMatch(/\d/u);
      }),
      { numRuns: 200 },
    );
  });
});
