import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineInstrument } from '../../src/index.js';
import { type CronbachAlphaResult, cronbachAlpha, OutcomeInputError } from '../../src/outcomes/index.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const trio = defineInstrument({
  id: 'trio',
  name: 'Three items',
  version: '1.0.0',
  citations: [{ text: 'Example.' }],
  licence: { summary: 'CC0', itemTextIncluded: false },
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'No' },
        { value: 5, label: 'Yes' },
      ],
    },
  },
  items: [
    { number: 1, id: 'a' },
    { number: 2, id: 'b' },
    { number: 3, id: 'c' },
  ],
  scales: [
    { id: 'total', label: 'Total', items: ['a', 'b', 'c'], reversed: ['c'], aggregate: 'sum' },
    { id: 'pair', label: 'Pair', items: ['a', 'b'], aggregate: 'sum' },
    { id: 'one', label: 'One', items: ['a'], aggregate: 'sum' },
  ],
} as const satisfies InstrumentDefinition);

describe('cronbachAlpha: worked example by hand', () => {
  // After reversing c (6 − x): a = [1,2,4,5], b = [2,2,5,4], c' = [1,2,4,5].
  // var(a) = var(c') = 10/3, var(b) = 2.25, cov(a,b) = cov(b,c') = 7/3, cov(a,c') = 10/3.
  // Totals 4, 6, 13, 14: var = 74.75/3. alpha = 1.5 · (1 − (10/3 + 2.25 + 10/3) / (74.75/3)).
  const rows = deepFreeze([[1, 2, 5], [2, 2, 4], [4, 5, 2], [5, 4, 1], [3, null, 3], { a: 9 }, [1, 1, 1, 1]]);
  const r = cronbachAlpha(trio, rows, { scale: 'total' });

  it('applies the reverse key and computes raw alpha', () => {
    const expected = 1.5 * (1 - (10 / 3 + 2.25 + 10 / 3) / (74.75 / 3));
    expect(r.alpha).toBeCloseTo(expected, 12);
    expect(r.alpha?.toFixed(3)).toBe('0.963');
    expect(r.k).toBe(3);
    expect(r.missing).toBe('listwise');
    expect(r.instrument).toEqual({ id: 'trio', version: '1.0.0' });
  });

  it('computes alpha if item deleted and corrected item–total correlations', () => {
    const [a, b, c] = r.items;
    expect(a?.reversed).toBe(false);
    expect(c?.reversed).toBe(true);
    // Without b, a and c' are identical: alpha 1.
    expect(b?.alphaIfDeleted).toBeCloseTo(1, 12);
    // Without a: 2 · (1 − (2.25 + 10/3) / (2.25 + 10/3 + 2 · 7/3)).
    expect(a?.alphaIfDeleted).toBeCloseTo(2 * (1 - (2.25 + 10 / 3) / (2.25 + 10 / 3 + 14 / 3)), 12);
    // b with a + c': cov 14/3, var(a + c') = 40/3: r = (14/3) / √(2.25 · 40/3).
    expect(b?.correctedItemTotal).toBeCloseTo(14 / 3 / Math.sqrt(2.25 * (40 / 3)), 12);
    expect(a?.n).toBe(4);
  });

  it('reports every excluded row with its reason (nothing dropped silently)', () => {
    expect(r.rows).toBe(7);
    expect(r.used).toBe(4);
    expect(r.excluded.map((x) => [x.row, x.reason])).toEqual([
      [4, 'missing-items'],
      [5, 'invalid'],
      [6, 'invalid'],
    ]);
    expect(r.excluded[0]?.items).toEqual(['b']);
    expect(r.excluded[1]?.issues[0]?.code).toBe('out_of_range');
    expect(r.excluded[2]?.issues[0]?.code).toBe('unknown_item');
    expect(r.note).toBeNull();
  });

  it('pairwise keeps the incomplete row where it can', () => {
    const p = cronbachAlpha(trio, rows, { scale: 'total', missing: 'pairwise' });
    expect(p.used).toBe(5);
    expect(p.incomplete).toBe(1);
    expect(p.items.map((i) => i.n)).toEqual([5, 4, 5]);
    expect(p.excluded.map((x) => x.reason)).toEqual(['invalid', 'invalid']);
    expect(p.alpha).not.toBe(r.alpha);
  });

  it('matches the doc example', () => {
    const d = cronbachAlpha(
      trio,
      [
        [1, 2, 5],
        [2, 2, 4],
        [4, 5, 2],
        [5, 4, 1],
        [3, null, 3],
      ],
      { scale: 'total' },
    );
    expect(d.alpha?.toFixed(3)).toBe('0.963');
    expect(d.used).toBe(4);
    expect(d.excluded[0]?.reason).toBe('missing-items');
  });
});

