import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecrR, gad7, instruments, phq9 } from '../../src/instruments/index.js';
import { resultSchema, safeParseWith, scoreResultSchema } from '../../src/schemas/index.js';
import { score } from '../../src/scoring/score.js';
import { validResponses } from '../planning/_arbitraries.js';
import { json, verdicts } from './_ajv.js';

/** Responses with some answers left out (null), so incomplete and prorated-free results occur. */
const withGaps = (def: (typeof instruments)[number]) =>
  fc
    .tuple(validResponses(def), fc.array(fc.boolean(), { minLength: def.items.length, maxLength: def.items.length }))
    .map(([r, gaps]) => r.map((v, i) => (gaps[i] ? null : v)));

describe('result schemas accept every result the engine produces', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s: resultSchema(definition) and scoreResultSchema, in zod and ajv', (_id, def) => {
    fc.assert(
      fc.property(fc.oneof(validResponses(def), withGaps(def)), (responses) => {
        const r = json(score(def, responses));
        expect(verdicts(resultSchema(def), r)).toEqual({ zod: true, ajv: true });
        expect(verdicts(scoreResultSchema, r)).toEqual({ zod: true, ajv: true });
      }),
      { numRuns: 40 },
    );
  });

  it('accepts prorated results with their flags', () => {
    const r = json(score(phq9, [3, 3, 3, 3, 3, 3, 3, null, 2], { prorate: { maxMissing: 1 } }));
    expect(r.prorated).toBe(true);
    expect(r.flags[0]?.id).toBe('phq9-item9');
    expect(verdicts(resultSchema(phq9), r)).toEqual({ zod: true, ajv: true });
  });
});

describe('result schemas refuse tampered results, in zod and ajv alike', () => {
  const base = () => json(score(gad7, [1, 1, 1, 1, 1, 1, 1, 0]));
  const cases: readonly [string, (r: ReturnType<typeof base>) => unknown][] = [
    ['a total above the possible maximum', (r) => ({ ...r, scales: { ...r.scales, total: { ...r.scales.total, value: 22 } } })],
    ['a scale the definition does not have', (r) => ({ ...r, scales: { ...r.scales, extra: r.scales.total } })],
    ['a missing scale', (r) => ({ ...r, scales: { total: r.scales.total } })],
    ['another instrument id', (r) => ({ ...r, instrument: { ...r.instrument, id: 'phq-9' } })],
    ['a flag the definition cannot raise', (r) => ({ ...r, flags: [{ id: 'made-up', level: 'urgent', message: 'x' }] })],
    ['an unknown field', (r) => ({ ...r, note: 'edited' })],
    ['a negative answered count', (r) => ({ ...r, scales: { ...r.scales, total: { ...r.scales.total, answered: -1 } } })],
  ];
  it.each(cases)('%s', (_name, edit) => {
    expect(verdicts(resultSchema(gad7), edit(base()))).toEqual({ zod: false, ajv: false });
  });

  it('the generic schema checks shape, not ranges: it accepts a result of any instrument and refuses unknown fields', () => {
    expect(verdicts(scoreResultSchema, json(score(ecrR, Array(36).fill(4))))).toEqual({ zod: true, ajv: true });
    expect(verdicts(scoreResultSchema, { ...base(), note: 1 })).toEqual({ zod: false, ajv: false });
    const r = safeParseWith(scoreResultSchema, { ...base(), complete: 'yes' });
    expect(!r.ok && r.issues[0]?.message).toBe('complete: expected true or false, received text ("yes").');
  });

  it('a mean scale is bounded by its response scale, a sum by items × scale', () => {
    const ecr = json(score(ecrR, Array(36).fill(7)));
    expect(ecr.scales.anxiety.value).toBeLessThanOrEqual(7);
    expect(verdicts(resultSchema(ecrR), ecr)).toEqual({ zod: true, ajv: true });
    expect(verdicts(resultSchema(ecrR), { ...ecr, scales: { ...ecr.scales, anxiety: { ...ecr.scales.anxiety, value: 7.5 } } })).toEqual({
      zod: false,
      ajv: false,
    });
  });
});
