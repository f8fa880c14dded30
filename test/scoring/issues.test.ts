// What a caller sees when responses are invalid: the ScoreError message, each issue's code, path,
// preview and wording, word for word. A form or an API reports these to people, so they must stay
// exact and must never echo more of the input than a short preview.
import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition, ScoreError, type ScoreIssue, safeScore, score } from '../../src/index.js';

/** Two whole-number items (0–3), one stepped item (1, 1.75, 2.5), one item in no scale. */
const fresh = () =>
  defineInstrument({
    id: 'mini',
    name: 'Mini',
    version: '1.0.0',
    citations: [{ text: 'Test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: {
      default: { min: 0, max: 3, anchors: [] },
      odd: { min: 1, max: 2.5, step: 0.75, anchors: [] },
    },
    items: [
      { number: 1, id: 'a' },
      { number: 2, id: 'b' },
      { number: 3, id: 'c', responseScale: 'odd' },
      { number: 4, id: 'd' },
    ],
    scales: [
      { id: 'total', label: 'Total', items: ['a', 'b'], aggregate: 'sum' },
      { id: 'odd', label: 'Odd', items: ['c'], aggregate: 'sum' },
    ],
  } as const satisfies InstrumentDefinition);

const issuesOf = (responses: unknown, def: InstrumentDefinition = fresh()): readonly ScoreIssue[] => {
  const r = safeScore(def, responses);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('item issues: code, path, preview and wording', () => {
  it.each([
    [4, 'out_of_range', '4', 'out of range'],
    [-1, 'out_of_range', '-1', 'out of range'],
    [1.5, 'not_on_scale', '1.5', 'not a value on the scale'],
    [1 + 1e-10, 'not_on_scale', '1.0000000001', 'not a value on the scale'],
    [Number.NaN, 'not_finite', 'NaN', 'not a finite number'],
    [Number.NEGATIVE_INFINITY, 'not_finite', '-Infinity', 'not a finite number'],
    ['2', 'invalid_type', '"2"', 'a string, not a number'],
    [[2], 'invalid_type', 'an array of 1', 'an array, not a number'],
    [{ value: 2 }, 'invalid_type', 'an object', 'an object, not a number'],
    [true, 'invalid_type', 'true', 'a boolean, not a number'],
    [2n, 'invalid_type', '2n', 'a bigint, not a number'],
    [Symbol('x'), 'invalid_type', 'a symbol', 'a symbol, not a number'],
    [() => 2, 'invalid_type', 'a function', 'a function, not a number'],
  ])('%s on a whole-number item', (bad, code, received, why) => {
    const expected = 'a whole number from 0 to 3';
    const issue = { code, item: 'b', itemNumber: 2, received, expected, message: `Item 2 ("b"): expected ${expected}, received ${received} (${why}).` };
    expect(issuesOf([0, bad, 1])).toEqual([{ ...issue, path: [1] }]);
    expect(issuesOf({ b: bad })).toEqual([{ ...issue, path: ['b'] }]);
  });

  it('checks a stepped item from its min, never accepts a number-like string, and describes the steps', () => {
    const expected = 'a number from 1 to 2.5 in steps of 0.75';
    for (const ok of [1, 1.75, 2.5]) expect(safeScore(fresh(), { c: ok }).ok).toBe(true);
    expect(score(fresh(), [0, 0, 1.75]).scales.odd.value).toBe(1.75);
    expect(issuesOf({ c: 2 })).toEqual([
      {
        code: 'not_on_scale',
        item: 'c',
        itemNumber: 3,
        path: ['c'],
        received: '2',
        expected,
        message: `Item 3 ("c"): expected ${expected}, received 2 (not a value on the scale).`,
      },
    ]);
    expect(issuesOf([0, 0, 2])[0]?.code).toBe('not_on_scale');
    expect(issuesOf({ c: '1.75' })[0]).toMatchObject({ code: 'invalid_type', received: '"1.75"' });
    expect(issuesOf({ c: 3.25 })[0]?.code).toBe('out_of_range');
  });

  it('reports answers beyond the last item, one issue each, with their index', () => {
    expect(issuesOf([0, 0, 1, 0, 3, 'x'])).toEqual([
      {
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [4],
        received: '3',
        expected: 'at most 4 answers',
        message: 'Answer at index 4: mini has 4 items, no item at this position (received 3).',
      },
      {
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: [5],
        received: '"x"',
        expected: 'at most 4 answers',
        message: 'Answer at index 5: mini has 4 items, no item at this position (received "x").',
      },
    ]);
  });

  it('reports an unknown record key by a preview of the key, with an example of a real id', () => {
    expect(issuesOf({ a: 1, nope: 2 })).toEqual([
      {
        code: 'unknown_item',
        item: null,
        itemNumber: null,
        path: ['"nope"'],
        received: '"nope"',
        expected: 'an item id of mini',
        message: 'Key "nope": not an item of mini (item ids look like "a").',
      },
    ]);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [7, '7'],
    ['answers', '"answers"'],
    [false, 'false'],
  ])('rejects %s as responses, with the whole input as the path', (bad, received) => {
    expect(issuesOf(bad)).toEqual([
      {
        code: 'invalid_responses',
        item: null,
        itemNumber: null,
        path: [],
        received,
        expected: 'an array in item order or a record keyed by item id',
        message: `Responses: expected an array in item order or a record keyed by item id, received ${received}.`,
      },
    ]);
  });

  it('lists ten answers past the last item one by one and counts the rest in one issue', () => {
    const issues = issuesOf([0, 0, 1, 0, ...Array.from({ length: 1_000_000 }, (_, i) => i % 4)]);
    expect(issues).toHaveLength(11);
    expect(issues.slice(0, 10).map((i) => i.path[0])).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(issues[10]).toEqual({
      code: 'unknown_item',
      item: null,
      itemNumber: null,
      path: [14],
      received: '999990 more answers',
      expected: 'at most 4 answers',
      message: 'Answers at index 14 to 1000003: mini has 4 items, no items at these positions (999990 more answers, counted in this one issue).',
    });
    // Exactly ten extra answers: all listed, nothing counted.
    expect(issuesOf([0, 0, 1, 0, ...Array.from({ length: 10 }, () => 0)]).map((i) => i.path[0])).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('lists ten unknown keys one by one and counts the rest in one issue, still checking the known items', () => {
    const rec: Record<string, unknown> = { a: 9 };
    for (let k = 0; k < 100_000; k++) rec[`x${k}`] = 0;
    rec.b = 'no';
    const issues = issuesOf(rec);
    expect(issues.map((i) => i.code)).toEqual(['out_of_range', ...Array.from({ length: 10 }, () => 'unknown_item'), 'invalid_type', 'unknown_item']);
    expect(issues[1]?.path).toEqual(['"x0"']);
    expect(issues[12]).toEqual({
      code: 'unknown_item',
      item: null,
      itemNumber: null,
      path: [],
      received: '99990 more keys',
      expected: 'an item id of mini',
      message: '99990 more keys are not items of mini (counted in this one issue; item ids look like "a").',
    });
    expect(issuesOf(Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`x${k}`, 0])))).toHaveLength(10);
  });

  it('returns frozen issues with frozen paths', () => {
    const issues = issuesOf([9, 'x']);
    expect(Object.isFrozen(issues)).toBe(true);
    for (const i of issues) {
      expect(Object.isFrozen(i)).toBe(true);
      expect(Object.isFrozen(i.path)).toBe(true);
    }
  });
});

describe('previews: strings cut at 24 characters, long numbers shortened, nothing dumped', () => {
  const receivedFor = (value: unknown): string => issuesOf({ a: value })[0]?.received ?? '';

  it('keeps a string of 24 characters whole and cuts a longer one with an ellipsis', () => {
    expect(receivedFor('abcdefghijklmnopqrstuvwx')).toBe('"abcdefghijklmnopqrstuvwx"');
    expect(receivedFor('abcdefghijklmnopqrstuvwxyz')).toBe('"abcdefghijklmnopqrstuvwx"…');
    expect(receivedFor('x'.repeat(5000))).toBe(`"${'x'.repeat(24)}"…`);
  });

  it('cuts by characters, never inside an emoji', () => {
    expect(receivedFor('😀'.repeat(30))).toBe(`"${'😀'.repeat(16)}"…`);
    expect(receivedFor('😀'.repeat(3))).toBe('"😀😀😀"');
    // One letter first puts the 32-unit window's end inside the 16th emoji: that half is dropped.
    expect(receivedFor(`a${'😀'.repeat(30)}`)).toBe(`"a${'😀'.repeat(15)}"…`);
  });

  it('cuts a long unknown key the same way', () => {
    expect(issuesOf({ ['k'.repeat(40)]: 1 })[0]?.received).toBe(`"${'k'.repeat(24)}"…`);
  });

  it('shortens a bigint longer than 24 characters', () => {
    expect(receivedFor(10n ** 22n)).toBe('10000000000000000000000n'); // 24 characters: kept
    expect(receivedFor(10n ** 23n)).toBe('100000000000000000000000…'); // 25: cut to 24
  });
});

describe('ScoreError', () => {
  const thrown = (responses: unknown): ScoreError => {
    try {
      score(fresh(), responses as never);
    } catch (e) {
      if (e instanceof ScoreError) return e;
    }
    throw new Error('expected a ScoreError');
  };

  it('names itself, the instrument and the single issue', () => {
    const e = thrown([4]);
    expect(e.name).toBe('ScoreError');
    expect(e.instrument).toBe('mini');
    expect(e.message).toBe('1 invalid response for mini: Item 1 ("a"): expected a whole number from 0 to 3, received 4 (out of range).');
    expect(e.issues).toEqual(issuesOf([4]));
  });

  it('shows at most three messages and counts the rest', () => {
    const three = thrown([4, 4, 1.5]);
    expect(three.message).toBe(
      '3 invalid responses for mini: Item 1 ("a"): expected a whole number from 0 to 3, received 4 (out of range). Item 2 ("b"): expected a whole number from 0 to 3, received 4 (out of range). Item 3 ("c"): expected a number from 1 to 2.5 in steps of 0.75, received 1.5 (not a value on the scale).',
    );
    const five = thrown([4, 4, 1.5, 'x', 9]);
    expect(five.message).toMatch(/^5 invalid responses for mini: Item 1 .* Item 2 .* Item 3 \("c"\).*\(not a value on the scale\)\. \(and 2 more\)$/);
    expect(five.message).not.toContain('Item 4');
    expect(five.issues).toHaveLength(5);
    expect(five.issues.map((i) => i.code)).toEqual(['out_of_range', 'out_of_range', 'not_on_scale', 'invalid_type', 'unknown_item']);
    expect(Object.isFrozen(five.issues)).toBe(true);
    for (const i of five.issues) expect(Object.isFrozen(i)).toBe(true);
  });

  it('a bad prorate option is a RangeError naming the option and previewing the value', () => {
    expect(() => score(fresh(), [1, 1], { prorate: null as never })).toThrow(
      new RangeError('score: options.prorate.maxMissing must be a whole number of 0 or more, received null'),
    );
    expect(() => score(fresh(), [1, 1], { prorate: { maxMissing: '1' as never } })).toThrow(
      'score: options.prorate.maxMissing must be a whole number of 0 or more, received "1"',
    );
  });
});
