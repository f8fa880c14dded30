import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import { ecrS, phq9, rq } from '../../src/instruments/index.js';
import type { Contraindication } from '../../src/model/technique.js';
import {
  type Formulation,
  PLAN_DISCLAIMER,
  PLANNING_RULES,
  PlanningError,
  planTreatment,
  type RiskItem,
  type RiskScreen,
  type TreatmentPlan,
} from '../../src/planning/index.js';
import { score } from '../../src/scoring/score.js';
import { deepFreeze } from '../_helpers.js';
import { CLEAR_RISK, CLEAR_SCREEN, formulation } from './_arbitraries.js';

const base: Formulation = {
  attachment: { kind: 'dimensions', anxiety: 2, avoidance: 2 },
  concerns: ['anxiety'],
  riskScreen: CLEAR_RISK,
  contraindicationScreen: CLEAR_SCREEN,
  delivery: 'therapist-led',
};
const f = (over: Partial<Formulation>): Formulation => ({ ...base, ...over });
const PHQ_ITEM9 = score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 1, 1]);
const PHQ_CLEAR = score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 0, 1]);
const INTENSIVE = ['imagery', 'body', 'memory'];
const scriptById = new Map<string, (typeof exerciseScripts)[number]>(exerciseScripts.map((s) => [s.id, s]));
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const hasFocus = (e: { focus: readonly string[] }, kinds: readonly string[]) => e.focus.some((x) => kinds.includes(x));

