// crisisResources, safeCrisisResources, crisisHelp and domesticAbuseHelp: overrides and their
// errors, hostile input, the kind of every argument, and the texts a person reads.
import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import {
  type CrisisContact,
  crisisHelp,
  crisisResources,
  domesticAbuseHelp,
  type ResourceOverride,
  regionResources,
  SafetyDataError,
  safeCrisisResources,
} from '../../src/safety/index.js';

const appLine: CrisisContact = {
  id: 'app-line',
  kind: 'crisis',
  name: 'Our Helpline',
  phone: '0800 000 111',
  hours: 'Weekdays, 9am to 5pm',
  source: { url: 'https://example.org/help', checked: '2026-11-30' },
};

const errorOf = (f: () => unknown): SafetyDataError => {
  try {
    f();
  } catch (e) {
    if (e instanceof SafetyDataError) return e;
    throw e;
  }
  throw new Error('expected a SafetyDataError');
};

describe('crisisResources with an app override', () => {
  it('replace: only the app contacts', () => {
    const r = crisisResources('GB', { resources: { mode: 'replace', contacts: [appLine] } });
    expect(r?.contacts.map((c) => c.id)).toEqual(['app-line']);
    expect(r?.name).toBe('United Kingdom');
    expect(Object.isFrozen(r?.contacts)).toBe(true);
  });

  it('extend: shipped contacts first, then the app contacts', () => {
    const r = crisisResources('GB', { resources: { mode: 'extend', contacts: [appLine] } });
    expect(r?.contacts.map((c) => c.id)).toEqual(['gb-999', 'gb-samaritans', 'gb-national-domestic-abuse-helpline', 'app-line']);
  });

  it('lets an app give contacts for a region securebase has no data for', () => {
    expect(crisisResources('IT')).toBeUndefined();
    const r = crisisResources('IT', { resources: { mode: 'replace', contacts: [appLine] } });
    expect(r).toEqual({ region: 'IT', name: 'IT', contacts: [appLine] });
  });

  it('does not keep a reference to the app object (a later change does not leak in)', () => {
    const mine = { ...appLine };
    const r = crisisResources('GB', { resources: { mode: 'replace', contacts: [mine] } });
    mine.phone = '999 999';
    expect(r?.contacts[0]?.phone).toBe('0800 000 111');
  });

  it('names every wrong field of an override', () => {
    const bad = { mode: 'merge', contacts: [{ ...appLine, phone: 'call us', url: 'http://x.org', source: { url: 'https://x.org', checked: '30/11/2026' } }] };
    const e = errorOf(() => crisisResources('GB', { resources: bad as unknown as ResourceOverride }));
    expect(e.issues.map((i) => i.path)).toEqual([
      'options.resources.mode',
      'options.resources.contacts[0].phone',
      'options.resources.contacts[0].url',
      'options.resources.contacts[0].source.checked',
    ]);
    expect(e.problems[0]).toBe('options.resources.mode: expected "replace" or "extend", received "merge"');
    expect(e.message).toMatch(/^Invalid safety data: options\.resources\.mode/);
  });

  it('refuses an extend that reuses a shipped id, and two contacts with one id', () => {
    const e = errorOf(() => crisisResources('GB', { resources: { mode: 'extend', contacts: [{ ...appLine, id: 'gb-samaritans' }] } }));
    expect(e.problems).toEqual([
      'options.resources.contacts[0].id: "gb-samaritans" is already a shipped contact of GB; use mode "replace" to change shipped contacts',
    ]);
    const twice = errorOf(() => crisisResources('GB', { resources: { mode: 'replace', contacts: [appLine, appLine] } }));
    expect(twice.problems).toEqual(['options.resources.contacts[1].id: "app-line" is used twice']);
  });

  it('refuses a contact with no way to reach it, or with no source', () => {
    const { phone: _p, source: _s, ...bare } = appLine;
    const e = errorOf(() => crisisResources('NZ', { resources: { mode: 'replace', contacts: [bare as CrisisContact] } }));
    expect(e.problems).toEqual([
      'options.resources.contacts[0]: expected at least one of phone, text or chatUrl',
      'options.resources.contacts[0].source: expected { url, checked }, received undefined',
    ]);
  });
});

