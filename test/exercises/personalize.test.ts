import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  exerciseScripts,
  PERSONALIZE_LIMITS,
  type PersonalizedScript,
  PersonalizeError,
  type PersonalizeIssue,
  personalize,
  regulatePacedBreathing,
  renderMarkdown,
  renderSsml,
  renderText,
  renderTimeline,
  SCRIPT_VARIANTS,
  safePersonalize,
  selectVariant,
} from '../../src/exercises/index.js';
import { NEUTRAL_WORDING } from '../../src/exercises/personalize.js';
import type { ExerciseScript, ScriptStep } from '../../src/exercises/types.js';
import { deepFreeze } from '../_helpers.js';
import { calmBreath, fixtures, kindPlace } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;
const all: readonly ExerciseScript[] = [...fixtures, ...registry];

/** A one-step-per-text script for wording tests. */
function scriptWith(...texts: string[]): ExerciseScript {
  return {
    ...calmBreath,
    id: 'test.wording',
    summary: 'Wording test.',
    steps: texts.map((text): ScriptStep => ({ kind: 'say', text })),
  };
}
const say = (p: PersonalizedScript, i: number) => {
  const s = p.steps[i];
  if (s === undefined || s.kind !== 'say') throw new Error(`step ${i} is not a say step`);
  return s.text;
};

/** Every client-facing or clinician-facing string of a personalised script. */
function textsOf(p: PersonalizedScript): string[] {
  const out = [p.title, p.summary, p.safetyNote, ...p.therapistNotes, ...p.contraindications.map((c) => c.question)];
  for (const s of p.steps) if ('text' in s && s.text !== undefined) out.push(s.text);
  return out;
}

