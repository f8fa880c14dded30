// Fuzzing the FHIR import `fromQuestionnaireResponse` (with and without a Questionnaire, which is
// untrusted too), a reader from `createResponseReader`, and `toObservation` on valid results.
//
// FHIR identifiers (linkIds, codes, systems, ValueSet URLs) are shown cut to 64 characters, as
// documented on `FhirIssue`; the marker is planted 25 or more characters into every string, so
// that it can only come out if more than that window is shown. Values such as `valueString` are
// previewed to 24 characters.
//
// Unlike `safeScore`, the import documents that a response whose reading throws (a getter, a
// Proxy) comes back as an `unreadable_input` issue; that is tested below.

import fc from 'fast-check';
import type { QuestionnaireItem } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/instruments/registry.js';
import { createResponseReader } from '../../src/interop/fhir/create-response-reader.js';
import { fromQuestionnaireResponse } from '../../src/interop/fhir/from-questionnaire-response.js';
import { toObservation } from '../../src/interop/fhir/to-observation.js';
import { toQuestionnaire } from '../../src/interop/fhir/to-questionnaire.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import {
  deepArray,
  expectShortIssues,
  expectShortText,
  fuzz,
  hostile,
  hostileKey,
  markedString,
  mutated,
  onlyThrows,
  throwingGetter,
  throwingProxy,
} from './_hostile.js';

/** FHIR identifiers are cut to 64 characters: plant the marker 25 or more characters in. */
const OFFSET = 25;
/** FHIR messages quote a linkId (64), a code and a system (64 each) and name the item: longer than elsewhere. */
const FHIR_TEXT_MAX = 400;

const value = () => fc.oneof({ weight: 3, arbitrary: hostile(OFFSET) }, { weight: 1, arbitrary: markedString(OFFSET) });
const key = () => hostileKey(OFFSET);

type Answer = Record<string, unknown>;

/** A valid QuestionnaireResponse to `def`, answered from the answer options of its Questionnaire. */
function validResponse(def: InstrumentDefinition): fc.Arbitrary<Record<string, unknown>> {
  const q = toQuestionnaire(def);
  const choice = (q.item ?? []).filter((i): i is QuestionnaireItem => i.type === 'choice');
  const answerTo = (item: QuestionnaireItem): fc.Arbitrary<Answer | null> => {
    const options = item.answerOption ?? [];
    const weight = (o: (typeof options)[number]) => o.extension?.[0]?.valueDecimal ?? 0;
    return fc.option(
      fc.integer({ min: 0, max: Math.max(0, options.length - 1) }).chain((k) => {
        const o = options[k];
        if (o === undefined) return fc.constant({ valueInteger: 0 });
        return fc.constantFrom<Answer>({ valueCoding: { ...o.valueCoding } }, { valueInteger: weight(o) }, { valueDecimal: weight(o) });
      }),
      { freq: 8 },
    );
  };
  return fc
    .tuple(
      fc.tuple(...choice.map(answerTo)),
      fc.boolean(),
      fc.constantFrom('completed', 'in-progress', 'amended'),
      fc.constantFrom<'id' | 'code' | 'slash'>('id', 'id', 'code', 'slash'),
    )
    .map(([answers, nested, status, linkBy]) => {
      const items = choice.flatMap((it, i) => {
        const a = answers[i];
        if (a === null || a === undefined) return [];
        const code = it.code?.[0]?.code;
        const linkId = linkBy === 'id' || code === undefined ? it.linkId : linkBy === 'code' ? code : `/${code}`;
        return [{ linkId, answer: [a] }];
      });
      return {
        resourceType: 'QuestionnaireResponse',
        status,
        questionnaire: q.url,
        item: nested ? [{ linkId: 'group', item: items }] : items,
      };
    });
}

