// Safety of plans: crisis help by region, every risk answer seen, two audiences, safeguarding,
// clinician review and recency (issue 14, points 1 to 5).
import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { phq9 } from '../../src/instruments/index.js';
import {
  type Formulation,
  PlanningError,
  type PlanOptions,
  planTreatment,
  type RiskItem,
  SAFETY_ACTIONS,
  type TreatmentPlan,
} from '../../src/planning/index.js';
import { crisisHelp, crisisResources, domesticAbuseHelp } from '../../src/safety/index.js';
import type { CrisisContact, ResourceOverride } from '../../src/safety/types.js';
import { planFromIntake, safePlanTreatment, treatmentPlanSchema } from '../../src/schemas/index.js';
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
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const INTENSIVE = ['imagery', 'body', 'memory'];
const intensive = (e: { focus: readonly string[] }) => e.focus.some((x) => INTENSIVE.includes(x));
const PHQ_BLANK_9 = score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, null, 1]);
const PHQ_ITEM9 = score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 1, 1]);
const SOURCE = { url: 'https://example.org/help', checked: '2026-11-01' } as const;
const contact = (id: string, kind: CrisisContact['kind'], phone: string): CrisisContact => ({
  id,
  kind,
  name: `Help line ${id.split('-').pop()}`,
  phone,
  hours: 'Every day',
  source: SOURCE,
});
/** An app's own resources with fake numbers, as an app would pass them. */
const FAKE: ResourceOverride = {
  mode: 'replace',
  contacts: [contact('zz-emergency', 'emergency', '555 0100'), contact('zz-crisis', 'crisis', '555 0101'), contact('zz-abuse', 'domestic-abuse', '555 0102')],
};

/** Every string in a plan, with its key, except where published sources are cited. */
function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'source' ? [] : strings(v, k)));
  return [];
}
/** Phone-like tokens: three or more digits, with spaces or hyphens between groups, not inside a version, a word or a citation (DOI, URL, year, pages). */
const phoneTokens = (text: string): string[] =>
  [
    ...text
      // Citations, and the name of the 5-4-3-2-1 grounding exercise, are not phone numbers.
      // A year stands alone; a four-digit group inside a phone number ("0808 2000 247") is not one.
      .replace(/doi:\S+|https?:\/\/\S+|\b\d{4}-\d\d-\d\d\b|(?<!\d[ -])\b(19|20)\d\d\b(?![ -]\d)|\d+[–:]\d+|\b5-4-3-2-1\b/g, ' ')
      .matchAll(/(?<![\w.:/-])\+?\d[\d -]*\d(?![\w.%/-]*\w)/g),
  ]
    .map((m) => m[0].replace(/\D/g, ''))
    .filter((d) => d.length >= 3);
const digits = (s: string) => s.replace(/\D/g, '');
/** The numbers the region's resources (with the app's override) give. */
function allowedNumbers(options: PlanOptions | undefined): Set<string> {
  if (options?.region === undefined) return new Set();
  const res = crisisResources(options.region, options.resources === undefined ? undefined : { resources: options.resources });
  return new Set((res?.contacts ?? []).flatMap((c) => [c.phone, c.text?.number].filter((x): x is string => x !== undefined).map(digits)));
}
/** Every person-facing safety text of a plan. */
const personTexts = (plan: TreatmentPlan): string[] => [
  ...plan.forPerson.map((m) => m.text),
  ...plan.safetyActions.map((a) => a.forPerson).filter((x): x is string => x !== null),
];

const regionOptions: fc.Arbitrary<PlanOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.constantFrom('GB', 'US', 'CA', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ZZ', 'XK').map((region) => ({ region })),
  fc
    .tuple(
      fc.constantFrom('GB', 'US', 'NZ', 'ZZ'),
      fc.constantFrom<'replace' | 'extend'>('replace', 'extend'),
      fc.uniqueArray(fc.integer({ min: 100, max: 199 }), { minLength: 3, maxLength: 3 }),
    )
    .map(([region, mode, n]) => ({
      region,
      resources: {
        mode,
        contacts: [
          contact('zz-emergency', 'emergency', `555 0${n[0]}`),
          contact('zz-crisis', 'crisis', `555 0${n[1]}`),
          contact('zz-abuse', 'domestic-abuse', `555 0${n[2]}`),
        ],
      },
    })),
);

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
const flags = (x: Formulation) => Object.entries(x.measures ?? {}).flatMap(([instrument, r]) => r.flags.map((fl) => ({ instrument, ...fl })));
const flagReview = (x: Formulation, fl: { instrument: string; id: string }) =>
  x.flagReviews?.find((r) => r.instrument === fl.instrument && r.flag === fl.id)?.outcome;