describe('personalize: filling slots', () => {
  it('fills name, caregiver, safe place and pronouns from the options', () => {
    const p = personalize(kindPlace, { name: 'Sam', caregiver: 'Grandma', safePlace: 'the beach near your home', pronouns: 'she' });
    expect(p.title).toBe('A kind place for Sam');
    expect(say(p, 0)).toBe('Picture the beach near your home. Grandma could be there with you.');
    expect(say(p, 1)).toBe('Think of your younger self. She did the best she could. Notice her & her face < and > "quotes".');
    expect(say(p, 3)).toBe('The smile is hers. Let her rest. She can look after herself now, with *you* [for Sam].');
    expect(p.steps[4]).toMatchObject({ kind: 'prompt', text: expect.stringContaining('to Sam\u2019s younger self') });
    expect(p.therapistNotes).toEqual(['Check in with Sam about Grandma before starting.']);
    expect(p.contraindications[0]?.question).toBe('Do you often lose track of where you are, Sam?');
    expect(p.personalized).toEqual({ name: true, caregiver: true, safePlace: true, pronouns: 'she' });
  });

  it('uses neutral wording for every slot without a value', () => {
    const p = personalize(kindPlace);
    expect(say(p, 0)).toBe(`Picture ${NEUTRAL_WORDING.safePlace}. A parent or someone who raised you could be there with you.`);
    expect(say(p, 1)).toBe('Think of your younger self. They did the best they could. Notice them & their face < and > "quotes".');
    expect(say(p, 3)).toBe('The smile is theirs. Let them rest. They can look after themself now, with *you* [for you].');
    expect(p.summary).toBe('Picture a place where you feel calm and safe & the care of a parent or someone who raised you.');
    expect(p.steps[4]).toMatchObject({ text: expect.stringContaining('to your younger self') });
    expect(p.contraindications[0]?.question).toBe('Do you often lose track of where you are?');
    expect(p.personalized).toEqual({ name: false, caregiver: false, safePlace: false, pronouns: 'they' });
  });

  it('removes {name} gracefully when there is no name', () => {
    const p = personalize(
      scriptWith(
        'Take your time, {name}.',
        '{name}, take a breath.',
        'When you are ready, {name}, open your eyes.',
        'Hello {name}. Hi {name}!',
        'Dear {name}, you matter.',
        'This time is for {name}.',
        "{name}'s turn. It is {name}'s turn.",
        'Well done, {name}! Rest now. {name}, notice your feet.',
      ),
    );
    expect(p.steps.map((s) => ('text' in s ? s.text : ''))).toEqual([
      'Take your time.',
      'Take a breath.',
      'When you are ready, open your eyes.',
      'Hello. Hi!',
      'Dear friend, you matter.',
      'This time is for you.',
      'Your turn. It is your turn.',
      'Well done! Rest now. Notice your feet.',
    ]);
  });

  it('keeps the name as given, with its commas, when there is one', () => {
    const p = personalize(scriptWith('Take your time, {name}.', '{name}, take a breath.', "{name}'s turn."), { name: 'bell' });
    expect([say(p, 0), say(p, 1), say(p, 2)]).toEqual(['Take your time, bell.', 'bell, take a breath.', "bell's turn."]);
  });

  it('capitalises a value or fallback that starts a sentence', () => {
    const s = scriptWith('{caregiver} could be kind. You and {caregiver}.', '"{they} smiled," I said.', 'Go to {safePlace}! {safePlace} is yours.');
    const p = personalize(s, { caregiver: 'my aunt Rosa', safePlace: 'the old oak tree', pronouns: 'he' });
    expect(say(p, 0)).toBe('My aunt Rosa could be kind. You and my aunt Rosa.');
    expect(say(p, 1)).toBe('"He smiled," I said.');
    expect(say(p, 2)).toBe('Go to the old oak tree! The old oak tree is yours.');
  });

  it('accepts a custom pronoun set', () => {
    const p = personalize(kindPlace, { pronouns: { they: 'ze', them: 'zir', their: 'zir', theirs: 'zirs', themself: 'zirself' } });
    expect(say(p, 3)).toBe('The smile is zirs. Let zir rest. Ze can look after zirself now, with *you* [for you].');
    expect(p.personalized.pronouns).toBe('custom');
  });

  it('trims and collapses whitespace in values, and accepts letters from any script', () => {
    const p = personalize(scriptWith('Hi, {name}.'), { name: '  Zoë-Anne   O’Neil ' });
    expect(say(p, 0)).toBe('Hi, Zoë-Anne O’Neil.');
    expect(say(personalize(scriptWith('Hi, {name}.'), { name: '李小龍' }), 0)).toBe('Hi, 李小龍.');
  });

  it('builds the chosen variant with its stated duration', () => {
    for (const variant of SCRIPT_VARIANTS) {
      const p = personalize(calmBreath, { variant });
      expect(p.variant).toBe(variant);
      expect(p.durationSeconds).toBe(calmBreath.durationSeconds[variant]);
      expect(p.steps.map((s) => s.kind)).toEqual(selectVariant(calmBreath, variant).map((s) => s.kind));
      expect(p.steps.every((s) => !('variants' in s))).toBe(true);
    }
    expect(personalize(calmBreath).variant).toBe('standard');
  });

  it('returns deep-frozen data and never mutates the script', () => {
    const script = deepFreeze(structuredClone(kindPlace) as ExerciseScript);
    const before = JSON.stringify(script);
    const p = personalize(script, { name: 'Sam' });
    expect(JSON.stringify(script)).toBe(before);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.steps)).toBe(true);
    expect(Object.isFrozen(p.steps[0])).toBe(true);
    expect(Object.isFrozen(p.personalized)).toBe(true);
    expect(Object.isFrozen(p.citations[0])).toBe(true);
  });
});

