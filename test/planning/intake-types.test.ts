// planTreatment takes what the schemas entry parses, as parsed: no `as` anywhere in this file.
// Type-checked by `tsc --noEmit` (the suite's type tests) and run as a plain test.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CONCERNS, type Concern, type Formulation, gad7, phq9, planTreatment, score } from '../../src/index.js';
import { type Intake, parseIntake, parseWith, planningRequestSchema } from '../../src/schemas/index.js';

const no = { answer: 'no' };
const raw = {
  concerns: { anxiety: { detail: 'Worse since the move.' }, loneliness: {} },
  attachmentHistory: { caregivers: [{ label: 'Mum', relationship: 'mother' }], separationsAndLosses: [] },
  currentRelationships: [{ relationship: 'partner', quality: 'mixed' }],
  riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
  contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
  preferences: { deliveryMode: 'self', language: 'en' },
};

describe('planTreatment accepts the parsed intake’s own types', () => {
  it('takes the screens, reviews and annotations of a parsed intake and planning request as they are', () => {
    const intake: Intake = parseIntake(raw);
    const request = parseWith(planningRequestSchema, {
      intake: raw,
      plannedSessions: 12,
      clinicianAnnotations: ['unresolved'],
      flagReviews: [{ instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30', outcome: 'not-current' }],
    });
    const formulation: Formulation = {
      attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
      // The intake keys its concerns by id; the formulation lists them. The typed filter needs no cast.
      concerns: CONCERNS.filter((c) => intake.concerns[c] !== undefined),
      measures: { 'phq-9': score(phq9, [1, 1, 0, 1, 0, 1, 0, 0, 0]), 'gad-7': score(gad7, [1, 1, 1, 0, 0, 1, 0]) },
      riskScreen: intake.riskScreen,
      contraindicationScreen: request.intake.contraindicationScreen,
      delivery: intake.preferences.deliveryMode === 'self' ? 'self-guided-app' : 'therapist-led',
      plannedSessions: request.plannedSessions,
      clinicianAnnotations: request.clinicianAnnotations,
      flagReviews: request.flagReviews,
    };
    const plan = planTreatment(formulation);
    expect(plan.safetyFirst).toBe(false);
    expect(plan.techniques.length).toBeGreaterThan(0);
    expectTypeOf(intake.riskScreen).toExtend<Formulation['riskScreen']>();
    expectTypeOf(intake.contraindicationScreen).toExtend<Formulation['contraindicationScreen']>();
    expectTypeOf(request.flagReviews).toExtend<Formulation['flagReviews']>();
    expectTypeOf(request.clinicianAnnotations).toExtend<Formulation['clinicianAnnotations']>();
    expectTypeOf(request.plannedSessions).toExtend<Formulation['plannedSessions']>();
    expectTypeOf(CONCERNS.filter((c) => intake.concerns[c] !== undefined)).toEqualTypeOf<Concern[]>();
  });

  it('still refuses what is not a concern id (the literal types are kept)', () => {
    const intake = parseIntake(raw);
    // @ts-expect-error Object.keys gives string[], and a formulation lists concern ids only
    const concerns: Formulation['concerns'] = Object.keys(intake.concerns);
    expect(concerns).toEqual(['anxiety', 'loneliness']);
  });
});
