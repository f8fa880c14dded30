import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecrR, phq9 } from '../../src/instruments/index.js';
import { planTreatment } from '../../src/planning/index.js';
import { formulationSchema, planningRequestSchema, safePlanTreatment, treatmentPlanSchema } from '../../src/schemas/index.js';
import { formulation, intake, junk, pathsOf, setAt, validResponses } from '../planning/_arbitraries.js';
import { json, verdicts } from './_ajv.js';

describe('treatmentPlanSchema: every plan the planner makes passes, in zod and ajv', () => {
  it('holds for random formulations', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        expect(verdicts(treatmentPlanSchema, planTreatment(x))).toEqual({ zod: true, ajv: true });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses edited plans alike: a missing disclaimer, an unknown technique, an extra field', () => {
    const plan = json(planTreatment(fc.sample(formulation, { numRuns: 1, seed: 7 })[0] as never));
    for (const edited of [setAt(plan, ['disclaimer'], undefined), setAt(plan, ['techniques', 0, 'technique'], 'hypnosis'), { ...plan, score: 1 }]) {
      expect(verdicts(treatmentPlanSchema, edited)).toEqual({ zod: false, ajv: false });
    }
  });
});

describe('formulationSchema: the JSON form of a formulation', () => {
  it('accepts every generated formulation (as JSON), and safePlanTreatment then gives the same plan as planTreatment', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const j = json(x);
        expect(verdicts(formulationSchema, j)).toEqual({ zod: true, ajv: true });
        const r = safePlanTreatment(j);
        expect(r.ok && r.value).toEqual(planTreatment(x));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same verdict as ajv on mutated formulations, and issues name their path', () => {
    let invalid = 0;
    fc.assert(
      fc.property(formulation, fc.nat(), fc.oneof(junk, fc.constant(undefined)), (x, pick, value) => {
        const j = json(x);
        const paths = pathsOf(j);
        const mutated = setAt(j, paths[pick % paths.length] ?? [], value);
        const v = verdicts(formulationSchema, mutated);
        expect(v.ajv).toBe(v.zod);
        const r = safePlanTreatment(mutated);
        if (!v.zod) {
          invalid++;
          expect(r.ok).toBe(false);
          if (!r.ok) for (const i of r.issues) expect(i.message.startsWith(`${i.where}: `)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(invalid).toBeGreaterThan(150);
  });

  it('returns planning issues for what JSON Schema cannot express', () => {
    const x = json(fc.sample(formulation, { numRuns: 1, seed: 3 })[0]) as unknown as Record<string, unknown>;
    const r = safePlanTreatment({ ...x, attachment: { kind: 'dimensions', anxiety: 3, avoidance: 3, method: { kind: 'midpoint', scaleMin: 7, scaleMax: 1 } } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'planning', where: 'attachment' });
    expect(!r.ok && r.issues[0]?.message).toBe('attachment: method.scaleMin (7) must be below method.scaleMax (1)');
  });
});

describe('planningRequestSchema: intakes with raw responses', () => {
  const request = fc.record(
    {
      intake,
      measures: fc.record({ 'phq-9': validResponses(phq9), 'ecr-r': validResponses(ecrR) }, { requiredKeys: [] }),
      delivery: fc.constantFrom('self-guided-app', 'therapist-led'),
      plannedSessions: fc.integer({ min: 8, max: 60 }),
    },
    { requiredKeys: ['intake'] },
  );

  it('agrees with ajv on generated requests and on their mutations', () => {
    fc.assert(
      fc.property(request, fc.nat(), fc.oneof(junk, fc.constant(undefined)), (x, pick, value) => {
        expect(verdicts(planningRequestSchema, x)).toEqual({ zod: true, ajv: true });
        const paths = pathsOf(x);
        const v = verdicts(planningRequestSchema, setAt(x, paths[pick % paths.length] ?? [], value));
        expect(v.ajv).toBe(v.zod);
      }),
      { numRuns: 200 },
    );
  });
});