describe('personalize: validating options', () => {
  const issuesOf = (options: unknown): readonly PersonalizeIssue[] => {
    const r = safePersonalize(calmBreath, options);
    if (r.ok) throw new Error('expected issues');
    return r.issues;
  };
  const one = (options: unknown) => {
    const issues = issuesOf(options);
    expect(issues).toHaveLength(1);
    return issues[0] as PersonalizeIssue;
  };

  it('names the field and the problem', () => {
    expect(one({ colour: 'blue' })).toMatchObject({ code: 'unknown_option', path: ['colour'], message: expect.stringContaining('"colour"') });
    expect(one({ name: 42 })).toMatchObject({ code: 'invalid_type', path: ['name'], received: '42', message: expect.stringContaining('Option "name"') });
    expect(one({ variant: 'long' })).toMatchObject({ code: 'invalid_variant', path: ['variant'], expected: 'one of standard, trauma-sensitive, brief' });
    expect(one({ pronouns: 'xe' })).toMatchObject({ code: 'invalid_type', path: ['pronouns'] });
    expect(one({ pronouns: ['she'] })).toMatchObject({ code: 'invalid_type', path: ['pronouns'] });
    expect(one(null)).toMatchObject({ code: 'invalid_options', path: [] });
    expect(one('Sam')).toMatchObject({ code: 'invalid_options', path: [] });
  });

  it('refuses markup, control characters, empty and over-long strings', () => {
    for (const bad of ['<b>Sam</b>', '{name}', 'Sam & Co', 'Sam_', '*Sam*', '[Sam](x)', '# Sam', 'Sam"']) {
      expect(one({ name: bad }), bad).toMatchObject({ code: 'markup', path: ['name'] });
    }
    expect(one({ caregiver: 'Mom\nDad' })).toMatchObject({ code: 'invalid_character', path: ['caregiver'] });
    expect(one({ safePlace: 'home\u0000' })).toMatchObject({ code: 'invalid_character' });
    expect(one({ name: '   ' })).toMatchObject({ code: 'empty', path: ['name'] });
    expect(one({ name: '1234' })).toMatchObject({ code: 'invalid_character', message: expect.stringContaining('at least one letter') });
    expect(one({ name: 'Sam!' })).toMatchObject({ code: 'invalid_character', message: expect.stringContaining('"!"') });
    expect(one({ name: 'a'.repeat(PERSONALIZE_LIMITS.name + 1) })).toMatchObject({ code: 'too_long', path: ['name'] });
    expect(safePersonalize(calmBreath, { name: 'a'.repeat(PERSONALIZE_LIMITS.name) }).ok).toBe(true);
    expect(one({ safePlace: 'a'.repeat(PERSONALIZE_LIMITS.safePlace + 1) })).toMatchObject({ code: 'too_long', path: ['safePlace'] });
  });

  it('checks each form of a custom pronoun set', () => {
    const issues = issuesOf({ pronouns: { they: 'ze', them: '<zir>', extra: 'x' } });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_option', 'pronouns.extra'],
      ['markup', 'pronouns.them'],
      ['invalid_type', 'pronouns.their'],
      ['invalid_type', 'pronouns.theirs'],
      ['invalid_type', 'pronouns.themself'],
    ]);
  });

  it('reports every problem at once, with a short preview of what was received', () => {
    const issues = issuesOf({ name: 'x'.repeat(500), caregiver: 7, colour: 1 });
    expect(issues.map((i) => i.path[0])).toEqual(['colour', 'name', 'caregiver']);
    for (const i of issues) expect(i.received.length).toBeLessThan(40);
  });

  it('throws a PersonalizeError carrying the issues', () => {
    expect(() => personalize(calmBreath, { name: '<Sam>' })).toThrow(PersonalizeError);
    try {
      personalize(calmBreath, { name: '<Sam>', safePlace: '' });
    } catch (e) {
      expect(e).toBeInstanceOf(PersonalizeError);
      const err = e as PersonalizeError;
      expect(err.scriptId).toBe(calmBreath.id);
      expect(err.issues.map((i) => i.path[0])).toEqual(['name', 'safePlace']);
      expect(err.message).toContain('Option "name"');
      expect(Object.isFrozen(err.issues)).toBe(true);
    }
  });

  it('refuses script text with an unknown placeholder or a stray brace', () => {
    const r = safePersonalize(scriptWith('Hello.', 'Hi {nmae}.'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'unknown_placeholder', path: ['steps', 1, 'text'], received: '"{nmae}"' });
    const s = safePersonalize(scriptWith('A { stray brace.'));
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.issues[0]).toMatchObject({ code: 'unresolved_placeholder', path: ['steps', 0, 'text'] });
  });

  it('has types that refuse unknown options, variants and pronoun names', () => {
    // @ts-expect-error unknown option
    expect(() => personalize(calmBreath, { colour: 'blue' })).toThrow(PersonalizeError);
    // @ts-expect-error unknown variant
    expect(() => personalize(calmBreath, { variant: 'long' })).toThrow(PersonalizeError);
    // @ts-expect-error unknown pronoun set
    expect(() => personalize(calmBreath, { pronouns: 'xe' })).toThrow(PersonalizeError);
    expectTypeOf(personalize).returns.toEqualTypeOf<PersonalizedScript>();
    expectTypeOf(safePersonalize).parameter(1).toEqualTypeOf<unknown>();
    const step = personalize(calmBreath).steps[0];
    if (step?.kind === 'breathe') expectTypeOf(step.pattern.inhale).toEqualTypeOf<number>();
    // @ts-expect-error a personalised step has no variants
    void step?.variants;
  });
});

