// fast-check arbitraries for intakes and formulations, shared by the planning and schema tests.
import fc from 'fast-check';
import { instruments } from '../../src/instruments/registry.js';
import { ATTACHMENT_STYLES } from '../../src/model/attachment.js';
import { CLINICIAN_ANNOTATIONS, DELIVERY_CONTEXTS, REVIEW_OUTCOMES, RISK_RECENCIES, SCREEN_ANSWERS } from '../../src/model/intake.js';
import { CONCERNS, DELIVERY_MODES } from '../../src/model/technique.js';
import type { ClinicianReview, ContraindicationScreen, FlagReview, Formulation, RiskItem, RiskScreen } from '../../src/planning/index.js';
import { CAREGIVER_RELATIONSHIPS, RELATIONSHIP_KINDS, RELATIONSHIP_QUALITIES, SEPARATION_KINDS } from '../../src/schemas/intake.js';
import { score } from '../../src/scoring/score.js';
import type { InstrumentDefinition, ScoreResult } from '../../src/scoring/types.js';

export const NO: RiskItem = { answer: 'no' };
export const CLEAR_RISK: RiskScreen = { suicidalThoughts: NO, selfHarm: NO, harmToOthers: NO };
export const CLEAR_SCREEN: ContraindicationScreen = {
  dissociation: 'no',
  psychosis: 'no',
  activeSubstanceMisuse: 'no',
  recentTrauma: 'no',
  currentCrisis: 'no',
};

/** Basic Multilingual Plane characters outside the surrogate range (zod and JSON Schema count them alike). */
const bmpChar = fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCharCode(c));
/** Text with at least one non-space character, up to `max` characters. */
export const text = (max: number) => fc.string({ unit: bmpChar, minLength: 1, maxLength: Math.min(max, 60) }).filter((s) => /\S/.test(s));

/** A clinician's review: a valid date and either outcome. */
export const review: fc.Arbitrary<ClinicianReview> = fc.record({
  reviewedAt: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  outcome: fc.constantFrom(...REVIEW_OUTCOMES),
});
const maybeReview = fc.option(review, { nil: undefined, freq: 2 });
export const riskItem: fc.Arbitrary<RiskItem> = fc.oneof(
  fc.constant<RiskItem>({ answer: 'no' }),
  maybeReview.map((r): RiskItem => (r === undefined ? { answer: 'declined' } : { answer: 'declined', review: r })),
  fc
    .tuple(fc.constantFrom(...RISK_RECENCIES), maybeReview)
    .map(([recency, r]): RiskItem => (r === undefined ? { answer: 'yes', recency } : { answer: 'yes', recency, review: r })),
);
/** Risk screens weighted toward "no", so that both clear and positive screens are common. */
export const riskScreen: fc.Arbitrary<RiskScreen> = fc.record({
  suicidalThoughts: fc.oneof({ weight: 3, arbitrary: fc.constant(NO) }, { weight: 1, arbitrary: riskItem }),
  selfHarm: fc.oneof({ weight: 3, arbitrary: fc.constant(NO) }, { weight: 1, arbitrary: riskItem }),
  harmToOthers: fc.oneof({ weight: 5, arbitrary: fc.constant(NO) }, { weight: 1, arbitrary: riskItem }),
});
const answer = fc.oneof({ weight: 4, arbitrary: fc.constant('no' as const) }, { weight: 1, arbitrary: fc.constantFrom(...SCREEN_ANSWERS) });
export const contraindicationScreen: fc.Arbitrary<ContraindicationScreen> = fc.record(
  { dissociation: answer, psychosis: answer, activeSubstanceMisuse: answer, recentTrauma: answer, currentCrisis: answer, unsafeLivingSituation: answer },
  { requiredKeys: ['dissociation', 'psychosis', 'activeSubstanceMisuse', 'recentTrauma', 'currentCrisis'] },
);

/** Valid responses to an instrument: every item answered on its own scale. */
export function validResponses(def: InstrumentDefinition): fc.Arbitrary<number[]> {
  return fc.tuple(
    ...def.items.map((item) => {
      const s = def.responseScales[item.responseScale ?? 'default'];
      return fc.integer({ min: s?.min ?? 0, max: s?.max ?? 0 });
    }),
  );
}

const byId = (id: string) => instruments.find((d) => d.id === id) as InstrumentDefinition;
export const phq9Result: fc.Arbitrary<ScoreResult> = validResponses(byId('phq-9')).map((r) => score(byId('phq-9'), r));
/** PHQ-9 results, some with item 9 left blank (a `review` flag). */
export const phq9MaybeBlank: fc.Arbitrary<ScoreResult> = fc
  .tuple(validResponses(byId('phq-9')), fc.boolean())
  .map(([r, blank]) => score(byId('phq-9'), blank ? r.map((v, i) => (i === 8 ? null : v)) : r));
