import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DISTRESS_RULE_DEFAULTS,
  exerciseScripts,
  personalize,
  SESSION_EVENT_TYPES,
  type SessionEvent,
  type SessionState,
  sessionReducer,
  startSession,
} from '../../src/exercises/index.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { SafetyDataError } from '../../src/safety/crisis-resources.js';
import { restoreSession } from '../../src/schemas/session.js';
import { calmBreath, kindPlace } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;
const T0 = 1_700_000_000_000;

/** Applies events in order. */
const play = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
const started = (at = T0) => sessionReducer(startSession(personalize(calmBreath), at), { type: 'start', at });
/** Everything but lastError, to compare a refused state with the one before. */
const withoutError = ({ lastError: _ignored, ...rest }: SessionState) => rest;

describe('startSession', () => {
  it('creates a ready, deep-frozen, versioned state that knows the script and its grounding step', () => {
    const s = startSession(personalize(calmBreath, { variant: 'brief' }), T0);
    expect(s).toEqual({
      version: 2,
      script: { id: 'test.calm-breath', version: '1.0.0', variant: 'brief', stepCount: 5, groundingStep: 3, startCeiling: null },
      crisisHelp: {
        region: null,
        text: 'You do not have to go through this alone. If you are in danger now, call your local emergency number or a crisis line.',
      },
      status: 'ready',
      step: 0,
      furthestStep: 0,
      createdAt: T0,
      startedAt: null,
      endedAt: null,
      pausedAt: null,
      updatedAt: T0,
      activeMs: 0,
      skipped: [],
      checkIns: [],
      distressRule: { threshold: 7, rise: 3 },
      grounding: { offered: false, reason: null, at: null, help: null },
      history: [{ type: 'created', at: T0, step: 0 }],
      lastError: null,
    });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.history[0])).toBe(true);
    expect(startSession(personalize(kindPlace), T0).script.groundingStep).toBeNull();
  });

  it('refuses a bad time, bad rule options and an unpersonalised script', () => {
    const p = personalize(calmBreath);
    expect(() => startSession(p, Number.NaN)).toThrow(RangeError);
    expect(() => startSession(p, T0, { distressThreshold: 11 })).toThrow(/distressThreshold/u);
    expect(() => startSession(p, T0, { distressRise: 0.5 })).toThrow(/distressRise/u);
    expect(() => startSession({ ...p, steps: [] }, T0)).toThrow(/no steps/u);
    // @ts-expect-error a raw script must be personalised first
    expect(() => startSession(calmBreath, T0)).toThrow(TypeError);
  });
});

describe('sessionReducer: a session from start to end', () => {
  it('walks the steps, counts active time without pauses, and completes at the last step', () => {
    let s = started();
    s = play(s, { type: 'next', at: T0 + 1000 }, { type: 'pause', at: T0 + 3000 }, { type: 'resume', at: T0 + 10_000 });
    expect(s).toMatchObject({ status: 'running', step: 1, activeMs: 3000, pausedAt: null });
    s = play(s, { type: 'skip', at: T0 + 11_000 }, { type: 'back', at: T0 + 12_000 }, { type: 'next', at: T0 + 13_000 });
    expect(s).toMatchObject({ step: 2, furthestStep: 2, skipped: [1], activeMs: 6000 });
    for (let k = 0; k < 4; k++) s = sessionReducer(s, { type: 'next', at: T0 + 20_000 + k });
    expect(s.step).toBe(6);
    s = sessionReducer(s, { type: 'complete', at: T0 + 30_000 });
    expect(s).toMatchObject({ status: 'completed', endedAt: T0 + 30_000, lastError: null, activeMs: 23_000 });
    expect(s.history.map((h) => h.type)).toEqual([
      'created',
      'start',
      'next',
      'pause',
      'resume',
      'skip',
      'back',
      'next',
      'next',
      'next',
      'next',
      'next',
      'complete',
    ]);
  });

  it('lets the client stop at any time before the end', () => {
    for (const s of [startSession(personalize(calmBreath), T0), started(), play(started(), { type: 'pause', at: T0 + 5 })]) {
      const after = sessionReducer(s, { type: 'abort', at: T0 + 10 });
      expect(after).toMatchObject({ status: 'aborted', endedAt: T0 + 10, pausedAt: null, lastError: null });
    }
  });
});

