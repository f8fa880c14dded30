// Issue 13: a result depends only on the current contents of the call's arguments. Each defect
// reported against the speed work is reproduced here first, then proven fixed.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition, phq9, safeScore, score } from '../../src/index.js';

/** A user's own instrument: four items 0–3, one summed scale, as a plain (unfrozen) object. */
const mine = () => ({
  id: 'mine',
  name: 'Mine',
  version: '1.0.0',
  citations: [{ text: 'Test fixture' }],
  licence: { summary: 'Test fixture only.', itemTextIncluded: false },
  responseScales: { default: { min: 0, max: 3, anchors: [] as { value: number; label: string }[] } },
  items: [
    { number: 1, id: 'a' },
    { number: 2, id: 'b' },
    { number: 3, id: 'c' },
    { number: 4, id: 'd' },
  ],
  scales: [{ id: 'total', label: 'Total', items: ['a', 'b', 'c', 'd'], aggregate: 'sum' as 'sum' | 'mean', reversed: [] as string[] }],
});

/** `safeScore` on a definition as it is now: defined afresh (a copy), or the definition's problems. */
const scoreAsNow = (def: unknown, answers: unknown) => {
  try {
    return safeScore(defineInstrument(def as InstrumentDefinition), answers);
  } catch (e) {
    return { ok: false as const, error: (e as Error).message };
  }
};

describe('a definition the caller can still change is never scored, so never cached by identity', () => {
  it('reproduction: a reversed item added to a plain object between calls (was: warm total 8, cold total 4)', () => {
    const def = mine();
    const before = defineInstrument(def);
    expect(score(before, [3, 3, 1, 1]).scales.total?.value).toBe(8);
    def.scales[0]?.reversed.push('a', 'b'); // the caller edits its own object
    // The plain object itself is refused: no call can use a stale compiled form of it.
    expect(() => score(def as never, [3, 3, 1, 1])).toThrow(/is not a defined instrument: pass it to defineInstrument\(\) first/);
    expect(safeScore(def as never, [3, 3, 1, 1])).toMatchObject({ ok: false, issues: [{ code: 'invalid_instrument', path: [] }] });
    // Defined again, it is scored with the new key, as a cold call on a fresh copy is.
    const warm = score(defineInstrument(def), [3, 3, 1, 1]).scales.total?.value;
    const cold = score(defineInstrument(structuredClone(def)), [3, 3, 1, 1]).scales.total?.value;
    expect([warm, cold]).toEqual([2, 2]);
    // The copy defined before the edit never changed, and neither did its result.
    expect(score(before, [3, 3, 1, 1]).scales.total?.value).toBe(8);
  });

  it("property: for random edits to a caller's definition between calls, the warm result equals a cold call on a fresh copy", () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('reverse' as const), item: fc.constantFrom('a', 'b', 'c', 'd') }),
      fc.record({ kind: fc.constant('aggregate' as const), to: fc.constantFrom('sum' as const, 'mean' as const) }),
      fc.record({ kind: fc.constant('drop' as const), item: fc.constantFrom('a', 'b', 'c', 'd') }),
      fc.record({ kind: fc.constant('max' as const), to: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('id' as const), to: fc.constantFrom('total', 'sum_score', 'Bad Id') }),
    );
    const answers = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, answers), { minLength: 1, maxLength: 6 }), (steps) => {
        const def = mine();
        for (const [e, a] of steps) {
          scoreAsNow(def, a); // warm the engine with the current contents
          expect(safeScore(def as never, a).ok).toBe(false); // the plain object itself is never scored
          const scale = def.scales[0] as (typeof def.scales)[number];
          if (e.kind === 'reverse' && scale.items.includes(e.item) && !scale.reversed.includes(e.item)) scale.reversed.push(e.item);
          if (e.kind === 'aggregate') scale.aggregate = e.to;
          if (e.kind === 'drop' && scale.items.length > 1) {
            scale.items = scale.items.filter((x) => x !== e.item);
            scale.reversed = scale.reversed.filter((x) => x !== e.item);
          }
          if (e.kind === 'max') def.responseScales.default.max = e.to;
          if (e.kind === 'id') (scale as { id: string }).id = e.to;
          expect(scoreAsNow(def, a)).toEqual(scoreAsNow(structuredClone(def), a));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a frozen definition with a getter is not trusted: it is refused, and defining it copies what the getter returns now', () => {
    let agg: 'sum' | 'mean' = 'sum';
    const base = mine();
    const scale = Object.freeze({
      ...base.scales[0],
      items: Object.freeze([...(base.scales[0]?.items ?? [])]),
      reversed: Object.freeze([]),
      get aggregate() {
        return agg;
      },
    });
    const def = Object.freeze({ ...base, scales: Object.freeze([scale]) }) as unknown as InstrumentDefinition;
    expect(() => score(def, [1, 1, 1, 1])).toThrow(TypeError);
    const asSum = defineInstrument(def);
    agg = 'mean';
    expect(score(asSum, [1, 1, 1, 1]).scales.total?.value).toBe(4);
    expect(score(defineInstrument(def), [1, 1, 1, 1]).scales.total?.value).toBe(1);
  });
});

