// Fuzzing session restore (`safeRestoreSession` / `restoreSession`) with hostile stored states, and
// the reducer with hostile events: restore never throws but `SessionRestoreError`; a restored state
// always continues under `sessionReducer` without throwing, and what it produces can be stored and
// restored again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalize } from '../../src/exercises/personalize.js';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import { SESSION_EVENT_TYPES, type SessionEvent, type SessionState, sessionReducer, startSession } from '../../src/exercises/session.js';
import { SCRIPT_VARIANTS } from '../../src/exercises/types.js';
import { restoreSession, SessionRestoreError, safeRestoreSession } from '../../src/schemas/session.js';
import {
  deepArray,
  expectShortIssues,
  expectShortText,
  fuzz,
  HOSTILE_NUMBERS,
  hostile,
  hostileKey,
  MARKER,
  markedString,
  mutated,
  onlyThrows,
  throwingGetter,
  throwingProxy,
} from './_hostile.js';

const T0 = 1_700_000_000_000;
const isDeepFrozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every((x) => isDeepFrozen(x)));

/** An event: usually well formed with a time at or after `after`, sometimes hostile. */
const event = (after: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record({ type: fc.constantFrom(...SESSION_EVENT_TYPES), dt: fc.nat({ max: 60_000 }), value: fc.integer({ min: -1, max: 11 }) })
        .map(({ type, dt, value }) => (type === 'check-in' ? { type, at: after + dt, value } : { type, at: after + dt })),
    },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          type: fc.oneof(fc.constantFrom(...SESSION_EVENT_TYPES), markedString(0), hostile()),
          at: fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), hostile()),
          value: hostile(),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: hostile() },
  );

/** Applies events, each timed after the last accepted one; checks every refusal is short. */
function play(state: SessionState, steps: readonly ((after: number) => unknown)[]): SessionState {
  let s = state;
  for (const make of steps) {
    s = sessionReducer(s, make(s.updatedAt) as SessionEvent);
    if (s.lastError !== null) {
      expectShortText(s.lastError.message);
      expectShortText(s.lastError.event);
    }
  }
  return s;
}

/** The range of a Date in milliseconds: startSession and the reducer refuse times beyond it. */
const MAX_TIME = 8.64e15;
/** Times at the edges of what a number holds, and of the range of a Date. */
const EXTREME_TIMES = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  MAX_TIME,
  -MAX_TIME,
  MAX_TIME + 1,
  2.9999999999,
  0.1,
];

/**
 * Event makers drawn up front (fast-check cannot draw during `play`): a kind and a time, usually a
 * small step after the last event, sometimes a jump to an extreme time (±1e308, MAX_VALUE).
 */
const eventMakers = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 100_000 }) }, { weight: 1, arbitrary: fc.constantFrom(...EXTREME_TIMES).map((t) => ({ jump: t })) }),
      fc.constantFrom(...SESSION_EVENT_TYPES),
      fc.integer({ min: -1, max: 11 }),
      fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostile() }),
    ),
    { maxLength: 25 },
  )
  .chain((list) => fc.tuple(fc.constant(list), fc.boolean()))
  .map(([list, startFirst]) => {
    const makers = list.map(([time, type, value, junk]) => (after: number): unknown => {
      if (junk !== null) return junk;
      const at = typeof time === 'number' ? after + time : time.jump;
      return type === 'check-in' ? { type, at, value } : { type, at };
    });
    return startFirst ? [(after: number): unknown => ({ type: 'start', at: after }), ...makers] : makers;
  });

const sessionSetup = fc.record({
  script: fc.constantFrom(...exerciseScripts),
  variant: fc.constantFrom(...SCRIPT_VARIANTS),
  t0: fc.oneof(
    { weight: 1, arbitrary: fc.constant(T0) },
    { weight: 1, arbitrary: fc.integer({ min: -1e12, max: 1e13 }) },
    { weight: 2, arbitrary: fc.constantFrom(...EXTREME_TIMES, MAX_TIME, -MAX_TIME, MAX_TIME - 0.5, -MAX_TIME + 0.5) },
  ),
  threshold: fc.integer({ min: 1, max: 10 }),
  rise: fc.integer({ min: 1, max: 10 }),
  steps: eventMakers,
  region: fc.option(fc.stringMatching(/^[A-Z]{2}$/u), { nil: undefined }),
});