const allowedText = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('Sam', 'Zoë', 'José', 'Anh', "O'Neil", 'Mary-Jane', '李', 'grandma', 'the old oak tree', 'St. Ives'),
      fc.stringMatching(/^[A-Za-z '-]{0,20}$/),
    )
    .map(([a, b]) => `${a}${b}`.slice(0, max));

const validOptions = fc.record(
  {
    variant: fc.constantFrom(...SCRIPT_VARIANTS),
    name: allowedText(PERSONALIZE_LIMITS.name),
    caregiver: allowedText(PERSONALIZE_LIMITS.caregiver),
    safePlace: allowedText(PERSONALIZE_LIMITS.safePlace),
    pronouns: fc.oneof(
      fc.constantFrom('they' as const, 'she' as const, 'he' as const),
      fc.constant({ they: 'ze', them: 'zir', their: 'zir', theirs: 'zirs', themself: 'zirself' }),
    ),
  },
  { requiredKeys: [] },
);

describe('personalize: properties over fixtures and every registry script', () => {
  it('the registry holds scripts to test', () => {
    expect(registry.length).toBeGreaterThan(0);
  });

  it('never lets a placeholder or brace reach the output, for any valid options', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), validOptions, (script, options) => {
        const p = personalize(script, options);
        for (const text of textsOf(p)) {
          expect(text).not.toMatch(/[{}]/u);
          expect(text).not.toMatch(/ ,|,[.!?,]| {2}|^\s|\s$/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts every given value into the text where the chosen variant uses its slot', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), validOptions, (script, options) => {
        const p = personalize(script, options);
        const source = [
          script.title,
          script.summary,
          script.safetyNote,
          ...selectVariant(script, p.variant).map((s) => ('text' in s ? (s.text ?? '') : '')),
        ].join('\n');
        const out = textsOf(p).join('\n').toLowerCase();
        for (const slot of ['name', 'caregiver', 'safePlace'] as const) {
          const v = options[slot];
          if (v !== undefined && source.includes(`{${slot}}`)) expect(out).toContain(v.trim().replace(/\s+/gu, ' ').toLowerCase());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('safePersonalize never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.anything(), (script, options) => {
        const r = safePersonalize(script, options);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any string holding a markup character, for every string option', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('name' as const, 'caregiver' as const, 'safePlace' as const),
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...'<>{}[]&\\`*_#|'),
        fc.string({ maxLength: 10 }),
        (key, a, ch, b) => {
          const r = safePersonalize(calmBreath, { [key]: `Sam${a}${ch}${b}` });
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues.some((i) => i.path[0] === key)).toBe(true);
        },
      ),
    );
  });
});

