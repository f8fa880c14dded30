import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DefinitionError,
  defineInstrument,
  type InstrumentDefinition,
  instrumentProblems,
  ScoreError,
  safeScore,
  score,
  validateInstrument,
} from '../../src/index.js';
import { deepFreeze } from '../_helpers.js';

/** A small instrument exercising every engine feature: two scales, reversal, bands, a flag, derived scores. */
const toy = defineInstrument({
  id: 'toy',
  name: 'Toy',
  version: '2.1.0',
  citations: [{ text: 'Test fixture' }],
  licence: { summary: 'test', itemTextIncluded: true },
  responseScales: {
    default: {
      min: 0,
      max: 3,
      anchors: [
        { value: 0, label: 'Never' },
        { value: 3, label: 'Always' },
      ],
    },
    half: { min: 1, max: 2, step: 0.5, anchors: [] },
  },
  items: [
    { number: 1, id: 't1' },
    { number: 2, id: 't2' },
    { number: 3, id: 't3' },
    { number: 4, id: 't4' },
    { number: 5, id: 'h1', responseScale: 'half' },
  ],
  scales: [
    {
      id: 'total',
      label: 'Total',
      items: ['t1', 't2', 't3', 't4'],
      reversed: ['t4'],
      aggregate: 'sum',
      bands: [
        { min: 0, max: 4, label: 'Low' },
        { min: 5, max: 8, label: 'Mid' },
        { min: 9, max: 12, label: 'High' },
      ],
    },
    { id: 'avg', label: 'Mean', items: ['t1', 't2'], aggregate: 'mean' },
    { id: 'half', label: 'Half', items: ['h1'], aggregate: 'sum' },
  ],
  derived: [
    {
      kind: 'linear',
      id: 'diff',
      label: 'Diff',
      terms: [
        { item: 't1', weight: 1 },
        { scale: 'avg', weight: -2 },
      ],
      constant: 10,
    },
    {
      kind: 'criteria-count',
      id: 'count',
      label: 'Count',
      criteria: [
        { item: 't1', min: 2 },
        { item: 't2', min: 2 },
        { item: 't3', min: 1 },
      ],
      core: ['t1'],
      outcomes: [
        { label: 'full', minCount: 3, requiresCore: true },
        { label: 'partial', minCount: 1, maxCount: 2, requiresCore: true },
      ],
    },
    {
      kind: 'rules',
      id: 'quad',
      label: 'Quadrant',
      tieRule: 'at or above = high',
      rules: [
        {
          label: 'high-high',
          when: [
            { scale: 'total', min: 6 },
            { item: 't1', min: 2 },
          ],
        },
        { label: 'other', when: [{ scale: 'total', min: 0 }] },
      ],
    },
  ],
  flags: [{ id: 'risk', level: 'urgent', when: { item: 't3', min: 1 }, message: 'Review now.', clientMessage: 'Please talk to someone.' }],
} as const satisfies InstrumentDefinition);

