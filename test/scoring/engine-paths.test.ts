// The engine's shortcuts (the compiled fast path for complete arrays, results shared between equal
// responses) must never change an answer: an invalid answer is always reported, even when the sums
// it would give match a result already built, and every result equals a plain re-computation.
// Each test builds fresh definitions, since the engine compiles and caches per definition object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DerivedResult,
  defineInstrument,
  type InstrumentDefinition,
  type ResponseScale,
  type ScaleResult,
  safeScore as safeScoreDefined,
  score as scoreDefined,
} from '../../src/index.js';

// The fixtures here are plain objects, built per test: each is defined before it is scored
// (defining a definition that is defined already returns it unchanged, so cached paths still apply).
const score: typeof scoreDefined = (def, responses, options) => scoreDefined(defineInstrument(def), responses, options);
const safeScore: typeof safeScoreDefined = (def, responses, options) => safeScoreDefined(defineInstrument(def), responses, options);

const base = {
  name: 'Fixture',
  version: '1.0.0',
  citations: [{ text: 'Test fixture' }],
  licence: { summary: 'test', itemTextIncluded: false },
} as const;
const r03: ResponseScale = { min: 0, max: 3, anchors: [] };

/** Two one-item scales a:[x] and b:[y] (y reversed when `reversed`); results depend on the sums alone. */
const pair = (reversed = false, extra: Partial<InstrumentDefinition> = {}): InstrumentDefinition => ({
  ...base,
  id: reversed ? 'pair-rev' : 'pair',
  responseScales: { default: r03 },
  items: [
    { number: 1, id: 'x' },
    { number: 2, id: 'y' },
  ],
  scales: [
    { id: 'a', label: 'A', items: ['x'], aggregate: 'sum' },
    { id: 'b', label: 'B', items: ['y'], aggregate: 'sum', ...(reversed ? { reversed: ['y'] } : {}) },
  ],
  ...extra,
});

const values = (def: InstrumentDefinition, responses: readonly unknown[]) => {
  const r = score(def, responses as never);
  return Object.fromEntries(def.scales.map((s) => [s.id, r.scales[s.id]?.value]));
};
/** Scale and derived results by id (fixtures here are typed loosely as InstrumentDefinition). */
const scaleOf = (def: InstrumentDefinition, responses: readonly unknown[], id: string) =>
  (score(def, responses as never).scales as Record<string, ScaleResult>)[id];
const derivedOf = (def: InstrumentDefinition, responses: readonly unknown[], id: string) =>
  (score(def, responses as never).derived as Record<string, DerivedResult>)[id];
const rejects = (def: InstrumentDefinition, responses: readonly unknown[]) => safeScore(def, responses).ok === false;

