import { describe, expect, it } from 'vitest';
import { defineInstrument } from '../../src/index.js';
import { OutcomeInputError, reliableChange, scaleDirection } from '../../src/outcomes/index.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';

const def = defineInstrument({
  id: 'dirs',
  name: 'Directions',
  version: '1.0.0',
  citations: [{ text: 'test fixture' }],
  licence: { summary: 'test', itemTextIncluded: false },
  responseScales: { default: { min: 0, max: 3, anchors: [{ value: 0, label: 'Never' }] } },
  items: [
    { number: 1, id: 'x' },
    { number: 2, id: 'y' },
  ],
  scales: [
    { id: 'wellbeing', label: 'Well-being', items: ['x', 'y'], aggregate: 'sum', higherIs: 'better' },
    { id: 'distress', label: 'Distress', items: ['x', 'y'], aggregate: 'sum', higherIs: 'worse' },
    { id: 'plain', label: 'Plain', items: ['x', 'y'], aggregate: 'sum' },
  ],
} as const satisfies InstrumentDefinition);

describe('scaleDirection', () => {
  it("reads the definition's higherIs", () => {
    expect(scaleDirection(def, 'wellbeing')).toBe('higher-is-better');
    expect(scaleDirection(def, 'distress')).toBe('lower-is-better');
  });

  it('never guesses: an undeclared direction or unknown scale throws, naming the field', () => {
    try {
      scaleDirection(def, 'plain');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OutcomeInputError);
      expect((e as OutcomeInputError).field).toBe('scales["plain"].higherIs');
    }
    // @ts-expect-error: not a scale of def
    expect(() => scaleDirection(def, 'nope')).toThrow(/scale/);
  });

  it('feeds reliableChange', () => {
    const r = reliableChange({ pre: 2, post: 6, sdPre: 1, reliability: 0.8, direction: scaleDirection(def, 'distress') });
    expect(r.direction).toBe('deteriorated');
  });
});

describe('OutcomeInputError', () => {
  it('carries the field, a short preview of the value and what was expected', () => {
    try {
      reliableChange({ pre: 'a very long string that should be cut short' as never, post: 1, sdPre: 1, reliability: 0.5, direction: 'lower-is-better' });
      expect.unreachable();
    } catch (e) {
      const err = e as OutcomeInputError;
      expect(err).toBeInstanceOf(RangeError);
      expect(err.name).toBe('OutcomeInputError');
      expect(err.field).toBe('pre');
      expect(err.received).toBe('"a very long string that "…');
      expect(err.expected).toBe('a finite number');
      expect(err.message).toBe('reliableChange: pre must be a finite number, received "a very long string that "….');
    }
  });
});