describe('cronbachAlpha: undefined values and bad arguments', () => {
  it('returns null alpha with a note when there is no variance or too few rows', () => {
    const flat = cronbachAlpha(
      trio,
      [
        [3, 3, 3],
        [3, 3, 3],
      ],
      { scale: 'total' },
    );
    expect(flat.alpha).toBeNull();
    expect(flat.note).toMatch(/no variance/);
    const one = cronbachAlpha(trio, [[1, 2, 3]], { scale: 'total' });
    expect(one.alpha).toBeNull();
    expect(one.note).toMatch(/fewer than 2 usable rows/);
    const none = cronbachAlpha(trio, [[null, null, null]], { scale: 'total', missing: 'pairwise' });
    expect(none.excluded[0]?.reason).toBe('no-items');
  });

  it('gives no alpha if item deleted for a 2-item scale', () => {
    const two = cronbachAlpha(
      trio,
      [
        [1, 2],
        [2, 2],
        [4, 5],
        [5, 4],
      ],
      { scale: 'pair' },
    );
    expect(two.alpha).not.toBeNull();
    expect(two.items.every((i) => i.alphaIfDeleted === null)).toBe(true);
    expect(two.note).toMatch(/2-item/);
  });

  it('throws naming the field', () => {
    expect(() => cronbachAlpha(trio, [], { scale: 'one' })).toThrow(/at least 2 items/);
    expect(() => cronbachAlpha(trio, [], { scale: 'nope' as never })).toThrow(OutcomeInputError);
    expect(() => cronbachAlpha(trio, [], { scale: 'total', missing: 'mean' as never })).toThrow(/options\.missing/);
    expect(() => cronbachAlpha(trio, {} as never, { scale: 'total' })).toThrow(/rows/);
  });

  it("types: the scale must be one of the instrument's scale ids", () => {
    expectTypeOf(cronbachAlpha(trio, [], { scale: 'total' })).toEqualTypeOf<CronbachAlphaResult>();
    // @ts-expect-error: 'totl' is not a scale of trio
    expect(() => cronbachAlpha(trio, [], { scale: 'totl' })).toThrow(OutcomeInputError);
  });
});

describe('cronbachAlpha: properties', () => {
  const row = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
  const rowsArb = fc.array(row, { minLength: 2, maxLength: 30 });
  const same = (x: number | null, y: number | null) => (x === null ? y === null : y !== null && Math.abs(x - y) < 1e-9);

  it('is unchanged by reversing a keyed item twice (reflect the answers and toggle the key)', () => {
    const unkeyed = defineInstrument({ ...trio, id: 'trio-unkeyed', scales: [{ ...trio.scales[0], reversed: [] }] } as const satisfies InstrumentDefinition);
    fc.assert(
      fc.property(rowsArb, fc.constantFrom('listwise' as const, 'pairwise' as const), (rows, missing) => {
        const keyed = cronbachAlpha(trio, rows, { scale: 'total', missing });
        const reflected = rows.map(([a, b, c]) => [a, b, 6 - c]);
        const toggled = cronbachAlpha(unkeyed, reflected, { scale: 'total', missing });
        return same(keyed.alpha, toggled.alpha) && keyed.items.every((it, i) => same(it.correctedItemTotal, toggled.items[i]?.correctedItemTotal ?? null));
      }),
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(rowsArb, (rows) =>
        same(cronbachAlpha(trio, rows, { scale: 'total' }).alpha, cronbachAlpha(trio, [...rows].reverse(), { scale: 'total' }).alpha),
      ),
    );
  });

  it('listwise and pairwise agree when no item is missing', () => {
    fc.assert(
      fc.property(rowsArb, (rows) =>
        same(cronbachAlpha(trio, rows, { scale: 'total' }).alpha, cronbachAlpha(trio, rows, { scale: 'total', missing: 'pairwise' }).alpha),
      ),
    );
  });
});
