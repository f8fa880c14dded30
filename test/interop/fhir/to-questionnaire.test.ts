import fc from 'fast-check';
import type { Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ecrR } from '../../../src/instruments/ecr-r.js';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { SECUREBASE_FHIR_BASE, toQuestionnaire } from '../../../src/interop/fhir/index.js';
import { score } from '../../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';
import { toy, wide } from './_fixtures.js';
import { deepFreeze, evalFhirpath, responseTo, schemaErrors, warmSchema } from './_helpers.js';

beforeAll(warmSchema);

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CALC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
const LOINC = 'http://loinc.org';

const byLink = (q: Questionnaire, linkId: string): QuestionnaireItem => {
  const it = q.item?.find((i) => i.linkId === linkId);
  if (!it) throw new Error(`no item ${linkId}`);
  return it;
};
const options = (it: QuestionnaireItem) =>
  (it.answerOption ?? []).map((o) => ({
    code: o.valueCoding?.code,
    system: o.valueCoding?.system,
    w: o.extension?.find((e) => e.url === ORDINAL)?.valueDecimal,
  }));
const expressionOf = (q: Questionnaire, linkId: string): string => {
  const e = byLink(q, linkId).extension?.find((x) => x.url === CALC)?.valueExpression?.expression;
  if (!e) throw new Error(`no expression on ${linkId}`);
  return e;
};

describe('toQuestionnaire', () => {
  it('returns an R4 Questionnaire type', () => {
    expectTypeOf(toQuestionnaire(phq9)).toEqualTypeOf<Questionnaire>();
    expect(() =>
      // @ts-expect-error a definition is required
      toQuestionnaire(),
    ).toThrow(TypeError);
  });

  it.each([
    ['phq9', phq9],
    ['gad7', gad7],
    ['ecrR', ecrR],
    ['toy', toy],
    ['wide', wide],
  ] as const)('emits a resource the official FHIR R4 JSON Schema accepts (%s)', (_, def) => {
    expect(schemaErrors(toQuestionnaire(def, { date: '2026-11-28', status: 'draft' }))).toEqual([]);
  });

  it('the schema check can fail (a misspelt element is rejected)', () => {
    const q = { ...toQuestionnaire(phq9), statuss: 'active' };
    expect(schemaErrors(q).length).toBeGreaterThan(0);
  });

  it('PHQ-9: canonical, version, LOINC panel, item and answer codes, ordinal scores', () => {
    const q = toQuestionnaire(phq9);
    expect(q.url).toBe(`${SECUREBASE_FHIR_BASE}/Questionnaire/phq-9`);
    expect(q.identifier).toEqual([{ system: `${SECUREBASE_FHIR_BASE}/instrument`, value: 'phq-9' }]);
    expect(q.version).toBe(phq9.version);
    expect(q.name).toBe('PHQ9');
    expect(q.code?.[0]).toMatchObject({ system: LOINC, code: '44249-1' });
    // LOINC item codes in printed order (instruments.md §10).
    const codes = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8', '69722-7'];
    codes.forEach((c, i) => {
      const it = byLink(q, `phq9-${i + 1}`);
      expect(it.code?.[0]).toMatchObject({ system: LOINC, code: c });
      expect(it.prefix).toBe(String(i + 1));
      expect(it.text).toBe(phq9.items[i]?.text);
      expect(it.type).toBe('choice');
    });
    for (let i = 1; i <= 9; i++) {
      expect(options(byLink(q, `phq9-${i}`))).toEqual([
        { code: 'LA6568-5', system: LOINC, w: 0 },
        { code: 'LA6569-3', system: LOINC, w: 1 },
        { code: 'LA6570-1', system: LOINC, w: 2 },
        { code: 'LA6571-9', system: LOINC, w: 3 },
      ]);
    }
    // Item 10: codes not in numeric order (LA6575-0 = Very = 2, LA6574-3 = Extremely = 3).
    expect(options(byLink(q, 'phq9-10'))).toEqual([
      { code: 'LA6572-7', system: LOINC, w: 0 },
      { code: 'LA6573-5', system: LOINC, w: 1 },
      { code: 'LA6575-0', system: LOINC, w: 2 },
      { code: 'LA6574-3', system: LOINC, w: 3 },
    ]);
    const total = byLink(q, 'score-total');
    expect(total).toMatchObject({ type: 'decimal', readOnly: true, code: [{ system: LOINC, code: '44261-6' }] });
    // Item 10 is never part of the total, and gets no calculated copy of its own.
    expect(expressionOf(q, 'score-total')).not.toContain('phq9-10');
    expect(q.item?.some((i) => i.linkId === 'score-functioning')).toBe(false);
    expect(byLink(q, 'instructions')).toMatchObject({ type: 'display', text: phq9.instructions });
  });

  it('GAD-7: item 2 uses its own value-2 code LA18938-3 "More days than not"; the total is 70274-6', () => {
    const q = toQuestionnaire(gad7);
    expect(byLink(q, 'gad7-2').answerOption?.[2]?.valueCoding).toEqual({ system: LOINC, code: 'LA18938-3', display: 'More days than not' });
    for (const id of ['gad7-1', 'gad7-3', 'gad7-7']) expect(byLink(q, id).answerOption?.[2]?.valueCoding?.code).toBe('LA6570-1');
    expect(byLink(q, 'score-total').code?.[0]?.code).toBe('70274-6');
    expect(q.code?.[0]?.code).toBe('69737-5');
  });

  it('ECR-R: item text withheld: no text, no code display, no gloss; number as prefix; says so', () => {
    const q = toQuestionnaire(ecrR);
    const json = JSON.stringify(q);
    for (const it of ecrR.items) {
      const qi = byLink(q, it.id);
      expect(qi.text).toBeUndefined();
      expect(qi.prefix).toBe(String(it.number));
      expect(json).not.toContain(it.gloss);
      expect(options(qi)).toEqual([1, 2, 3, 4, 5, 6, 7].map((v) => ({ code: String(v), system: `${SECUREBASE_FHIR_BASE}/CodeSystem/ecr-r-default`, w: v })));
    }
    expect(q.description).toContain('Item text is not included');
    expect(q.copyright).toBe(ecrR.licence.summary);
    expect(q.item?.some((i) => i.type === 'display')).toBe(false);
    expect(byLink(q, 'score-anxiety').text).toBe('Attachment anxiety');
  });

  it('withheld text also drops the display of item codes; anchors keep their labels', () => {
    const def = { ...toy, items: toy.items.map((i) => ({ ...i, code: { system: LOINC, code: `x-${i.number}`, display: `SECRET ${i.number}` } })) };
    const q = toQuestionnaire(def);
    expect(JSON.stringify(q)).not.toContain('SECRET');
    expect(byLink(q, 't1').code).toEqual([{ system: LOINC, code: 'x-1' }]);
    expect(byLink(q, 't1').answerOption?.map((o) => o.valueCoding?.display)).toEqual(['Never', '2', '3', '4', 'Always']);
  });

  it('large scales become integer/decimal items with min and max; fractional steps get decimal codes', () => {
    const q = toQuestionnaire(wide, { baseUrl: 'https://example.org/fhir' });
    expect(byLink(q, 'w1')).toMatchObject({ type: 'integer', extension: [{ valueInteger: 0 }, { valueInteger: 100 }] });
    expect(byLink(q, 'w1').answerOption).toBeUndefined();
    expect(options(byLink(q, 'w2')).map((o) => o.code)).toEqual(['0', '0.5', '1', '1.5', '2']);
    expect(options(byLink(q, 'w2'))[0]?.system).toBe('https://example.org/fhir/CodeSystem/wide-half');
    expect(q.url).toBe('https://example.org/fhir/Questionnaire/wide');
  });

  it('takes status and date from options, reads no clock, returns a fresh object, and does not mutate a frozen definition', () => {
    const def = deepFreeze(structuredClone(toy) as InstrumentDefinition);
    const a = toQuestionnaire(def);
    const b = toQuestionnaire(def);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.item).not.toBe(b.item);
    expect(a.status).toBe('active');
    expect(a.date).toBeUndefined();
    expect(toQuestionnaire(def, { status: 'retired', date: '2026-11-28' })).toMatchObject({ status: 'retired', date: '2026-11-28' });
  });
});

