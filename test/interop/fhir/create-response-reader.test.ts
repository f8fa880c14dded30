// The reader's fast path (flat responses, one coded or integer answer per item, each already read
// cleanly once by the plain path) must never change a result: for every response below, a reader
// with its fast path and a reader without it (`fastPath: false`) give equal results, issues and
// warnings included, and both equal the one-shot fromQuestionnaireResponse.
import fc from 'fast-check';
import type { QuestionnaireItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { createResponseReader, fromQuestionnaireResponse, type ResponseReaderOptions } from '../../../src/interop/fhir/index.js';
import { toQuestionnaire } from '../../../src/interop/fhir/to-questionnaire.js';
import { defineInstrument } from '../../../src/scoring/check.js';
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
  // What the plain path does not read (it reads own properties only), held by a prototype.
  'an item whose prototype holds its linkId': (r) =>
    firstItem(r, (it) => {
      Object.setPrototypeOf(it, { linkId: it.linkId });
      delete it.linkId;
    }),
  'an answer whose prototype holds its value': (r) =>
    firstAnswer(r, (a) => {
      Object.setPrototypeOf(a, { valueCoding: a.valueCoding });
      delete a.valueCoding;
    }),
  'a coding whose prototype holds its code': (r) =>
    firstAnswer(r, (a) => {
      const c = a.valueCoding as Json;
      Object.setPrototypeOf(c, { code: c.code });
      delete c.code;
    }),
  'an answer of a class': (r) => firstAnswer(r, (a) => Object.setPrototypeOf(a, class Answer {}.prototype)),
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

/** The reader (twice: the first read of an answer teaches it), against the plain reader and the one-shot. */
function expectSameAsPlain(
  fast: (r: unknown) => unknown,
  plain: (r: unknown) => unknown,
  def: InstrumentDefinition,
  response: Json,
  options: ResponseReaderOptions,
): void {
  const want = plain(response);
  expect(fromQuestionnaireResponse(def, response, options)).toEqual(want);
  for (let k = 0; k < 2; k++) {
    const got = fast(response) as { ok: boolean; value?: { responses: object }; issues?: object };
    expect(got).toEqual(want);
    expect(Object.isFrozen(got.ok ? got.value?.responses : got.issues)).toBe(true);
  }
}

const setups: [string, InstrumentDefinition, () => ResponseReaderOptions][] = [
  ['phq-9 with its Questionnaire', phq9, () => ({ questionnaire: toQuestionnaire(phq9) })],
  ['phq-9 without a Questionnaire', phq9, () => ({})],
  ['phq-9, unknown linkIds as warnings', phq9, () => ({ questionnaire: toQuestionnaire(phq9), unknownLinkIds: 'warning' })],
  ['phq-9 with options.linkIds', phq9, () => ({ linkIds: { mood: 'phq9-1' } })],
  ['gad-7 with its Questionnaire', gad7, () => ({ questionnaire: toQuestionnaire(gad7) })],
];

const readers = (def: InstrumentDefinition, options: ResponseReaderOptions) => ({
  fast: createResponseReader(def, options),
  plain: createResponseReader(def, { ...options, fastPath: false }),
});

describe('createResponseReader: the fast path gives what the plain path gives', () => {
  describe.each(setups)('%s', (_label, def, makeOptions) => {
    it.each(Object.keys(MUTATIONS))('%s', (name) => {
      const options = makeOptions();
      const { fast, plain } = readers(def, options);
      // Teach the fast path every answer code first.
      for (let k = 0; k < 4; k++) fast(cleanResponse(def, [k, k, k, k, k, k, k, k, k, k]));
      const response = cleanResponse(def, [1, 2, 3, 0, 1, 2, 3, 0, 1, 2]);
      (MUTATIONS[name] as (r: Json) => void)(response);
      expectSameAsPlain(fast, plain, def, response, options);
    });
  });

  it('agrees on random responses with random mutations (fast-check)', () => {
    const options = { questionnaire: toQuestionnaire(phq9) };
    const { fast, plain } = readers(phq9, options);
    const names = Object.keys(MUTATIONS);
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }), fc.subarray(names, { maxLength: 3 }), (picks, chosen) => {
        const response = cleanResponse(phq9, picks);
        for (const n of chosen) (MUTATIONS[n] as (r: Json) => void)(response);
        expectSameAsPlain(fast, plain, phq9, response, options);
      }),
      { numRuns: 300 },
    );
  });

  it('is taken for clean responses once their answers are known (the shared empty `reported` shows it)', () => {
    const read = createResponseReader(phq9, { questionnaire: toQuestionnaire(phq9) });
    const a = read(cleanResponse(phq9, [0, 1, 2, 3, 0, 1, 2, 3, 0, 1]));
    const b = read(cleanResponse(phq9, [3, 2, 1, 0, 3, 2, 1, 0, 3, 2]));
    const c = read(cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
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
    const plain = createResponseReader(phq9, { questionnaire: toQuestionnaire(phq9), fastPath: false });
    const p = plain(cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(p.ok && p.value.reported).not.toBe(c.value.reported);
  });

  it('stays correct past its memory bound (4,096 answers): 5,000 distinct unknown codes, then clean and bad responses', () => {
    const options = { questionnaire: toQuestionnaire(phq9) };
    const { fast, plain } = readers(phq9, options);
    for (let k = 0; k < 5_000; k++) {
      const r = cleanResponse(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      firstAnswer(r, (a) => Object.assign(a.valueCoding as Json, { code: `junk-${k}` }));
      expect(fast(r).ok).toBe(false);
    }
    expectSameAsPlain(fast, plain, phq9, cleanResponse(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), options);
    const bad = cleanResponse(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    firstAnswer(bad, (a) => Object.assign(a.valueCoding as Json, { code: 'junk-5' }));
    expectSameAsPlain(fast, plain, phq9, bad, options);
  });

  it('agrees when the order of items, their linkIds and their coding systems change from one response to the next (fast-check)', () => {
    const options = { linkIds: { A: 'phq9-1', B: 'phq9-9' } };
    const { fast, plain } = readers(phq9, options);
    const answer = fc.oneof(
      fc.nat(3).map((v) => ({ valueInteger: v })),
      fc
        .constantFrom('LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9')
        .chain((code) =>
          fc.constantFrom({ valueCoding: { system: 'http://loinc.org', code } }, { valueCoding: { code } }, { valueCoding: { system: 'urn:other', code } }),
        ),
    );
    const item = fc.record({ linkId: fc.constantFrom('A', 'B', 'phq9-2', 'phq9-3', '44250-9', '/44255-8'), answer: answer.map((a) => [a]) });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 6 }), { minLength: 1, maxLength: 8 }), (batch) => {
        for (const items of batch) {
          const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: structuredClone(items) };
          expectSameAsPlain(fast, plain, phq9, response, options);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds duplicates in an instrument with more than 30 items (the per-call array, not the bit mask)', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `i${i + 1}`, number: i + 1 }));
    const def = defineInstrument({
      ...phq9,
      id: 'forty',
      items,
      scales: [{ id: 'total', label: 'Total', items: items.map((i) => i.id), aggregate: 'sum' }],
      derived: [],
      flags: [],
    } as unknown as InstrumentDefinition);
    const { fast, plain } = readers(def, {});
    const answer = (id: string, v: number) => ({ linkId: id, answer: [{ valueInteger: v }] });
    const r = (extra: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [...items.map((i) => answer(i.id, 1)), ...extra] });
    fast(r([]));
    expectSameAsPlain(fast, plain, def, r([]), {});
    const dup = r([answer('i35', 2)]);
    expectSameAsPlain(fast, plain, def, dup, {});
    expect((fast(dup) as { ok: boolean }).ok).toBe(false);
  });
});
