import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecrR, phq9, rq } from '../../src/instruments/index.js';
import { planTreatment } from '../../src/planning/index.js';
import { planFromIntake } from '../../src/schemas/index.js';
import { score } from '../../src/scoring/score.js';
import { CLEAR_RISK, CLEAR_SCREEN, intake } from './_arbitraries.js';

const theIntake = {
  concerns: { depression: {}, 'low-self-worth': { detail: 'Very self-critical.' } },
  attachmentHistory: { caregivers: [{ label: 'Dad', relationship: 'father' }], separationsAndLosses: [{ kind: 'parental-separation', ageYears: 6 }] },
  currentRelationships: [{ relationship: 'friend', quality: 'close' }],
  riskScreen: CLEAR_RISK,
  contraindicationScreen: CLEAR_SCREEN,
  preferences: { deliveryMode: 'therapist', language: 'en' },
};
const PHQ = [1, 2, 1, 1, 0, 2, 1, 0, 0, 1];

describe('planFromIntake: from untrusted JSON to a plan', () => {
  it('scores the responses and plans exactly as planTreatment does from the same formulation', () => {
    const ecr = Array(36).fill(3);
    const r = planFromIntake(
      JSON.parse(JSON.stringify({ intake: theIntake, measures: { 'phq-9': PHQ, 'ecr-r': ecr }, attachment: { kind: 'measure', instrument: 'ecr-r' } })),
    );
    expect(r.ok).toBe(true);
    const expected = planTreatment({
      attachment: { kind: 'measure', instrument: 'ecr-r' },
      concerns: ['depression', 'low-self-worth'],
      measures: { 'phq-9': score(phq9, PHQ), 'ecr-r': score(ecrR, ecr) },
      riskScreen: CLEAR_RISK,
      contraindicationScreen: CLEAR_SCREEN,
      delivery: 'therapist-led',
    });
    expect(r.ok && r.value).toEqual(expected);
  });

  it('defaults: self-guided when the intake prefers self, and attachment not assessed', () => {
    const r = planFromIntake({ intake: { ...theIntake, preferences: { deliveryMode: 'self', language: 'en' } } });
    expect(r.ok && [r.value.delivery, r.value.attachment.profile]).toEqual(['self-guided-app', 'not-assessed']);
  });

  it('reads an RQ from the request measures', () => {
    const r = planFromIntake({ intake: theIntake, measures: { rq: [2, 2, 6, 2, 3] }, attachment: { kind: 'rq-measure', instrument: 'rq' } });
    expect(r.ok && r.value.attachment).toMatchObject({ source: 'rq', style: 'preoccupied' });
    expect(score(rq, [2, 2, 6, 2, 3]).scales.preoccupied.value).toBe(6);
  });

  it('a positive PHQ-9 item 9 in the raw responses puts safety first', () => {
    const r = planFromIntake({ intake: theIntake, measures: { 'phq-9': [0, 0, 0, 0, 0, 0, 0, 0, 2, 0] } });
    expect(r.ok && r.value.safetyFirst).toBe(true);
  });

  it('returns every problem with its full path, never throws', () => {
    const r = planFromIntake({
      intake: { ...theIntake, riskScreen: { ...CLEAR_RISK, selfHarm: { answer: 'yes' } } },
      measures: { 'phq-9': [0, 0, 4], 'gad-7': { 'gad7-1': 'often' } },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.message)).toEqual([
      'intake.riskScreen.selfHarm.recency: is required but missing; it must be one of "now", "past-2-weeks", "past-year", "over-a-year-ago".',
      'measures["gad-7"]["gad7-1"] (item 1, "gad7-1"): expected a whole number from 0 to 3 or null, received text ("often").',
      'measures["phq-9"][2] (item 3, "phq9-3"): expected a whole number from 0 to 3 or null, received the number 4.',
    ]);
    for (const x of [null, 'intake', [], { intake: theIntake, extra: 1 }]) expect(planFromIntake(x).ok).toBe(false);
  });

  it('names a missing attachment measure as a planning issue', () => {
    const r = planFromIntake({ intake: theIntake, attachment: { kind: 'measure', instrument: 'ecr-r' } });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'planning', where: 'attachment.instrument' });
    const q = planFromIntake({ intake: theIntake, attachment: { kind: 'rq-measure', instrument: 'rq' } });
    expect(!q.ok && q.issues[0]?.message).toBe('attachment.instrument: names "rq", but the request has no responses to it under measures.');
  });

  it('plans from every generated intake', () => {
    fc.assert(
      fc.property(intake, (x) => {
        const r = planFromIntake({ intake: x });
        expect(r.ok).toBe(true);
        expect(r.ok && r.value.concerns.length).toBe(Object.keys(x.concerns).length);
      }),
      { numRuns: 100 },
    );
  });
});