/** Random answers for a definition: each item a value on its scale, or missing. */
const answersFor = (def: InstrumentDefinition, missingRate: number) =>
  fc.tuple(
    ...def.items.map((it) => {
      const s = def.responseScales[it.responseScale ?? 'default'] as { min: number; max: number; step?: number };
      const step = s.step ?? 1;
      const n = Math.round((s.max - s.min) / step);
      return fc.oneof(
        { weight: Math.round(100 * (1 - missingRate)), arbitrary: fc.integer({ min: 0, max: n }).map((k) => s.min + k * step) },
        { weight: Math.round(100 * missingRate), arbitrary: fc.constant(null) },
      );
    }),
  );

describe('calculatedExpression, evaluated by fhirpath.js, matches score()', () => {
  const cases: [string, InstrumentDefinition, number][] = [
    ['phq9', phq9, 0.05],
    ['gad7', gad7, 0.05],
    ['ecrR', ecrR, 0.02],
    ['toy (mean, reversal, prorating, quoted linkId)', toy, 0.2],
    ['wide (integer item, reversed)', wide, 0.2],
  ];
  it.each(cases)('%s', (_, def, missingRate) => {
    const q = toQuestionnaire(def);
    fc.assert(
      fc.property(answersFor(def, missingRate), (vals) => {
        const record = Object.fromEntries(def.items.map((it, i) => [it.id, vals[i]]));
        const qr = responseTo(q as never, record);
        const result = score(def, record as never);
        for (const s of def.scales) {
          const linkId = `score-${s.id}`;
          if (!q.item?.some((i) => i.linkId === linkId)) continue;
          const got = evalFhirpath(expressionOf(q, linkId), qr, q);
          const want = result.scales[s.id]?.value ?? null;
          if (want === null) expect(got).toEqual([]);
          else {
            expect(got).toHaveLength(1);
            expect(got[0] as number).toBeCloseTo(want, 9);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