describe('sessionReducer: the distress rule offers the grounding exit', () => {
  it(`offers it at a rating of ${DISTRESS_RULE_DEFAULTS.threshold} or more, and logs that it did`, () => {
    const s = play(started(), { type: 'check-in', at: T0 + 1, value: 6 }, { type: 'check-in', at: T0 + 2, value: 7 });
    expect(s.grounding).toEqual({ offered: true, reason: 'threshold', at: T0 + 2, help: s.crisisHelp.text });
    expect(s.history.slice(-2)).toEqual([
      { type: 'check-in', at: T0 + 2, step: 0, value: 7 },
      { type: 'grounding-offered', at: T0 + 2, step: 0, value: 7, reason: 'threshold' },
    ]);
    expect(s.checkIns).toEqual([
      { step: 0, value: 6, at: T0 + 1 },
      { step: 0, value: 7, at: T0 + 2 },
    ]);
  });

  it(`offers it on a rise of ${DISTRESS_RULE_DEFAULTS.rise} or more above the first check-in (which may come before start)`, () => {
    const base = sessionReducer(startSession(personalize(calmBreath), T0), { type: 'check-in', at: T0, value: 2 });
    const s = play(base, { type: 'start', at: T0 + 1 }, { type: 'check-in', at: T0 + 2, value: 4 });
    expect(s.grounding.offered).toBe(false);
    const t = sessionReducer(s, { type: 'check-in', at: T0 + 3, value: 5 });
    expect(t.grounding).toEqual({ offered: true, reason: 'rise', at: T0 + 3, help: t.crisisHelp.text });
    // Once offered it stays offered, even when the rating falls again.
    expect(sessionReducer(t, { type: 'check-in', at: T0 + 4, value: 1 }).grounding.offered).toBe(true);
  });

  it('follows a rule the clinician sets', () => {
    const s = startSession(personalize(calmBreath), T0, { distressThreshold: 5, distressRise: 10 });
    expect(sessionReducer(s, { type: 'check-in', at: T0, value: 5 }).grounding.reason).toBe('threshold');
    expect(sessionReducer(s, { type: 'check-in', at: T0, value: 4 }).grounding.offered).toBe(false);
  });
});

describe('sessionReducer: illegal events are refused with a reason, never thrown', () => {
  const cases: [string, SessionState, unknown, string][] = [
    ['next before start', startSession(personalize(calmBreath), T0), { type: 'next', at: T0 }, 'not_started'],
    ['start twice', started(), { type: 'start', at: T0 }, 'already_started'],
    ['resume when running', started(), { type: 'resume', at: T0 }, 'not_paused'],
    ['pause twice', play(started(), { type: 'pause', at: T0 }), { type: 'pause', at: T0 }, 'already_paused'],
    ['next while paused', play(started(), { type: 'pause', at: T0 }), { type: 'next', at: T0 }, 'paused'],
    ['back at the first step', started(), { type: 'back', at: T0 }, 'no_previous_step'],
    ['complete early', started(), { type: 'complete', at: T0 }, 'not_at_last_step'],
    ['check-in of 11', started(), { type: 'check-in', at: T0, value: 11 }, 'invalid_check_in'],
    ['check-in of -1', started(), { type: 'check-in', at: T0, value: -1 }, 'invalid_check_in'],
    ['check-in of 2.5', started(), { type: 'check-in', at: T0, value: 2.5 }, 'invalid_check_in'],
    ['check-in without a value', started(), { type: 'check-in', at: T0 }, 'invalid_check_in'],
    ['time going backwards', started(T0 + 10), { type: 'next', at: T0 }, 'time_backwards'],
    [
      'next after complete',
      play(started(), ...Array.from({ length: 6 }, (_, k) => ({ type: 'next', at: T0 + k }) as const), { type: 'complete', at: T0 + 9 }),
      { type: 'next', at: T0 + 10 },
      'session_ended',
    ],
    ['abort after abort', play(started(), { type: 'abort', at: T0 }), { type: 'abort', at: T0 }, 'session_ended'],
    ['an unknown type', started(), { type: 'jump', at: T0 }, 'invalid_event'],
    ['not an object', started(), 'next', 'invalid_event'],
    ['null', started(), null, 'invalid_event'],
    ['a missing time', started(), { type: 'next' }, 'invalid_time'],
    ['an infinite time', started(), { type: 'next', at: Number.POSITIVE_INFINITY }, 'invalid_time'],
  ];
  for (const [name, state, event, code] of cases) {
    it(`refuses ${name} (${code})`, () => {
      const after = sessionReducer(state, event as SessionEvent);
      expect(after.lastError?.code).toBe(code);
      expect(after.lastError?.message.length).toBeGreaterThan(10);
      expect(withoutError(after)).toEqual(withoutError(state));
    });
  }

  it('clears the reason at the next accepted event', () => {
    const s = play(started(), { type: 'resume', at: T0 + 1 });
    expect(s.lastError).toMatchObject({ code: 'not_paused', event: 'resume', at: T0 + 1 });
    expect(sessionReducer(s, { type: 'next', at: T0 + 2 }).lastError).toBeNull();
  });

  it('previews, never echoes, what it was sent', () => {
    const s = sessionReducer(started(), { type: 'x'.repeat(1000), at: T0 } as unknown as SessionEvent);
    expect(s.lastError?.event.length).toBeLessThan(40);
    expect(s.lastError?.message.length).toBeLessThan(200);
  });

  it('has event types that the compiler checks', () => {
    const s = started();
    // @ts-expect-error unknown event type
    sessionReducer(s, { type: 'jump', at: T0 });
    // @ts-expect-error a check-in needs a value
    sessionReducer(s, { type: 'check-in', at: T0 });
    // @ts-expect-error events need a time
    sessionReducer(s, { type: 'next' });
    expectTypeOf(sessionReducer).returns.toEqualTypeOf<SessionState>();
  });
});