describe('planTreatment: worked formulations', () => {
  it('high anxiety, low avoidance (preoccupied), self-guided: regulation first, only self-guided scripts, no WAI-SR', () => {
    const plan = planTreatment(
      f({ attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 }, delivery: 'self-guided-app', measures: { 'phq-9': PHQ_CLEAR } }),
    );
    expect(plan.attachment).toMatchObject({ source: 'dimensions', style: 'preoccupied', strategy: 'hyperactivating', profile: 'hyperactivating' });
    expect(plan.attachment.classification?.cutoffs).toEqual({ anxiety: 4, avoidance: 4 });
    expect(plan.attachment.method).toContain(
      'the scale midpoint method: a cut-off of 4 on the 1–7 scale for both dimensions (the default for ECR-family dimensions)',
    );
    expect(plan.techniques.map((t) => t.technique)).toEqual(['regulate', 'mindful', 'reparent', 'corrective', 'explore']);
    expect(plan.techniques.find((t) => t.technique === 'explore')?.fit).toBe('introduce-carefully');
    expect(plan.exercises.every((e) => e.delivery === 'self')).toBe(true);
    expect(plan.exercises[0]?.id).toBe('regulate.window-of-tolerance');
    expect(plan.safetyFirst).toBe(false);
    expect(ids(plan.safetyActions)).toEqual(['nobody-monitoring', 'crisis-access-visible']);
    expect(plan.risk.status).toBe('negative');
    expect(plan.measurementSchedule.map((m) => m.instrument)).toEqual(['phq-9', 'gad-7', 'ecr-r', 'ders-16', 'scs-sf', 'maas']);
    expect(plan.measurementSchedule[0]).toMatchObject({ sessions: Array.from({ length: 16 }, (_, i) => i + 1), baselineAvailable: true });
    expect(plan.adaptations.join(' ')).toContain('Avoid unlimited messaging and reassurance loops');
    expect(plan.exercises.every((e) => e.variant === 'standard')).toBe(true);
  });

  it('low anxiety, high avoidance (dismissing), therapist-led: affect labeling and the genogram first; loving-kindness introduced carefully; WAI-SR from session 3', () => {
    const plan = planTreatment(f({ attachment: { kind: 'dimensions', anxiety: 2, avoidance: 5.5 } }));
    expect(plan.attachment.profile).toBe('deactivating');
    expect(plan.techniques.map((t) => t.technique)).toEqual(['regulate', 'explore', 'corrective', 'mindful', 'reparent']);
    expect(plan.exercises.slice(0, 2).map((e) => e.id)).toEqual(['regulate.affect-labeling', 'explore.genogram']);
    const lk = plan.exercises.find((e) => e.id === 'mindful.loving-kindness');
    expect(lk?.reason).toContain('Introduce carefully: long emotional imagery');
    expect(plan.exercises.indexOf(lk as never)).toBeGreaterThan(plan.exercises.findIndex((e) => e.id === 'mindful.breath'));
    expect(plan.measurementSchedule.find((m) => m.instrument === 'wai-sr')?.sessions).toEqual([3, 8, 13]);
    expect(plan.adaptations.join(' ')).toContain('task-focused');
  });

  it('high anxiety and avoidance (fearful): stabilisation first and longer, imagery and memory therapist-led after stabilisation, a safety plan', () => {
    const plan = planTreatment(f({ attachment: { kind: 'dimensions', anxiety: 5, avoidance: 5 } }));
    expect(plan.attachment.profile).toBe('disorganised');
    const stab = plan.phases.find((p) => p.phase === 'stabilisation');
    expect(stab).toMatchObject({ firstSession: 4, lastSession: 11 });
    expect(plan.techniques[0]?.technique).toBe('regulate');
    expect(plan.techniques.filter((t) => t.fit === 'after-stabilisation').map((t) => t.technique)).toEqual(['explore', 'reparent']);
    expect(plan.exercises.filter((e) => hasFocus(e, ['imagery', 'memory']) && e.delivery !== 'therapist')).toEqual([]);
    expect(plan.exercises.find((e) => e.id === 'mindful.body-scan')).toBeUndefined();
    const ipf = plan.exercises.find((e) => e.id === 'reparent.ideal-parent-figures');
    expect(ipf).toMatchObject({ delivery: 'therapist', phase: 'working-through' });
    expect(ipf?.reason).toContain('After stabilisation');
    expect(stab?.protocols).not.toContain('reparent.ideal-parent-figures');
    expect(ids(plan.safetyActions)).toEqual(['safety-plan', 'crisis-access-visible']);
    expect(plan.safetyFirst).toBe(false);
    expect(plan.exercises.every((e) => e.variant === 'trauma-sensitive')).toBe(true);
  });

  it('secure: techniques follow the presenting concerns', () => {
    const plan = planTreatment(f({ concerns: ['emotion-dysregulation', 'unresolved-trauma'] }));
    expect(plan.attachment.style).toBe('secure');
    expect(plan.techniques.map((t) => t.technique)).toEqual(['regulate', 'reparent', 'mindful', 'corrective', 'explore']);
    expect(plan.techniques[0]?.reason).toBe('Suitable for secure attachment. It addresses emotion dysregulation and unresolved trauma.');
    expect(plan.techniques[4]?.reason).toContain('It does not target the presenting concerns directly.');
  });

  it('PHQ-9 item 9 at 1 or more: safety plan and crisis resources first, review today, no imagery, body or memory work', () => {
    const plan = planTreatment(
      f({ attachment: { kind: 'dimensions', anxiety: 2, avoidance: 5.5 }, delivery: 'self-guided-app', measures: { 'phq-9': PHQ_ITEM9 } }),
    );
    const flag = PHQ_ITEM9.flags.find((x) => x.id === 'phq9-item9');
    expect(plan.risk).toEqual({ status: 'positive', reasons: [`phq-9: urgent flag "phq9-item9". ${flag?.message}`] });
    // The person sees the flag's client message and the crisis help, never the clinician's message.
    expect(plan.forPerson.map((m) => m.kind)).toEqual(['flag', 'crisis-help']);
    expect(plan.forPerson[0]?.text).toBe(flag?.clientMessage);
    expect(plan.forPerson.some((m) => m.text === flag?.message)).toBe(false);
    expect(plan.safetyFirst).toBe(true);
    expect(ids(plan.safetyActions)).toEqual([
      'safety-plan',
      'crisis-resources',
      'clinician-review-today',
      'structured-risk-assessment',
      'nobody-monitoring',
      'crisis-access-visible',
    ]);
    expect(plan.phases[0]?.goals[0]).toBe('Safety first: make a safety plan with the person and share crisis resources before any other work.');
    expect(plan.contraindications).toEqual(['active-suicidality', 'self-harm']);
    expect(plan.exercises.filter((e) => hasFocus(e, INTENSIVE))).toEqual([]);
    expect(plan.techniques[0]).toMatchObject({ technique: 'regulate' });
    expect(plan.techniques[0]?.reason.startsWith('Grounding and regulation skills stay available and come first after a positive risk screen.')).toBe(true);
    expect(plan.exercises[0]?.id).toBe('regulate.grounding-54321');
    expect(plan.withheldExercises.find((w) => w.id === 'regulate.opposite-action')?.rules).toContain('plan.contraindications');
    expect(plan.withheldExercises.find((w) => w.id === 'mindful.body-scan')?.reasons).toContain(
      'Imagery, body and memory work waits until a clinician has reviewed risk.',
    );
    expect(plan.phases.find((p) => p.phase === 'stabilisation')?.lastSession).toBe(11);
  });

  it('an old yes about harming others: risk positive, a review before further work and a harm-to-others assessment', () => {
    const riskScreen: RiskScreen = { ...CLEAR_RISK, harmToOthers: { answer: 'yes', recency: 'past-year' } };
    const plan = planTreatment(f({ riskScreen }));
    expect(plan.risk.reasons).toEqual(['Risk screen: thoughts of harming others, yes (in the last year).']);
    expect(ids(plan.safetyActions)).toEqual([
      'safety-plan',
      'crisis-resources',
      'clinician-review',
      'harm-to-others-review',
      'structured-risk-assessment',
      'notify-clinician',
      'crisis-access-visible',
    ]);
    expect(plan.contraindications).toEqual([]);
  });

  it('a declined risk question: risk unknown, safety first, finish the screen with a clinician, no intensive practice alone', () => {
    const plan = planTreatment(f({ riskScreen: { ...CLEAR_RISK, suicidalThoughts: { answer: 'declined' } } }));
    expect(plan.risk.status).toBe('unknown');
    expect(plan.safetyFirst).toBe(true);
    expect(ids(plan.safetyActions)).toEqual(['safety-plan', 'crisis-resources', 'complete-risk-screen', 'crisis-access-visible']);
    expect(plan.contraindications).toEqual(['active-suicidality']);
    expect(plan.exercises.filter((e) => hasFocus(e, INTENSIVE) && e.delivery !== 'therapist')).toEqual([]);
    expect(ids(plan.appliedRules)).toContain('screen.not-cleared');
  });

  it('dissociation: no imagery- or body-focused script at all, whoever delivers it; grounding first', () => {
    const plan = planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, dissociation: 'yes' } }));
    expect(plan.exercises.filter((e) => hasFocus(e, ['imagery', 'body']))).toEqual([]);
    expect(plan.withheldExercises.map((w) => w.id)).toContain('reparent.ideal-parent-figures');
    expect(plan.exercises[0]?.id).toBe('regulate.grounding-54321');
  });

  it('psychosis "unsure" counts as yes until reviewed', () => {
    const plan = planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, psychosis: 'unsure' } }));
    expect(plan.contraindications).toEqual(['psychosis']);
    expect(plan.exercises.filter((e) => hasFocus(e, ['imagery', 'body']))).toEqual([]);
    expect(ids(plan.appliedRules)).toEqual(expect.arrayContaining(['screen.not-cleared', 'contra.dissociation-psychosis']));
  });

  it('a current crisis: crisis flow, safety plan and crisis resources first', () => {
    const plan = planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, currentCrisis: 'yes' } }));
    expect(plan.safetyFirst).toBe(true);
    expect(ids(plan.safetyActions).slice(0, 3)).toEqual(['safety-plan', 'crisis-resources', 'crisis-flow']);
    expect(plan.exercises.filter((e) => scriptById.get(e.id)?.contraindications.some((q) => q.contraindication === 'current-crisis'))).toEqual([]);
  });

  it('attachment not assessed: says so, measures ECR-R at session 1 and holds reparenting imagery back', () => {
    const plan = planTreatment(f({ attachment: { kind: 'not-assessed' } }));
    expect(plan.attachment).toMatchObject({ style: null, strategy: null, profile: 'not-assessed', classification: null });
    expect(plan.attachment.method).toContain('Not assessed yet');
    expect(plan.measurementSchedule.find((m) => m.rule === 'measure.attachment')).toMatchObject({
      instrument: 'ecr-r',
      sessions: [1, 16],
      baselineAvailable: false,
    });
    expect(plan.exercises.find((e) => e.id === 'reparent.ideal-parent-figures')?.reason).toContain('Introduce carefully: reparenting imagery waits');
  });

  it('attachment from an ECR-S result: the midpoint of its own scale, and ECR-S tracks attachment', () => {
    const ecr = score(ecrS, [6, 6, 6, 6, 6, 6, 2, 2, 2, 2, 2, 2]);
    const plan = planTreatment(f({ attachment: { kind: 'measure', instrument: 'ecr-s' }, measures: { 'ecr-s': ecr } }));
    expect(plan.attachment.source).toBe('measure');
    expect(plan.attachment.method).toContain("the ecr-s result's anxiety and avoidance scales");
    expect(plan.attachment.classification?.dimensions).toEqual({ anxiety: ecr.scales.anxiety.value, avoidance: ecr.scales.avoidance.value });
    expect(plan.measurementSchedule.find((m) => m.rule === 'measure.attachment')).toMatchObject({ instrument: 'ecr-s', baselineAvailable: true });
  });

  it('explicit cut-offs change the style, and the plan names them and their source', () => {
    const plan = planTreatment(
      f({
        attachment: { kind: 'dimensions', anxiety: 3.5, avoidance: 3.5, method: { kind: 'cutoffs', anxiety: 3, avoidance: 3.2, source: 'A published norm' } },
      }),
    );
    expect(plan.attachment.style).toBe('fearful-avoidant');
    expect(plan.attachment.method).toContain('cut-offs the caller supplied: anxiety 3, avoidance 3.2 (source: A published norm)');
  });

  it('RQ: the highest rating names the style; an unbroken tie names none', () => {
    const dismissing = planTreatment(f({ attachment: { kind: 'rq', result: score(rq, [2, 2, 2, 6, 4]) } }));
    expect(dismissing.attachment).toMatchObject({ source: 'rq', style: 'dismissing-avoidant', profile: 'deactivating' });
    const tie = planTreatment(f({ attachment: { kind: 'rq', result: score(rq, [6, 6, 2, 2, 4]) } }));
    expect(tie.attachment).toMatchObject({ style: null, profile: 'not-assessed' });
    expect(tie.attachment.method).toContain('no style is named');
  });

  it('a clinician annotation of unresolved loss plans as disorganised, whatever the self-report style', () => {
    const plan = planTreatment(f({ clinicianAnnotations: ['unresolved'] }));
    expect(plan.attachment).toMatchObject({ style: 'secure', strategy: 'security-based', profile: 'disorganised', clinicianAnnotations: ['unresolved'] });
    expect(ids(plan.appliedRules)).toContain('profile.disorganised');
    expect(ids(plan.appliedRules)).not.toContain('profile.secure');
  });

  it('lays the phases out over a short course without gaps', () => {
    const plan = planTreatment(f({ attachment: { kind: 'dimensions', anxiety: 6, avoidance: 6 }, plannedSessions: 8 }));
    expect(plan.phases.map((p) => [p.firstSession, p.lastSession])).toEqual([
      [1, 3],
      [4, 4],
      [5, 5],
      [6, 8],
    ]);
  });

  it('throws a PlanningError naming the field when the formulation cannot be read', () => {
    expect(() => planTreatment(f({ attachment: { kind: 'measure', instrument: 'ecr-r' } }))).toThrow(PlanningError);
    const cases: [Formulation, string][] = [
      [f({ attachment: { kind: 'measure', instrument: 'ecr-r' } }), 'attachment.instrument'],
      [f({ attachment: { kind: 'measure', instrument: 'mine' }, measures: { mine: PHQ_CLEAR } }), 'attachment.method'],
      [
        f({ attachment: { kind: 'measure', instrument: 'phq-9', method: { kind: 'midpoint', scaleMin: 0, scaleMax: 3 } }, measures: { 'phq-9': PHQ_CLEAR } }),
        'measures["phq-9"].scales.anxiety',
      ],
      [f({ attachment: { kind: 'dimensions', anxiety: 3, avoidance: 3, method: { kind: 'midpoint', scaleMin: 7, scaleMax: 1 } } }), 'attachment'],
      [f({ attachment: { kind: 'rq', result: PHQ_CLEAR } }), 'attachment.result'],
      [f({ plannedSessions: 7 }), 'plannedSessions'],
    ];
    for (const [input, where] of cases) {
      try {
        planTreatment(input);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PlanningError);
        expect((e as PlanningError).issues[0]?.where).toBe(where);
        expect((e as PlanningError).issues[0]?.message.startsWith(`${where}: `)).toBe(true);
      }
    }
  });

  it('is typed: the formulation needs both screens and a known delivery context', () => {
    expectTypeOf(planTreatment).returns.toEqualTypeOf<TreatmentPlan>();
    // @ts-expect-error the risk screen is required
    expect(() => planTreatment({ ...base, riskScreen: undefined })).toThrow();
    // @ts-expect-error 'app' is not a delivery context
    planTreatment({ ...base, delivery: 'app' });
  });
});