/** Positive (current or unreviewed) or unknown (unanswered, unsure, unreviewed) risk. */
function riskKnownSafe(x: Formulation): { positive: boolean; unknown: boolean } {
  const states = Object.values(x.riskScreen).map(itemState);
  const fl = flags(x);
  const positive =
    fl.some((g) => g.level === 'urgent' || (g.level === 'review' && flagReview(x, g) === 'current')) ||
    states.some((s) => s === 'current' || s === 'unreviewed');
  const unknown = fl.some((g) => g.level === 'review' && flagReview(x, g) === undefined) || states.includes('unanswered');
  return { positive, unknown };
}

describe('plans and regions: crisis help comes only from safety/ data for the region asked', () => {
  it('names no phone number without a region, and says "your local emergency number or a crisis line"', () => {
    const plan = planTreatment(f({ measures: { 'phq-9': PHQ_ITEM9 } }));
    expect(plan.region).toBeNull();
    const action = plan.safetyActions.find((a) => a.id === 'crisis-resources');
    expect(action?.forPerson).toBe(crisisHelp().text);
    expect(action?.forPerson).toMatch(/call your local emergency number or a crisis line\.$/);
    expect(plan.forPerson.at(-1)).toEqual({ kind: 'crisis-help', id: 'crisis-help', text: crisisHelp().text });
    for (const s of strings(plan)) expect(phoneTokens(s.text), `${s.key}: ${s.text}`).toEqual([]);
  });

  it('names the numbers of the region asked, from an app’s own resources', () => {
    const plan = planTreatment(f({ measures: { 'phq-9': PHQ_ITEM9 } }), { region: 'GB', resources: FAKE });
    expect(plan.region).toBe('GB');
    const text = plan.safetyActions.find((a) => a.id === 'crisis-resources')?.forPerson ?? '';
    expect(text).toBe(crisisHelp({ region: 'GB', resources: FAKE }).text);
    expect(text).toContain('call 555 0100');
    expect(text).toContain('555 0101');
    expect(text).not.toContain('555 0102');
    expect(treatmentPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('writes no "988" or "911" into any plan (they were in the crisis-resources action)', () => {
    for (const a of SAFETY_ACTIONS) expect(`${a.title} ${a.detail}`).not.toMatch(/\d{3}/);
  });

  it('rejects a region that is not a code and resources that are not valid, naming the option', () => {
    const bad = (o: unknown) => {
      try {
        planTreatment(base, o as PlanOptions);
      } catch (e) {
        if (e instanceof PlanningError) return e.issues.map((i) => i.where);
      }
      return [];
    };
    expect(bad({ region: 'gb' })).toEqual(['options.region']);
    expect(bad({ region: 'GB', resources: { mode: 'replace', contacts: [{ id: 'x' }] } })[0]).toBe('options.resources');
  });

  it('property: no phone number in any plan that is not in the resources of the region asked (none without a region)', () => {
    let withNumbers = 0;
    fc.assert(
      fc.property(formulation, regionOptions, (x, options) => {
        const plan = planTreatment(x, options);
        const allowed = allowedNumbers(options);
        if (allowed.size > 0) withNumbers++;
        for (const s of strings(plan)) for (const t of phoneTokens(s.text)) expect(allowed.has(t), `${s.key}: ${s.text}`).toBe(true);
        for (const t of personTexts(plan)) for (const d of phoneTokens(t)) expect(allowed.has(d), t).toBe(true);
        expect(treatmentPlanSchema.safeParse(plan).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(withNumbers).toBeGreaterThan(30);
  });
});

describe('plans cite published sources, never our working notes', () => {
  it('property: no plan text (reasons, sources, actions, adaptations) names the clinical brief or its marks', () => {
    fc.assert(
      fc.property(formulation, regionOptions, (x, options) => {
        const text = JSON.stringify(planTreatment(x, options));
        expect(text).not.toMatch(/clinical brief|Brief ✅|§|✅|◐|⚠/i);
      }),
      { numRuns: 200 },
    );
  });
});

describe('every risk answer is seen: positive and unknown risk put safety first', () => {
  it('a blank PHQ-9 item 9 (a review flag) is unknown risk until reviewed: safety first, finish the screen, no intensive practice alone', () => {
    const plan = planTreatment(f({ measures: { 'phq-9': PHQ_BLANK_9 }, delivery: 'self-guided-app' }));
    expect(plan.risk.status).toBe('unknown');
    expect(plan.safetyFirst).toBe(true);
    expect(ids(plan.safetyActions)).toEqual(['safety-plan', 'crisis-resources', 'complete-risk-screen', 'nobody-monitoring', 'crisis-access-visible']);
    expect(plan.contraindications).toEqual(['active-suicidality', 'self-harm']);
    expect(plan.exercises.filter(intensive)).toEqual([]);
    const flag = PHQ_BLANK_9.flags.find((x) => x.id === 'phq9-item9-unanswered');
    expect(flag?.level).toBe('review');
    expect(plan.risk.reasons[0]).toContain(flag?.message);
    // The person is shown the client message, never the clinician message.
    expect(plan.forPerson[0]).toEqual({ kind: 'flag', id: 'phq-9:phq9-item9-unanswered', text: flag?.clientMessage });
    expect(personTexts(plan).some((t) => t.includes(flag?.message ?? '!'))).toBe(false);
  });

  it('a blank item 9 that a clinician reviewed as not current no longer blocks work; reviewed as current, it is positive risk', () => {
    const review = { instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30' } as const;
    const cleared = planTreatment(f({ measures: { 'phq-9': PHQ_BLANK_9 }, flagReviews: [{ ...review, outcome: 'not-current' }] }));
    expect(cleared.risk.status).toBe('reviewed');
    expect(cleared.safetyFirst).toBe(false);
    expect(cleared.contraindications).toEqual([]);
    expect(cleared.risk.reasons[0]).toBe('phq-9: review flag "phq9-item9-unanswered" (reviewed 2026-11-30: not current).');
    const current = planTreatment(f({ measures: { 'phq-9': PHQ_BLANK_9 }, flagReviews: [{ ...review, outcome: 'current' }] }));
    expect(current.risk.status).toBe('positive');
    expect(ids(current.safetyActions)).toContain('clinician-review-today');
    expect(current.exercises.filter(intensive)).toEqual([]);
  });

  it('an urgent flag stays current risk, even after a review (its time frame is the last 2 weeks)', () => {
    const plan = planTreatment(
      f({ measures: { 'phq-9': PHQ_ITEM9 }, flagReviews: [{ instrument: 'phq-9', flag: 'phq9-item9', reviewedAt: '2026-11-30', outcome: 'not-current' }] }),
    );
    expect(plan.risk.status).toBe('positive');
    expect(plan.exercises.filter(intensive)).toEqual([]);
  });

  it('property: safety first for every positive or unknown risk; intensive work withheld while risk is current or unreviewed', () => {
    let positive = 0;
    let unknown = 0;
    fc.assert(
      fc.property(formulation, (x) => {
        const plan = planTreatment(x);
        const r = riskKnownSafe(x);
        if (r.positive) positive++;
        else if (r.unknown) unknown++;
        expect(plan.risk.status).toBe(r.positive ? 'positive' : r.unknown ? 'unknown' : plan.risk.status);
        if (r.positive || r.unknown) {
          expect(plan.safetyFirst).toBe(true);
          expect(ids(plan.safetyActions).slice(0, 2)).toEqual(['safety-plan', 'crisis-resources']);
          expect(plan.exercises.filter((e) => intensive(e) && e.delivery !== 'therapist')).toEqual([]);
        }
        if (r.positive) expect(plan.exercises.filter(intensive)).toEqual([]);
        if (!r.positive && !r.unknown) expect(['reviewed', 'negative']).toContain(plan.risk.status);
      }),
      { numRuns: 400 },
    );
    expect(positive).toBeGreaterThan(50);
    expect(unknown).toBeGreaterThan(10);
  });
});

describe('clinician review and recency of risk answers', () => {
  const pastYes = (review?: RiskItem['review']): RiskItem =>
    review === undefined ? { answer: 'yes', recency: 'past-year' } : { answer: 'yes', recency: 'past-year', review };

  it('a past yes no clinician has reviewed blocks all imagery, body and memory work; reviewed as not current, therapist-led work goes ahead', () => {
    const before = planTreatment(f({ riskScreen: { ...CLEAR_RISK, selfHarm: pastYes() } }));
    expect(before.risk.status).toBe('positive');
    expect(ids(before.safetyActions)).toContain('clinician-review');
    expect(before.exercises.filter(intensive)).toEqual([]);
    expect(before.contraindications).toEqual(['self-harm']);

    const after = planTreatment(f({ riskScreen: { ...CLEAR_RISK, selfHarm: pastYes({ reviewedAt: '2026-11-30', outcome: 'not-current' }) } }));
    expect(after.risk.status).toBe('reviewed');
    expect(after.risk.reasons[0]).toBe('Risk screen: self-harm, yes (in the last year, reviewed 2026-11-30: not current).');
    expect(after.safetyFirst).toBe(false);
    expect(ids(after.safetyActions)).toEqual(['safety-plan', 'crisis-access-visible']);
    expect(after.contraindications).toEqual([]);
    expect(after.exercises.filter((e) => intensive(e) && e.delivery === 'therapist').length).toBeGreaterThan(0);
    expect(after.exercises.every((e) => e.variant === 'trauma-sensitive')).toBe(true);
    expect(ids(after.appliedRules)).toContain('risk.reviewed.not-current');
  });

  it('a current yes stays current risk whatever the review says; a past yes reviewed as current needs a review today', () => {
    const now = planTreatment(
      f({ riskScreen: { ...CLEAR_RISK, suicidalThoughts: { answer: 'yes', recency: 'now', review: { reviewedAt: '2026-11-30', outcome: 'not-current' } } } }),
    );
    expect(now.risk.status).toBe('positive');
    expect(now.exercises.filter(intensive)).toEqual([]);
    const past = planTreatment(f({ riskScreen: { ...CLEAR_RISK, suicidalThoughts: pastYes({ reviewedAt: '2026-11-30', outcome: 'current' }) } }));
    expect(past.risk.status).toBe('positive');
    expect(ids(past.safetyActions)).toContain('clinician-review-today');
    expect(ids(past.safetyActions)).not.toContain('clinician-review');
  });

  it('a declined question a clinician has asked again and reviewed as not current no longer counts as unknown', () => {
    const plan = planTreatment(
      f({ riskScreen: { ...CLEAR_RISK, selfHarm: { answer: 'declined', review: { reviewedAt: '2026-11-30', outcome: 'not-current' } } } }),
    );
    expect(plan.risk.status).toBe('reviewed');
    expect(plan.contraindications).toEqual([]);
  });

  it('rejects a review without a date or with an unknown outcome, naming the path', () => {
    const bad = (x: Formulation) => {
      try {
        planTreatment(x);
      } catch (e) {
        if (e instanceof PlanningError) return e.issues.map((i) => i.where);
      }
      return [];
    };
    expect(bad(f({ riskScreen: { ...CLEAR_RISK, selfHarm: pastYes({ reviewedAt: 'last week', outcome: 'not-current' }) } }))).toEqual([
      'riskScreen.selfHarm.review.reviewedAt',
    ]);
    expect(bad(f({ flagReviews: [{ instrument: 'phq-9', flag: 'phq9-item9', reviewedAt: '2026-11-30', outcome: 'fine' as 'current' }] }))).toEqual([
      'flagReviews[0].outcome',
    ]);
  });

  it('the schemas carry reviews and the region: safePlanTreatment and planFromIntake', () => {
    const r = safePlanTreatment(
      { ...base, riskScreen: { ...CLEAR_RISK, selfHarm: pastYes({ reviewedAt: '2026-11-30', outcome: 'not-current' }) } },
      { region: 'NZ', resources: FAKE },
    );
    expect(r.ok && r.value.risk.status).toBe('reviewed');
    expect(r.ok && r.value.region).toBe('NZ');
    expect(safePlanTreatment({ ...base, riskScreen: { ...CLEAR_RISK, selfHarm: pastYes({ reviewedAt: '30/11/2026', outcome: 'not-current' }) } }).ok).toBe(
      false,
    );
    const no = { answer: 'no' };
    const request = {
      intake: {
        concerns: { depression: {} },
        attachmentHistory: { caregivers: [], separationsAndLosses: [] },
        currentRelationships: [],
        riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
        contraindicationScreen: { ...CLEAR_SCREEN, unsafeLivingSituation: 'yes' },
        preferences: { deliveryMode: 'self', language: 'en' },
      },
      measures: { 'phq-9': [1, 1, 1, 1, 0, 1, 0, 0, null, 1] },
      flagReviews: [{ instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30', outcome: 'not-current' }],
      region: 'IE',
    };
    const p = planFromIntake(request, { resources: FAKE });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.value.region).toBe('IE');
    expect(p.value.risk.status).toBe('reviewed');
    expect(p.value.safetyActions.find((a) => a.id === 'safeguarding')?.forPerson).toContain('555 0102');
    expect(planFromIntake({ ...request, region: 'ireland' }).ok).toBe(false);
  });
});

describe('safeguarding: someone is hurting you or making you feel unsafe at home', () => {
  it('a yes adds a safeguarding action with the region’s domestic-abuse help, not only the removal of scripts', () => {
    const plan = planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, unsafeLivingSituation: 'yes' } }), { region: 'AU', resources: FAKE });
    const action = plan.safetyActions.find((a) => a.id === 'safeguarding');
    expect(action).toMatchObject({ rule: 'safeguarding.unsafe-at-home', personHelp: 'domestic-abuse' });
    expect(action?.forPerson).toBe(domesticAbuseHelp({ region: 'AU', resources: FAKE }).text);
    expect(action?.forPerson).toContain('555 0102');
    expect(plan.forPerson.at(-1)).toEqual({ kind: 'domestic-abuse-help', id: 'domestic-abuse-help', text: action?.forPerson });
    expect(plan.contraindications).toContain('unsafe-living-situation');
    const none = planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, unsafeLivingSituation: 'yes' } }));
    expect(none.safetyActions.find((a) => a.id === 'safeguarding')?.forPerson).toBe(domesticAbuseHelp().text);
  });

  it('"unsure" counts as yes; "no" or not asked adds no safeguarding action', () => {
    expect(ids(planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, unsafeLivingSituation: 'unsure' } })).safetyActions)).toContain('safeguarding');
    expect(ids(planTreatment(f({ contraindicationScreen: { ...CLEAR_SCREEN, unsafeLivingSituation: 'no' } })).safetyActions)).not.toContain('safeguarding');
    expect(ids(planTreatment(base).safetyActions)).not.toContain('safeguarding');
  });

  it('property: a safeguarding action for every "yes" on the home-safety question, with the help of the region asked', () => {
    fc.assert(
      fc.property(formulation, regionOptions, (x, options) => {
        const plan = planTreatment(x, options);
        const answer = x.contraindicationScreen.unsafeLivingSituation;
        const action = plan.safetyActions.find((a) => a.id === 'safeguarding');
        if (answer === 'yes' || answer === 'unsure') {
          expect(action?.forPerson?.endsWith(domesticAbuseHelp(options).text)).toBe(true);
          expect(plan.forPerson.some((m) => m.kind === 'domestic-abuse-help')).toBe(true);
        } else expect(action).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('person-facing safety text in a plan reads at US grade 6 or below', () => {
  // With no region, and with an app's own resources (fake names and numbers). The wording of the
  // shipped regions' contacts is checked with the safety/ data.
  const options = fc.oneof(
    fc.constant(undefined),
    fc.constant<PlanOptions>({ region: 'GB', resources: FAKE }),
    fc.constant<PlanOptions>({ region: 'US', resources: { ...FAKE, mode: 'extend' as const, contacts: FAKE.contacts.slice(1) } }),
  );
  it('property: every forPerson text, with and without a region', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(formulation, options, (x, options) => {
        for (const t of personTexts(planTreatment(x, options))) seen.add(t);
      }),
      { numRuns: 200 },
    );
    expect(seen.size).toBeGreaterThan(4);
    for (const t of seen) expect(readability.fleschKincaidGrade(t), t).toBeLessThanOrEqual(6);
  });
});
