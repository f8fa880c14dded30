// fromQuestionnaireResponse has a fast path for the common case (a flat response, one coded or
// integer answer per item, each already read cleanly by the full path for the same options). These
// tests prove that it never changes a result: for every response below, the fast path and the full
// path (`_fromQuestionnaireResponseFull`) give equal results, issues and warnings included, and the
// fast path gives up on every shape it does not cover.
import fc from 'fast-check';
import type { QuestionnaireItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { _fromQuestionnaireResponseFull, fromQuestionnaireResponse } from '../../../src/interop/fhir/from-questionnaire-response.js';
import { toQuestionnaire } from '../../../src/interop/fhir/to-questionnaire.js';
import type { FromQuestionnaireResponseOptions } from '../../../src/interop/fhir/types.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';

type Json = Record<string, unknown>;
const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

/** The choice items of a definition's Questionnaire, with their answer codings in score order. */
function choices(def: InstrumentDefinition): { linkId: string; code: string | undefined; options: Json[] }[] {
  const q = toQuestionnaire(def);
  return (q.item ?? [])
    .filter((i): i is QuestionnaireItem => i.type === 'choice')
    .map((i) => ({ linkId: i.linkId, code: i.code?.[0]?.code, options: (i.answerOption ?? []).map((o) => ({ ...o.valueCoding })) }));
}

/** A complete, clean response: every item answered with a coding from its answer options. */
function cleanResponse(def: InstrumentDefinition, picks: readonly number[]): Json {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: choices(def).map((c, i) => ({ linkId: c.linkId, answer: [{ valueCoding: { ...c.options[(picks[i] ?? 0) % c.options.length] } }] })),
  };
}

/** Every way a response can leave the fast path's shape, or stay in it with a twist. */
const MUTATIONS: Record<string, (r: Json) => void> = {
  none: () => {},
  'status entered-in-error': (r) => Object.assign(r, { status: 'entered-in-error' }),
  'status in-progress': (r) => Object.assign(r, { status: 'in-progress' }),
  'status stopped': (r) => Object.assign(r, { status: 'stopped' }),
  'status amended': (r) => Object.assign(r, { status: 'amended' }),
  'no status': (r) => delete r.status,
  'status a number': (r) => Object.assign(r, { status: 7 }),
  'canonical of another Questionnaire': (r) => Object.assign(r, { questionnaire: 'http://example.org/Questionnaire/other' }),
  'canonical with a version': (r) => Object.assign(r, { questionnaire: `${String(toQuestionnaire(phq9).url)}|9` }),
  'canonical to a contained Questionnaire': (r) => Object.assign(r, { questionnaire: '#q' }),
  'canonical not a string': (r) => Object.assign(r, { questionnaire: 5 }),
  'contained resources': (r) => Object.assign(r, { contained: [] }),
  'wrong resourceType': (r) => Object.assign(r, { resourceType: 'Questionnaire' }),
  'item not an array': (r) => Object.assign(r, { item: {} }),
  'no items': (r) => delete r.item,
  'an item with nested items': (r) => firstItem(r, (it) => Object.assign(it, { item: [] })),
  'an answer with nested items': (r) => firstAnswer(r, (a) => Object.assign(a, { item: [] })),
  'two answers': (r) => firstItem(r, (it) => Array.isArray(it.answer) && it.answer.push({ valueInteger: 0 })),
  'no answer': (r) => firstItem(r, (it) => Object.assign(it, { answer: [] })),
  'answer not an array': (r) => firstItem(r, (it) => Object.assign(it, { answer: 'x' })),
  'an answer with two value[x]': (r) => firstAnswer(r, (a) => Object.assign(a, { valueString: 'x' })),
  'an answer with an extension': (r) => firstAnswer(r, (a) => Object.assign(a, { extension: [] })),
  'a non-enumerable extension with a score': (r) =>
    firstAnswer(r, (a) =>
      Object.defineProperty(a, 'extension', { value: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 }], enumerable: false }),
    ),
  'a _valueCoding extension with a score': (r) =>
    firstAnswer(r, (a) =>
      Object.assign(a, { _valueCoding: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 }] } }),
    ),
  'a coding with a score extension': (r) =>
    firstAnswer(r, (a) =>
      Object.assign(a.valueCoding as Json, { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }] }),
    ),
  'a coding without system': (r) => firstAnswer(r, (a) => delete (a.valueCoding as Json).system),
  'a coding with a number code': (r) => firstAnswer(r, (a) => Object.assign(a.valueCoding as Json, { code: 1 })),
  'an unknown code': (r) => firstAnswer(r, (a) => Object.assign(a.valueCoding as Json, { code: 'LA0000-0' })),
  'a data-absent-reason answer': (r) => firstAnswer(r, (a) => Object.assign(a, { valueCoding: { system: DATA_ABSENT, code: 'asked-declined' } })),
  'an unknown linkId': (r) => firstItem(r, (it) => Object.assign(it, { linkId: 'mood' })),
  'an empty linkId': (r) => firstItem(r, (it) => Object.assign(it, { linkId: '' })),
  'a linkId by code': (r) => firstItem(r, (it) => Object.assign(it, { linkId: '44250-9' })),
  'a duplicated item': (r) => firstItem(r, (it) => (r.item as unknown[]).push({ ...it })),
  'integer answers': (r) => eachAnswer(r, (a, k) => Object.assign(a, { valueCoding: undefined, valueInteger: k % 4 })),
  'an integer out of range': (r) => firstAnswer(r, (a) => replace(a, { valueInteger: 9 })),
  'a negative zero': (r) => firstAnswer(r, (a) => replace(a, { valueInteger: -0 })),
  'a decimal answer': (r) => firstAnswer(r, (a) => replace(a, { valueDecimal: 1 })),
  'a fractional valueInteger': (r) => firstAnswer(r, (a) => replace(a, { valueInteger: 1.5 })),
  'a __proto__ key in an answer': (r) => firstAnswer(r, (a) => Object.assign(a, JSON.parse('{"__proto__": {"valueInteger": 1}}'))),
  'a null-prototype item': (r) => firstItem(r, (it) => Object.setPrototypeOf(it, null)),
  'a stored total': (r) => Array.isArray(r.item) && r.item.push({ linkId: '44261-6', answer: [{ valueInteger: 99 }] }),
  'items reversed': (r) => Array.isArray(r.item) && r.item.reverse(),
};

