// A complete result is interned per compiled definition, keyed by the scale sums, each derived
// score's code (a criteria count and its outcome, or which rule holds) and the set of flags raised.
// This proves the interned path equal to a cold call (a freshly defined copy, whose table is empty)
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

describe('interned results equal the plain path', () => {
  it('gives the same frozen result again for the same complete PHQ-9 answers, by array or by record, with derived scores and flags', () => {
    const phq9 = (instruments as readonly InstrumentDefinition[]).find((d) => d.id === 'phq-9') as InstrumentDefinition;
    const answers = [2, 2, 1, 1, 2, 2, 1, 1, 1, 2];
    const a = safeScore(phq9, answers);
    const b = safeScore(phq9, Object.fromEntries(phq9.items.map((it, i) => [it.id, answers[i]])));
    expect(a.ok && b.ok && a.value === b.value).toBe(true);
    expect(a.ok && a.value.flags.map((f) => f.id)).toEqual(['phq9-item9']);
    expect(withDerived.length).toBeGreaterThan(3);
  });

  it.each((instruments as readonly InstrumentDefinition[]).map((d) => [d.id, d] as const))('%s: a warm call gives what a cold copy gives', (_id, def) => {
    fc.assert(
      fc.property(fc.array(answersOf(def), { minLength: 1, maxLength: 30 }), (sequence) => {
        for (const answers of sequence) {
          const warm = safeScore(def, answers);
          const cold = safeScore(defineInstrument(structuredClone(def) as InstrumentDefinition), answers);
          expect(warm).toEqual(cold);
          expect(safeScore(def, answers)).toEqual(warm);
        }
      }),
      { numRuns: 40 },
    );
  });
});
