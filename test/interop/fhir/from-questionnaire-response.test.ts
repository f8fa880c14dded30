import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ecrR } from '../../../src/instruments/ecr-r.js';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { type FhirImport, type FhirIssue, fromQuestionnaireResponse, toQuestionnaire } from '../../../src/interop/fhir/index.js';
import type { SafeResult } from '../../../src/model/issue.js';
import { score } from '../../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';
import { toy, wide } from './_fixtures.js';
import { deepFreeze, responseTo } from './_helpers.js';

const LOINC = 'http://loinc.org';
const PHQ_ITEMS = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const FREQ = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];
const coding = (code: string, system = LOINC) => ({ valueCoding: { system, code } });
const codeOnly = (code: string) => ({ valueCoding: { code } });
const qr = (item: unknown[], extra: Record<string, unknown> = {}) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra });
/** A flat PHQ-9 response keyed by LOINC linkIds (as the HL7 PHR IG does). */
const phqByLoinc = (values: readonly number[], linkId = (c: string) => c) =>
  qr(values.map((v, i) => ({ linkId: linkId(PHQ_ITEMS[i] as string), answer: [coding(FREQ[v] as string)] })));

function ok<T>(r: SafeResult<T, FhirIssue>): T {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}
function issues<T>(r: SafeResult<T, FhirIssue>): readonly FhirIssue[] {
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

describe('fromQuestionnaireResponse: linking and answer codes', () => {
  it('has a typed record of item ids', () => {
    const r = fromQuestionnaireResponse(phq9, phqByLoinc([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expectTypeOf(r).toEqualTypeOf<SafeResult<FhirImport<typeof phq9>, FhirIssue>>();
    if (r.ok) {
      expectTypeOf(r.value.responses['phq9-1']).toEqualTypeOf<number | null | undefined>();
      // @ts-expect-error not an item of PHQ-9
      r.value.responses['phq9-11'];
    }
  });

  it('maps linkIds equal to the LOINC item code, "/code" and "…/code" without a Questionnaire', () => {
    const values = [1, 1, 2, 1, 0, 1, 1, 0, 1];
    for (const link of [(c: string) => c, (c: string) => `/${c}`, (c: string) => `/44249-1/${c}`]) {
      const v = ok(fromQuestionnaireResponse(phq9, phqByLoinc(values, link)));
      expect(v.responses).toEqual(Object.fromEntries(values.map((x, i) => [`phq9-${i + 1}`, x])));
      expect(v.warnings).toEqual([]);
      const s = score(phq9, v.responses);
      expect(s.scales.total.value).toBe(8);
      expect(s.flags.map((f) => f.id)).toEqual(['phq9-item9']);
    }
  });

  it('maps linkIds equal to item ids, and reads nested groups and items nested under answers', () => {
    const r = qr([
      {
        linkId: 'g',
        item: [
          { linkId: 'phq9-1', answer: [{ ...coding('LA6571-9'), item: [{ linkId: 'phq9-2', answer: [coding('LA6570-1')] }] }] },
          { linkId: 'sub', item: [{ linkId: 'phq9-3', answer: [coding('LA6569-3')] }] },
        ],
      },
    ]);
    expect(ok(fromQuestionnaireResponse(phq9, r)).responses).toEqual({ 'phq9-1': 3, 'phq9-2': 2, 'phq9-3': 1 });
  });

  it('PHQ-9 item 10 codes are read by code, not order: LA6575-0 = 2, LA6574-3 = 3', () => {
    for (const [code, v] of [
      ['LA6572-7', 0],
      ['LA6573-5', 1],
      ['LA6575-0', 2],
      ['LA6574-3', 3],
    ] as const) {
      expect(ok(fromQuestionnaireResponse(phq9, qr([{ linkId: '/69722-7', answer: [coding(code)] }]))).responses).toEqual({ 'phq9-10': v });
    }
    // A frequency code is not an answer to item 10.
    const bad = issues(fromQuestionnaireResponse(phq9, qr([{ linkId: '/69722-7', answer: [coding('LA6571-9')] }])));
    expect(bad).toMatchObject([{ code: 'unanswerable', linkId: '/69722-7', item: 'phq9-10' }]);
  });

  it('GAD-7 item 2: LA18938-3 is 2; the common LA6570-1 is also read as 2, with a warning', () => {
    const a = ok(fromQuestionnaireResponse(gad7, qr([{ linkId: '68509-9', answer: [coding('LA18938-3')] }])));
    expect(a.responses).toEqual({ 'gad7-2': 2 });
    expect(a.warnings).toEqual([]);
    const b = ok(fromQuestionnaireResponse(gad7, qr([{ linkId: '68509-9', answer: [coding('LA6570-1')] }])));
    expect(b.responses).toEqual({ 'gad7-2': 2 });
    expect(b.warnings.map((w) => w.code)).toEqual(['answer_code_variant']);
    // LA18938-3 is only item 2's code: on item 1 it has no score.
    expect(issues(fromQuestionnaireResponse(gad7, qr([{ linkId: '69725-0', answer: [coding('LA18938-3')] }])))[0]?.code).toBe('unanswerable');
  });

  it('a coding without a system is matched by code alone, with a warning', () => {
    const v = ok(fromQuestionnaireResponse(phq9, qr([{ linkId: '44250-9', answer: [codeOnly('LA6570-1')] }])));
    expect(v.responses).toEqual({ 'phq9-1': 2 });
    expect(v.warnings.map((w) => w.code)).toEqual(['no_system']);
  });

  it('a LOINC answer code under another system is not trusted', () => {
    expect(issues(fromQuestionnaireResponse(phq9, qr([{ linkId: '44250-9', answer: [coding('LA6570-1', 'http://example.org')] }])))[0]?.code).toBe(
      'unanswerable',
    );
  });

  it('a data-absent-reason answer is read as missing, with a warning (HL7 PHR "asked-declined")', () => {
    const v = ok(
      fromQuestionnaireResponse(
        phq9,
        qr([{ linkId: '44260-8', answer: [coding('asked-declined', 'http://terminology.hl7.org/CodeSystem/data-absent-reason')] }]),
      ),
    );
    expect(v.responses).toEqual({ 'phq9-9': null });
    expect(v.warnings).toMatchObject([{ code: 'declined', linkId: '44260-8', item: 'phq9-9' }]);
  });

  it('valueInteger and valueDecimal answers are used directly; off-scale ones are issues naming the linkId', () => {
    expect(ok(fromQuestionnaireResponse(phq9, qr([{ linkId: 'phq9-1', answer: [{ valueInteger: 3 }] }]))).responses).toEqual({ 'phq9-1': 3 });
    expect(ok(fromQuestionnaireResponse(wide, qr([{ linkId: 'w2', answer: [{ valueDecimal: 1.5 }] }]))).responses).toEqual({ w2: 1.5 });
    const bad = issues(fromQuestionnaireResponse(phq9, qr([{ linkId: 'phq9-1', answer: [{ valueInteger: 7 }] }])));
    expect(bad).toMatchObject([{ code: 'invalid_answer', linkId: 'phq9-1', item: 'phq9-1', path: ['item', 0, 'answer', 0, 'valueInteger'] }]);
    expect(bad[0]?.message).toContain('from 0 to 3');
    expect(issues(fromQuestionnaireResponse(wide, qr([{ linkId: 'w2', answer: [{ valueDecimal: 0.7 }] }])))[0]?.code).toBe('invalid_answer');
  });

  it('explicit linkIds map items and stored totals', () => {
    const map = Object.fromEntries([...PHQ_ITEMS.map((_, i) => [`Q${i + 1}`, `phq9-${i + 1}`]), ['TS', 'total']]);
    const items = [
      ...[0, 0, 0, 1, 2, 1, 3, 2, 1].map((v, i) => ({ linkId: `Q${i + 1}`, answer: [coding(FREQ[v] as string)] })),
      { linkId: 'TS', answer: [{ valueInteger: 10 }] },
    ];
    const v = ok(fromQuestionnaireResponse(phq9, qr(items), { linkIds: map }));
    expect(score(phq9, v.responses).scales.total.value).toBe(10);
    expect(v.reported).toEqual({ total: 10 });
    expect(v.warnings).toEqual([]);
    expect(() => fromQuestionnaireResponse(phq9, qr([]), { linkIds: { a: 'nope' } })).toThrow(RangeError);
  });
});

describe('fromQuestionnaireResponse: stored totals', () => {
  it('recomputes the total and warns when the stored one differs (13 stored, answers sum to 10)', () => {
    const r = phqByLoinc([0, 0, 0, 1, 2, 1, 3, 2, 1]);
    (r.item as unknown[]).push({ linkId: '/44261-6', answer: [{ valueQuantity: { value: 13, system: 'http://unitsofmeasure.org', code: '1' } }] });
    const v = ok(fromQuestionnaireResponse(phq9, r));
    expect(v.reported).toEqual({ total: 13 });
    expect(v.warnings).toMatchObject([{ code: 'total_mismatch', linkId: '/44261-6', item: 'total' }]);
    expect(v.warnings[0]?.message).toContain('13');
    expect(v.warnings[0]?.message).toContain('10');
    expect(score(phq9, v.responses).scales.total.value).toBe(10);
  });

  it('says when a stored total cannot be checked because answers are missing', () => {
    const r = phqByLoinc([3, 3, 3, 3, 3]);
    (r.item as unknown[]).push({ linkId: '44261-6', answer: [{ valueDecimal: 15 }] });
    const v = ok(fromQuestionnaireResponse(phq9, r));
    expect(v.warnings).toMatchObject([{ code: 'total_not_computed', item: 'total' }]);
    expect(v.warnings[0]?.message).toContain('4 of 9 items are unanswered');
  });

  it('a matching stored total gives no warning; an unreadable one does', () => {
    const r = phqByLoinc([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    (r.item as unknown[]).push({ linkId: '44261-6', answer: [{ valueInteger: 9 }] });
    expect(ok(fromQuestionnaireResponse(phq9, r)).warnings).toEqual([]);
    (r.item as unknown[]).pop();
    (r.item as unknown[]).push({ linkId: '44261-6', answer: [{ valueString: 'nine' }] });
    expect(ok(fromQuestionnaireResponse(phq9, r)).warnings.map((w) => w.code)).toEqual(['total_unreadable']);
  });
});

describe('fromQuestionnaireResponse: with a Questionnaire', () => {
  const ordinal = (w: number) => [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: w }];

  it('reads scores from answerOption ordinalValue, and items by the Questionnaire item code', () => {
    const q = {
      resourceType: 'Questionnaire',
      item: [
        {
          linkId: 'a',
          code: [{ system: LOINC, code: '69725-0' }],
          answerOption: [{ valueCoding: { system: 'http://x', code: 'yes' }, extension: ordinal(3) }],
        },
      ],
    };
    const v = ok(fromQuestionnaireResponse(gad7, qr([{ linkId: 'a', answer: [coding('yes', 'http://x')] }]), { questionnaire: q }));
    expect(v.responses).toEqual({ 'gad7-1': 3 });
  });

  it('stops with weight_conflict when the Questionnaire and the definition disagree', () => {
    const q = {
      resourceType: 'Questionnaire',
      item: [{ linkId: '44250-9', answerOption: [{ valueCoding: { system: LOINC, code: 'LA6570-1' }, extension: ordinal(3) }] }],
    };
    const bad = issues(fromQuestionnaireResponse(phq9, qr([{ linkId: '44250-9', answer: [coding('LA6570-1')] }]), { questionnaire: q }));
    expect(bad).toMatchObject([{ code: 'weight_conflict', linkId: '44250-9', item: 'phq9-1' }]);
    expect(bad[0]?.message).toMatch(/3 from the Questionnaire answerOption; 2 from the definition/);
  });

  it('reads a CodeSystem itemWeight property given in options.terminology, and an R5 itemWeight extension', () => {
    const cs = {
      resourceType: 'CodeSystem',
      url: 'http://x/cs',
      property: [{ code: 'w', uri: 'http://hl7.org/fhir/concept-properties#itemWeight', type: 'decimal' }],
      concept: [{ code: 'often', property: [{ code: 'w', valueDecimal: 2 }] }],
    };
    expect(ok(fromQuestionnaireResponse(gad7, qr([{ linkId: 'gad7-1', answer: [coding('often', 'http://x/cs')] }]), { terminology: [cs] })).responses).toEqual({
      'gad7-1': 2,
    });
    const q = {
      resourceType: 'Questionnaire',
      item: [
        {
          linkId: 'gad7-1',
          answerOption: [{ valueString: 'sometimes', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 1 }] }],
        },
      ],
    };
    expect(ok(fromQuestionnaireResponse(gad7, qr([{ linkId: 'gad7-1', answer: [{ valueString: 'sometimes' }] }]), { questionnaire: q })).responses).toEqual({
      'gad7-1': 1,
    });
  });

  it('reads an R5 expansion property given through the R4 backport extension', () => {
    const vs = {
      resourceType: 'ValueSet',
      url: 'http://x/vs',
      status: 'active',
      expansion: {
        contains: [
          {
            system: 'http://x/cs',
            code: 'often',
            extension: [
              {
                url: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property',
                extension: [
                  { url: 'code', valueCode: 'itemWeight' },
                  { url: 'value', valueDecimal: 2 },
                ],
              },
            ],
          },
        ],
      },
    };
    const q = { resourceType: 'Questionnaire', item: [{ linkId: 'gad7-1', answerValueSet: 'http://x/vs|1.0' }] };
    const r = qr([{ linkId: 'gad7-1', answer: [coding('often', 'http://x/cs')] }]);
    expect(ok(fromQuestionnaireResponse(gad7, r, { questionnaire: q, terminology: [vs] })).responses).toEqual({ 'gad7-1': 2 });
  });

  it('reads the calculated totals of our own Questionnaire (score-<scale id>) as stored totals', () => {
    const q = toQuestionnaire(ecrR);
    const r = responseTo(q as never, Object.fromEntries(ecrR.items.map((i) => [i.id, 4])));
    (r.item as unknown[]).push({ linkId: 'score-anxiety', answer: [{ valueDecimal: 4 }] }, { linkId: 'score-avoidance', answer: [{ valueDecimal: 3.5 }] });
    const v = ok(fromQuestionnaireResponse(ecrR, r, { questionnaire: q }));
    expect(v.reported).toEqual({ anxiety: 4, avoidance: 3.5 });
    expect(v.warnings).toMatchObject([{ code: 'total_mismatch', linkId: 'score-avoidance', item: 'avoidance' }]);
  });

  it('uses a Questionnaire contained in the response when it names it with "#id"', () => {
    const contained = { resourceType: 'Questionnaire', id: 'q', item: [{ linkId: 'x', code: [{ system: LOINC, code: '69725-0' }] }] };
    const v = ok(fromQuestionnaireResponse(gad7, qr([{ linkId: 'x', answer: [coding('LA6571-9')] }], { questionnaire: '#q', contained: [contained] })));
    expect(v.responses).toEqual({ 'gad7-1': 3 });
  });

  it('warns when the response names another Questionnaire', () => {
    const q = { resourceType: 'Questionnaire', url: 'http://a/Questionnaire/1', item: [] };
    const v = ok(fromQuestionnaireResponse(phq9, qr([], { questionnaire: 'http://b/Questionnaire/2' }), { questionnaire: q }));
    expect(v.warnings.map((w) => w.code)).toEqual(['questionnaire_mismatch']);
    expect(issues(fromQuestionnaireResponse(phq9, qr([]), { questionnaire: { resourceType: 'Patient' } }))[0]?.code).toBe('invalid_questionnaire');
  });

  it('round-trips every answer through our own Questionnaire, with or without it', () => {
    for (const def of [phq9, gad7, ecrR, toy, wide] as readonly InstrumentDefinition[]) {
      const q = toQuestionnaire(def);
      fc.assert(
        fc.property(
          fc.tuple(
            ...def.items.map((it) => {
              const s = def.responseScales[it.responseScale ?? 'default'] as { min: number; max: number; step?: number };
              return fc.option(fc.integer({ min: 0, max: Math.round((s.max - s.min) / (s.step ?? 1)) }).map((k) => s.min + k * (s.step ?? 1)));
            }),
          ),
          fc.boolean(),
          (vals, withQ) => {
            const record = Object.fromEntries(def.items.map((it, i) => [it.id, vals[i]]));
            const r = fromQuestionnaireResponse(def, responseTo(q as never, record), withQ ? { questionnaire: q } : {});
            const v = ok(r);
            expect(v.responses).toEqual(Object.fromEntries(Object.entries(record).filter(([, x]) => x !== null)));
            expect(v.warnings).toEqual([]);
          },
        ),
        { numRuns: 30 },
      );
    }
  });
});

describe('fromQuestionnaireResponse: bad input gives issues, never a crash', () => {
  it.each([
    ['not an object', 42, 'invalid_resource'],
    ['null', null, 'invalid_resource'],
    ['another resource', { resourceType: 'Patient' }, 'invalid_resource'],
    ['item not an array', { resourceType: 'QuestionnaireResponse', item: {} }, 'invalid_resource'],
    ['item without linkId', qr([{ answer: [{ valueInteger: 1 }] }]), 'invalid_resource'],
    ['answer not an array', qr([{ linkId: 'phq9-1', answer: 1 }]), 'invalid_resource'],
    ['answer without value', qr([{ linkId: 'phq9-1', answer: [{}] }]), 'unanswerable'],
    ['two value[x]', qr([{ linkId: 'phq9-1', answer: [{ valueInteger: 1, valueDecimal: 1 }] }]), 'unanswerable'],
    ['valueBoolean', qr([{ linkId: 'phq9-1', answer: [{ valueBoolean: true }] }]), 'unanswerable'],
    ['valueInteger as a string', qr([{ linkId: 'phq9-1', answer: [{ valueInteger: '2' }] }]), 'invalid_answer'],
    ['coding without code', qr([{ linkId: 'phq9-1', answer: [{ valueCoding: { system: LOINC } }] }]), 'unanswerable'],
    ['two answers', qr([{ linkId: 'phq9-1', answer: [{ valueInteger: 1 }, { valueInteger: 2 }] }]), 'multiple_answers'],
    [
      'the same item twice',
      qr([
        { linkId: 'phq9-1', answer: [{ valueInteger: 1 }] },
        { linkId: '44250-9', answer: [{ valueInteger: 1 }] },
      ]),
      'duplicate_item',
    ],
    ['unknown linkId', qr([{ linkId: 'mystery', answer: [{ valueInteger: 1 }] }]), 'unknown_link_id'],
    ['entered in error', { ...qr([]), status: 'entered-in-error' }, 'invalid_status'],
  ])('%s', (_, input, code) => {
    const r = fromQuestionnaireResponse(phq9, input);
    expect(issues(r)[0]?.code).toBe(code);
    for (const i of issues(r)) expect(i.message.length).toBeLessThan(400);
  });

  it('unknown linkIds can be downgraded to warnings; groups and unanswered items are never unknown', () => {
    const r = qr([
      { linkId: 'mystery', answer: [{ valueInteger: 1 }] },
      { linkId: 'group', item: [{ linkId: 'unanswered' }] },
      { linkId: 'phq9-1', answer: [{ valueInteger: 2 }] },
    ]);
    const v = ok(fromQuestionnaireResponse(phq9, r, { unknownLinkIds: 'warning' }));
    expect(v.responses).toEqual({ 'phq9-1': 2 });
    expect(v.warnings).toMatchObject([{ code: 'ignored_item', linkId: 'mystery' }]);
  });

  it('an in-progress response is read, with a warning', () => {
    expect(ok(fromQuestionnaireResponse(phq9, { ...qr([]), status: 'in-progress' })).warnings.map((w) => w.code)).toEqual(['not_completed']);
  });

  it('shows only short previews of long input', () => {
    const long = 'x'.repeat(10_000);
    const r = issues(fromQuestionnaireResponse(phq9, qr([{ linkId: long, answer: [{ valueString: long }] }])));
    expect(r[0]?.linkId?.length).toBeLessThanOrEqual(65);
    expect(r[0]?.message.length).toBeLessThan(400);
    const c = issues(fromQuestionnaireResponse(phq9, qr([{ linkId: 'phq9-1', answer: [{ valueCoding: { system: long, code: long } }] }])));
    expect(c[0]?.message.length).toBeLessThan(400);
    expect(c[0]?.received?.length).toBeLessThan(40);
  });

  it('stops at absurd nesting and size', () => {
    let deep: unknown = [{ linkId: 'phq9-1', answer: [{ valueInteger: 1 }] }];
    for (let i = 0; i < 200; i++) deep = [{ linkId: `g${i}`, item: deep }];
    expect(issues(fromQuestionnaireResponse(phq9, qr(deep as unknown[])))[0]?.code).toBe('too_large');
    const many = Array.from({ length: 20_000 }, (_, i) => ({ linkId: `g${i}` }));
    expect(issues(fromQuestionnaireResponse(phq9, qr(many)))[0]?.code).toBe('too_large');
  });

  it('reads a deep-frozen response and Questionnaire without mutating them', () => {
    const q = deepFreeze(toQuestionnaire(phq9));
    const r = deepFreeze(responseTo(q as never, { 'phq9-1': 2 }));
    expect(ok(fromQuestionnaireResponse(phq9, r, { questionnaire: q })).responses).toEqual({ 'phq9-1': 2 });
  });

  const pollutionFree = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  };
  const check = (r: SafeResult<FhirImport, FhirIssue>) => {
    if (!r.ok) {
      expect(r.issues.length).toBeGreaterThan(0);
      for (const i of r.issues) {
        expect(i.message).not.toContain('could not be read');
        expect(i.message.length).toBeLessThan(600);
      }
    }
    pollutionFree();
  };

  it('fuzz: arbitrary JSON (with __proto__ keys) as the response or the Questionnaire never throws and pollutes nothing', () => {
    const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    const proto = fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown);
    fc.assert(
      fc.property(fc.oneof(json, proto, fc.anything()), fc.oneof(fc.constant(undefined), json, proto), (response, questionnaire) => {
        check(fromQuestionnaireResponse(phq9, response, { questionnaire }));
      }),
      { numRuns: 300 },
    );
  });

  it('fuzz: response-shaped input with hostile keys and values never throws and pollutes nothing', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'phq9-1', '44250-9', '/44261-6', 'H1/TS', '');
    const value = fc.oneof(
      fc.jsonValue(),
      key,
      fc.record({
        system: fc.constantFrom(LOINC, 'http://terminology.hl7.org/CodeSystem/data-absent-reason', '__proto__'),
        code: fc.oneof(fc.constantFrom(...FREQ), key),
      }),
    );
    const answer = fc.dictionary(
      fc.oneof(fc.constantFrom('valueCoding', 'valueInteger', 'valueDecimal', 'valueString', 'valueQuantity', 'item', 'extension'), key),
      value,
      {
        maxKeys: 3,
      },
    );
    const item = fc.letrec<{ item: unknown }>((tie) => ({
      item: fc.record(
        { linkId: fc.oneof(key, fc.string()), answer: fc.array(answer, { maxLength: 2 }), item: fc.array(tie('item'), { maxLength: 3 }) },
        { requiredKeys: ['linkId'] },
      ),
    })).item;
    const response = fc
      .record({
        resourceType: fc.constant('QuestionnaireResponse'),
        status: fc.constantFrom('completed', 'in-progress', 'entered-in-error'),
        item: fc.array(item, { maxLength: 6 }),
      })
      .map((r) => JSON.parse(JSON.stringify(r).replaceAll('"linkId":"__proto__"', '"__proto__":{"polluted":1},"linkId":"__proto__"')) as unknown);
    fc.assert(
      fc.property(response, fc.constantFrom(undefined, toQuestionnaire(phq9)), (r, questionnaire) => {
        check(fromQuestionnaireResponse(phq9, r, { questionnaire }));
      }),
      { numRuns: 300 },
    );
  });
});