/** The contraindications a formulation shows, computed here independently of the planner. */
function expectedContraindications(x: Formulation): Set<Contraindication> {
  const out = new Set<Contraindication>();
  const s = x.contraindicationScreen;
  const yes = (a: string | undefined) => a === 'yes' || a === 'unsure';
  if (yes(s.dissociation)) out.add('severe-dissociation');
  if (yes(s.psychosis)) out.add('psychosis');
  if (yes(s.activeSubstanceMisuse)) out.add('substance-intoxication');
  if (yes(s.recentTrauma)) out.add('recent-trauma');
  if (yes(s.currentCrisis)) out.add('current-crisis');
  if (yes(s.unsafeLivingSituation)) out.add('unsafe-living-situation');
  if (itemPresent(x.riskScreen.suicidalThoughts)) out.add('active-suicidality');
  if (itemPresent(x.riskScreen.selfHarm)) out.add('self-harm');
  if (urgent(x) || unreviewedOrCurrentReviewFlag(x)) {
    out.add('active-suicidality');
    out.add('self-harm');
  }
  return out;
}
/** How a risk answer counts, computed here independently of the planner. */
const itemState = (a: RiskItem) =>
  a.answer === 'no'
    ? 'none'
    : a.review?.outcome === 'current' || (a.answer === 'yes' && (a.recency === 'now' || a.recency === 'past-2-weeks'))
      ? 'current'
      : a.review !== undefined
        ? 'reviewed'
        : a.answer === 'yes'
          ? 'unreviewed'
          : 'unanswered';
