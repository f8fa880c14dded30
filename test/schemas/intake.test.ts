import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ContraindicationScreen, RiskScreen } from '../../src/planning/index.js';
import {
  clinicianReviewSchema,
  flagReviewSchema,
  INTAKE_LIMITS,
  type Intake,
  intakeSchema,
  jsonSchemaOf,
  parseIntake,
  plainErrorMap,
  SchemaError,
  type SchemaIssue,
  safeParseIntake,
} from '../../src/schemas/index.js';
import { CLEAR_RISK, CLEAR_SCREEN, intake, junk, pathsOf, setAt } from '../planning/_arbitraries.js';
import { ajvFor, verdicts } from './_ajv.js';

const valid = {
  concerns: { anxiety: { detail: 'Worse since the move.' }, loneliness: {} },
  attachmentHistory: {
    caregivers: [
      { label: 'Mum', relationship: 'mother', notes: 'Often away for work.' },
      { label: 'Nan', relationship: 'grandparent' },
    ],
    separationsAndLosses: [{ kind: 'bereavement', ageYears: 9, person: 'Grandad' }],
    earlyExperienceNotes: 'Moved house four times before age ten.',
  },
  currentRelationships: [{ relationship: 'partner', quality: 'mixed' }],
  riskScreen: CLEAR_RISK,
  contraindicationScreen: CLEAR_SCREEN,
  preferences: { deliveryMode: 'self', language: 'en-GB' },
};

const issuesOf = (input: unknown): readonly SchemaIssue[] => {
  const r = safeParseIntake(input);
  return r.ok ? [] : r.issues;
};

describe('intakeSchema: valid intakes', () => {
  it('accepts a complete intake, and so does the JSON Schema export under ajv', () => {
    expect(safeParseIntake(valid).ok).toBe(true);
    expect(verdicts(intakeSchema, valid)).toEqual({ zod: true, ajv: true });
  });

  it('accepts the smallest intake: one concern, empty history and relationships, both screens, preferences', () => {
    const small = { ...valid, concerns: { depression: {} }, attachmentHistory: { caregivers: [], separationsAndLosses: [] }, currentRelationships: [] };
    expect(verdicts(intakeSchema, small)).toEqual({ zod: true, ajv: true });
  });

  it('accepts text exactly at each limit and refuses one character more (zod and ajv alike)', () => {
    const at = setAt(valid, ['concerns', 'anxiety', 'detail'], 'a'.repeat(INTAKE_LIMITS.concernDetail));
    const over = setAt(valid, ['concerns', 'anxiety', 'detail'], 'a'.repeat(INTAKE_LIMITS.concernDetail + 1));
    expect(verdicts(intakeSchema, at)).toEqual({ zod: true, ajv: true });
    expect(verdicts(intakeSchema, over)).toEqual({ zod: false, ajv: false });
    const notesAt = setAt(valid, ['attachmentHistory', 'earlyExperienceNotes'], 'b'.repeat(INTAKE_LIMITS.earlyExperienceNotes));
    const notesOver = setAt(valid, ['attachmentHistory', 'earlyExperienceNotes'], 'b'.repeat(INTAKE_LIMITS.earlyExperienceNotes + 1));
    expect(verdicts(intakeSchema, notesAt)).toEqual({ zod: true, ajv: true });
    expect(verdicts(intakeSchema, notesOver)).toEqual({ zod: false, ajv: false });
  });

  it('accepts lists exactly at each limit and refuses one entry more', () => {
    const cg = { label: 'Carer', relationship: 'other-carer' };
    for (const [path, max, entry] of [
      [['attachmentHistory', 'caregivers'], INTAKE_LIMITS.caregivers, cg],
      [['attachmentHistory', 'separationsAndLosses'], INTAKE_LIMITS.separationsAndLosses, { kind: 'other', ageYears: 3 }],
      [['currentRelationships'], INTAKE_LIMITS.currentRelationships, { relationship: 'friend' }],
    ] as const) {
      expect(verdicts(intakeSchema, setAt(valid, path, Array(max).fill(entry)))).toEqual({ zod: true, ajv: true });
      expect(verdicts(intakeSchema, setAt(valid, path, Array(max + 1).fill(entry)))).toEqual({ zod: false, ajv: false });
    }
  });

  it('types the output so it feeds the planner: the screens are the planning types', () => {
    expectTypeOf<Intake['riskScreen']>().toExtend<RiskScreen>();
    expectTypeOf<Intake['contraindicationScreen']>().toExtend<ContraindicationScreen>();
    expectTypeOf<Intake['preferences']['deliveryMode']>().toEqualTypeOf<'self' | 'guided' | 'therapist'>();
    // @ts-expect-error a concern outside the closed list is not a key of the output
    expectTypeOf<Intake['concerns']['sadness']>().toBeUnknown();
  });
});