describe('the kind of every argument is checked and named', () => {
  it('crisisResources(region)', () => {
    expect(errorOf(() => crisisResources(44 as unknown as string)).problems).toEqual([
      'region: expected an ISO 3166-1 alpha-2 code in upper case, such as "GB", received 44',
    ]);
    expect(errorOf(() => crisisResources('gb')).issues[0]?.path).toBe('region');
    expect(errorOf(() => crisisResources('GBR')).issues[0]?.path).toBe('region');
  });

  it('crisisResources(region, options)', () => {
    expect(errorOf(() => crisisResources('GB', 'replace' as never)).problems).toEqual(['options: expected an options object or nothing, received "replace"']);
    expect(errorOf(() => crisisResources('GB', { resources: [] as never })).issues[0]?.path).toBe('options.resources');
    expect(errorOf(() => crisisResources('GB', { resources: { mode: 'replace', contacts: {} as never } })).problems).toEqual([
      'options.resources.contacts: expected an array of contacts, received an object',
    ]);
  });

  it('crisisHelp and domesticAbuseHelp(options)', () => {
    expect(errorOf(() => crisisHelp('GB' as never)).problems).toEqual(['options: expected an options object or nothing, received "GB" (in crisisHelp)']);
    expect(errorOf(() => domesticAbuseHelp({ region: 'uk' })).issues[0]).toEqual({
      path: 'options.region',
      message: 'expected an ISO 3166-1 alpha-2 code in upper case, such as "GB", received "uk" (in domesticAbuseHelp)',
    });
    expect(errorOf(() => crisisHelp({ resources: { mode: 'replace', contacts: [appLine] } })).issues[0]?.path).toBe('options.resources');
    expect(
      errorOf(() => crisisHelp({ region: 'GB', resources: { mode: 'replace', contacts: [{ ...appLine, kind: 'other' as never }] } })).issues[0]?.path,
    ).toBe('options.resources.contacts[0].kind');
  });
  it('names a wrong region and a wrong override together', () => {
    const e = errorOf(() => domesticAbuseHelp({ region: 'uk', resources: { mode: 'x' as never, contacts: [] } }));
    expect(e.issues.map((i) => i.path)).toEqual(['options.region', 'options.resources.mode']);
  });
});

describe('safeCrisisResources never throws', () => {
  it('returns the value, or every issue', () => {
    expect(safeCrisisResources('AU')).toEqual({ ok: true, value: crisisResources('AU') });
    expect(safeCrisisResources('ZZ')).toEqual({ ok: true, value: undefined });
    const bad = safeCrisisResources('gb', { resources: { mode: 'x', contacts: [] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(['region', 'options.resources.mode']);
  });

  it('survives throwing getters and Proxies, naming where', () => {
    const getter = { ...appLine };
    Object.defineProperty(getter, 'phone', {
      get() {
        throw new Error('boom');
      },
    });
    const r1 = safeCrisisResources('GB', { resources: { mode: 'extend', contacts: [getter] } });
    expect(r1).toEqual({ ok: false, issues: [{ path: 'options.resources.contacts[0].phone', message: 'could not be read (a getter or Proxy threw)' }] });

    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        has: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(safeCrisisResources('GB', trap).ok).toBe(false);
    expect(safeCrisisResources(trap, trap).ok).toBe(false);
    expect(safeCrisisResources('GB', { resources: trap }).ok).toBe(false);
    expect(
      safeCrisisResources('GB', {
        resources: {
          mode: 'replace',
          contacts: new Proxy([appLine], {
            get: () => {
              throw new Error('x');
            },
          }),
        },
      }).ok,
    ).toBe(false);
    const gone = Proxy.revocable({}, {});
    gone.revoke();
    expect(errorOf(() => crisisResources('GB', gone.proxy as never)).issues[0]?.path).toBe('options.resources');
    expect(errorOf(() => crisisResources('GB', { resources: gone.proxy as never })).issues[0]?.path).toBe('options.resources.mode');
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(safeCrisisResources('GB', { resources: { mode: 'replace', contacts: revoked.proxy } }).ok).toBe(false);
  });

  it('returns what it checked, even when a getter answers differently the second time', () => {
    let reads = 0;
    const shifty = { ...appLine };
    Object.defineProperty(shifty, 'phone', { enumerable: true, get: () => (reads++ === 0 ? '0800 000 111' : 'not a number') });
    const r = safeCrisisResources('GB', { resources: { mode: 'replace', contacts: [shifty] } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value?.contacts[0]?.phone).toBe('0800 000 111');
  });

  it('never throws on any input (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (region, options) => {
        const r = safeCrisisResources(region, options);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...regionResources.map((r) => r.region)), fc.anything(), (region, contacts) => {
        safeCrisisResources(region, { resources: { mode: 'extend', contacts } });
      }),
      { numRuns: 300 },
    );
  });
});

const grade = (t: string): number => readability.fleschKincaidGrade(t);
const numbersIn = (t: string): string[] => t.match(/\d[\d -]*\d|\d/g)?.map((n) => n.replace(/\D/g, '')) ?? [];

