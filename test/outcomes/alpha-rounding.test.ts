// Regression: a total whose variance is zero in exact arithmetic must give no alpha in every row
// order (rounding once left about 1e-16 and an alpha of about -3e16 in one order; found by
// mutation testing through the row-order property).
import { describe, expect, it } from 'vitest';
import { cronbachAlpha, defineInstrument, type InstrumentDefinition } from '../../src/index.js';

const trio = defineInstrument({
  id: 'trio-rounding',
  name: 'Three items',
  version: '1.0.0',
  citations: [{ text: 'Test fixture.' }],
  licence: { summary: 'CC0', itemTextIncluded: false },
  responseScales: { default: { min: 1, max: 5, anchors: [] } },
  items: [
    { number: 1, id: 'a' },
    { number: 2, id: 'b' },
    { number: 3, id: 'c' },
  ],
  scales: [{ id: 'total', label: 'Total', items: ['a', 'b', 'c'], reversed: ['c'], aggregate: 'sum' }],
} as const satisfies InstrumentDefinition);

describe('cronbachAlpha with a total of no variance', () => {
  it('gives no alpha, whatever the row order', () => {
    const rows = [
      [3, 4, 3],
      [1, 5, 2],
      [3, 2, 1],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const r = cronbachAlpha(trio, order, { scale: 'total' });
      expect(r.alpha).toBeNull();
      expect(r.note).toContain('the total has no variance');
    }
  });
});