describe('intakeSchema: invalid intakes name the path and the problem', () => {
  const cases: readonly [string, unknown, string, string][] = [
    [
      'an unknown field at the top',
      { ...valid, notes: 'x' },
      '(the whole input)',
      '(the whole input): has an unknown field "notes": remove it or check the spelling.',
    ],
    ['no concern at all', { ...valid, concerns: {} }, 'concerns', 'concerns: needs at least one presenting concern.'],
    [
      'a concern outside the list',
      { ...valid, concerns: { sadness: {} } },
      'concerns',
      'concerns: has an unknown field "sadness": remove it or check the spelling.',
    ],
    [
      'a blank detail',
      setAt(valid, ['concerns', 'anxiety', 'detail'], '   '),
      'concerns.anxiety.detail',
      'concerns.anxiety.detail: must not be empty or only spaces.',
    ],
    [
      'a detail over the limit',
      setAt(valid, ['concerns', 'anxiety', 'detail'], 'a'.repeat(1001)),
      'concerns.anxiety.detail',
      'concerns.anxiety.detail: is too long: at most 1000 characters (received 1001).',
    ],
    [
      'a caregiver relationship outside the list',
      setAt(valid, ['attachmentHistory', 'caregivers', 0, 'relationship'], 'aunty'),
      'attachmentHistory.caregivers[0].relationship',
      'attachmentHistory.caregivers[0].relationship: must be one of "mother", "father", "parent", "step-parent", "adoptive-parent", "foster-carer", "grandparent", "sibling", "other-relative", "other-carer" (received "aunty").',
    ],
    [
      'an age that is not a whole number',
      setAt(valid, ['attachmentHistory', 'separationsAndLosses', 0, 'ageYears'], 4.5),
      'attachmentHistory.separationsAndLosses[0].ageYears',
      'attachmentHistory.separationsAndLosses[0].ageYears: expected a whole number, received the number 4.5.',
    ],
    [
      'an age over the limit',
      setAt(valid, ['attachmentHistory', 'separationsAndLosses', 0, 'ageYears'], 121),
      'attachmentHistory.separationsAndLosses[0].ageYears',
      'attachmentHistory.separationsAndLosses[0].ageYears: must be at most 120 (received 121).',
    ],
    [
      'a yes on the risk screen without its recency',
      setAt(valid, ['riskScreen', 'selfHarm'], { answer: 'yes' }),
      'riskScreen.selfHarm.recency',
      'riskScreen.selfHarm.recency: is required but missing; it must be one of "now", "past-2-weeks", "past-year", "over-a-year-ago".',
    ],
    [
      'a recency on a "no"',
      setAt(valid, ['riskScreen', 'selfHarm'], { answer: 'no', recency: 'now' }),
      'riskScreen.selfHarm',
      'riskScreen.selfHarm: has an unknown field "recency": remove it or check the spelling.',
    ],
    [
      'a risk answer outside the list',
      setAt(valid, ['riskScreen', 'suicidalThoughts'], { answer: 'maybe' }),
      'riskScreen.suicidalThoughts.answer',
      'riskScreen.suicidalThoughts.answer: must be one of "yes", "no", "declined" (received "maybe").',
    ],
    [
      'a missing risk question',
      setAt(valid, ['riskScreen', 'harmToOthers'], undefined),
      'riskScreen.harmToOthers',
      'riskScreen.harmToOthers: is required but missing.',
    ],
    [
      'a boolean on the contraindication screen',
      setAt(valid, ['contraindicationScreen', 'psychosis'], true),
      'contraindicationScreen.psychosis',
      'contraindicationScreen.psychosis: must be one of "yes", "no", "unsure" (received true).',
    ],
    [
      'a language that is not a tag',
      setAt(valid, ['preferences', 'language'], 'English please'),
      'preferences.language',
      'preferences.language: must be a language tag such as "en", "en-GB" or "es-419".',
    ],
    [
      'a delivery mode outside the list',
      setAt(valid, ['preferences', 'deliveryMode'], 'app'),
      'preferences.deliveryMode',
      'preferences.deliveryMode: must be one of "self", "guided", "therapist" (received "app").',
    ],
    ['a list where an object belongs', setAt(valid, ['preferences'], []), 'preferences', 'preferences: expected an object, received a list.'],
  ];

  it.each(cases)('%s', (_name, input, where, message) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.where)).toContain(where);
    expect(issues.find((i) => i.where === where)?.message).toBe(message);
    expect(ajvFor(intakeSchema)(input)).toBe(false);
  });

  it('reports every problem at once, each message starting with its path', () => {
    const issues = issuesOf({});
    expect(issues.map((i) => i.where)).toEqual([
      'concerns',
      'attachmentHistory',
      'currentRelationships',
      'riskScreen',
      'contraindicationScreen',
      'preferences',
    ]);
    for (const i of issues) expect(i.message.startsWith(`${i.where}: `)).toBe(true);
  });

  it('never echoes free text beyond a short preview', () => {
    const secret = `My private story ${'x'.repeat(5000)}`;
    const issues = issuesOf(setAt(valid, ['attachmentHistory', 'caregivers', 0, 'relationship'], secret));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('"My private story xxxxxxx"…');
    expect(issues[0]?.message.length).toBeLessThan(400);
    const keys = issuesOf({ ...valid, [secret]: 1 });
    expect(keys[0]?.message.length).toBeLessThan(200);
  });

  it('parseIntake throws a SchemaError with the same issues; plainErrorMap gives zod users the same words', () => {
    expect(() => parseIntake({})).toThrow(SchemaError);
    try {
      parseIntake({ ...valid, concerns: {} });
    } catch (e) {
      expect(e).toBeInstanceOf(SchemaError);
      expect((e as SchemaError).issues[0]?.message).toBe('concerns: needs at least one presenting concern.');
      expect((e as SchemaError).message).toContain('Invalid intake: concerns: needs at least one presenting concern.');
    }
    expect(parseIntake(valid).preferences.language).toBe('en-GB');
    const r = intakeSchema.safeParse(setAt(valid, ['preferences', 'deliveryMode'], 'app'), { error: plainErrorMap });
    expect(r.error?.issues[0]?.message).toBe('preferences.deliveryMode: must be one of "self", "guided", "therapist" (received "app").');
  });
});

