// Fuzzing the zod schemas of `securebase/schemas` and the planner entries that read untrusted JSON
// (`planFromIntake`, `safePlanTreatment`): none may throw, every issue is short.
//
// Keys in a path are identifiers: `where` and the path show at most 40 characters of one, so the
// marker is planted one or more characters into keys (see `markedString`); values are previewed
// to 24 characters, so a marker anywhere in a value must never come out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phq9 } from '../../src/instruments/phq-9.js';
import { instruments } from '../../src/instruments/registry.js';
import { attachmentSourceSchema, classificationMethodSchema, formulationSchema } from '../../src/schemas/formulation.js';
import { contraindicationScreenSchema, intakeSchema, parseIntake, riskItemSchema, riskScreenSchema, safeParseIntake } from '../../src/schemas/intake.js';
import { parseWith, SchemaError, safeParseWith } from '../../src/schemas/issues.js';
import { treatmentPlanSchema } from '../../src/schemas/plan.js';
import { planFromIntake, safePlanTreatment } from '../../src/schemas/plan-from-intake.js';
import { planningRequestSchema, requestAttachmentSchema } from '../../src/schemas/planning-request.js';
import { responsesSchema, safeParseResponses } from '../../src/schemas/responses.js';
import { codingSchema, resultSchema, scoreResultSchema } from '../../src/schemas/results.js';
import { sessionStateSchema } from '../../src/schemas/session.js';
import { score } from '../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { formulation, intake, phq9Result } from '../planning/_arbitraries.js';
import {
  anyValue,
  ERROR_MESSAGE_MAX,
  expectShortIssues,
  expectShortText,
  fuzz,
  hostile,
  hostileKey,
  hostileValue,
  jsonValue,
  MARKER,
  markedString,
  mutated,
  onlyThrows,
  PlantedError,
  throwingGetter,
} from './_hostile.js';

/** Keys are shown up to 40 characters: plant the marker one character in or further. */
const KEY_OFFSET = 1;
const value = () => fc.oneof(hostile(), markedString(0));
const key = () => hostileKey(KEY_OFFSET);
const untrusted = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 5, arbitrary: mutated(valid, { value: value(), key: key(), times: 3 }) },
    { weight: 1, arbitrary: hostile(KEY_OFFSET, false) },
    { weight: 1, arbitrary: anyValue() },
    { weight: 1, arbitrary: jsonValue(KEY_OFFSET) },
  );

/** `safeParseWith` never throws and returns short issues; `parseWith` throws only `SchemaError`; they agree. */
function checkParse(schema: Parameters<typeof safeParseWith>[0], input: unknown): boolean {
  const safe = safeParseWith(schema, input);
  if (!safe.ok) {
    expectShortIssues(safe.issues);
    expect(Object.isFrozen(safe.issues)).toBe(true);
    for (const i of safe.issues) expect(i.message.startsWith(i.where)).toBe(true);
  }
  const thrown = onlyThrows(() => parseWith(schema, input, 'input'), SchemaError);
  expect(thrown.ok).toBe(safe.ok);
  // A raw parse (zod's own messages) never throws either.
  expect(() => schema.safeParse(input)).not.toThrow();
  return safe.ok;
}

