// Issue 13: a result depends only on the current contents of the call's arguments. Metamorphic
// properties (fast-check) for fromQuestionnaireResponse and createResponseReader, re-entrancy from
// getters, and hostile objects (throwing getters, throwing Proxy traps, revoked Proxies).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phq9 } from '../../../src/instruments/phq-9.js';
import {
  createResponseReader,
  FhirOptionsError,
  type FromQuestionnaireResponseOptions,
  fromQuestionnaireResponse,
  type ResponseReaderOptions,
  toQuestionnaire,
} from '../../../src/interop/fhir/index.js';
import { defineInstrument } from '../../../src/scoring/check.js';
import { score } from '../../../src/scoring/score.js';

// biome-ignore lint/suspicious/noExplicitAny: test data, edited in place by path
type Json = Record<string, any>;
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const CS = 'urn:example:cs';
const TARGETS = ['phq9-1', 'phq9-2', 'phq9-9', 'phq9-10', 'total', 'phq9-99', 'nope'];

/** Options a caller might hold and edit: a Questionnaire, a CodeSystem in `terminology`, and `linkIds`. */
function makeOptions(): Json {
  const questionnaire = structuredClone(toQuestionnaire(phq9)) as Json;
  const terminology = [
    {
      resourceType: 'CodeSystem',
      url: CS,
      status: 'active',
      content: 'complete',
      concept: [{ code: 'x', property: [{ code: 'itemWeight', valueDecimal: 2 }] }],
    },
  ];
  return { questionnaire, terminology, linkIds: { A: 'phq9-9', B: 'phq9-1' } };
}

const qr = (item: unknown[]) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item });
const int = (linkId: string, v: number) => ({ linkId, answer: [{ valueInteger: v }] });

/** A response that touches every option: linkIds A and B, coded answers weighed by the Questionnaire, one code from the CodeSystem. */
function makeResponse(options: Json): Json {
  const q = options.questionnaire as Json;
  const coded = (linkId: string, k: number) => {
    const item = (q.item as Json[]).find((i) => i.linkId === linkId);
    return { linkId, answer: [{ valueCoding: { ...(item?.answerOption?.[k]?.valueCoding ?? { system: 'urn:none', code: 'none' }) } }] };
  };
  return qr([
    int('A', 3),
    int('B', 1),
    coded('phq9-2', 1),
    coded('phq9-3', 2),
    coded('phq9-4', 3),
    { linkId: 'phq9-5', answer: [{ valueCoding: { system: CS, code: 'x' } }] },
  ]);
}

/** One edit a caller could make to its options in place. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('linkId' as const), key: fc.constantFrom('A', 'B', 'C'), target: fc.constantFrom(...TARGETS, undefined) }),
  fc.record({ kind: fc.constant('weight' as const), item: fc.integer({ min: 1, max: 10 }), option: fc.nat(3), weight: fc.integer({ min: -1, max: 4 }) }),
  fc.record({ kind: fc.constant('code' as const), item: fc.integer({ min: 1, max: 10 }), code: fc.constantFrom('44250-9', '44255-8', '44260-8', 'zz') }),
  fc.record({
    kind: fc.constant('optionCode' as const),
    item: fc.integer({ min: 1, max: 10 }),
    option: fc.nat(3),
    code: fc.constantFrom('LA6568-5', 'LA6569-3', 'x'),
  }),
  fc.record({ kind: fc.constant('terminology' as const), weight: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('unknownLinkIds' as const), value: fc.constantFrom('issue', 'warning', undefined) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(o: Json, e: Edit): void {
  const item = (n: number) => (o.questionnaire.item as Json[]).find((i) => i.linkId === `phq9-${n}`);
  switch (e.kind) {
    case 'linkId':
      if (e.target === undefined) delete o.linkIds[e.key];
      else o.linkIds[e.key] = e.target;
      return;
    case 'weight': {
      const opt = item(e.item)?.answerOption?.[e.option];
      if (opt) opt.extension = [{ url: ORDINAL, valueDecimal: e.weight }];
      return;
    }
    case 'code': {
      const it = item(e.item);
      if (it) it.code = [{ system: 'http://loinc.org', code: e.code }];
      return;
    }
    case 'optionCode': {
      const opt = item(e.item)?.answerOption?.[e.option];
      if (opt?.valueCoding) opt.valueCoding.code = e.code;
      return;
    }
    case 'terminology':
      o.terminology[0].concept[0].property[0].valueDecimal = e.weight;
      return;
    case 'unknownLinkIds':
      if (e.value === undefined) delete o.unknownLinkIds;
      else o.unknownLinkIds = e.value;
      return;
  }
}

/** What a call gives: its result, or the error it threw (by name and message). */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