describe('intakeSchema and its JSON Schema agree (ajv 8)', () => {
  it('exports strict objects: unknown keys are refused everywhere', () => {
    const js = jsonSchemaOf(intakeSchema) as { additionalProperties?: unknown; properties?: Record<string, { additionalProperties?: unknown }> };
    expect(js.additionalProperties).toBe(false);
    expect(js.properties?.preferences?.additionalProperties).toBe(false);
  });

  it('accepts every generated valid intake, in both', () => {
    fc.assert(
      fc.property(intake, (x) => {
        const v = verdicts(intakeSchema, x);
        expect(v).toEqual({ zod: true, ajv: true });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same verdict on generated mutations (a value replaced, a key removed or an unknown key added)', () => {
    let invalid = 0;
    fc.assert(
      fc.property(intake, fc.nat(), fc.oneof(junk, fc.constant(undefined)), fc.boolean(), (x, pick, value, addKey) => {
        const paths = pathsOf(x);
        const path = paths[pick % paths.length] ?? [];
        let mutated = setAt(x, path, value);
        if (addKey && mutated !== null && typeof mutated === 'object' && !Array.isArray(mutated)) mutated = { ...mutated, surprise: 1 };
        const v = verdicts(intakeSchema, mutated);
        expect(v.ajv).toBe(v.zod);
        if (!v.zod) {
          invalid++;
          for (const i of issuesOf(mutated)) expect(i.message.startsWith(`${i.where}: `)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(invalid).toBeGreaterThan(200);
  });

  it('agrees on text outside the Basic Multilingual Plane: both count code points, not UTF-16 units', () => {
    const anyText = fc.string({ unit: 'binary', minLength: 0, maxLength: 90 });
    fc.assert(
      fc.property(anyText, (s) => {
        const v = verdicts(intakeSchema, setAt(valid, ['attachmentHistory', 'caregivers', 0, 'label'], s));
        expect(v.ajv).toBe(v.zod);
      }),
      { numRuns: 300 },
    );
    // 80 emoji are 160 UTF-16 units but 80 characters: within the limit; 81 are over it.
    expect(verdicts(intakeSchema, setAt(valid, ['attachmentHistory', 'caregivers', 0, 'label'], '🙂'.repeat(80)))).toEqual({ zod: true, ajv: true });
    expect(verdicts(intakeSchema, setAt(valid, ['attachmentHistory', 'caregivers', 0, 'label'], '🙂'.repeat(81)))).toEqual({ zod: false, ajv: false });
    expect(issuesOf(setAt(valid, ['attachmentHistory', 'caregivers', 0, 'label'], '🙂'.repeat(81)))[0]?.message).toBe(
      'attachmentHistory.caregivers[0].label: is too long: at most 80 characters (received 81).',
    );
  });
});

describe('clinician reviews of risk answers and flags', () => {
  const withReview = (review: unknown) => ({ ...valid, riskScreen: { ...CLEAR_RISK, selfHarm: { answer: 'yes', recency: 'past-year', review } } });

  it('accepts a review with a date and an outcome on any risk answer, in zod and in ajv', () => {
    for (const review of [
      { reviewedAt: '2026-11-30', outcome: 'not-current' },
      { reviewedAt: '2026-01-02', outcome: 'current', note: 'Safety plan updated.' },
    ])
      expect(verdicts(intakeSchema, withReview(review))).toEqual({ zod: true, ajv: true });
    const declined = {
      ...valid,
      riskScreen: { ...CLEAR_RISK, harmToOthers: { answer: 'declined', review: { reviewedAt: '2026-11-30', outcome: 'current' } } },
    };
    expect(verdicts(intakeSchema, declined)).toEqual({ zod: true, ajv: true });
  });

  it('rejects a review without a real date or with an unknown outcome, in zod and in ajv, naming the path', () => {
    for (const review of [
      { reviewedAt: '30/11/2026', outcome: 'not-current' },
      { reviewedAt: '2026-13-01', outcome: 'not-current' },
      { reviewedAt: '2026-11-30', outcome: 'fine' },
      { reviewedAt: '2026-11-30' },
      { reviewedAt: '2026-11-30', outcome: 'current', by: 'Dr X' },
    ])
      expect(verdicts(intakeSchema, withReview(review))).toEqual({ zod: false, ajv: false });
    expect(issuesOf(withReview({ reviewedAt: 'last week', outcome: 'current' })).map((i) => i.where)).toEqual(['riskScreen.selfHarm.review.reviewedAt']);
  });

  it('formulations carry flag reviews: flagReviewSchema in zod and in ajv', () => {
    const ok = { instrument: 'phq-9', flag: 'phq9-item9-unanswered', reviewedAt: '2026-11-30', outcome: 'not-current' };
    expect(verdicts(flagReviewSchema, ok)).toEqual({ zod: true, ajv: true });
    expect(verdicts(flagReviewSchema, { ...ok, flag: '' })).toEqual({ zod: false, ajv: false });
    expect(verdicts(flagReviewSchema, { ...ok, extra: 1 })).toEqual({ zod: false, ajv: false });
    expect(verdicts(clinicianReviewSchema, { reviewedAt: '2026-11-30', outcome: 'current' })).toEqual({ zod: true, ajv: true });
  });
});
