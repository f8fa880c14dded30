import fc from 'fast-check';
import type { Observation } from 'fhir/r4';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ecrR } from '../../../src/instruments/ecr-r.js';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { SECUREBASE_FHIR_BASE, type ToObservationOptions, toObservation } from '../../../src/interop/fhir/index.js';
import { score } from '../../../src/scoring/score.js';
import { toy } from './_fixtures.js';
import { deepFreeze, schemaErrors, warmSchema } from './_helpers.js';

beforeAll(warmSchema);

const LOINC = 'http://loinc.org';
const comp = (o: Observation, code: string) => o.component?.find((c) => c.code.coding?.some((x) => x.code === code));

describe('toObservation', () => {
  it('PHQ-9: total as 44261-6 valueInteger, band as interpretation, item 10 and symptom count as components', () => {
    const r = score(phq9, [2, 2, 2, 1, 1, 1, 1, 0, 0, 2]);
    const o = toObservation(r, phq9, { effective: '2026-11-28T09:30:00Z', subject: 'Patient/123', derivedFrom: 'QuestionnaireResponse/9' });
    expectTypeOf(o).toEqualTypeOf<Observation>();
    expect(o).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ code: 'survey' }] }],
      code: { coding: [{ system: LOINC, code: '44261-6' }] },
      valueInteger: 10,
      interpretation: [{ coding: [{ system: LOINC, code: 'LA6710-3' }], text: 'Moderate' }],
      subject: { reference: 'Patient/123' },
      effectiveDateTime: '2026-11-28T09:30:00Z',
      derivedFrom: [{ reference: 'QuestionnaireResponse/9' }],
    });
    expect(comp(o, '69722-7')?.valueInteger).toBe(2);
    expect(comp(o, 'symptom_count')?.valueInteger).toBe(3);
    expect(comp(o, 'symptom_count.label')?.valueString).toBe('Other depressive syndrome');
    expect(o.note).toBeUndefined();
    expect(o.method?.text).toContain('phq-9 version 1.0.0');
    expect(schemaErrors(o)).toEqual([]);
  });

  it('GAD-7: total as 70274-6', () => {
    const o = toObservation(score(gad7, [3, 3, 3, 3, 3, 3, 3, null]), gad7);
    expect(o.code.coding?.[0]).toMatchObject({ system: LOINC, code: '70274-6' });
    expect(o.valueInteger).toBe(21);
    expect(o.interpretation?.[0]?.text).toBe('Severe');
    expect(schemaErrors(o)).toEqual([]);
  });

  it('PHQ-9 item 9: the urgent flag is a note and a component, whatever the options', () => {
    const r = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    const o = toObservation(r, phq9);
    expect(o.note?.[0]?.text).toMatch(/^RISK FLAG \(urgent, phq9-item9\): /);
    expect(comp(o, 'phq9-item9')).toMatchObject({
      code: { coding: [{ system: `${SECUREBASE_FHIR_BASE}/CodeSystem/flag`, code: 'phq9-item9' }] },
      valueString: phq9.flags[0].message,
      interpretation: [{ coding: [{ code: 'AA' }], text: 'urgent' }],
    });
    expect(schemaErrors(o)).toEqual([]);
  });

  it('property: every raised flag is carried as a note and a component, for any options', () => {
    const opts: fc.Arbitrary<ToObservationOptions> = fc.record(
      {
        effective: fc.constantFrom('2026-11-28', '2026-11-28T09:30:00+01:00'),
        issued: fc.constant('2026-11-28T09:31:00Z'),
        subject: fc.constantFrom('Patient/1', { reference: 'Patient/2', display: 'A' }),
        derivedFrom: fc.constant('QuestionnaireResponse/1'),
        id: fc.constant('obs-1'),
        baseUrl: fc.constant('https://example.org/fhir'),
        scale: fc.constantFrom('total', 'functioning'),
      },
      { requiredKeys: [] },
    );
    const answers = fc.tuple(...Array.from({ length: 10 }, () => fc.option(fc.integer({ min: 0, max: 3 }), { freq: 5 })));
    fc.assert(
      fc.property(answers, opts, (a, o) => {
        const r = score(phq9, a);
        const obs = toObservation(r, phq9, o);
        for (const f of r.flags) {
          expect(obs.note?.some((n) => n.text.includes(f.id) && n.text.includes(f.message))).toBe(true);
          expect(obs.component?.some((c) => c.code.coding?.[0]?.code === f.id && c.valueString === f.message)).toBe(true);
        }
        expect(r.flags.map((f) => f.id)).toEqual(a[8] === null || a[8] === undefined ? ['phq9-item9-unanswered'] : a[8] >= 1 ? ['phq9-item9'] : []);
        expect(schemaErrors(obs)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a missing total has a dataAbsentReason and a note, never a value', () => {
    const o = toObservation(score(phq9, [1, 1, 1, null, 1, 1, 1, 1, 1]), phq9); // item 9 = 1 raises the flag all the same
    expect(o.valueInteger).toBeUndefined();
    expect(o.valueQuantity).toBeUndefined();
    expect(o.dataAbsentReason?.text).toBe('Not computed: 8 of 9 items answered (missing: phq9-4).');
    expect(o.note?.map((n) => n.text.slice(0, 24))).toEqual(['RISK FLAG (urgent, phq9-', 'PHQ-9 total score was no']);
    expect(comp(o, '69722-7')?.dataAbsentReason).toBeDefined();
    expect(schemaErrors(o)).toEqual([]);
  });

  it('ECR-R: securebase scale codes, means as valueQuantity, the other scale as a component', () => {
    const r = score(
      ecrR,
      Array.from({ length: 36 }, (_, i) => (i % 7) + 1),
    );
    const o = toObservation(r, ecrR);
    expect(o.code.coding?.[0]).toEqual({ system: `${SECUREBASE_FHIR_BASE}/CodeSystem/ecr-r-scales`, code: 'anxiety', display: 'Attachment anxiety' });
    expect(o.valueQuantity).toMatchObject({ value: r.scales.anxiety.value, system: 'http://unitsofmeasure.org', code: '{score}' });
    expect(comp(o, 'avoidance')?.valueQuantity?.value).toBe(r.scales.avoidance.value);
    const b = toObservation(r, ecrR, { scale: 'avoidance' });
    expect(b.code.coding?.[0]?.code).toBe('avoidance');
    expect(schemaErrors(o)).toEqual([]);
  });

  it('a prorated value is a valueQuantity and says so; derived scores and warning flags travel too', () => {
    const r = score(toy, { t1: 4, t2: 5, "t'3": 5 });
    expect(r.scales.energy.prorated).toBe(true);
    const o = toObservation(r, toy, { scale: 'energy' });
    expect(o.valueQuantity?.value).toBe(r.scales.energy.value);
    expect(o.method?.text).toContain('prorated from 2 of 3');
    expect(o.note?.map((n) => n.text)).toEqual([
      'RISK FLAG (warning, toy-tense): Always tense: talk about it.',
      'Energy was prorated from 2 of 3 answered items.',
    ]);
    expect(comp(o, 'toy-tense')?.interpretation?.[0]?.coding?.[0]?.code).toBe('A');
    expect(comp(o, 'kind.label')?.valueString).toBe('Calm');
    expect(o.interpretation?.[0]?.text).toBe('High');
    expect(schemaErrors(o)).toEqual([]);
  });

  it('is deterministic, reads no clock, and leaves a frozen result alone', () => {
    const r = deepFreeze(score(phq9, [1, 2, 3, 0, 1, 2, 3, 0, 0, 1]));
    const a = toObservation(r, phq9);
    expect(toObservation(r, phq9)).toEqual(a);
    expect(a.effectiveDateTime).toBeUndefined();
    expect(a.issued).toBeUndefined();
  });

  it('rejects a result of another instrument or version, a malformed time, id or scale', () => {
    const r = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => toObservation(r, gad7)).toThrow(TypeError);
    expect(() => toObservation(r, { ...phq9, version: '9.9.9' })).toThrow(TypeError);
    expect(() => toObservation(r, phq9, { effective: '2026-11-28T09:30:00' })).toThrow(RangeError);
    expect(() => toObservation(r, phq9, { issued: '2026-11-28' })).toThrow(RangeError);
    expect(() => toObservation(r, phq9, { id: 'has space' })).toThrow(RangeError);
    expect(() => toObservation(r, phq9, { scale: 'nope' })).toThrow(RangeError);
  });
});