describe('fromQuestionnaireResponse: a warm call equals a cold call on a fresh copy', () => {
  it('for random edits to linkIds, Questionnaire weights and codes, terminology and unknownLinkIds between calls (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rounds) => {
        const options = makeOptions();
        const response = makeResponse(options);
        for (const edits of rounds) {
          for (const e of edits) apply(options, e);
          const opts = options as FromQuestionnaireResponseOptions;
          const warm = outcome(() => fromQuestionnaireResponse(phq9, response, opts));
          // Twice: nothing the first call did may change the second.
          expect(outcome(() => fromQuestionnaireResponse(phq9, response, opts))).toEqual(warm);
          expect(warm).toEqual(outcome(() => fromQuestionnaireResponse(phq9, structuredClone(response), structuredClone(opts))));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('createResponseReader: a snapshot of its options', () => {
  it('keeps reading with the options as they were at creation, whatever the caller edits afterwards (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (before, after) => {
        const options = makeOptions();
        for (const e of before) apply(options, e);
        const response = makeResponse(options);
        const copy = structuredClone(options) as ResponseReaderOptions;
        const made = outcome(() => createResponseReader(phq9, options as ResponseReaderOptions));
        const fromCopy = outcome(() => createResponseReader(phq9, copy));
        if ('threw' in (made as object)) {
          expect(made).toEqual(fromCopy);
          return;
        }
        const read = (made as { value: (r: unknown) => unknown }).value;
        const reference = (fromCopy as { value: (r: unknown) => unknown }).value;
        const first = read(response);
        for (const e of after) apply(options, e);
        expect(read(response)).toEqual(first);
        expect(read(structuredClone(response))).toEqual(reference(structuredClone(response)));
        expect(read(response)).toEqual(outcome(() => fromQuestionnaireResponse(phq9, response, copy)) && fromQuestionnaireResponse(phq9, response, copy));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a definition the caller can still change; a defined copy never changes', () => {
    const def = structuredClone(phq9) as Json;
    expect(() => createResponseReader(def as typeof phq9, {})).toThrow(/createResponseReader: instrument must be a defined instrument/);
    const read = createResponseReader(defineInstrument(def as typeof phq9), {});
    const before = read(qr([int('phq9-1', 2)]));
    def.items[0].id = 'renamed';
    expect(read(qr([int('phq9-1', 2)]))).toEqual(before);
  });
});

describe('re-entrancy: a getter in a response that reads another response changes nothing for the outer call', () => {
  const allThrees = () => qr(Array.from({ length: 10 }, (_, i) => int(`phq9-${i + 1}`, 3)));
  const zeros = () => qr(Array.from({ length: 10 }, (_, i) => int(`phq9-${i + 1}`, 0)));

  /** All 3s, with a getter on item 9's answer that first reads an all-0s response through `inner`. */
  function hostileThrees(inner: () => void, nested = false): Json {
    const r = allThrees();
    const answer = {
      get valueInteger() {
        inner();
        return 3;
      },
    };
    (r.item as Json[])[8] = { linkId: 'phq9-9', answer: [answer] };
    if (nested) r.item = [{ linkId: 'group', item: r.item }];
    return r;
  }

  const readers = {
    'a reader (fast path)': () => createResponseReader(phq9, {}),
    'a reader without its fast path': () => createResponseReader(phq9, { fastPath: false }),
  };
  for (const [label, make] of Object.entries(readers)) {
    for (const nested of [false, true]) {
      it(`${label}, calling itself and fromQuestionnaireResponse${nested ? ' (nested items: the plain path)' : ''}`, () => {
        const read = make();
        read(allThrees()); // teach it the answers first
        let innerCalls = 0;
        const r = read(
          hostileThrees(() => {
            innerCalls++;
            const a = read(zeros());
            const b = fromQuestionnaireResponse(phq9, zeros());
            expect(a.ok && b.ok).toBe(true);
          }, nested),
        );
        expect(innerCalls).toBeGreaterThan(0);
        if (!r.ok) throw new Error(r.issues[0]?.message);
        const s = score(phq9, r.value.responses);
        expect(s.scales.total.value).toBe(27);
        expect(s.flags.map((f) => f.level)).toContain('urgent');
        expect(r.value.responses).toEqual(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`phq9-${i + 1}`, 3])));
      });
    }
  }

  it('fromQuestionnaireResponse, calling itself', () => {
    const r = fromQuestionnaireResponse(
      phq9,
      hostileThrees(() => {
        fromQuestionnaireResponse(phq9, zeros());
      }),
    );
    expect(r.ok && score(phq9, r.value.responses).scales.total.value).toBe(27);
  });
});

