// Reproductions of the FHIR defects of issue 13: a warm call (after earlier calls with the same
// objects) must give exactly what a cold call on a fresh copy gives, and arguments of the wrong kind
// give a clear error that names the argument.
import { describe, expect, it } from 'vitest';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { FhirOptionsError, fromQuestionnaireResponse } from '../../../src/interop/fhir/index.js';
import { toQuestionnaire } from '../../../src/interop/fhir/to-questionnaire.js';
import { score } from '../../../src/scoring/score.js';

const qr = (item: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item });
const int = (linkId: string, v: number) => ({ linkId, answer: [{ valueInteger: v }] });

/** Items 2–8 by id, plus A and B (a form whose linkIds say nothing): A holds item 9's 3, B item 1's 0. */
const response = () => qr([int('A', 3), int('B', 0), ...[2, 3, 4, 5, 6, 7, 8].map((n) => int(`phq9-${n}`, 1))]);

describe('issue 13: a linkIds object corrected in place between calls', () => {
  it('maps A to item 9 after `linkIds.A = "phq9-9"`, and the urgent flag is raised', () => {
    const linkIds: Record<string, string> = { A: 'phq9-1', B: 'phq9-9' };
    for (let k = 0; k < 3; k++) fromQuestionnaireResponse(phq9, response(), { linkIds }); // warm
    linkIds.A = 'phq9-9';
    linkIds.B = 'phq9-1';
    const warm = fromQuestionnaireResponse(phq9, response(), { linkIds });
    if (!warm.ok) throw new Error(warm.issues[0]?.message);
    expect(warm.value.responses).toMatchObject({ 'phq9-9': 3, 'phq9-1': 0 });
    expect(score(phq9, warm.value.responses).flags.map((f) => f.level)).toContain('urgent');
    expect(warm).toEqual(fromQuestionnaireResponse(phq9, structuredClone(response()), { linkIds: structuredClone(linkIds) }));
  });

  it('gives a brand-new object with the corrected mapping the corrected answer', () => {
    const linkIds: Record<string, string> = { A: 'phq9-1', B: 'phq9-9' };
    for (let k = 0; k < 3; k++) fromQuestionnaireResponse(phq9, response(), { linkIds });
    linkIds.A = 'phq9-9';
    linkIds.B = 'phq9-1';
    for (let k = 0; k < 2; k++) fromQuestionnaireResponse(phq9, response(), { linkIds });
    const fresh = fromQuestionnaireResponse(phq9, response(), { linkIds: { A: 'phq9-9', B: 'phq9-1' } });
    expect(fresh.ok && fresh.value.responses).toMatchObject({ 'phq9-9': 3, 'phq9-1': 0 });
  });

  it('refuses, warm as cold, a mapping to an item that does not exist', () => {
    const linkIds: Record<string, string> = { A: 'phq9-1', B: 'phq9-9' };
    for (let k = 0; k < 3; k++) fromQuestionnaireResponse(phq9, response(), { linkIds });
    linkIds.A = 'phq9-99';
    expect(() => fromQuestionnaireResponse(phq9, response(), { linkIds })).toThrow(FhirOptionsError);
    expect(() => fromQuestionnaireResponse(phq9, response(), { linkIds })).toThrow(/options\.linkIds\.A/);
  });
});

describe('issue 13: a Questionnaire whose answer weight is edited between calls', () => {
  it('gives weight_conflict warm, as it does cold', () => {
    const questionnaire = toQuestionnaire(phq9);
    const item1 = questionnaire.item?.find((i) => i.linkId === 'phq9-1');
    const coding = item1?.answerOption?.[1]?.valueCoding; // "Several days", weight 1
    const r = qr([{ linkId: 'phq9-1', answer: [{ valueCoding: { ...coding } }] }]);
    for (let k = 0; k < 3; k++) expect(fromQuestionnaireResponse(phq9, r, { questionnaire }).ok).toBe(true);
    const weight = item1?.answerOption?.[1]?.extension?.[0];
    if (!weight) throw new Error('expected an ordinalValue extension');
    weight.valueDecimal = 2; // now disagrees with the LOINC answer code's score
    const warm = fromQuestionnaireResponse(phq9, r, { questionnaire });
    const cold = fromQuestionnaireResponse(phq9, structuredClone(r), { questionnaire: structuredClone(questionnaire) });
    expect(warm.ok ? [] : warm.issues.map((i) => i.code)).toEqual(['weight_conflict']);
    expect(warm).toEqual(cold);
  });
});

describe('issue 13: arguments of the wrong kind', () => {
  it('names the argument when the instrument and the response are swapped', () => {
    const r = qr([int('phq9-1', 1)]);
    const swapped = () => (fromQuestionnaireResponse as (a: unknown, b: unknown) => unknown)(r, phq9);
    expect(swapped).toThrow(TypeError);
    expect(swapped).toThrow(/fromQuestionnaireResponse: instrument must be a defined instrument/);
  });

  it('names options when they are not an object', () => {
    const call = () => (fromQuestionnaireResponse as (a: unknown, b: unknown, c: unknown) => unknown)(phq9, qr([]), 'questionnaire');
    expect(call).toThrow(FhirOptionsError);
    expect(call).toThrow(/options must be an object/);
  });
});