/** What every import must satisfy, whatever the input was. */
function checkImport(def: InstrumentDefinition, response: unknown, options: Parameters<typeof fromQuestionnaireResponse>[2]): void {
  const r = fromQuestionnaireResponse(def, response, options);
  if (!r.ok) {
    expectShortIssues(r.issues, FHIR_TEXT_MAX);
    return;
  }
  for (const w of r.value.warnings) expectShortIssues([w], FHIR_TEXT_MAX);
  const ids = new Set(def.items.map((i) => i.id));
  for (const [id, v] of Object.entries(r.value.responses)) {
    expect(ids.has(id)).toBe(true);
    expect(v === null || (typeof v === 'number' && Number.isFinite(v))).toBe(true);
  }
  // The responses it returns always score.
  expect(safeScore(def, r.value.responses).ok).toBe(true);
  for (const v of Object.values(r.value.reported)) expect(Number.isFinite(v)).toBe(true);
}

describe.each(instruments.map((d) => [d.id, d] as const))('%s: fromQuestionnaireResponse', (_id, def) => {
  const questionnaire = toQuestionnaire(def);
  const response = fc.oneof(
    { weight: 5, arbitrary: mutated(validResponse(def), { value: value(), key: key(), root: hostile(OFFSET, false), times: 3 }) },
    { weight: 1, arbitrary: validResponse(def) },
    { weight: 1, arbitrary: hostile(OFFSET, false) },
  );

  it('never throws without a Questionnaire; issues and warnings are short; what it returns scores', () => {
    fuzz(response, (r) => checkImport(def, r, {}), 60);
  });

  it('never throws with the Questionnaire, or with a broken one (options.questionnaire is untrusted)', () => {
    const q = fc.oneof(
      { weight: 2, arbitrary: fc.constant(questionnaire) },
      { weight: 2, arbitrary: mutated(fc.constant(questionnaire), { value: value(), key: key(), root: hostile(OFFSET, false), times: 3 }) },
    );
    fuzz(
      fc.tuple(response, q, fc.constantFrom<'issue' | 'warning'>('issue', 'warning')),
      ([r, qq, unknownLinkIds]) => checkImport(def, r, { questionnaire: qq, unknownLinkIds }),
      60,
    );
  });

  it('a reader never throws and gives what fromQuestionnaireResponse gives, response after response', () => {
    const read = createResponseReader(def, { questionnaire });
    fuzz(
      response,
      (r) => {
        const got = read(r);
        expect(got).toEqual(fromQuestionnaireResponse(def, r, { questionnaire }));
        if (!got.ok) expectShortIssues(got.issues, FHIR_TEXT_MAX);
      },
      60,
    );
  });
});

