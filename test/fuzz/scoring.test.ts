// Fuzzing `score` / `safeScore` over every instrument of the registry with hostile responses.
//
// Decision on values whose reading throws (an accessor that throws, a Proxy whose traps throw):
// JSON cannot produce them, and `safeScore` promises "never throws on bad *responses*", i.e. on
// data. Code that throws while being read is the caller's code failing, so its exception comes
// out unchanged (the very error thrown, never swallowed, wrapped or replaced by an internal
// TypeError), as zod does. What the engine must still guarantee, and what is tested below: no
// prototype is touched, and the engine's reused buffers (issues, answer values) are not left
// dirty: the next call gives exactly the right answer. (FHIR import documents the other choice:
// it turns such an exception into an issue; see fhir.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/instruments/registry.js';
import { ScoreError, safeScore, score } from '../../src/scoring/score.js';
import type { InstrumentDefinition, ScoreOptions, ScoreResult } from '../../src/scoring/types.js';
import {
  anyValue,
  expectNoPollution,
  expectShortIssues,
  fuzz,
  HOSTILE_NUMBERS,
  hostile,
  hostileKey,
  hostileValues,
  inRange,
  jsonValue,
  mutated,
  onlyThrows,
  PlantedError,
  throwingGetter,
  throwingProxy,
} from './_hostile.js';

/** Runs per instrument and property (14 instruments). */
const RUNS = 100;

const CODES = new Set(['invalid_responses', 'unknown_item', 'invalid_type', 'not_finite', 'out_of_range', 'not_on_scale']);

const scaleOf = (def: InstrumentDefinition, itemId: string) => {
  const item = def.items.find((i) => i.id === itemId);
  return def.responseScales[item?.responseScale ?? 'default'] as { min: number; max: number };
};

/** The lowest and highest value a scale can take: from its items' response scales. */
function possibleRange(def: InstrumentDefinition, scaleId: string): [number, number] {
  const s = def.scales.find((x) => x.id === scaleId);
  if (!s) throw new Error(`no scale ${scaleId}`);
  const ranges = s.items.map((id) => scaleOf(def, id));
  if (s.aggregate === 'mean') return [Math.min(...ranges.map((r) => r.min)), Math.max(...ranges.map((r) => r.max))];
  return [ranges.reduce((a, r) => a + r.min, 0), ranges.reduce((a, r) => a + r.max, 0)];
}

/** What every successful result must satisfy, whatever the input was. */
function expectSoundResult(def: InstrumentDefinition, r: ScoreResult): void {
  expect(Object.isFrozen(r) && Object.isFrozen(r.scales) && Object.isFrozen(r.derived) && Object.isFrozen(r.flags)).toBe(true);
  expect(r.instrument).toEqual({ id: def.id, version: def.version });
  expect(Object.keys(r.scales).sort()).toEqual(def.scales.map((s) => s.id).sort());
  let complete = true;
  let prorated = false;
  for (const s of def.scales) {
    const x = r.scales[s.id];
    if (x === undefined) throw new Error(`no result for ${s.id}`);
    const [lo, hi] = possibleRange(def, s.id);
    if (!inRange(x.value, lo, hi)) throw new Error(`${def.id} ${s.id}: ${x.value} is outside ${lo}..${hi}`);
    expect(x.expected).toBe(s.items.length);
    expect(x.answered + x.missing.length).toBe(x.expected);
    if (x.prorated) expect(x.value).not.toBeNull();
    if (x.answered === x.expected) expect(x.value).not.toBeNull();
    // A blank item the form's own rule did not ask (listed in notAsked) does not make the result incomplete.
    else if (!x.missing.every((id) => r.notAsked.includes(id))) complete = false;
    prorated ||= x.prorated;
    if (x.band !== null) {
      expect(x.value).not.toBeNull();
      expect(x.value as number).toBeGreaterThanOrEqual(x.band.min - 1e-9);
    }
  }
  expect(r.complete).toBe(complete);
  expect(r.prorated).toBe(prorated);
  for (const d of def.derived ?? []) {
    const v = r.derived[d.id]?.value ?? null;
    if (v !== null && !Number.isFinite(v)) throw new Error(`${def.id} derived ${d.id}: ${v}`);
  }
  const flagIds = new Set((def.flags ?? []).map((f) => f.id));
  for (const f of r.flags) expect(flagIds.has(f.id)).toBe(true);
  expect(() => JSON.stringify(r)).not.toThrow();
}