describe('score: worked example', () => {
  it('applies reversal, aggregation, bands, derived scores and flags', () => {
    const r = score(toy, [3, 2, 1, 0, 1.5]);
    // total = 3 + 2 + 1 + (3 - 0) = 9
    expect(r.scales.total).toEqual({ value: 9, answered: 4, expected: 4, missing: [], prorated: false, band: { min: 9, max: 12, label: 'High' } });
    expect(r.scales.avg.value).toBe(2.5);
    expect(r.scales.half.value).toBe(1.5);
    expect(r.derived.diff).toEqual({ value: 10 + 3 - 5, label: null });
    expect(r.derived.count).toEqual({ value: 3, label: 'full' });
    expect(r.derived.quad.label).toBe('high-high');
    expect(r.flags).toEqual([{ id: 'risk', level: 'urgent', message: 'Review now.', clientMessage: 'Please talk to someone.' }]);
    expect(r.instrument).toEqual({ id: 'toy', version: '2.1.0' });
    expect(r.complete).toBe(true);
    expect(r.prorated).toBe(false);
  });

  it('gives the same result for a record keyed by item id', () => {
    expect(score(toy, { t1: 3, t2: 2, t3: 1, t4: 0, h1: 1.5 })).toEqual(score(toy, [3, 2, 1, 0, 1.5]));
  });

  it('finds the band at each boundary', () => {
    expect(score(toy, [0, 0, 0, 3, 1]).scales.total.band?.label).toBe('Low'); // 0
    expect(score(toy, [1, 1, 2, 3, 1]).scales.total.band?.label).toBe('Low'); // 4
    expect(score(toy, [1, 1, 3, 3, 1]).scales.total.band?.label).toBe('Mid'); // 5
    expect(score(toy, [3, 3, 2, 3, 1]).scales.total.band?.label).toBe('Mid'); // 8
    expect(score(toy, [3, 3, 3, 0, 1]).scales.total.band?.label).toBe('High'); // 12
  });

  it('returns frozen results and leaves deep-frozen input untouched', () => {
    const input = deepFreeze([3, 2, 1, 0, 1.5]);
    const r = score(toy, input);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.scales)).toBe(true);
    expect(Object.isFrozen(r.scales.total)).toBe(true);
    expect(Object.isFrozen(r.scales.total.band)).toBe(true);
    expect(Object.isFrozen(r.derived.count)).toBe(true);
    expect(Object.isFrozen(r.flags)).toBe(true);
    expect(() => score(toy, deepFreeze({ t1: 1 }))).not.toThrow();
  });

  it('scores a defined definition (defining a deep-frozen one never mutates it); a frozen one not yet defined is refused', () => {
    const frozen = deepFreeze(structuredClone(toy));
    expect(() => score(frozen, [3, 2, 1, 0, 1.5])).toThrow(/not a defined instrument/);
    const defined = defineInstrument(frozen);
    expect(defined).not.toBe(frozen);
    expect(defined).toEqual(frozen);
    expect(score(defined, [3, 2, 1, 0, 1.5]).scales.total.value).toBe(9);
  });
});

describe('score: missing data', () => {
  it('by default leaves a scale with a missing item without a value and names the item', () => {
    const r = score(toy, [3, null, 1, 0, 1]);
    expect(r.scales.total).toMatchObject({ value: null, answered: 3, expected: 4, missing: ['t2'], prorated: false, band: null });
    expect(r.scales.half.value).toBe(1);
    expect(r.complete).toBe(false);
    expect(r.derived.count).toEqual({ value: null, label: null });
    expect(r.derived.diff.value).toBeNull();
    expect(r.derived.quad.label).toBeNull();
  });

  it('treats a short array, undefined and an absent key as missing', () => {
    expect(score(toy, [3, 2]).scales.total.missing).toEqual(['t3', 't4']);
    expect(score(toy, [3, undefined, 1, 0, 1]).scales.total.missing).toEqual(['t2']);
    expect(score(toy, { t1: 3, t3: 1, t4: 0 }).scales.total.missing).toEqual(['t2']);
  });

  it('prorates only when the caller asks, and says so', () => {
    const r = score(toy, [3, null, 1, 0, 1], { prorate: { maxMissing: 1 } });
    // (3 + 1 + 3) * 4 / 3
    expect(r.scales.total.value).toBeCloseTo(28 / 3, 12);
    expect(r.scales.total).toMatchObject({ prorated: true, answered: 3, expected: 4, missing: ['t2'] });
    expect(r.scales.total.band?.label).toBe('High'); // 9.33 falls in 9-12
    expect(r.prorated).toBe(true);
    expect(score(toy, [3, null, null, 0, 1], { prorate: { maxMissing: 1 } }).scales.total.value).toBeNull();
    expect(score(toy, [3, null, 1, 0, 1], { prorate: { maxMissing: 1 } }).scales.avg).toMatchObject({ value: 3, prorated: true });
  });

  it('prorates when the definition allows it, and `prorate: false` overrides that', () => {
    const allowed = defineInstrument({
      ...toy,
      id: 'toy-prorate',
      missing: { kind: 'prorate', maxMissing: 1, source: 'test source' },
    } as const satisfies InstrumentDefinition);
    expect(score(allowed, [3, null, 1, 0, 1]).scales.total.prorated).toBe(true);
    expect(score(allowed, [3, null, 1, 0, 1], { prorate: false }).scales.total.value).toBeNull();
  });

  it('never prorates a scale with nothing answered', () => {
    expect(score(toy, [], { prorate: { maxMissing: 4 } }).scales.total.value).toBeNull();
  });

  it('rejects a bad prorate option with a message naming it', () => {
    expect(() => score(toy, [1], { prorate: { maxMissing: -1 } })).toThrow(/options\.prorate\.maxMissing/);
    expect(() => score(toy, [1], { prorate: { maxMissing: 0.5 } })).toThrow(RangeError);
  });
});