describe('personalize: crisis help for the person’s region (issue 14.1)', () => {
  const fake = (id: string, phone: string, kind: 'emergency' | 'crisis' = 'crisis') => ({
    id,
    kind,
    name: kind === 'emergency' ? 'Emergency services' : 'Test Line',
    phone,
    hours: '24 hours a day',
    source: { url: 'https://example.org/help', checked: '2026-11-01' },
  });
  const resources = { mode: 'replace', contacts: [fake('zz-emergency', '555 0199', 'emergency'), fake('zz-line', '555 0100')] } as const;

  it('with no region, the safety note names no number and says "your local emergency number or a crisis line"', () => {
    for (const s of registry) {
      const p = personalize(s);
      expect(p.safetyNote, s.id).not.toMatch(/\d/u);
      expect(p.safetyNote.endsWith('If you are in danger now, call your local emergency number or a crisis line.'), s.id).toBe(true);
      expect(p.crisisHelp).toEqual({
        region: null,
        contacts: [],
        text: 'You do not have to go through this alone. If you are in danger now, call your local emergency number or a crisis line.',
      });
    }
  });

  it('with a region and the app’s own resources, the note names them, and every renderer shows it', () => {
    const p = personalize(regulatePacedBreathing, { region: 'GB', resources });
    expect(p.safetyNote).toBe(
      'This practice does not replace care from a doctor or therapist. If you have a heart or lung problem, ask a doctor before breathing practice. If you might hurt yourself, or you feel unsafe, reach out for help now. You do not have to go through this alone. If you are in danger now, call 555 0199. You can call Test Line on 555 0100. They are open 24 hours a day.',
    );
    expect(p.crisisHelp.region).toBe('GB');
    expect(p.crisisHelp.contacts.map((c) => c.id)).toEqual(['zz-emergency', 'zz-line']);
    expect(Object.isFrozen(p.crisisHelp.contacts[0]) && Object.isFrozen(p.crisisHelp.contacts[0]?.source)).toBe(true);
    for (const out of [renderText(p), renderMarkdown(p), renderSsml(p)]) {
      expect(out).toContain('call 555 0199');
      expect(out).toContain('Test Line on 555 0100');
    }
    // The timeline speaks the longer note: its intro grows with it.
    expect(renderTimeline(p).intro.speechSeconds).toBeGreaterThan(renderTimeline(personalize(regulatePacedBreathing)).intro.speechSeconds);
  });

  it('a region with no sourced data and no resources names no number', () => {
    const p = personalize(regulatePacedBreathing, { region: 'ZZ' });
    expect(p.crisisHelp.region).toBeNull();
    expect(p.safetyNote).not.toMatch(/\d/u);
  });

  it('a bad region or bad resources is an issue that names the field', () => {
    const codes = (opts: unknown) => {
      const r = safePersonalize(regulatePacedBreathing, opts);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(codes({ region: 'gb' })).toEqual([['invalid_region', ['region']]]);
    expect(codes({ region: 44 })).toEqual([['invalid_region', ['region']]]);
    expect(codes({ resources })).toEqual([['invalid_resources', ['resources']]]);
    expect(codes({ region: 'GB', resources: { mode: 'swap', contacts: [] } })).toEqual([['invalid_resources', ['resources', 'mode']]]);
    expect(codes({ region: 'GB', resources: { mode: 'replace', contacts: [{ ...fake('zz-line', 'call me') }] } })).toEqual([
      ['invalid_resources', ['resources', 'contacts', 0, 'phone']],
    ]);
    expect(codes({ region: 'GB', regoin: 'GB' })).toEqual([['unknown_option', ['regoin']]]);
    const r = safePersonalize(regulatePacedBreathing, { region: 'gb' });
    if (!r.ok) expect(r.issues[0]?.message).toBe('Option "region": expected an ISO 3166-1 alpha-2 code in capitals, such as "GB" (received "gb").');
  });
});