/** An app's own contact with a made-up number, for sessions run with a region. */
const OWN_RESOURCES = {
  mode: 'replace',
  contacts: [
    {
      id: 'zz-line',
      kind: 'crisis',
      name: 'Test Line',
      phone: '555 0100',
      hours: '24 hours a day',
      source: { url: 'https://example.org/', checked: '2026-11-01' },
    },
  ],
} as const;

/** Valid stored states: any script, variant and distress rule, after a random run of events. */
const storedState = sessionSetup.map(({ script, variant, t0, threshold, rise, steps }) => {
  const p = personalize(script, { variant });
  const start = Number.isFinite(t0) && Math.abs(t0) <= MAX_TIME ? t0 : T0;
  const s = play(startSession(p, start, { distressThreshold: threshold, distressRise: rise }), steps);
  return JSON.parse(JSON.stringify(s)) as SessionState;
});

const untrustedState = fc.oneof(
  { weight: 5, arbitrary: mutated(storedState, { value: fc.oneof(hostile(), fc.constantFrom(...HOSTILE_NUMBERS)), key: hostileKey(1), times: 2 }) },
  { weight: 1, arbitrary: storedState },
  { weight: 1, arbitrary: hostile(1, false) },
);

/** The same input as JSON text, sometimes cut short or padded. */
const asText = (v: unknown, cut: number | null): unknown => {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    return v;
  }
  if (text === undefined) return v;
  return cut === null ? text : text.slice(0, cut);
};

describe('safeRestoreSession / restoreSession', () => {
  it('never throw (but SessionRestoreError), agree, keep issues short; a restored state continues, and stores again', () => {
    fuzz(
      fc.tuple(untrustedState, fc.oneof(fc.constant('object'), fc.constant('text'), fc.nat({ max: 400 })), eventMakers),
      ([state, form, steps]) => {
        const input = form === 'object' ? state : asText(state, form === 'text' ? null : form);
        const safe = safeRestoreSession(input);
        if (!safe.ok) {
          expectShortIssues(safe.issues);
          for (const i of safe.issues) for (const p of i.path) if (typeof p === 'string') expectShortText(p, 100);
        }
        const thrown = onlyThrows(() => restoreSession(input), SessionRestoreError);
        expect(thrown.ok).toBe(safe.ok);
        if (!safe.ok) return;
        const restored = safe.value;
        expect(isDeepFrozen(restored)).toBe(true);
        const next = play(restored, steps);
        // What the reducer makes from a restored state can be stored and restored again.
        const again = safeRestoreSession(JSON.stringify(next));
        if (!again.ok) throw new Error(`not restorable after events: ${again.issues.map((i) => i.message).join(' ')}`);
        expect(again.value).toEqual(JSON.parse(JSON.stringify(next)));
      },
      200,
    );
  });

  it('hostile text: huge, deeply nested, truncated, or not JSON at all', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObj = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const inputs: unknown[] = [
      deep,
      deepObj,
      `{"version":1,"script":${deepObj}}`,
      `${MARKER}${'x'.repeat(1 << 20)}`,
      `{"version":1,"note":"${MARKER}${'y'.repeat(1 << 20)}"}`,
      '{"__proto__":{"polluted":"yes"},"version":1}',
      '{"version":1,"constructor":{"prototype":{"polluted":"yes"}}}',
      `{"version":"${MARKER}"}`,
      // Found by fuzzing: zod's own message for unknown keys listed every key in full.
      `{"version":1,"x${MARKER}${'k'.repeat(1 << 20)}":1}`,
      JSON.stringify({ version: 1, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`x${MARKER}${i}`, i])) }),
      '{"version":1e308}',
      '{"version":-0}',
      deepArray(10_000),
      JSON.parse(deepObj),
    ];
    for (const input of inputs) {
      const r = safeRestoreSession(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expectShortIssues(r.issues);
      expect(() => restoreSession(input)).toThrow(SessionRestoreError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Issue 13: safeRestoreSession threw on a throwing getter (this test expected the throw before).
  it('a stored state whose reading throws: an unreadable_input issue with the path, never a throw', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cases: [unknown, readonly (string | number)[]][] = [
      [throwingGetter('version'), ['version']],
      [throwingGetter('script', { version: 2 }), ['script']],
      [{ version: 2, history: [throwingProxy({})] }, ['history', 0]],
      [throwingProxy({}), []],
      [revoked.proxy, []],
      [{ version: 2, grounding: revoked.proxy }, ['grounding']],
    ];
    for (const [input, path] of cases) {
      const r = safeRestoreSession(input);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', path]]);
      expectShortIssues(r.issues);
      expect(() => restoreSession(input)).toThrow(SessionRestoreError);
    }
  });
});