const itemPresent = (a: RiskItem) => itemState(a) !== 'none' && itemState(a) !== 'reviewed';
const flagsOf = (x: Formulation, level: string) =>
  Object.entries(x.measures ?? {}).flatMap(([instrument, r]) => r.flags.filter((fl) => fl.level === level).map((fl) => ({ instrument, id: fl.id })));
const reviewOf = (x: Formulation, fl: { instrument: string; id: string }) => x.flagReviews?.find((r) => r.instrument === fl.instrument && r.flag === fl.id);
const urgent = (x: Formulation) => flagsOf(x, 'urgent').length > 0;
const unreviewedOrCurrentReviewFlag = (x: Formulation) => flagsOf(x, 'review').some((fl) => reviewOf(x, fl)?.outcome !== 'not-current');
const riskPresent = (x: Formulation) =>
  urgent(x) ||
  flagsOf(x, 'review').some((fl) => reviewOf(x, fl)?.outcome === 'current') ||
  Object.values(x.riskScreen).some((a) => itemState(a) === 'current' || itemState(a) === 'unreviewed');

describe('planTreatment: properties over random formulations', () => {
  const runs = { numRuns: 400 };

  it('never offers an exercise the formulation contraindicates', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const present = expectedContraindications(x);
        const plan = planTreatment(x);
        expect(new Set(plan.contraindications)).toEqual(present);
        for (const e of plan.exercises) {
          const script = scriptById.get(e.id);
          expect(script?.contraindications.filter((q) => present.has(q.contraindication))).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('puts safety first whenever risk is present, and then offers no imagery, body or memory work (no self-guided one above all)', () => {
    let positive = 0;
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        if (!riskPresent(x)) return;
        positive++;
        expect(plan.risk.status).toBe('positive');
        expect(plan.safetyFirst).toBe(true);
        expect(ids(plan.safetyActions).slice(0, 2)).toEqual(['safety-plan', 'crisis-resources']);
        expect(plan.phases[0]?.goals[0]?.startsWith('Safety first')).toBe(true);
        expect(plan.exercises.filter((e) => hasFocus(e, INTENSIVE) && e.delivery !== 'therapist')).toEqual([]);
        expect(plan.exercises.filter((e) => hasFocus(e, INTENSIVE))).toEqual([]);
        expect(plan.techniques[0]?.technique).toBe('regulate');
      }),
      runs,
    );
    expect(positive).toBeGreaterThan(50);
  });

  it('withholds imagery and body work with dissociation or psychosis, and self-guided intensive work when a risk answer is declined', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        const present = expectedContraindications(x);
        if (present.has('severe-dissociation') || present.has('psychosis')) expect(plan.exercises.filter((e) => hasFocus(e, ['imagery', 'body']))).toEqual([]);
        if (Object.values(x.riskScreen).some((a) => itemState(a) === 'unanswered'))
          expect(plan.exercises.filter((e) => hasFocus(e, INTENSIVE) && e.delivery !== 'therapist')).toEqual([]);
      }),
      runs,
    );
  });

  it('offers a self-guided app only self-guided scripts', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        if (x.delivery === 'self-guided-app') expect(plan.exercises.every((e) => e.delivery === 'self')).toBe(true);
      }),
      runs,
    );
  });

  it('gives every technique and every exercise a reason, always carries the disclaimer, and cites only rules of the table', () => {
    const ruleIds = new Set<string>(PLANNING_RULES.map((r) => r.id));
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        expect(plan.disclaimer).toBe(PLAN_DISCLAIMER);
        expect(plan.disclaimer).toContain('not a diagnosis');
        expect(plan.techniques.map((t) => t.technique).sort()).toEqual(['corrective', 'explore', 'mindful', 'regulate', 'reparent']);
        expect(plan.techniques.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5]);
        for (const t of plan.techniques) expect(t.reason.length).toBeGreaterThan(20);
        for (const e of plan.exercises) expect(e.reason.length).toBeGreaterThan(20);
        for (const w of plan.withheldExercises) expect(w.reasons.length).toBeGreaterThan(0);
        expect([...ids(plan.exercises), ...ids(plan.withheldExercises)].sort()).toEqual(ids(exerciseScripts).sort());
        expect(ids(plan.appliedRules)).toContain('plan.decision-support');
        for (const r of plan.appliedRules) expect(ruleIds.has(r.id)).toBe(true);
        expect(ids(plan.safetyActions)).toContain('crisis-access-visible');
      }),
      runs,
    );
  });

  it('lays out contiguous phases and a schedule within the course; fearful or disorganised gets the longest stabilisation the course allows', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        const n = plan.plannedSessions;
        expect(plan.phases[0]?.firstSession).toBe(1);
        expect(plan.phases[3]?.lastSession).toBe(n);
        for (let i = 1; i < 4; i++) expect(plan.phases[i]?.firstSession).toBe((plan.phases[i - 1]?.lastSession ?? 0) + 1);
        for (const p of plan.phases) expect(p.lastSession).toBeGreaterThanOrEqual(p.firstSession);
        for (const m of plan.measurementSchedule) {
          expect(m.sessions.every((s, i) => s >= 1 && s <= n && (i === 0 || s > (m.sessions[i - 1] ?? 0)))).toBe(true);
        }
        expect(plan.measurementSchedule.find((m) => m.instrument === 'phq-9')?.sessions).toHaveLength(n);
        if (plan.attachment.profile === 'disorganised' || plan.risk.status === 'positive') {
          const s = plan.phases[1];
          expect((s?.lastSession ?? 0) - (s?.firstSession ?? 0) + 1).toBe(Math.min(8, n - 7));
        }
      }),
      runs,
    );
  });

  it('is pure: deep-frozen input, the same plan twice, and a frozen result', () => {
    fc.assert(
      fc.property(formulation, (x) => {
        const frozen = deepFreeze(structuredClone(x));
        const a = planTreatment(frozen);
        expect(planTreatment(frozen)).toEqual(a);
        expect(Object.isFrozen(a) && Object.isFrozen(a.exercises) && Object.isFrozen(a.techniques[0])).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