describe('fromQuestionnaireResponse: hostile shapes', () => {
  const def = instruments.find((d) => d.id === 'phq-9') as InstrumentDefinition;
  const qr = (item: unknown) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', item });

  // These read large inputs; the suite-wide limit (vitest.browser.config.ts TIMEOUTS) only stops a hang.
  it('deep nesting (10,000 levels), 100,000 items and 1 MB strings: short issues, no exception', () => {
    let nested: unknown = [{ linkId: 'phq9-1', answer: [{ valueInteger: 1 }] }];
    for (let i = 0; i < 10_000; i++) nested = [{ linkId: `g${i}`, item: nested }];
    let underAnswers: unknown = [{ linkId: 'phq9-2', answer: [{ valueInteger: 1 }] }];
    for (let i = 0; i < 10_000; i++) underAnswers = [{ linkId: `phq9-${(i % 9) + 1}`, answer: [{ valueInteger: 0, item: underAnswers }] }];
    const big = `${'x'.repeat(OFFSET)}${'Zq8vK2mX9pLw4RtY8nBc3HfJ6sDg1AeU5oTiNxWq'}${'y'.repeat(1 << 20)}`;
    const cases = [
      qr(nested),
      qr(underAnswers),
      qr(deepArray(10_000)),
      qr(Array.from({ length: 100_000 }, (_, i) => ({ linkId: `x${i}`, answer: [{ valueInteger: 1 }] }))),
      qr([{ linkId: big, answer: [{ valueString: big }] }]),
      qr([{ linkId: 'phq9-1', answer: [{ valueCoding: { system: big, code: big } }] }]),
      qr([{ linkId: 'phq9-1', answer: Array.from({ length: 100_000 }, () => ({ valueInteger: 1 })) }]),
    ];
    for (const c of cases) {
      const r = fromQuestionnaireResponse(def, c);
      expect(r.ok).toBe(false);
      if (!r.ok) expectShortIssues(r.issues, FHIR_TEXT_MAX);
    }
    // A Questionnaire nested 10,000 levels deep is read to a depth of 32; an empty response is fine.
    let deepQ: unknown = [{ linkId: 'phq9-1', type: 'choice' }];
    for (let i = 0; i < 10_000; i++) deepQ = [{ linkId: `g${i}`, type: 'group', item: deepQ }];
    checkImport(def, { ...qr([]), contained: [{ resourceType: 'Questionnaire', id: 'q', item: deepQ }], questionnaire: '#q' }, {});
    checkImport(def, qr([{ linkId: 'phq9-1', answer: [{ valueInteger: 1 }] }]), { questionnaire: { resourceType: 'Questionnaire', item: deepQ } });
  });

  it('a Questionnaire with 200,000 disagreeing answer options gives one short weight_conflict', () => {
    // Found by fuzzing: the message listed every source (unbounded), `distinct` was quadratic, and
    // `found.push(...options)` overflowed the call stack, which came out as "could not be read".
    const coding = { system: 'http://loinc.org', code: 'LA6568-5' };
    const answerOption = Array.from({ length: 200_000 }, (_, i) => ({
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: i }],
      valueCoding: coding,
    }));
    const questionnaire = { resourceType: 'Questionnaire', item: [{ linkId: 'phq9-1', type: 'choice', answerOption }] };
    const r = fromQuestionnaireResponse(def, qr([{ linkId: 'phq9-1', answer: [{ valueCoding: coding }] }]), { questionnaire });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['weight_conflict']);
    if (!r.ok) expectShortIssues(r.issues, FHIR_TEXT_MAX);
  });

  it('a response whose reading throws comes back as an unreadable_input issue, as documented', () => {
    const cases = [
      throwingGetter('item', { resourceType: 'QuestionnaireResponse', status: 'completed' }),
      throwingProxy({ resourceType: 'QuestionnaireResponse' }),
      qr([throwingGetter('linkId')]),
      qr([{ linkId: 'phq9-1', answer: [throwingGetter('valueInteger')] }]),
    ];
    for (const c of cases) {
      const r = fromQuestionnaireResponse(def, c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('unreadable_input');
    }
    const q = fromQuestionnaireResponse(def, qr([]), { questionnaire: throwingProxy({ resourceType: 'Questionnaire' }) });
    expect(q.ok).toBe(false);
  });
});

describe('toObservation on valid results', () => {
  const stamps = fc.oneof(fc.string({ maxLength: 30 }), markedString(0), fc.constantFrom('2026-11-28', '2026-11-28T09:30:00Z', '2026-13-01', ''));
  it.each(instruments.map((d): [string, InstrumentDefinition] => [d.id, d]))(
    '%s: never throws on a valid result; flags travel; bad stamps throw only RangeError',
    (_id, def) => {
      const answers = fc.tuple(
        ...def.items.map((item) => {
          const s = def.responseScales[item.responseScale ?? 'default'] as { min: number; max: number };
          return fc.option(fc.integer({ min: s.min, max: s.max }), { freq: 6 });
        }),
      );
      fuzz(
        fc.tuple(answers, fc.option(fc.nat({ max: 3 }), { nil: undefined }), fc.option(stamps, { nil: undefined }), fc.option(stamps, { nil: undefined })),
        ([a, maxMissing, effective, issued]) => {
          const result = score(def, a, maxMissing === undefined ? undefined : { prorate: { maxMissing } });
          const obs = toObservation(result, def);
          expect(obs.resourceType).toBe('Observation');
          const text = JSON.stringify(obs);
          for (const f of result.flags) expect(text).toContain(f.id);
          const withStamps = onlyThrows(
            () => toObservation(result, def, { ...(effective === undefined ? {} : { effective }), ...(issued === undefined ? {} : { issued }) }),
            RangeError,
          );
          if (!withStamps.ok) expectShortText(withStamps.error.message);
        },
        25,
      );
    },
  );
});