/** Valid answers, some missing: arrays in item order and records keyed by item id. */
function validResponses(def: InstrumentDefinition): fc.Arbitrary<unknown> {
  const answer = (id: string) => {
    const s = scaleOf(def, id);
    return fc.option(fc.integer({ min: s.min, max: s.max }), { freq: 6 });
  };
  const list = fc.tuple(...def.items.map((i) => answer(i.id)));
  const record = fc.record(Object.fromEntries(def.items.map((i) => [i.id, answer(i.id)])), { requiredKeys: [] });
  return fc.oneof(list, record);
}

/** Untrusted responses: valid ones broken in one or two places, hostile values, arbitrary values. */
function untrusted(def: InstrumentDefinition): fc.Arbitrary<unknown> {
  const n = def.items.length;
  const numbers = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double(), fc.integer({ min: -10, max: 10 }));
  return fc.oneof(
    { weight: 4, arbitrary: mutated(validResponses(def), { value: fc.oneof(hostile(), numbers) }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(numbers, hostile()), { minLength: n - 1, maxLength: n + 2 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...def.items.map((i) => i.id)), hostileKey()), fc.oneof(numbers, hostile())) },
    { weight: 1, arbitrary: hostile(0, false) },
    { weight: 1, arbitrary: anyValue() },
    { weight: 1, arbitrary: jsonValue() },
  );
}

const options: fc.Arbitrary<ScoreOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  fc.constant({ prorate: false as const }),
  fc.nat({ max: 40 }).map((maxMissing) => ({ prorate: { maxMissing } })),
);

/** Checks one call pair on any input (the body of the fuzz property). */
function check(def: InstrumentDefinition, responses: unknown, opts?: ScoreOptions): void {
  const safe = safeScore(def, responses, opts);
  if (safe.ok) expectSoundResult(def, safe.value);
  else {
    expectShortIssues(safe.issues);
    expect(Object.isFrozen(safe.issues)).toBe(true);
    for (const i of safe.issues) expect(CODES.has(i.code)).toBe(true);
  }
  const thrown = onlyThrows(() => score(def, responses as never, opts), ScoreError);
  expect(thrown.ok).toBe(safe.ok);
  if (thrown.ok && safe.ok) expect(thrown.value).toEqual(safe.value);
  if (!thrown.ok && !safe.ok) {
    const issues = (thrown.error as ScoreError).issues;
    expect(issues.length).toBe(safe.issues.length);
    expect(issues.slice(0, 5)).toEqual(safe.issues.slice(0, 5));
  }
}

describe.each(instruments.map((def) => [def.id, def] as const))('%s', (_id, def) => {
  const complete = def.items.map((i) => scaleOf(def, i.id).max);
  const baseline = score(def, complete);

  it('safeScore never throws; score throws only ScoreError; both agree; results are sound and issues short', () => {
    fuzz(
      fc.tuple(untrusted(def), options),
      ([responses, opts]) => {
        check(def, responses, opts);
        // The engine's reused buffers are clean: a complete answer set still gives the same result.
        expect(score(def, complete)).toEqual(baseline);
      },
      RUNS,
    );
  });

  it('a value whose reading throws is an unreadable_input issue (safeScore never throws; score throws a ScoreError) and leaves the engine clean', () => {
    const first = def.items[0]?.id as string;
    const second = def.items[1]?.id as string;
    const cases: unknown[] = [
      throwingGetter(second, { [first]: 'not a number' }),
      throwingProxy([...complete]),
      throwingProxy({ [first]: 1 }),
      Object.defineProperty([...complete], 1, {
        enumerable: true,
        get() {
          throw new PlantedError('index 1');
        },
      }),
    ];
    for (const c of cases) {
      const r = safeScore(def, c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['unreadable_input']);
      expect(() => score(def, c as never)).toThrow(ScoreError);
      // No issue of the aborted call leaks into the next one.
      const next = safeScore(def, { [first]: 'not a number' });
      expect(next.ok).toBe(false);
      if (!next.ok) expect(next.issues.map((i) => i.item)).toEqual([first]);
      expect(score(def, complete)).toEqual(baseline);
    }
  });
});

describe('large inputs (each once: a list of 100,000 answers costs about half a second)', () => {
  const def = instruments.find((d) => d.id === 'phq-9') as InstrumentDefinition;
  it.each(hostileValues().large.map((v, i) => [i, v] as const))('large value #%i: safeScore returns short issues; score throws ScoreError', (i, v) => {
    const safe = safeScore(def, v);
    expect(safe.ok).toBe(false);
    if (!safe.ok) expectShortIssues(safe.issues);
    if (i === 1) expect(() => score(def, v as never)).toThrow(ScoreError);
    expectNoPollution();
  });
});
