// Every registered instrument, not only the PHQ-9 and GAD-7: its Questionnaire passes the official
// R4 JSON Schema and withholds text where the licence says so; a QuestionnaireResponse to it comes
// back through `fromQuestionnaireResponse` to the same score; its Observation passes the schema.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fromQuestionnaireResponse,
  type InstrumentDefinition,
  instruments,
  type ResponseScale,
  score,
  toObservation,
  toQuestionnaire,
} from '../../../src/index.js';
import { responseTo, schemaErrors, warmSchema } from './_helpers.js';

const registry: readonly InstrumentDefinition[] = instruments;
const rsOf = (def: InstrumentDefinition, id: string) => def.responseScales[def.items.find((i) => i.id === id)?.responseScale ?? 'default'] as ResponseScale;

beforeAll(() => warmSchema());

describe.each(registry.map((d) => [d.id, d] as const))('FHIR for %s', (_id, def) => {
  const q = toQuestionnaire(def) as unknown as { item?: { linkId: string; text?: string; type: string }[]; resourceType: string };

  it('exports a Questionnaire that passes the R4 JSON Schema, with text only where the licence allows', () => {
    expect(schemaErrors(q)).toEqual([]);
    const texts = (q.item ?? []).filter((i) => !i.linkId.startsWith('score-')).map((i) => i.text);
    if (!def.licence.itemTextIncluded) expect(texts.filter((t) => t !== undefined)).toEqual([]);
  });

  it('property: a response to it imports back to the same score', () => {
    const arb = fc.tuple(
      ...def.items.map((it) => {
        const s = rsOf(def, it.id);
        return fc.integer({ min: 0, max: Math.round((s.max - s.min) / (s.step ?? 1)) }).map((k) => s.min + k * (s.step ?? 1));
      }),
    );
    fc.assert(
      fc.property(arb, fc.boolean(), (answers, nest) => {
        const values = Object.fromEntries(def.items.map((it, i) => [it.id, answers[i]]));
        const qr = responseTo(q as never, values, nest);
        const r = fromQuestionnaireResponse(def, qr, { questionnaire: q });
        expect(r.ok).toBe(true);
        if (r.ok) expect(score(def, r.value.responses)).toEqual(score(def, answers));
      }),
      { numRuns: 25 },
    );
  });

  it('exports an Observation that passes the R4 JSON Schema and carries every flag', () => {
    const answers = def.items.map((it) => rsOf(def, it.id).max);
    const result = score(def, answers);
    const obs = toObservation(result, def, { effective: '2026-11-28T10:00:00Z' }) as unknown as { resourceType: string; note?: { text: string }[] };
    expect(schemaErrors(obs)).toEqual([]);
    for (const f of result.flags) expect(JSON.stringify(obs)).toContain(f.id);
  });
});