const no = { answer: 'no' };
const clearRisk = { suicidalThoughts: no, selfHarm: no, harmToOthers: no };
const clearScreen = { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' };

const byId = (id: string) => instruments.find((d) => d.id === id) as InstrumentDefinition;
const answersTo = (def: InstrumentDefinition) =>
  fc.tuple(
    ...def.items.map((item) => {
      const s = def.responseScales[item.responseScale ?? 'default'] as { min: number; max: number };
      return fc.option(fc.integer({ min: s.min, max: s.max }), { freq: 8 });
    }),
  );

/** Valid planning requests: an intake, raw responses to a few instruments, an attachment source. */
const planningRequest = fc.record(
  {
    intake,
    measures: fc.record({ 'phq-9': answersTo(byId('phq-9')), 'ecr-r': answersTo(byId('ecr-r')), rq: answersTo(byId('rq')) }, { requiredKeys: [] }),
    attachment: fc.constantFrom(
      { kind: 'not-assessed' },
      { kind: 'dimensions', anxiety: 3.5, avoidance: 2 },
      { kind: 'measure', instrument: 'ecr-r' },
      { kind: 'rq-measure', instrument: 'rq' },
      { kind: 'clinician-style', style: 'secure', note: 'From the interview.' },
    ),
    delivery: fc.constantFrom('self-guided-app', 'therapist-led'),
    plannedSessions: fc.integer({ min: 8, max: 60 }),
  },
  { requiredKeys: ['intake'] },
);

describe('intake', () => {
  it('safeParseIntake never throws and returns short issues; parseIntake throws only SchemaError', () => {
    fuzz(
      untrusted(intake),
      (input) => {
        const safe = safeParseIntake(input);
        if (!safe.ok) expectShortIssues(safe.issues);
        else expect(safeParseIntake(JSON.parse(JSON.stringify(safe.value))).ok).toBe(true);
        const thrown = onlyThrows(() => parseIntake(input), SchemaError);
        expect(thrown.ok).toBe(safe.ok);
        checkParse(intakeSchema, input);
      },
      150,
    );
  });

  it('free text of any length anywhere in a valid intake is refused or kept, never echoed', () => {
    fuzz(
      fc.tuple(intake, markedString(0), fc.constantFrom(0, 1000, 5000, 1 << 20)),
      ([valid, marked, pad]) => {
        const long = `${marked}${'a'.repeat(pad)}`;
        const input = {
          ...valid,
          concerns: { anxiety: { detail: long } },
          attachmentHistory: { ...valid.attachmentHistory, earlyExperienceNotes: long },
          preferences: { ...valid.preferences, language: long },
        };
        const safe = safeParseIntake(input);
        expect(safe.ok).toBe(false);
        if (!safe.ok) expectShortIssues(safe.issues);
      },
      30,
    );
  });
});

describe('the other schemas, through safeParseWith and parseWith', () => {
  const risk = fc.constantFrom<unknown>(no, { answer: 'declined' }, { answer: 'yes', recency: 'now' });
  const cases: [string, Parameters<typeof safeParseWith>[0], fc.Arbitrary<unknown>][] = [
    ['riskItemSchema', riskItemSchema, risk],
    ['riskScreenSchema', riskScreenSchema, fc.record({ suicidalThoughts: risk, selfHarm: risk, harmToOthers: risk })],
    ['contraindicationScreenSchema', contraindicationScreenSchema, fc.constant(clearScreen)],
    [
      'classificationMethodSchema',
      classificationMethodSchema,
      fc.constantFrom({ kind: 'midpoint', scaleMin: 1, scaleMax: 7 }, { kind: 'cohort-median', cohort: [{ anxiety: 1, avoidance: 2 }] }),
    ],
    ['attachmentSourceSchema', attachmentSourceSchema, fc.constantFrom({ kind: 'dimensions', anxiety: 2, avoidance: 5.5 }, { kind: 'not-assessed' })],
    ['formulationSchema', formulationSchema, formulation],
    ['planningRequestSchema', planningRequestSchema, planningRequest],
    ['requestAttachmentSchema', requestAttachmentSchema, fc.constantFrom({ kind: 'measure', instrument: 'ecr-s' }, { kind: 'rq-measure', instrument: 'rq' })],
    ['scoreResultSchema', scoreResultSchema, phq9Result.map((r) => JSON.parse(JSON.stringify(r)))],
    ['resultSchema(phq9)', resultSchema(byId('phq-9')), phq9Result.map((r) => JSON.parse(JSON.stringify(r)))],
    ['codingSchema', codingSchema, fc.constant({ system: 'http://loinc.org', code: '44261-6' })],
    ['treatmentPlanSchema', treatmentPlanSchema, formulation.map((f) => safePlanTreatment(f)).map((r) => (r.ok ? JSON.parse(JSON.stringify(r.value)) : {}))],
    ['sessionStateSchema', sessionStateSchema, fc.constant({ version: 1 })],
  ];
  it.each(cases)('%s', (_name, schema, valid) => {
    fuzz(untrusted(valid), (input) => void checkParse(schema, input), 150);
  });
});

describe('responses', () => {
  it.each(instruments.map((d) => [d.id, d] as const))(
    '%s: responsesSchema(def).safeParse and safeParseResponses never throw; messages are short',
    (_id, def) => {
      const schema = responsesSchema(def);
      const n = def.items.length;
      const valid = fc.oneof(
        answersTo(def),
        answersTo(def).map((a) => Object.fromEntries(a.map((v, i) => [def.items[i]?.id, v]))),
      );
      fuzz(
        fc.oneof(untrusted(valid), fc.array(fc.oneof(hostileValue(false), fc.integer({ min: -3, max: 9 })), { maxLength: n + 2 })),
        (input) => {
          const raw = schema.safeParse(input);
          // The raw message of a failed list names its first three bad answers (it named all of them
          // until fuzzing found a 4 KB message for a list of 36 bad answers).
          if (!raw.success) for (const i of raw.error.issues) expectShortText(i.message, ERROR_MESSAGE_MAX, 'zod message');
          const safe = safeParseResponses(def, input);
          expect(safe.ok).toBe(raw.success);
          if (!safe.ok) expectShortIssues(safe.issues);
          // Whatever the schema accepts, score accepts.
          if (safe.ok) expect(() => score(def, safe.value)).not.toThrow();
        },
        50,
      );
    },
  );
});

describe('found by fuzzing', () => {
  it('a record key of 1 MB is cut to 40 characters in the path, as in where', () => {
    const key = `x${MARKER}${'k'.repeat(1 << 20)}`;
    const r = safeParseWith(formulationSchema, { measures: { [key]: {} } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expectShortIssues(r.issues);
      expect(r.issues.find((i) => i.code === 'invalid_key')?.path).toEqual(['measures', `${key.slice(0, 40)}…`]);
    }
  });

  it('the raw message of a list with many bad answers names the first three, not all', () => {
    const def = byId('ecr-rs');
    const r = responsesSchema(def).safeParse(def.items.map(() => 'not a number'));
    expect(r.success).toBe(false);
    const message = r.error?.issues[0]?.message ?? '';
    expect(message).toMatch(/\(and \d+ more\)$/);
    expectShortText(message, ERROR_MESSAGE_MAX);
  });
});

describe('planner entries', () => {
  it('planFromIntake never throws; issues are short; a plan it returns passes treatmentPlanSchema', () => {
    fuzz(
      untrusted(planningRequest),
      (input) => {
        const r = planFromIntake(input);
        if (r.ok) expect(treatmentPlanSchema.safeParse(JSON.parse(JSON.stringify(r.value))).success).toBe(true);
        else expectShortIssues(r.issues);
      },
      120,
    );
  });

  it('safePlanTreatment never throws; issues are short', () => {
    fuzz(
      untrusted(formulation.map((f) => JSON.parse(JSON.stringify(f)))),
      (input) => {
        const r = safePlanTreatment(input);
        if (r.ok) expect(treatmentPlanSchema.safeParse(JSON.parse(JSON.stringify(r.value))).success).toBe(true);
        else expectShortIssues(r.issues);
      },
      120,
    );
  });

  it('input whose reading throws (a getter, a Proxy trap, a revoked Proxy) is an unreadable_input issue with its path; no safe function throws', () => {
    const input = { concerns: throwingGetter('anxiety'), riskScreen: clearRisk, contraindicationScreen: clearScreen };
    const r = safeParseIntake(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', ['concerns', 'anxiety']]]);
    expect(planFromIntake({ intake: input })).toMatchObject({ ok: false, issues: [{ code: 'unreadable_input', path: ['intake', 'concerns', 'anxiety'] }] });
    expect(() => parseIntake(input)).toThrow(SchemaError);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const hostile of [
      proxy,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new PlantedError('keys');
          },
        },
      ),
      { intake: proxy },
    ]) {
      for (const call of [
        () => safeParseIntake(hostile),
        () => planFromIntake(hostile),
        () => safePlanTreatment(hostile),
        () => safeParseResponses(phq9, hostile),
      ]) {
        const out = call(); // never throws
        expect(out.ok).toBe(false);
      }
    }
  });
});
