// fromQuestionnaireResponse indexes each Questionnaire, `terminology` array and definition once
// (WeakMaps keyed by object identity). These tests prove that an index never crosses over: each
// Questionnaire object, each terminology array, each definition and each response's own contained
// resources are read for themselves, and a second call returns exactly what the first did.
import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { type FhirIssue, fromQuestionnaireResponse } from '../../../src/interop/fhir/index.js';
import type { SafeResult } from '../../../src/model/issue.js';
import { deepFreeze } from './_helpers.js';

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const SYSTEM = 'urn:example:answers';
const coding = (code: string, system = SYSTEM) => ({ valueCoding: { system, code } });
const qr = (item: unknown[], extra: Record<string, unknown> = {}) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item, ...extra });

/** A one-item Questionnaire: linkId `q1` carries LOINC `itemCode`; answer `a` weighs `weight`. */
const questionnaire = (weight: number, itemCode = '44250-9') => ({
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    {
      linkId: 'q1',
      type: 'choice',
      code: [{ system: 'http://loinc.org', code: itemCode }],
      answerOption: [{ valueCoding: { system: SYSTEM, code: 'a' }, extension: [{ url: ORDINAL, valueDecimal: weight }] }],
    },
  ],
});

/** A CodeSystem that gives code `x` of `urn:example:cs` the weight `weight` (R5 itemWeight property). */
const codeSystem = (weight: number) => ({
  resourceType: 'CodeSystem',
  id: 'cs',
  url: 'urn:example:cs',
  status: 'active',
  content: 'complete',
  concept: [{ code: 'x', property: [{ code: 'itemWeight', valueDecimal: weight }] }],
});

function ok<T>(r: SafeResult<T, FhirIssue>): T {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

describe('fromQuestionnaireResponse: cached indexes never cross over', () => {
  it('gives each Questionnaire object its own index, however often they alternate', () => {
    const response = qr([{ linkId: 'q1', answer: [coding('a')] }]);
    const one = questionnaire(1);
    const three = questionnaire(3);
    const otherItem = questionnaire(2, '44255-8');
    for (let round = 0; round < 2; round++) {
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: one })).responses).toEqual({ 'phq9-1': 1 });
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: three })).responses).toEqual({ 'phq9-1': 3 });
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: otherItem })).responses).toEqual({ 'phq9-2': 2 });
    }
  });

  it('reads a copy of a Questionnaire for itself (callers change a Questionnaire by passing a new object)', () => {
    const response = qr([{ linkId: 'q1', answer: [coding('a')] }]);
    const q = questionnaire(1);
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q })).responses).toEqual({ 'phq9-1': 1 });
    const edited = structuredClone(q);
    edited.item[0]?.answerOption[0]?.extension.splice(0, 1, { url: ORDINAL, valueDecimal: 2 });
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: edited })).responses).toEqual({ 'phq9-1': 2 });
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q })).responses).toEqual({ 'phq9-1': 1 });
  });

  it('gives each terminology array its own index, and none without one', () => {
    const response = qr([{ linkId: 'q1', answer: [coding('x', 'urn:example:cs')] }]);
    const q = questionnaire(1);
    const t1 = [codeSystem(1)];
    const t2 = [codeSystem(2)];
    for (let round = 0; round < 2; round++) {
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q, terminology: t1 })).responses).toEqual({ 'phq9-1': 1 });
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q, terminology: t2 })).responses).toEqual({ 'phq9-1': 2 });
      expect(ok(fromQuestionnaireResponse(phq9, response, { terminology: t2, linkIds: { q1: 'phq9-1' } })).responses).toEqual({ 'phq9-1': 2 });
      const none = fromQuestionnaireResponse(phq9, response, { questionnaire: q });
      expect(none.ok ? [] : none.issues.map((i) => i.code)).toEqual(['unanswerable']);
    }
  });

  it("reads the response's own contained resources on every call, beside the cached Questionnaire's", () => {
    const q = questionnaire(1);
    const answer = [{ linkId: 'q1', answer: [coding('x', 'urn:example:cs')] }];
    const withOwn = qr(answer, { contained: [codeSystem(3)] });
    const without = qr(answer);
    for (let round = 0; round < 2; round++) {
      expect(ok(fromQuestionnaireResponse(phq9, withOwn, { questionnaire: q })).responses).toEqual({ 'phq9-1': 3 });
      const r = fromQuestionnaireResponse(phq9, without, { questionnaire: q });
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['unanswerable']);
    }
  });

  it('resolves the same Questionnaire item for each definition separately', () => {
    const q = questionnaire(1);
    const response = qr([{ linkId: 'q1', answer: [coding('a')] }]);
    for (let round = 0; round < 2; round++) {
      expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q })).responses).toEqual({ 'phq9-1': 1 });
      const r = fromQuestionnaireResponse(gad7, response, { questionnaire: q });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.linkId])).toEqual([['unknown_link_id', 'q1']]);
    }
  });

  it('lets options.linkIds override a cached resolution on each call', () => {
    const q = questionnaire(1);
    const response = qr([{ linkId: 'q1', answer: [coding('a')] }]);
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q })).responses).toEqual({ 'phq9-1': 1 });
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q, linkIds: { q1: 'phq9-5' } })).responses).toEqual({ 'phq9-5': 1 });
    expect(ok(fromQuestionnaireResponse(phq9, response, { questionnaire: q })).responses).toEqual({ 'phq9-1': 1 });
  });
});