describe('sessionReducer with hostile events', () => {
  const p = personalize(exerciseScripts[0] as (typeof exerciseScripts)[number]);

  it('found by fuzzing: fractional times no longer make a state that restore refuses', () => {
    // activeMs summed to 7957 while updatedAt - createdAt was 7956.9999999999995.
    let s = startSession(p, 2.9999999999);
    s = sessionReducer(s, { type: 'start', at: 2.9999999999 });
    s = sessionReducer(s, { type: 'skip', at: 7959.9999999999 });
    expect(s.activeMs).toBeLessThanOrEqual(s.updatedAt - s.createdAt);
    expect(safeRestoreSession(JSON.stringify(s)).ok).toBe(true);
  });

  it('found by fuzzing: times beyond the range of a Date are refused, so activeMs cannot overflow', () => {
    // Started at -1e308 and moved on at 1e308, activeMs was Infinity, stored as null.
    expect(() => startSession(p, -1e308)).toThrow(RangeError);
    let s = startSession(p, -MAX_TIME);
    s = sessionReducer(s, { type: 'start', at: -MAX_TIME });
    expect(sessionReducer(s, { type: 'next', at: 1e308 }).lastError?.code).toBe('invalid_time');
    s = sessionReducer(s, { type: 'next', at: MAX_TIME });
    expect(s.activeMs).toBe(2 * MAX_TIME);
    expect(safeRestoreSession(JSON.stringify(s)).ok).toBe(true);
  });

  it('every state it makes, from any start time and any events, can be stored and restored', () => {
    fuzz(
      sessionSetup,
      ({ script, variant, t0, threshold, rise, steps, region }) => {
        const p = personalize(script, { variant });
        const safety = region === undefined ? {} : { region, resources: OWN_RESOURCES };
        const started = onlyThrows(() => startSession(p, t0, { distressThreshold: threshold, distressRise: rise, ...safety }), RangeError);
        if (!started.ok) {
          // Only a time outside the range of a Date is refused.
          expect(Number.isFinite(t0) && Math.abs(t0) <= MAX_TIME).toBe(false);
          return;
        }
        let s = started.value;
        for (const make of steps) {
          s = sessionReducer(s, make(s.updatedAt) as SessionEvent);
          const r = safeRestoreSession(JSON.stringify(s));
          if (!r.ok) throw new Error(`not restorable: ${r.issues.map((i) => i.message).join(' ')}`);
          // The help shown with the grounding exit names a number only from the resources given.
          if (s.grounding.help !== null && region === undefined) expect(s.grounding.help).not.toMatch(/\d/u);
          if (s.grounding.help !== null && region !== undefined) expect(s.grounding.help).toContain('555 0100');
        }
      },
      150,
    );
  });

  it('refuses, never throws; a refusal leaves everything but lastError as it was', () => {
    fuzz(
      fc.tuple(storedState, fc.array(event(T0), { maxLength: 10 })),
      ([stored, events]) => {
        const restored = restoreSession(stored);
        let s = restored;
        for (const e of events) {
          const next = sessionReducer(s, e as SessionEvent);
          if (next.lastError !== null && next.lastError !== s.lastError) {
            expectShortText(next.lastError.message);
            expectShortText(next.lastError.event);
            const { lastError: _a, ...before } = s;
            const { lastError: _b, ...after } = next;
            expect(after).toEqual(before);
          }
          s = next;
        }
        expect(safeRestoreSession(JSON.stringify(s)).ok).toBe(true);
      },
      150,
    );
  });
});