export const ecrRResult: fc.Arbitrary<ScoreResult> = validResponses(byId('ecr-r')).map((r) => score(byId('ecr-r'), r));
export const rqResult: fc.Arbitrary<ScoreResult> = validResponses(byId('rq')).map((r) => score(byId('rq'), r));

const dimension = fc.double({ min: 1, max: 7, noNaN: true });
export const attachmentKinds = ['dimensions', 'measure', 'rq', 'clinician-style', 'not-assessed'] as const;

/** Random valid formulations, with every kind of attachment source and measure results. */
export const formulation: fc.Arbitrary<Formulation> = fc
  .record({
    kind: fc.constantFrom(...attachmentKinds),
    anxiety: dimension,
    avoidance: dimension,
    style: fc.constantFrom(...ATTACHMENT_STYLES),
    concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { maxLength: 4 }),
    phq: fc.option(phq9MaybeBlank, { nil: undefined }),
    flagReviews: fc.array(review, { maxLength: 2 }),
    ecr: ecrRResult,
    rq: rqResult,
    riskScreen,
    contraindicationScreen,
    delivery: fc.constantFrom(...DELIVERY_CONTEXTS),
    plannedSessions: fc.option(fc.integer({ min: 8, max: 60 }), { nil: undefined }),
    annotations: fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray([...CLINICIAN_ANNOTATIONS]) }),
  })
  .map((r): Formulation => {
    const measures: Record<string, ScoreResult> = {};
    if (r.phq) measures['phq-9'] = r.phq;
    if (r.kind === 'measure') measures['ecr-r'] = r.ecr;
    const attachment: Formulation['attachment'] =
      r.kind === 'dimensions'
        ? { kind: 'dimensions', anxiety: r.anxiety, avoidance: r.avoidance }
        : r.kind === 'measure'
          ? { kind: 'measure', instrument: 'ecr-r' }
          : r.kind === 'rq'
            ? { kind: 'rq', result: r.rq }
            : r.kind === 'clinician-style'
              ? { kind: 'clinician-style', style: r.style, note: 'Judged from the interview.' }
              : { kind: 'not-assessed' };
    return {
      attachment,
      concerns: r.concerns,
      measures,
      riskScreen: r.riskScreen,
      contraindicationScreen: r.contraindicationScreen,
      delivery: r.delivery,
      ...(r.plannedSessions === undefined ? {} : { plannedSessions: r.plannedSessions }),
      ...(r.annotations.length === 0 ? {} : { clinicianAnnotations: r.annotations }),
      ...(r.flagReviews.length === 0
        ? {}
        : {
            flagReviews: r.flagReviews.map((x, i): FlagReview => ({ ...x, instrument: 'phq-9', flag: i === 0 ? 'phq9-item9-unanswered' : 'phq9-item9' })),
          }),
    };
  });

/** Random valid intakes (text kept inside the Basic Multilingual Plane). */
export const intake = fc.record({
  concerns: fc
    .uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1, maxLength: 4 })
    .chain((cs) => fc.tuple(...cs.map((c) => fc.record({ detail: text(1000) }, { requiredKeys: [] }).map((v) => [c, v] as const))))
    .map((entries) => Object.fromEntries(entries)),
  attachmentHistory: fc.record(
    {
      caregivers: fc.array(
        fc.record(
          { label: text(80), relationship: fc.constantFrom(...CAREGIVER_RELATIONSHIPS), notes: text(1000) },
          { requiredKeys: ['label', 'relationship'] },
        ),
        { maxLength: 3 },
      ),
      separationsAndLosses: fc.array(
        fc.record(
          { kind: fc.constantFrom(...SEPARATION_KINDS), ageYears: fc.integer({ min: 0, max: 120 }), person: text(80), notes: text(500) },
          { requiredKeys: ['kind', 'ageYears'] },
        ),
        { maxLength: 3 },
      ),
      earlyExperienceNotes: text(4000),
    },
    { requiredKeys: ['caregivers', 'separationsAndLosses'] },
  ),
  currentRelationships: fc.array(
    fc.record(
      { relationship: fc.constantFrom(...RELATIONSHIP_KINDS), label: text(80), quality: fc.constantFrom(...RELATIONSHIP_QUALITIES), notes: text(1000) },
      { requiredKeys: ['relationship'] },
    ),
    { maxLength: 3 },
  ),
  riskScreen,
  contraindicationScreen,
  preferences: fc.record({
    deliveryMode: fc.constantFrom(...DELIVERY_MODES),
    language: fc.constantFrom('en', 'en-GB', 'es-419', 'fr', 'zh-Hant-TW', 'cy'),
  }),
});

/** A JSON value to put where it does not belong. */
export const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constant(''),
  fc.constant('   '),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
);

/** Object paths (keys only) of a JSON value, to aim mutations at. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** A deep copy of `value` with the node at `path` set to `to` (or removed when `to` is undefined). */
export function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to === undefined ? null : to;
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (to === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = to;
  return copy;
}