describe('hostile objects: never a throw from a safe path', () => {
  const boom = () => {
    throw new Error('boom');
  };
  const getter = (base: Json, key: string): Json => Object.defineProperty({ ...base }, key, { get: boom, enumerable: true });
  const trap = (target: object, name: keyof ProxyHandler<object>) => new Proxy(target, { [name]: boom });
  const revoked = (target: object) => {
    const p = Proxy.revocable(target, {});
    p.revoke();
    return p.proxy;
  };
  const answer = { valueInteger: 1 };
  const item = { linkId: 'phq9-1', answer: [answer] };
  const cases: [string, unknown, (string | number)[]][] = [
    ['a throwing getter on the response', getter(qr([item]), 'item'), []],
    ['a throwing getter on an item', qr([getter(item, 'linkId')]), ['item', 0]],
    ['a throwing getter on an answer', qr([{ linkId: 'phq9-1', answer: [getter(answer, 'valueInteger')] }]), ['item', 0]],
    ['a throwing getter on a coding', qr([{ linkId: 'phq9-1', answer: [{ valueCoding: getter({ system: 'http://loinc.org' }, 'code') }] }]), ['item', 0]],
    ['a throwing get trap on the response', trap(qr([item]), 'get'), []],
    ['a throwing ownKeys trap on an answer', qr([{ linkId: 'phq9-1', answer: [trap(answer, 'ownKeys')] }]), ['item', 0]],
    ['a revoked Proxy as the response', revoked(qr([item])), []],
    ['a revoked Proxy as the item array', qr(revoked([item]) as unknown[]), []],
    ['a revoked Proxy as an item', qr([int('phq9-2', 0), revoked(item)]), ['item', 1]],
    ['a revoked Proxy as an answer', qr([{ linkId: 'phq9-1', answer: [revoked(answer)] }]), ['item', 0]],
  ];
  const readers = {
    fromQuestionnaireResponse: (r: unknown) => fromQuestionnaireResponse(phq9, r),
    'a reader': createResponseReader(phq9, {}),
    'a reader without its fast path': createResponseReader(phq9, { fastPath: false }),
    'a reader with a Questionnaire': createResponseReader(phq9, { questionnaire: toQuestionnaire(phq9) }),
  };
  for (const [label, read] of Object.entries(readers)) {
    it.each(cases)(`${label}: %s gives an unreadable_input issue with the path`, (_name, response, path) => {
      let r: ReturnType<typeof fromQuestionnaireResponse> | undefined;
      expect(() => {
        r = read(response);
      }).not.toThrow();
      expect(r?.ok).toBe(false);
      if (r && !r.ok) {
        expect(r.issues.map((i) => i.code)).toEqual(['unreadable_input']);
        expect(r.issues[0]?.path).toEqual(path);
        expect(r.issues[0]?.message).toMatch(/could not be read/);
      }
    });
  }

  // Traps that one path uses and the other does not (the fast path asks for the prototype and
  // reads with `get`; the plain path reads own properties): never a throw, and either a read or
  // the same issue.
  it.each([
    ['getPrototypeOf', trap(item, 'getPrototypeOf')],
    ['getOwnPropertyDescriptor', trap(item, 'getOwnPropertyDescriptor')],
    ['has', trap(item, 'has')],
  ] as const)('a throwing %s trap on an item: never a throw', (_name, hostile) => {
    for (const read of Object.values(readers)) {
      const r = read(qr([int('phq9-2', 0), hostile]));
      if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', ['item', 1]]]);
    }
  });

  const optionCases: [string, () => unknown, string][] = [
    ['a throwing getter on options', () => getter({}, 'questionnaire'), 'options.questionnaire'],
    [
      'a throwing getter in the Questionnaire',
      () => ({ questionnaire: { ...toQuestionnaire(phq9), item: [getter({ linkId: 'phq9-1' }, 'answerOption')] } }),
      'options.questionnaire.item[0].answerOption',
    ],
    ['a revoked Proxy as terminology', () => ({ terminology: revoked([]) }), 'options.terminology'],
    ['a throwing ownKeys trap on linkIds', () => ({ linkIds: trap({ a: 'phq9-1' }, 'ownKeys') }), 'options.linkIds'],
  ];
  it.each(optionCases)('fromQuestionnaireResponse: %s gives an issue naming the option', (_name, make, field) => {
    let r: ReturnType<typeof fromQuestionnaireResponse> | undefined;
    expect(() => {
      r = fromQuestionnaireResponse(phq9, qr([item]), make() as FromQuestionnaireResponseOptions);
    }).not.toThrow();
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.issues[0]?.message).toContain(`${field} could not be read`);
  });
  it.each(optionCases)('createResponseReader: %s throws a FhirOptionsError naming the option', (_name, make, field) => {
    let error: unknown;
    try {
      createResponseReader(phq9, make() as ResponseReaderOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FhirOptionsError);
    expect((error as FhirOptionsError).field).toBe(field);
  });
});