describe('score: invalid values', () => {
  const cases: [unknown, string, string][] = [
    [4, 'out_of_range', 'received 4 (out of range)'],
    [-1, 'out_of_range', 'received -1'],
    [1.5, 'not_on_scale', 'received 1.5 (not a value on the scale)'],
    [Number.NaN, 'not_finite', 'received NaN'],
    [Number.POSITIVE_INFINITY, 'not_finite', 'received Infinity'],
    ['2', 'invalid_type', 'received "2" (a string, not a number)'],
    [{}, 'invalid_type', 'received an object'],
    [[1], 'invalid_type', 'received an array of 1'],
    [true, 'invalid_type', 'received true'],
    [10n, 'invalid_type', 'received 10n'],
  ];
  it.each(cases)('%s gives an issue naming the item, the value and what was expected', (bad, code, text) => {
    const r = safeScore(toy, [0, bad, 0, 0, 1]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const issue = r.issues[0];
    expect(issue).toMatchObject({ code, item: 't2', itemNumber: 2, path: [1], expected: 'a whole number from 0 to 3' });
    expect(issue?.message).toContain('Item 2 ("t2")');
    expect(issue?.message).toContain(text);
    expect(() => score(toy, [0, bad as number, 0, 0, 1])).toThrow(ScoreError);
  });

  it('describes a stepped scale', () => {
    const r = safeScore(toy, { h1: 1.25 });
    expect(!r.ok && r.issues[0]?.expected).toBe('a number from 1 to 2 in steps of 0.5');
  });

  it('reports every issue at once, including unknown items and extra answers', () => {
    const r = safeScore(toy, [9, 'x', 0, 0, 1, 3, 3]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['out_of_range', 'invalid_type', 'unknown_item', 'unknown_item']);
    expect(r.issues[2]?.path).toEqual([5]);
    const rec = safeScore(toy, { t1: 1, nope: 2 });
    expect(!rec.ok && rec.issues[0]).toMatchObject({ code: 'unknown_item', item: null, received: '"nope"' });
  });

  it('rejects responses that are neither an array nor a record', () => {
    for (const bad of [null, undefined, 3, 'abc', true]) {
      const r = safeScore(toy, bad);
      expect(!r.ok && r.issues[0]?.code).toBe('invalid_responses');
    }
  });

  it('never echoes more than a short preview of the input', () => {
    const long = 'secret '.repeat(1000);
    const r = safeScore(toy, { [long]: long, t1: long });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const issue of r.issues) {
      expect(issue.message.length).toBeLessThan(200);
      expect(issue.received.length).toBeLessThanOrEqual(27);
    }
    const e = (() => {
      try {
        score(toy, [long as unknown as number]);
      } catch (err) {
        return err as ScoreError;
      }
    })();
    expect(e?.message.length).toBeLessThan(300);
  });

  it('treats __proto__ and constructor keys as unknown items, without pollution', () => {
    const r = safeScore(toy, JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 2, "t1": 1}'));
    expect(!r.ok && r.issues.map((i) => i.received)).toEqual(['"__proto__"', '"constructor"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fuzz: arbitrary JSON never throws from safeScore and never yields a number from a bad value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.anything()), fc.dictionary(fc.string(), fc.anything())), (input) => {
        const r = safeScore(toy, input);
        if (r.ok) {
          const t = r.value.scales.total.value;
          expect(t === null || (Number.isFinite(t) && t >= 0 && t <= 12)).toBe(true);
        } else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('definition validation', () => {
  const base = toy as InstrumentDefinition;
  const problems = (patch: Partial<InstrumentDefinition>) => instrumentProblems({ ...base, ...(patch.scales ? { derived: [], flags: [] } : {}), ...patch });

  it('accepts a sound definition', () => {
    expect(instrumentProblems(base)).toEqual([]);
    expect(validateInstrument(toy)).toBe(toy);
  });

  it('says when a reversed item is not in its scale', () => {
    expect(problems({ scales: [{ id: 's', label: 's', items: ['t1'], reversed: ['t2'], aggregate: 'sum' }] })).toEqual([
      'scales[0] ("s").reversed: "t2" is not one of the scale\'s items',
    ]);
  });

  it('says when bands leave a gap, overlap or miss the range', () => {
    const s = (bands: { min: number; max: number; label: string }[]) =>
      problems({ scales: [{ id: 's', label: 's', items: ['t1', 't2'], aggregate: 'sum', bands }] });
    expect(
      s([
        { min: 0, max: 2, label: 'a' },
        { min: 4, max: 6, label: 'b' },
      ])[0],
    ).toMatch(/gap between "a" \(ends 2\) and "b" \(starts 4\)/);
    expect(
      s([
        { min: 0, max: 3, label: 'a' },
        { min: 3, max: 6, label: 'b' },
      ])[0],
    ).toMatch(/overlaps/);
    expect(s([{ min: 1, max: 5, label: 'a' }])).toEqual([
      'scales[0] ("s").bands: the first band starts at 1, but the scale\'s lowest value is 0',
      'scales[0] ("s").bands: the last band ends at 5, but the scale\'s highest value is 6',
    ]);
  });

  it('says when ids repeat or references are unknown', () => {
    expect(problems({ items: [...base.items, { number: 9, id: 't1' }] })).toContain('items[5].id: "t1" is used twice');
    expect(problems({ scales: [{ id: 's', label: 's', items: ['zz'], aggregate: 'sum' }] })).toEqual(['scales[0] ("s").items: "zz" is not an item']);
    expect(problems({ flags: [{ id: 'f', level: 'info', when: { item: 'zz', min: 1 }, message: 'm', clientMessage: 'c' }] })).toEqual([
      'flags[0] ("f").when: refers to unknown item "zz"',
    ]);
    expect(problems({ missing: { kind: 'prorate', maxMissing: 1, source: '' } })).toEqual([
      'missing.source: prorating needs the published source that allows it',
    ]);
  });

  it('says when items of one scale use different response scales', () => {
    expect(problems({ scales: [{ id: 's', label: 's', items: ['t1', 'h1'], aggregate: 'sum' }] })[0]).toMatch(/share one response scale/);
  });

  it('throws a DefinitionError from defineInstrument, listing every problem; score refuses the undefined object', () => {
    const broken = { ...base, id: 'broken', version: '', items: [] } as InstrumentDefinition;
    expect(() => defineInstrument(broken)).toThrow(DefinitionError);
    expect(() => score(broken, [])).toThrow(/^instrument "broken" is not a defined instrument/);
    try {
      defineInstrument(broken);
    } catch (e) {
      expect((e as DefinitionError).problems.length).toBeGreaterThanOrEqual(2);
      expect((e as DefinitionError).message).toContain('version');
    }
  });

  it('reports a value that is not a definition at all without crashing', () => {
    expect(instrumentProblems(42 as unknown as InstrumentDefinition).length).toBeGreaterThan(0);
  });
});
