/** Mirrors the @example blocks of src/interop/fhir, so the documented results are checked. */
import { describe, expect, it } from 'vitest';
import { ecrR } from '../../../src/instruments/ecr-r.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { fromQuestionnaireResponse, SECUREBASE_FHIR_BASE, toObservation, toQuestionnaire } from '../../../src/interop/fhir/index.js';
import { score } from '../../../src/scoring/score.js';
import { responseTo } from './_helpers.js';

describe('documented examples', () => {
  it('SECUREBASE_FHIR_BASE', () => {
    expect(SECUREBASE_FHIR_BASE).toBe('https://securebase.dev/fhir');
    expect(toQuestionnaire(ecrR).url).toBe('https://securebase.dev/fhir/Questionnaire/ecr-r');
    expect(toQuestionnaire(ecrR, { baseUrl: 'https://example.org/fhir' }).url).toBe('https://example.org/fhir/Questionnaire/ecr-r');
  });

  it('toQuestionnaire', () => {
    const q = toQuestionnaire(ecrR, { date: '2026-11-28' });
    expect(q.item?.[0]?.text).toBeUndefined();
    expect(q.item?.[0]?.answerOption?.length).toBe(7);
  });

  it('fromQuestionnaireResponse', () => {
    const questionnaire = toQuestionnaire(phq9);
    const response = responseTo(questionnaire as never, {
      'phq9-1': 1,
      'phq9-2': 1,
      'phq9-3': 2,
      'phq9-4': 1,
      'phq9-5': 0,
      'phq9-6': 1,
      'phq9-7': 1,
      'phq9-8': 0,
      'phq9-9': 0,
    });
    const r = fromQuestionnaireResponse(phq9, response, { questionnaire });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(score(phq9, r.value.responses).scales.total.value).toBe(7);
      expect(r.value.warnings).toEqual([]);
    }
  });

  it('toObservation', () => {
    const obs = toObservation(score(phq9, [1, 1, 2, 1, 0, 1, 1, 0, 1]), phq9, { effective: '2026-11-28T09:30:00Z', subject: 'Patient/123' });
    expect(obs.code.coding?.[0]?.code).toBe('44261-6');
    expect(obs.valueInteger).toBe(8);
  });
});