describe('an answer is checked even when its sums match a result already built', () => {
  // With two 0–3 scales a result is keyed by 4·a + b: [1, 2] and [0, 6] would share key 6.
  it.each([
    ['above the range', [1, 2], [0, 6]],
    ['below the range', [0, 3], [1, -1]],
    ['between whole numbers', [1, 2], [1.375, 0.5]],
  ])('forward-keyed, %s', (_why, good, bad) => {
    const def = pair();
    score(def, good);
    score(def, good);
    expect(rejects(def, bad)).toBe(true);
  });

  it.each([
    ['above the range', [0, 0], [1, 4]],
    ['below the range', [1, 3], [0, -1]],
    ['between whole numbers', [1, 1], [1.375, 2.5]],
  ])('reverse-keyed, %s', (_why, good, bad) => {
    const def = pair(true);
    score(def, good);
    score(def, good);
    expect(rejects(def, bad)).toBe(true);
  });

  it('checks an item that belongs to no scale, and answers beyond the last item', () => {
    const def = pair(false, {
      items: [
        { number: 1, id: 'x' },
        { number: 2, id: 'y' },
        { number: 3, id: 'z' },
      ],
    });
    expect(values(def, [1, 2, 0])).toEqual({ a: 1, b: 2 });
    expect(values(def, [1, 2, 0])).toEqual({ a: 1, b: 2 });
    for (const z of [9, -1, 1.5, '1', null]) {
      if (z === null) expect(score(def, [1, 2, z]).complete).toBe(true);
      else expect(rejects(def, [1, 2, z])).toBe(true);
    }
    expect(safeScore(def, [1, 2, 0, 3])).toMatchObject({ ok: false, issues: [{ code: 'unknown_item', path: [3] }] });
  });

  it('sums forward and reverse-keyed items of one scale separately', () => {
    const def: InstrumentDefinition = { ...pair(), id: 'mixed', scales: [{ id: 's', label: 'S', items: ['x', 'y'], reversed: ['y'], aggregate: 'sum' }] };
    expect(values(def, [1, 0])).toEqual({ s: 4 });
    expect(values(def, [1, 0])).toEqual({ s: 4 });
    expect(values(def, [0, 2])).toEqual({ s: 1 });
    expect(values(def, [0, 2])).toEqual({ s: 1 });
  });

  it('checks options on the shortcut too', () => {
    const def = defineInstrument(pair());
    score(def, [1, 2]);
    expect(score(def, [1, 2])).toBe(score(def, [1, 2]));
    expect(() => score(def, [1, 2], { prorate: { maxMissing: -1 } })).toThrow(RangeError);
    expect(safeScore(def, [1, 2], { prorate: { maxMissing: 0.5 } })).toMatchObject({ ok: false, issues: [{ code: 'invalid_options', path: ['options'] }] });
    expect(score(def, [1, 2], { prorate: false }).scales.a?.value).toBe(1);
    expect(safeScore(def, [1, 2], { prorate: { maxMissing: 1 } })).toMatchObject({ ok: true, value: { prorated: false } });
  });

  it('never mixes up results of stepped scales, whose sums are not whole numbers', () => {
    const half: ResponseScale = { min: 1, max: 2, step: 0.5, anchors: [] };
    const def = pair(false, { responseScales: { default: half } });
    expect(values(def, [1, 2])).toEqual({ a: 1, b: 2 });
    expect(values(def, [1.5, 1])).toEqual({ a: 1.5, b: 1 });
    expect(values(def, [1, 1.5])).toEqual({ a: 1, b: 1.5 });
    expect(scaleOf(def, [1.5, 1], 'a')).toEqual({ value: 1.5, answered: 1, expected: 1, missing: [], prorated: false, band: null });
  });
});

describe('exhaustively: once every valid result is built, no invalid answer is accepted and no valid one is misread', () => {
  const scale = (id: string, items: readonly string[], reversed: readonly string[] = []) => ({ id, label: id, items, reversed, aggregate: 'sum' as const });
  const r33: ResponseScale = { min: -3, max: 3, anchors: [] };
  const defs: [string, InstrumentDefinition][] = [
    ['two forward scales', pair(false, { id: 'ff' })],
    ['forward, then reverse-keyed', pair(true, { id: 'fr' })],
    ['reverse-keyed, then forward', pair(false, { id: 'rf', scales: [scale('b', ['y'], ['y']), scale('a', ['x'])] })],
    ['one scale of two reverse-keyed items', pair(false, { id: 'rr', scales: [scale('s', ['x', 'y'], ['x', 'y'])] })],
    ['one scale of two forward items', pair(false, { id: 'f2', scales: [scale('s', ['x', 'y'])] })],
    ['two scales of −3 to +3 (a bipolar scale)', pair(true, { id: 'bipolar', responseScales: { default: r33 } })],
  ];

  it.each(defs)('%s', (_name, def) => {
    const { min, max } = def.responseScales.default as ResponseScale;
    const candidates: number[] = [];
    for (let v = min - 4; v <= max + 4; v++) candidates.push(v);
    candidates.push(min - 0.5, min + 0.5, max - 0.5, max + 0.5, (min + max) / 2 + 0.25);
    const valid = (v: number) => Number.isInteger(v) && v >= min && v <= max;
    const all = candidates.flatMap((x) => candidates.map((y) => [x, y] as const));
    const good = all.filter(([x, y]) => valid(x) && valid(y));
    for (const answers of good) expect(values(def, answers)).toEqual(reference(def, answers));
    for (const answers of all) {
      if (good.includes(answers)) expect(values(def, answers)).toEqual(reference(def, answers));
      else expect(rejects(def, answers), JSON.stringify(answers)).toBe(true);
    }
  });
});