// Earlier mutations may have replaced what these reach for: they then leave the response as it is.
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const items = (r: Json): Json[] => (Array.isArray(r.item) ? r.item.filter(isJson) : []);
const answerOf = (it: Json): Json | undefined => (Array.isArray(it.answer) && isJson(it.answer[0]) ? it.answer[0] : undefined);

function firstItem(r: Json, f: (it: Json) => void): void {
  const it = items(r)[0];
  if (it) f(it);
}
function firstAnswer(r: Json, f: (a: Json) => void): void {
  firstItem(r, (it) => {
    const a = answerOf(it);
    if (a && isJson(a.valueCoding)) f(a);
  });
}
function eachAnswer(r: Json, f: (a: Json, k: number) => void): void {
  items(r).forEach((it, k) => {
    const a = answerOf(it);
    if (!a) return;
    f(a, k);
    for (const key of Object.keys(a)) if (a[key] === undefined) delete a[key];
  });
}
function replace(a: Json, next: Json): void {
  for (const k of Object.keys(a)) delete a[k];
  Object.assign(a, next);
}

/** The import through the public function, twice (the first call on new options takes the full path), against the full path alone. */
function expectSameAsFull(def: InstrumentDefinition, response: Json, options: FromQuestionnaireResponseOptions): void {
  const full = _fromQuestionnaireResponseFull(def, response, options);
  for (let k = 0; k < 2; k++) {
    const got = fromQuestionnaireResponse(def, response, options);
    expect(got).toEqual(full);
    expect(Object.isFrozen(got.ok ? got.value.responses : got.issues)).toBe(true);
  }
}

const setups: [string, InstrumentDefinition, () => FromQuestionnaireResponseOptions][] = [
  ['phq-9 with its Questionnaire', phq9, () => ({ questionnaire: toQuestionnaire(phq9) })],
  ['phq-9 without a Questionnaire', phq9, () => ({})],
  ['phq-9, unknown linkIds as warnings', phq9, () => ({ questionnaire: toQuestionnaire(phq9), unknownLinkIds: 'warning' })],
  ['phq-9 with options.linkIds', phq9, () => ({ linkIds: { mood: 'phq9-1' } })],
  ['gad-7 with its Questionnaire', gad7, () => ({ questionnaire: toQuestionnaire(gad7) })],
];

