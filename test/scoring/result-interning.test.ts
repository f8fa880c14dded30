// Parts of a result are interned per compiled definition: the frozen `derived` record (keyed by
// each derived score's code: criteria counts, rule-based labels), the `scales` record of a
// complete response (keyed by the scale sums) and the `flags` array (keyed by the set raised). This
// proves the interned paths equal to a cold call (a freshly defined copy, whose tables are empty)
// on random answers, missing ones included, for every built-in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition, instruments, type ResponseScale, safeScore } from '../../src/index.js';

const withDerived = (instruments as readonly InstrumentDefinition[]).filter((d) => (d.derived ?? []).length > 0);

const answersOf = (def: InstrumentDefinition) =>
  fc.tuple(
    ...def.items.map((it) => {
      const rs = def.responseScales[it.responseScale ?? 'default'] as ResponseScale;
      const step = rs.step ?? 1;
      const k = Math.round((rs.max - rs.min) / step);
      return fc.option(
        fc.integer({ min: 0, max: k }).map((i) => rs.min + i * step),
        { nil: null, freq: 8 },
      );
    }),
  );

describe('interned derived records equal the plain path', () => {
  it('lists the built-ins it covers', () => {
    expect(withDerived.map((d) => d.id).length).toBeGreaterThan(3);
  });

  it.each((instruments as readonly InstrumentDefinition[]).map((d) => [d.id, d] as const))(
    '%s: a warm call gives what a cold copy gives, and the same records again',
    (_id, def) => {
      fc.assert(
        fc.property(fc.array(answersOf(def), { minLength: 1, maxLength: 30 }), (sequence) => {
          for (const answers of sequence) {
            const warm = safeScore(def, answers);
            const cold = safeScore(defineInstrument(structuredClone(def) as InstrumentDefinition), answers);
            expect(warm).toEqual(cold);
            // Linear derived scores take any value and are not interned; the others give the same record again.
            const again = safeScore(def, answers);
            if (warm.ok && again.ok) {
              if ((def.derived ?? []).every((d) => d.kind !== 'linear')) expect(again.value.derived).toBe(warm.value.derived);
              expect(again.value.flags).toBe(warm.value.flags);
            }
          }
        }),
        { numRuns: 40 },
      );
    },
  );
});