describe('arguments of the wrong kind are named', () => {
  const response = qr([int('phq9-1', 1)]);
  const call =
    (f: unknown, ...args: unknown[]) =>
    () =>
      (f as (...a: unknown[]) => unknown)(...args);
  it.each([
    [
      'createResponseReader(response, phq9)',
      call(createResponseReader, response, phq9),
      TypeError,
      /createResponseReader: instrument must be a defined instrument/,
    ],
    ['createResponseReader(undefined)', call(createResponseReader, undefined), TypeError, /instrument must be/],
    ['fromQuestionnaireResponse(null, response)', call(fromQuestionnaireResponse, null, response), TypeError, /fromQuestionnaireResponse: instrument must be/],
    ['createResponseReader(phq9, "q")', call(createResponseReader, phq9, 'q'), FhirOptionsError, /options must be an object/],
    ['options.terminology not an array', call(createResponseReader, phq9, { terminology: {} }), FhirOptionsError, /options\.terminology must be an array/],
    ['options.linkIds an array', call(createResponseReader, phq9, { linkIds: ['phq9-1'] }), FhirOptionsError, /options\.linkIds must be an object/],
    [
      'options.linkIds with a number',
      call(createResponseReader, phq9, { linkIds: { a: 1 } }),
      FhirOptionsError,
      /options\.linkIds\.a must be an item id or scale id of phq-9/,
    ],
    [
      'options.unknownLinkIds',
      call(createResponseReader, phq9, { unknownLinkIds: 'ignore' }),
      FhirOptionsError,
      /options\.unknownLinkIds must be "issue" or "warning"/,
    ],
    ['options.baseUrl', call(createResponseReader, phq9, { baseUrl: 1 }), FhirOptionsError, /options\.baseUrl must be a string/],
    ['options.fastPath', call(createResponseReader, phq9, { fastPath: 'no' }), FhirOptionsError, /options\.fastPath must be a boolean/],
    [
      'options.questionnaire not a Questionnaire',
      call(createResponseReader, phq9, { questionnaire: { resourceType: 'Patient' } }),
      FhirOptionsError,
      /options\.questionnaire must be a Questionnaire/,
    ],
  ])('%s', (_label, f, type, message) => {
    expect(f).toThrow(type);
    expect(f).toThrow(message);
  });

  it('the one-shot still reports a Questionnaire that is not one as an issue (it is data, not a setting)', () => {
    const r = fromQuestionnaireResponse(phq9, response, { questionnaire: { resourceType: 'Patient' } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid_questionnaire']);
  });
});