describe('fromQuestionnaireResponse: a second call returns exactly what the first did', () => {
  // Deep-frozen: the caches must not write to the caller's resources either.
  const q = deepFreeze({
    resourceType: 'Questionnaire',
    status: 'active',
    item: [
      {
        linkId: 'g',
        type: 'group',
        item: [
          {
            linkId: 'q1',
            type: 'choice',
            code: [{ system: 'http://loinc.org', code: '44250-9' }],
            answerOption: [{ valueCoding: { system: SYSTEM, code: 'a' }, extension: [{ url: ORDINAL, valueInteger: 1 }] }],
          },
          {
            linkId: 'q2',
            type: 'choice',
            code: [{ system: 'http://loinc.org', code: '44255-8' }],
            answerOption: [{ valueCoding: { system: SYSTEM, code: 'a' }, extension: [{ url: ORDINAL, valueInteger: 7 }] }],
          },
        ],
      },
    ],
  });
  const terminology = deepFreeze([codeSystem(2)]);

  it('pins the issues of a nested response, paths included, on every call', () => {
    // q2's option weighs 7: off PHQ-9 item 2's 0–3 scale, found only when scoring.
    const response = deepFreeze(
      qr([
        {
          linkId: 'g',
          item: [
            { linkId: 'q1', answer: [coding('a')] },
            { linkId: 'q2', answer: [coding('a')] },
          ],
        },
      ]),
    );
    const first = fromQuestionnaireResponse(phq9, response, { questionnaire: q, terminology });
    const second = fromQuestionnaireResponse(phq9, response, { questionnaire: q, terminology });
    expect(second).toEqual(first);
    expect(first.ok ? [] : first.issues).toEqual([
      {
        code: 'invalid_answer',
        linkId: 'q2',
        item: 'phq9-2',
        path: ['item', 0, 'item', 1, 'answer', 0, 'valueCoding'],
        message: 'Item "q2" (phq9-2): the score 7 (from the Questionnaire answerOption) is not valid: expected a whole number from 0 to 3.',
        received: '7',
      },
    ]);
  });

  it('pins a weight conflict and a no-code issue under an answer, on every call', () => {
    const response = deepFreeze(
      qr([
        {
          linkId: 'q1',
          answer: [{ ...coding('x', 'urn:example:cs'), item: [{ linkId: 'q2', answer: [{ valueCoding: { system: SYSTEM } }] }] }],
        },
      ]),
    );
    // The terminology's CodeSystem (2) and the response's own extension (0) disagree.
    const withExtension = deepFreeze(qr([{ linkId: 'q1', answer: [{ ...coding('x', 'urn:example:cs'), extension: [{ url: ORDINAL, valueInteger: 0 }] }] }]));
    for (let round = 0; round < 2; round++) {
      const r = fromQuestionnaireResponse(phq9, response, { questionnaire: q, terminology });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['unanswerable', ['item', 0, 'answer', 0, 'item', 0, 'answer', 0, 'valueCoding']]]);
      const c = fromQuestionnaireResponse(phq9, withExtension, { questionnaire: q, terminology });
      expect(c.ok ? [] : c.issues.map((i) => [i.code, i.path, i.message])).toEqual([
        [
          'weight_conflict',
          ['item', 0, 'answer', 0, 'valueCoding'],
          'Item "q1" (phq9-1): the sources disagree on this answer\'s score (0 from the response itself; 2 from CodeSystem "urn:example:cs" given in options.terminology); not scored.',
        ],
      ]);
    }
  });
});