describe('equal complete responses share one frozen result', () => {
  it('returns the same object again, also after another definition was scored', () => {
    const a = defineInstrument(pair());
    const b = defineInstrument(pair());
    const first = score(a, [1, 2]);
    score(b, [1, 2]);
    expect(score(a, [1, 2])).toBe(first);
    expect(score(a, { x: 1, y: 2 })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('shares results for a scale of 4096 possible sums', () => {
    const wide = defineInstrument(pair(false, { responseScales: { default: { min: 0, max: 4095, anchors: [] } } }));
    expect(score(wide, [4095, 0])).toBe(score(wide, [4095, 0]));
  });

  it('shares nothing across calls for a definition its owner can still change (a plain object)', () => {
    const plain = pair();
    const first = score(plain, [1, 2]);
    expect(score(plain, [1, 2])).not.toBe(first);
    expect(score(plain, [1, 2])).toEqual(first);
  });

  it('does not share results that depend on more than the sums (flags, derived scores)', () => {
    const flagged = pair(false, { flags: [{ id: 'f', level: 'urgent', when: { item: 'x', max: 0 }, message: 'Check.', clientMessage: 'Please check in.' }] });
    expect(score(flagged, [0, 1]).flags).toEqual([{ id: 'f', level: 'urgent', message: 'Check.', clientMessage: 'Please check in.' }]);
    expect(score(flagged, [1, 0]).flags).toEqual([]);
    expect(score(flagged, [0, 1]).flags).toHaveLength(1);
  });
});

describe('compiled definitions', () => {
  it('scores items whose response scale is not called "default"', () => {
    const def = pair(false, {
      responseScales: { likert: r03 },
      items: [
        { number: 1, id: 'x', responseScale: 'likert' },
        { number: 2, id: 'y', responseScale: 'likert' },
      ],
    });
    expect(values(def, [3, 1])).toEqual({ a: 3, b: 1 });
  });

  it('gives an unbanded scale no band, and a banded one its band at each edge', () => {
    const def = pair(false, {
      scales: [
        { id: 'a', label: 'A', items: ['x'], aggregate: 'sum' },
        {
          id: 'b',
          label: 'B',
          items: ['y'],
          aggregate: 'sum',
          bands: [
            { min: 0, max: 0, label: 'None' },
            { min: 1, max: 2, label: 'Some' },
            { min: 3, max: 3, label: 'All' },
          ],
        },
      ],
    });
    const labels = [0, 1, 2, 3].map((y) => scaleOf(def, [0, y], 'b')?.band?.label);
    expect(labels).toEqual(['None', 'Some', 'Some', 'All']);
    expect(scaleOf(def, [0, 0], 'a')?.band).toBeNull();
    expect(scaleOf(def, [0, null], 'b')?.band).toBeNull();
  });

  it('reads each criterion of a criteria count from its own item, and respects maxCount in outcome order', () => {
    const def: InstrumentDefinition = {
      ...pair(),
      id: 'count',
      items: [
        { number: 1, id: 'x' },
        { number: 2, id: 'y' },
        { number: 3, id: 'z' },
      ],
      derived: [
        {
          kind: 'criteria-count',
          id: 'n',
          label: 'N',
          criteria: [
            { item: 'x', min: 2 },
            { item: 'y', min: 2 },
            { item: 'z', min: 1 },
          ],
          core: ['x'],
          outcomes: [
            { label: 'few', minCount: 1, maxCount: 2, requiresCore: true },
            { label: 'many', minCount: 3, requiresCore: true },
            { label: 'other', minCount: 0, requiresCore: false },
          ],
        },
      ],
    };
    const n = (xs: readonly number[]) => derivedOf(def, xs, 'n');
    expect(n([0, 0, 1])).toEqual({ value: 1, label: 'other' }); // no core item met
    expect(n([2, 0, 0])).toEqual({ value: 1, label: 'few' });
    expect(n([2, 2, 0])).toEqual({ value: 2, label: 'few' });
    expect(n([2, 2, 1])).toEqual({ value: 3, label: 'many' });
    expect(n([0, 3, 3])).toEqual({ value: 2, label: 'other' });
  });

  it('gives a rule-based label no value when a rule it reaches needs a missing answer, even if a later rule holds', () => {
    const def: InstrumentDefinition = {
      ...pair(),
      id: 'rules',
      derived: [
        {
          kind: 'rules',
          id: 'r',
          label: 'R',
          tieRule: 'at or above is high',
          rules: [
            { label: 'x-high', when: [{ item: 'x', min: 2 }] },
            { label: 'y-high', when: [{ item: 'y', min: 2 }] },
          ],
        },
      ],
    };
    expect(derivedOf(def, [3, 3], 'r')?.label).toBe('x-high');
    expect(derivedOf(def, [0, 3], 'r')?.label).toBe('y-high');
    expect(derivedOf(def, [0, 0], 'r')?.label).toBeNull();
    expect(derivedOf(def, [null, 3], 'r')).toEqual({ value: null, label: null });
  });

  it('raises a flag that has only a max', () => {
    const def = pair(false, { flags: [{ id: 'low', level: 'info', when: { item: 'x', max: 0 }, message: 'Low.', clientMessage: 'Low.' }] });
    expect(score(def, [0, 0]).flags.map((f) => f.id)).toEqual(['low']);
    expect(score(def, [1, 0]).flags).toEqual([]);
    expect(score(def, [null, 0]).flags).toEqual([]);
  });

  it('computes linear scores from items and scale values, with the constant', () => {
    const def: InstrumentDefinition = {
      ...pair(),
      id: 'linear',
      scales: [
        { id: 'a', label: 'A', items: ['x'], aggregate: 'sum' },
        { id: 'm', label: 'Mean', items: ['x', 'y'], aggregate: 'mean' },
      ],
      derived: [
        {
          kind: 'linear',
          id: 'l',
          label: 'L',
          terms: [
            { item: 'y', weight: 2 },
            { scale: 'm', weight: -1 },
          ],
          constant: 0.5,
        },
        { kind: 'linear', id: 'plain', label: 'Plain', terms: [{ scale: 'a', weight: 3 }] },
      ],
    };
    expect(derivedOf(def, [1, 3], 'l')).toEqual({ value: 0.5 + 6 - 2, label: null });
    expect(derivedOf(def, [1, 3], 'plain')).toEqual({ value: 3, label: null });
    const prorated = (xs: readonly (number | null)[]) => (score(def, xs, { prorate: { maxMissing: 1 } }).derived as Record<string, DerivedResult>).l?.value;
    expect(prorated([1, 3])).toBe(4.5);
    // The mean is prorated (1, from x alone), but the item term y is missing: no value.
    expect(prorated([1, null])).toBeNull();
    expect(prorated([null, 3])).toBe(0.5 + 6 - 3);
  });

  it('reports a prorated mean as the mean of the answered items, and says so', () => {
    const def: InstrumentDefinition = {
      ...pair(),
      id: 'prorated-mean',
      items: [
        { number: 1, id: 'x' },
        { number: 2, id: 'y' },
        { number: 3, id: 'z' },
      ],
      scales: [{ id: 'm', label: 'Mean', items: ['x', 'y', 'z'], reversed: ['z'], aggregate: 'mean' }],
      missing: { kind: 'prorate', maxMissing: 1, source: 'fixture' },
    };
    expect(scaleOf(def, [1, null, 0], 'm')).toEqual({ value: 2, answered: 2, expected: 3, missing: ['y'], prorated: true, band: null });
    expect(scaleOf(def, [1, null, null], 'm')).toEqual({ value: null, answered: 1, expected: 3, missing: ['y', 'z'], prorated: false, band: null });
  });
});

/** A plain re-computation of every scale, for comparison. */
function reference(def: InstrumentDefinition, answers: readonly (number | null)[]): Record<string, number | null> {
  const at = new Map(def.items.map((it, i) => [it.id, i]));
  const out: Record<string, number | null> = {};
  for (const s of def.scales) {
    const rs = def.responseScales[def.items[at.get(s.items[0] as string) as number]?.responseScale ?? 'default'] as ResponseScale;
    const vs = s.items.map((id) => {
      const v = answers[at.get(id) as number];
      return v === null || v === undefined ? null : (s.reversed ?? []).includes(id) ? rs.min + rs.max - v : v;
    });
    if (vs.some((v) => v === null)) out[s.id] = null;
    else {
      const sum = (vs as number[]).reduce((p, v) => p + v, 0);
      out[s.id] = s.aggregate === 'mean' ? sum / vs.length : sum;
    }
  }
  return out;
}

describe('property: every result equals a plain re-computation, over a sequence of calls on one definition', () => {
  const defs: [string, InstrumentDefinition][] = [
    [
      'three scales, reversal, a mean, an unscored item',
      {
        ...base,
        id: 'seq',
        responseScales: { default: r03 },
        items: [1, 2, 3, 4, 5].map((n) => ({ number: n, id: `i${n}` })),
        scales: [
          { id: 's1', label: 'S1', items: ['i1', 'i2'], reversed: ['i2'], aggregate: 'sum' },
          { id: 's2', label: 'S2', items: ['i3'], aggregate: 'sum' },
          { id: 's3', label: 'S3', items: ['i1', 'i3', 'i4'], reversed: ['i4'], aggregate: 'mean' },
        ],
      },
    ],
    ['two stepped scales', pair(true, { responseScales: { default: { min: 1, max: 2, step: 0.5, anchors: [] } } })],
  ];

  it.each(defs)('%s', (_name, template) => {
    fc.assert(
      fc.property(fc.constant(null), (_) => {
        const def = { ...template }; // a fresh compile for every run
        const rs = def.responseScales.default as ResponseScale;
        const step = rs.step ?? 1;
        const valid = fc.integer({ min: 0, max: Math.round((rs.max - rs.min) / step) }).map((k) => rs.min + k * step);
        const invalid = fc.constantFrom(rs.min - step, rs.max + step, rs.min + step / 4, rs.max + 1, -1, Number.NaN, '1');
        const answer = fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: invalid }, { weight: 1, arbitrary: fc.constant(null) });
        const calls = fc.array(fc.array(answer, { minLength: def.items.length, maxLength: def.items.length }), { minLength: 1, maxLength: 40 });
        fc.assert(
          fc.property(calls, (seq) => {
            for (const answers of seq) {
              const bad = answers.some((v) => v !== null && !(typeof v === 'number' && v >= rs.min && v <= rs.max && Number.isInteger((v - rs.min) / step)));
              const r = safeScore(def, answers);
              expect(r.ok).toBe(!bad);
              if (r.ok) {
                const got = Object.fromEntries(def.scales.map((s) => [s.id, r.value.scales[s.id]?.value]));
                const want = reference(def, answers as (number | null)[]);
                expect(got).toEqual(want);
                // `complete` is about the scales: an item in no scale may be left blank.
                expect(r.value.complete).toBe(Object.values(want).every((v) => v !== null));
              }
            }
          }),
          { numRuns: 30 },
        );
      }),
      { numRuns: 3 },
    );
  });
});
