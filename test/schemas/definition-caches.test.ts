// Issue 13: the schemas generated from a definition are cached only for deep-frozen definitions.
// For a caller's own object edited between calls, a warm call equals a cold call on a fresh copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../../src/instruments/gad-7.js';
import { responsesSchema } from '../../src/schemas/responses.js';
import { resultSchema } from '../../src/schemas/results.js';
import { score } from '../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';

const plain = (): InstrumentDefinition => structuredClone({ ...gad7, id: 'my-gad' }) as InstrumentDefinition;

describe('schemas from a definition the caller can still change', () => {
  it('property: after random edits (range, items, flag ids), warm schemas judge like schemas of a fresh copy', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('max2' as const), fc.constant('drop-last' as const), fc.constant('rename-scale' as const)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: 7, maxLength: 8 }),
        (edits, answers) => {
          const def = plain() as { -readonly [K in keyof InstrumentDefinition]: InstrumentDefinition[K] };
          for (const e of edits) {
            responsesSchema(def).safeParse(answers); // warm
            const result = score(gad7, [1, 1, 1, 1, 1, 1, 1]);
            resultSchema(def).safeParse(result);
            if (e === 'max2') def.responseScales = { ...def.responseScales, default: { ...(def.responseScales.default as object), max: 2 } } as never;
            if (e === 'drop-last') def.items = def.items.slice(0, -1);
            if (e === 'rename-scale') def.scales = def.scales.map((s) => ({ ...s, id: `${s.id}_x` }));
            const fresh = structuredClone(def) as InstrumentDefinition;
            expect(responsesSchema(def).safeParse(answers).success).toBe(responsesSchema(fresh).safeParse(answers).success);
            expect(resultSchema(def).safeParse(result).success).toBe(resultSchema(fresh).safeParse(result).success);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reproduction: an item range narrowed in place is honoured at once (a cache by identity kept the old range)', () => {
    const def = plain() as { responseScales: InstrumentDefinition['responseScales'] } & InstrumentDefinition;
    expect(responsesSchema(def).safeParse([3, 3, 3, 3, 3, 3, 3]).success).toBe(true);
    (def.responseScales.default as { max: number }).max = 2;
    expect(responsesSchema(def).safeParse([3, 3, 3, 3, 3, 3, 3]).success).toBe(false);
  });

  it('a deep-frozen definition keeps one schema object (the cache that is allowed)', () => {
    expect(responsesSchema(gad7)).toBe(responsesSchema(gad7));
    const mine = plain();
    expect(responsesSchema(mine)).not.toBe(responsesSchema(mine));
  });
});