describe('defineInstrument', () => {
  it('checks once and returns a deep-frozen copy with literal types; later edits to the source change nothing', () => {
    const source = mine();
    const defined = defineInstrument(source);
    expect(defined).not.toBe(source);
    expect(Object.isFrozen(defined.scales[0]?.items)).toBe(true);
    expect(Object.isFrozen(defined.responseScales.default)).toBe(true);
    source.scales[0]?.reversed.push('a');
    expect(score(defined, [3, 0, 0, 0]).scales.total?.value).toBe(3);
    const lit = defineInstrument({ ...phq9, id: 'phq-9-copy' });
    expectTypeOf(lit.id).toEqualTypeOf<'phq-9-copy'>();
    expectTypeOf(score(lit, [0, 0, 0, 0, 0, 0, 0, 0, 0]).scales.total.value).toEqualTypeOf<number | null>();
  });

  it('throws a DefinitionError naming each problem, and a TypeError naming the argument for a non-object', () => {
    expect(() => defineInstrument({ ...mine(), scales: [{ id: 't', label: 'T', items: ['zz'], aggregate: 'sum' }] })).toThrow(
      /scales\[0\] \("t"\)\.items: "zz" is not an item/,
    );
    expect(() => defineInstrument(null as never)).toThrow(new TypeError('defineInstrument: definition must be an InstrumentDefinition object, received null'));
  });

  it('built-in instruments are defined already: deep-frozen', () => {
    expect(Object.isFrozen(phq9)).toBe(true);
    expect(Object.isFrozen(phq9.items[8])).toBe(true);
    expect(Object.isFrozen(phq9.flags[0].when)).toBe(true);
  });
});

describe('re-entrant: no call shares working storage with another', () => {
  it('reproduction: a getter in the responses that calls safeScore leaves the outer call intact (was: all 3s scored 0, no flag)', () => {
    const answers: unknown[] = [3, 3, 3, 3, 3, 3, 3, 3, 3];
    Object.defineProperty(answers, 4, {
      enumerable: true,
      get() {
        safeScore(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
        score(phq9, { 'phq9-1': 1 });
        return 3;
      },
    });
    const r = safeScore(phq9, answers);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.scales.total.value).toBe(27);
      expect(r.value.flags.map((f) => f.id)).toEqual(['phq9-item9']);
    }
  });

  it('the same with a record and with a user definition, at every position', () => {
    const def = defineInstrument(mine());
    for (const at of ['a', 'b', 'c', 'd']) {
      const rec: Record<string, unknown> = { a: 2, b: 2, c: 2, d: 2 };
      Object.defineProperty(rec, at, {
        enumerable: true,
        get: () => {
          score(def, [0, 0, 0, 0]);
          score(defineInstrument(mine()), [1, null, 1, 1]);
          return 2;
        },
      });
      expect(score(def, rec as never).scales.total?.value).toBe(8);
    }
  });
});

describe('safeScore never throws', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable([0, 0, 0, 0, 0, 0, 0, 0, 0], {});
    revoke();
    return proxy;
  };
  const throwingGetter = () => {
    const a: unknown[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    Object.defineProperty(a, 8, {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    return a;
  };
  const throwingTrap = () =>
    new Proxy(
      { 'phq9-1': 0 },
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
  const throwingGet = () =>
    new Proxy([0, 0, 0, 0, 0, 0, 0, 0, 0], {
      get: (t, k) => {
        if (k === '3') throw new Error('get');
        return Reflect.get(t, k);
      },
    });

  it.each([
    ['a throwing getter', throwingGetter, [8], 'phq9-9'],
    ['a throwing ownKeys trap', throwingTrap, [], null],
    ['a throwing get trap', throwingGet, [3], 'phq9-4'],
    ['a revoked Proxy', revoked, [], null],
  ] as const)('reproduction: %s gives an unreadable_input issue with its path', (_name, make, path, item) => {
    const r = safeScore(phq9, make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ code: 'unreadable_input', path, item })]);
    expect(() => score(phq9, make() as never)).toThrow(/could not be read/);
  });

  it('an invalid, hostile or missing instrument and invalid or hostile options are issues too', () => {
    expect(safeScore(null as never, [])).toMatchObject({ ok: false, issues: [{ code: 'invalid_instrument' }] });
    const empty = safeScore({ ...mine(), items: [] } as never, []);
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(empty.issues.map((i) => [i.code, i.message])).toEqual([
        [
          'invalid_instrument',
          'Instrument: instrument "mine" is not a defined instrument: pass it to defineInstrument() first (built-ins are defined already).',
        ],
      ]);
    const hostileId = safeScore(
      {
        get id(): never {
          throw new Error('x');
        },
      } as never,
      [],
    );
    expect(hostileId).toMatchObject({ ok: false, issues: [{ code: 'invalid_instrument' }] });
    const { proxy, revoke } = Proxy.revocable(mine(), {});
    revoke();
    expect(safeScore(proxy as never, [])).toMatchObject({ ok: false, issues: [{ code: 'invalid_instrument' }] });
    expect(safeScore(phq9, [], 'fast' as never)).toMatchObject({ ok: false, issues: [{ code: 'invalid_options' }] });
    const hostile = {
      get prorate(): never {
        throw new Error('x');
      },
    };
    expect(safeScore(phq9, [], hostile)).toMatchObject({ ok: false, issues: [{ code: 'invalid_options' }] });
  });
});