describe('the texts a person reads', () => {
  const helpers = { crisisHelp, domesticAbuseHelp };

  for (const [name, f] of Object.entries(helpers)) {
    describe(name, () => {
      it('with no region, or no sourced data, names no number at all', () => {
        for (const options of [
          undefined,
          {},
          { region: 'ZZ' },
          { region: 'IT' },
          { region: 'GB', resources: { mode: 'replace', contacts: [] } as ResourceOverride },
        ]) {
          const h = f(options);
          expect(h.text).not.toMatch(/\d/);
          expect(h.region).toBeNull();
          expect(h.contacts).toEqual([]);
          expect(h.text).toContain('local emergency number');
        }
      });

      it('reads at US grade 6 or below, for every region and with no region', () => {
        for (const options of [undefined, ...regionResources.map((r) => ({ region: r.region }))]) {
          const t = f(options).text;
          expect(grade(t), t).toBeLessThanOrEqual(6);
        }
      });

      it("names only numbers from the region's own data, emergency first", () => {
        for (const r of regionResources) {
          const h = f({ region: r.region });
          const own = new Set(
            (r.contacts as readonly CrisisContact[])
              .flatMap((c) => [c.phone, c.text?.number])
              .filter((n): n is string => n !== undefined)
              .map((n) => n.replace(/\D/g, '')),
          );
          // Names and opening hours may hold digits ("1800RESPECT", "24 hours"); what is left must be a number from the data.
          let rest = h.text;
          for (const c of r.contacts) rest = rest.replaceAll(c.name, '').replaceAll(c.hours.toLowerCase(), '');
          for (const n of numbersIn(rest)) expect(own.has(n), `${r.region}: ${n} in ${h.text}`).toBe(true);
          expect(h.contacts[0]?.kind).toBe('emergency');
          expect(h.text).toContain(`call ${h.contacts[0]?.phone}`);
          for (const c of h.contacts) if (c.phone !== undefined) expect(h.text).toContain(c.phone);
        }
      });

      it('names an app line when the app adds one', () => {
        const h = f({ region: 'CA', resources: { mode: 'extend', contacts: [{ ...appLine, kind: name === 'crisisHelp' ? 'crisis' : 'domestic-abuse' }] } });
        expect(h.text).toContain('0800 000 111');
        expect(h.text).toContain('They are open weekdays, 9am to 5pm.');
        expect(grade(h.text)).toBeLessThanOrEqual(6);
      });
    });
  }

  it('shows each region its own lines (worked examples)', () => {
    expect(crisisHelp({ region: 'GB' }).text).toBe(
      'You do not have to go through this alone. If you are in danger now, call 999. You can call Samaritans on 116 123. They are open 24 hours a day, every day.',
    );
    expect(crisisHelp({ region: 'US' }).text).toBe(
      'You do not have to go through this alone. If you are in danger now, call 911. You can call 988 Suicide & Crisis Lifeline on 988, text 988 or chat on their website. They are open 24 hours a day, every day.',
    );
    expect(domesticAbuseHelp({ region: 'US' }).text).toContain('text START to 88788');
    expect(domesticAbuseHelp({ region: 'CA' }).text).toBe(
      'You deserve to be safe. What is happening is not your fault. If you are in danger now, call 911. A local domestic abuse service can help you stay safe.',
    );
    expect(crisisHelp({ region: 'IE' }).text).toContain('call 112 or 999');
  });

  it('would catch a number that is not in the region data (the number check can fail)', () => {
    const own = new Set(['999', '116123']);
    expect(numbersIn('If you are in danger now, call 999. Or call 988.').filter((n) => !own.has(n))).toEqual(['988']);
  });

  it('measures a hard sentence above grade 6, so the readability bar can fail', () => {
    expect(
      grade(
        'Notwithstanding considerable psychological deterioration, individuals experiencing suicidal ideation should immediately contact appropriately qualified emergency professionals.',
      ),
    ).toBeGreaterThan(6);
  });
});

describe('flagForPerson', () => {
  it("shows the person the flag's own words and their region's help, never the clinician message or another region's number", async () => {
    const { flagForPerson, phq9, score } = await import('../../src/index.js');
    const flags = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, null]).flags;
    expect(flags.map((f) => f.level)).toEqual(['review']);
    const f = flags[0] as (typeof flags)[number];
    for (const region of ['GB', 'AU', 'US'] as const) {
      const text = flagForPerson(f, { region });
      expect(text.startsWith(f.clientMessage)).toBe(true);
      expect(text).not.toContain(f.message);
      for (const c of crisisResources(region)?.contacts.filter((x) => x.kind !== 'domestic-abuse') ?? []) if (c.phone) expect(text).toContain(c.phone);
    }
    expect(flagForPerson(f)).not.toMatch(/\d/);
    expect(() => flagForPerson(null as never)).toThrow(TypeError);
  });
});

describe('who a line is for', () => {
  it("names the audience of a line that is not for everyone, so a women's line never looks open to all", () => {
    for (const r of regionResources) {
      const help = domesticAbuseHelp({ region: r.region });
      for (const c of help.contacts)
        if (c.audience !== undefined) expect(help.text).toContain(`It is for ${c.audience.charAt(0).toLowerCase()}${c.audience.slice(1)}.`);
    }
    expect(domesticAbuseHelp({ region: 'GB' }).text).toContain('It is for women experiencing domestic abuse.');
  });
});
