// The measurement schedule rows added with issue 19: the C-SSRS screener when risk is positive or
// unknown, the PCL-5 and the ITQ when unresolved trauma is a concern; each cites its source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssrsScreener, phq9 } from '../../src/instruments/index.js';
import { CONCERNS } from '../../src/model/technique.js';
import { type Formulation, MEASUREMENT_RULES, planTreatment } from '../../src/planning/index.js';
import { score } from '../../src/scoring/score.js';
import { CLEAR_RISK, CLEAR_SCREEN, formulation } from './_arbitraries.js';

const base: Formulation = {
  attachment: { kind: 'dimensions', anxiety: 2, avoidance: 2 },
  concerns: ['anxiety'],
  riskScreen: CLEAR_RISK,
  contraindicationScreen: CLEAR_SCREEN,
  delivery: 'therapist-led',
};
const f = (over: Partial<Formulation>): Formulation => ({ ...base, ...over });
const scheduled = (x: Formulation) => planTreatment(x).measurementSchedule.map((m) => m.instrument);
const rule = (id: string) => MEASUREMENT_RULES.find((m) => m.id === id);

describe('measurement schedule: trauma measures', () => {
  it('schedules the PCL-5 (monthly) and the ITQ (start and end) when unresolved trauma is a concern', () => {
    const plan = planTreatment(f({ concerns: ['depression', 'unresolved-trauma'] }));
    const pcl = plan.measurementSchedule.find((m) => m.instrument === 'pcl-5');
    const itq = plan.measurementSchedule.find((m) => m.instrument === 'itq');
    expect(pcl).toMatchObject({ rule: 'measure.pcl-5', role: 'outcome', baselineAvailable: false });
    expect(pcl?.sessions.slice(0, 3)).toEqual([1, 5, 9]);
    expect(itq?.sessions[0]).toBe(1);
    expect(itq?.sessions.at(-1)).toBe(plan.measurementSchedule[0]?.sessions.at(-1));
    expect(itq?.sessions).toHaveLength(2);
  });

  it('does not schedule them without that concern', () => {
    expect(scheduled(f({ concerns: ['depression', 'anxiety', 'grief-loss'] }))).not.toContain('pcl-5');
    expect(scheduled(f({ concerns: ['depression'] }))).not.toContain('itq');
  });

  it('property: the PCL-5 and the ITQ are scheduled exactly when the concerns include unresolved trauma', () => {
    fc.assert(
      fc.property(fc.subarray([...CONCERNS], { minLength: 1 }), (concerns) => {
        const s = scheduled(f({ concerns }));
        const trauma = concerns.includes('unresolved-trauma');
        expect(s.includes('pcl-5')).toBe(trauma);
        expect(s.includes('itq')).toBe(trauma);
      }),
      { numRuns: 60 },
    );
  });

  it('each reason cites its source', () => {
    expect(rule('measure.pcl-5')?.source).toMatch(/doi:10\.1002\/jts\.22059/);
    expect(rule('measure.itq')?.source).toMatch(/doi:10\.1111\/acps\.12956/);
  });
});

describe('measurement schedule: the C-SSRS screener', () => {
  it('is not scheduled when risk is negative', () => {
    const plan = planTreatment(f({ measures: { 'phq-9': score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 0, 1]) } }));
    expect(plan.risk.status).toBe('negative');
    expect(plan.measurementSchedule.map((m) => m.instrument)).not.toContain('c-ssrs-screener');
  });

  it('is scheduled at every session when risk is positive (PHQ-9 item 9)', () => {
    const plan = planTreatment(f({ measures: { 'phq-9': score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 1, 1]) } }));
    expect(plan.risk.status).toBe('positive');
    const m = plan.measurementSchedule.find((x) => x.instrument === 'c-ssrs-screener');
    expect(m).toMatchObject({ rule: 'measure.c-ssrs-screener', role: 'monitoring' });
    expect(m?.sessions).toEqual(plan.measurementSchedule.find((x) => x.instrument === 'phq-9')?.sessions);
    expect(m?.source).toMatch(/doi:10\.1176\/appi\.ajp\.2011\.10111704/);
  });

  it('is scheduled when risk is unknown (a declined risk question)', () => {
    const plan = planTreatment(f({ riskScreen: { ...CLEAR_RISK, suicidalThoughts: { answer: 'declined' } } }));
    expect(plan.risk.status).toBe('unknown');
    expect(plan.measurementSchedule.map((x) => x.instrument)).toContain('c-ssrs-screener');
  });

  it('a C-SSRS screener result feeds back: a yes to intent makes risk positive; a yes to question 1 leaves it unknown until reviewed', () => {
    const intent = planTreatment(f({ measures: { 'c-ssrs-screener': score(cssrsScreener, [1, 1, 0, 1, 0, 0, null]) } }));
    expect(intent.risk.status).toBe('positive');
    expect(intent.safetyFirst).toBe(true);
    const wish = planTreatment(f({ measures: { 'c-ssrs-screener': score(cssrsScreener, [1, 0, null, null, null, 0, null]) } }));
    expect(wish.risk.status).toBe('unknown');
    expect(wish.measurementSchedule.map((x) => x.instrument)).toContain('c-ssrs-screener');
  });

  it('property: scheduled exactly when the risk status is positive or unknown', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        expect(plan.measurementSchedule.some((m) => m.instrument === 'c-ssrs-screener')).toBe(
          plan.risk.status === 'positive' || plan.risk.status === 'unknown',
        );
      }),
      { numRuns: 100 },
    );
  });
});