describe('fromQuestionnaireResponse: the fast path gives what the full path gives', () => {
  describe.each(setups)('%s', (_label, def, makeOptions) => {
    it.each(Object.keys(MUTATIONS))('%s', (name) => {
      const options = makeOptions();
      // Warm the options up with clean responses, so the fast path knows every answer code.
      for (let k = 0; k < 4; k++) fromQuestionnaireResponse(def, cleanResponse(def, [k, k, k, k, k, k, k, k, k, k]), options);
      const response = cleanResponse(def, [1, 2, 3, 0, 1, 2, 3, 0, 1, 2]);
      (MUTATIONS[name] as (r: Json) => void)(response);
      expectSameAsFull(def, response, options);
    });
  });

  it('agrees on random responses with random mutations (fast-check)', () => {
    const def = phq9;
    const options = { questionnaire: toQuestionnaire(phq9) };
    const names = Object.keys(MUTATIONS);
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }), fc.subarray(names, { maxLength: 3 }), (picks, chosen) => {
        const response = cleanResponse(def, picks);
        for (const n of chosen) (MUTATIONS[n] as (r: Json) => void)(response);
        expectSameAsFull(def, response, options);
      }),
      { numRuns: 300 },
    );
  });

  it('is taken for clean responses once the options are known (the shared empty `reported` shows it)', () => {
    const options = { questionnaire: toQuestionnaire(phq9) };
    const a = fromQuestionnaireResponse(phq9, cleanResponse(phq9, [0, 1, 2, 3, 0, 1, 2, 3, 0, 1]), options);
    const b = fromQuestionnaireResponse(phq9, cleanResponse(phq9, [3, 2, 1, 0, 3, 2, 1, 0, 3, 2]), options);
    const c = fromQuestionnaireResponse(phq9, cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), options);
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected clean imports');
    expect(b.value.reported).toBe(c.value.reported);
    expect(b.value.responses).toEqual({
      'phq9-1': 3,
      'phq9-2': 2,
      'phq9-3': 1,
      'phq9-4': 0,
      'phq9-5': 3,
      'phq9-6': 2,
      'phq9-7': 1,
      'phq9-8': 0,
      'phq9-9': 3,
      'phq9-10': 2,
    });
    // The full path makes a new object each time.
    const full = _fromQuestionnaireResponseFull(phq9, cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), options);
    expect(full.ok && full.value.reported).not.toBe(c.value.reported);
  });

  it('stays correct past its memory bound: 10,000 distinct unknown codes, then clean and bad responses', () => {
    const options = { questionnaire: toQuestionnaire(phq9) };
    for (let k = 0; k < 10_000; k++) {
      const r = cleanResponse(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      firstAnswer(r, (a) => Object.assign(a.valueCoding as Json, { code: `junk-${k}` }));
      const got = fromQuestionnaireResponse(phq9, r, options);
      expect(got.ok).toBe(false);
    }
    expectSameAsFull(phq9, cleanResponse(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), options);
    const bad = cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    firstAnswer(bad, (a) => Object.assign(a.valueCoding as Json, { code: 'junk-5' }));
    expectSameAsFull(phq9, bad, options);
  });

  it('keeps options apart: the same response read against two Questionnaires that weigh an answer differently', () => {
    const base = toQuestionnaire(phq9);
    const heavier = structuredClone(base);
    const first = heavier.item?.find((i) => i.linkId === 'phq9-1')?.answerOption?.[1];
    const weight = first?.extension?.[0];
    if (!weight) throw new Error('expected a weighted answer option');
    weight.valueDecimal = 3; // "Several days" now conflicts with the definition's LOINC code (1): a weight_conflict
    const response = cleanResponse(phq9, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (let round = 0; round < 3; round++) {
      expectSameAsFull(phq9, response, { questionnaire: base });
      expectSameAsFull(phq9, response, { questionnaire: heavier });
    }
    const r = fromQuestionnaireResponse(phq9, response, { questionnaire: heavier });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['weight_conflict']);
  });
});
