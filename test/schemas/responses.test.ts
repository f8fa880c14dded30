import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7, instruments, phq9, rq } from '../../src/instruments/index.js';
import { jsonSchemaOf, responsesSchema, safeParseResponses } from '../../src/schemas/index.js';
import { safeScore } from '../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { validResponses } from '../planning/_arbitraries.js';
import { ajvFor, verdicts } from './_ajv.js';

/** A JSON value an answer slot might hold: mostly near the scale, sometimes not a number at all. */
const answer = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 9 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ min: -1, max: 8, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom('1', '', true, [], {}) },
);

/** Random JSON responses for a definition: lists around its length, records of its ids and a few strangers. */
function anyResponses(def: InstrumentDefinition) {
  const ids = def.items.map((i) => i.id);
  return fc.oneof(
    fc.array(answer, { maxLength: def.items.length + 2 }),
    fc.dictionary(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('x', 'item-1', 'Q1') }), answer, {
      maxKeys: def.items.length,
    }),
    fc.constantFrom(null, 'responses', 3, true),
  );
}

describe('responsesSchema: generated from every definition in the registry', () => {
  it.each(instruments.map((d) => [d.id, d] as const))('%s: accepts complete answers as a list and as a record, in zod and ajv', (_id, def) => {
    const schema = responsesSchema(def);
    fc.assert(
      fc.property(validResponses(def), (list) => {
        const record = Object.fromEntries(def.items.map((item, i) => [item.id, list[i]]));
        expect(verdicts(schema, list)).toEqual({ zod: true, ajv: true });
        expect(verdicts(schema, record)).toEqual({ zod: true, ajv: true });
      }),
      { numRuns: 30 },
    );
  });

  it.each(instruments.map((d) => [d.id, d] as const))('%s: accepts exactly what score accepts from JSON, and ajv gives the same verdict', (_id, def) => {
    const schema = responsesSchema(def);
    let refused = 0;
    fc.assert(
      fc.property(anyResponses(def), (input) => {
        const zodOk = schema.safeParse(input).success;
        expect(safeScore(def, input).ok).toBe(zodOk);
        expect(ajvFor(schema)(input)).toBe(zodOk);
        if (!zodOk) refused++;
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(20);
  });

  it('checks each answer against its own item scale (RQ: ratings 1–7, forced choice 1–4; PHQ-9 item 10 on its own scale)', () => {
    const r = responsesSchema(rq);
    expect(r.safeParse([7, 7, 7, 7, 4]).success).toBe(true);
    expect(r.safeParse([7, 7, 7, 7, 5]).success).toBe(false);
    expect(r.safeParse([5]).success).toBe(true);
    expect(responsesSchema(phq9).safeParse([0, 0, 0, 0, 0, 0, 0, 0, 0, 3]).success).toBe(true);
  });

  it('allows missing answers as null, as absent keys, or as a shorter list, like score', () => {
    const s = responsesSchema(gad7);
    for (const input of [[], [null, 1], { 'gad7-1': null }, {}]) expect(verdicts(s, input)).toEqual({ zod: true, ajv: true });
  });

  it('caches one schema per definition', () => {
    expect(responsesSchema(phq9)).toBe(responsesSchema(phq9));
  });

  it('exports a JSON Schema with one prefix item per item, no more items, and a strict record', () => {
    const js = jsonSchemaOf(responsesSchema(phq9)) as {
      anyOf: { prefixItems?: unknown[]; items?: unknown; maxItems?: number; additionalProperties?: unknown }[];
    };
    expect(js.anyOf[0]?.prefixItems).toHaveLength(10);
    expect(js.anyOf[0]?.items).toBe(false);
    expect(js.anyOf[1]?.additionalProperties).toBe(false);
  });

  it('works for a stepped scale (values enumerated) without extra code', () => {
    const stepped = {
      id: 'half-steps',
      name: 'Half steps',
      version: '1.0.0',
      citations: [{ text: 'Test definition.' }],
      licence: { summary: 'CC0', itemTextIncluded: true },
      responseScales: { default: { min: 0, max: 2, step: 0.5, anchors: [] } },
      items: [
        { number: 1, id: 'h1' },
        { number: 2, id: 'h2' },
      ],
      scales: [{ id: 'total', label: 'Total', items: ['h1', 'h2'], aggregate: 'sum' }],
    } as const satisfies InstrumentDefinition;
    const s = responsesSchema(stepped);
    expect(verdicts(s, [0.5, 1.5])).toEqual({ zod: true, ajv: true });
    expect(verdicts(s, [0.25, 1])).toEqual({ zod: false, ajv: false });
    expect(safeScore(stepped, [0.25, 1]).ok).toBe(false);
  });
});

describe('responsesSchema: messages name the item', () => {
  it('in a list, names the position, the item number and id, and the scale', () => {
    const r = safeParseResponses(gad7, [0, 1, 'two']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ path: [2], where: '[2]' });
      expect(r.issues[0]?.message).toBe('[2] (item 3, "gad7-3"): expected a whole number from 0 to 3 or null, received text ("two").');
    }
  });

  it('in a record, names the key; unknown ids are refused with an example of a real one', () => {
    const r = safeParseResponses(phq9, { 'phq9-1': 4, 'phq9-99': 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.message)).toEqual([
        '["phq9-1"] (item 1, "phq9-1"): expected a whole number from 0 to 3 or null, received the number 4.',
        '(the whole input): "phq9-99" is not an item of phq-9 (item ids look like "phq9-1").',
      ]);
    }
  });

  it('says when a list is too long, and when the value is neither a list nor an object', () => {
    const long = safeParseResponses(gad7, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(!long.ok && long.issues[0]?.message).toBe('(the whole input): gad-7 has 8 items, so a list of answers has at most 8 entries (received 9).');
    const text = safeParseResponses(gad7, 'all zeros');
    expect(!text.ok && text.issues[0]?.message).toBe(
      '(the whole input): expected the answers to gad-7 as a list in item order or an object keyed by item id, received text ("all zeros").',
    );
  });

  it('gives zod users calling safeParse directly the same words for the form they used', () => {
    const r = responsesSchema(gad7).safeParse([0, 1, 'two']);
    expect(r.error?.issues[0]?.message).toBe('[2] (item 3, "gad7-3"): expected a whole number from 0 to 3 or null, received text ("two").');
  });
});