/** Random events: every type plus junk, times that mostly move forward, check-in values in and out of range. */
const eventArb = fc.record({
  type: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...SESSION_EVENT_TYPES, 'next', 'next', 'check-in') },
    { weight: 1, arbitrary: fc.constantFrom('jump', '', 'NEXT') },
  ),
  dt: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 60_000 }) }, { weight: 1, arbitrary: fc.integer({ min: -5000, max: -1 }) }),
  value: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 11, 2.5, Number.NaN) }),
});

const scriptsArb = fc.constantFrom(calmBreath, kindPlace, ...registry);

describe('sessionReducer: properties over random event sequences', () => {
  it('never throws; refused events change nothing but lastError; progress moves forward except on back; states round-trip through JSON', () => {
    fc.assert(
      fc.property(
        scriptsArb,
        fc.constantFrom('standard', 'trauma-sensitive', 'brief' as const),
        fc.array(eventArb, { maxLength: 40 }),
        (script, variant, raw) => {
          let state = startSession(personalize(script, { variant }), T0);
          let clock = T0;
          for (const r of raw) {
            clock += r.dt;
            const event = (r.type === 'check-in' ? { type: r.type, at: clock, value: r.value } : { type: r.type, at: clock }) as SessionEvent;
            const before = state;
            state = sessionReducer(before, event);
            const terminal = before.status === 'completed' || before.status === 'aborted';
            if (state.lastError !== null) {
              expect(withoutError(state)).toEqual(withoutError(before));
            } else {
              expect(state.history.length).toBeGreaterThan(before.history.length);
              expect(terminal).toBe(false);
              expect(event.at).toBeGreaterThanOrEqual(before.updatedAt);
              if (event.type === 'resume') expect(before.status).toBe('paused');
              if (event.type === 'check-in') expect(Number.isInteger(event.value) && event.value >= 0 && event.value <= 10).toBe(true);
            }
            const known = (SESSION_EVENT_TYPES as readonly string[]).includes(event.type);
            if (known && terminal) expect(state.lastError?.code).toBe('session_ended');
            if (known && !terminal && event.at < before.updatedAt) expect(state.lastError?.code).toBe('time_backwards');
            if (event.type === 'back' && state.lastError === null) expect(state.step).toBe(before.step - 1);
            else expect(state.step).toBeGreaterThanOrEqual(before.step);
            expect(state.step).toBeLessThan(state.script.stepCount);
            expect(state.furthestStep).toBeGreaterThanOrEqual(state.step);
            expect(state.activeMs).toBeLessThanOrEqual(state.updatedAt - state.createdAt);
            expect(restoreSession(JSON.stringify(state))).toEqual(state);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the person-facing crisis help travels with the grounding offer (issue 14.3)', () => {
  const resources = {
    mode: 'replace',
    contacts: [
      {
        id: 'zz-line',
        kind: 'crisis',
        name: 'Test Line',
        phone: '555 0100',
        hours: '24 hours a day',
        source: { url: 'https://example.org/help', checked: '2026-11-01' },
      },
    ],
  } as const;

  it('with a region, the state offers that region’s help once grounding is offered', () => {
    const s0 = startSession(personalize(calmBreath), T0, { region: 'GB', resources });
    expect(s0.crisisHelp).toEqual({
      region: 'GB',
      text: 'You do not have to go through this alone. If you are in danger now, call your local emergency number. You can call Test Line on 555 0100. They are open 24 hours a day.',
    });
    expect(s0.grounding.help).toBeNull();
    const s = sessionReducer(sessionReducer(s0, { type: 'start', at: T0 }), { type: 'check-in', at: T0 + 1, value: 8 });
    expect(s.grounding.help).toBe(s0.crisisHelp.text);
  });

  it('uses the region personalize was given when startSession is given none; with neither, no number', () => {
    const s = startSession(personalize(calmBreath, { region: 'GB', resources }), T0);
    expect(s.crisisHelp.text).toContain('555 0100');
    const none = sessionReducer(startSession(personalize(calmBreath), T0), { type: 'check-in', at: T0, value: 9 });
    expect(none.grounding.help).toBe('You do not have to go through this alone. If you are in danger now, call your local emergency number or a crisis line.');
    expect(none.grounding.help).not.toMatch(/\d/u);
  });

  it('checks the kind of each argument and names the wrong one', () => {
    const p = personalize(calmBreath);
    expect(() => startSession({} as never, T0)).toThrow(/startSession: expected a personalised script/u);
    expect(() => startSession(p, '0' as never)).toThrow(/startSession: at must be a number/u);
    expect(() => startSession(p, T0, null as never)).toThrow(/startSession: options must be an object/u);
    expect(() => startSession(p, T0, { regoin: 'GB' } as never)).toThrow(/options\."regoin" is not an option/u);
    expect(() => startSession(p, T0, { region: 'gb' })).toThrow(SafetyDataError);
    expect(() => startSession(p, T0, { resources })).toThrow(SafetyDataError);
    expect(() => sessionReducer(null as never, { type: 'start', at: T0 })).toThrow(/sessionReducer: expected a session state/u);
  });
});

describe('a start ceiling: the exercise does not go on when the first check-in is too high (issue 14.6)', () => {
  const ceilinged = { ...calmBreath, id: 'test.ceiling', startCeiling: 7 } as const;

  it('a first check-in at the ceiling offers grounding (reason "ceiling") and refuses start, next and skip; abort still works', () => {
    let s = sessionReducer(startSession(personalize(ceilinged), T0), { type: 'check-in', at: T0, value: 7 });
    expect(s.grounding).toMatchObject({ offered: true, reason: 'ceiling' });
    expect(sessionReducer(s, { type: 'start', at: T0 + 1 }).lastError?.code).toBe('too_distressed_to_continue');
    const late = play(startSession(personalize(ceilinged), T0), { type: 'start', at: T0 }, { type: 'check-in', at: T0 + 1, value: 9 });
    expect(sessionReducer(late, { type: 'next', at: T0 + 2 }).lastError?.code).toBe('too_distressed_to_continue');
    expect(sessionReducer(late, { type: 'skip', at: T0 + 2 }).lastError?.code).toBe('too_distressed_to_continue');
    s = sessionReducer(late, { type: 'abort', at: T0 + 3 });
    expect(s.status).toBe('aborted');
  });

  it('a first check-in below the ceiling lets it go on; a later high rating is the usual threshold rule', () => {
    const s = play(
      startSession(personalize(ceilinged), T0),
      { type: 'start', at: T0 },
      { type: 'check-in', at: T0 + 1, value: 6 },
      { type: 'next', at: T0 + 2 },
      { type: 'check-in', at: T0 + 3, value: 8 },
    );
    expect(s.step).toBe(1);
    expect(s.grounding.reason).toBe('threshold');
    expect(sessionReducer(s, { type: 'next', at: T0 + 4 }).lastError).toBeNull();
  });

  it('is read from the script’s data, with no ceiling for scripts that set none', () => {
    expect(startSession(personalize(ceilinged), T0).script.startCeiling).toBe(7);
    expect(startSession(personalize(calmBreath), T0).script.startCeiling).toBeNull();
    const s = sessionReducer(startSession(personalize(calmBreath), T0), { type: 'check-in', at: T0, value: 10 });
    expect(sessionReducer(s, { type: 'start', at: T0 }).lastError).toBeNull();
  });
});
