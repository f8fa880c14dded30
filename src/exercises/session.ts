import { freeze, produce } from 'immer';
import { isRegionCode, type RegionCode } from '../model/region.js';
import { crisisHelp, SafetyDataError } from '../safety/crisis-resources.js';
import type { LocaleOption } from '../safety/locale.js';
import type { ResourceOverride } from '../safety/types.js';
import { _assertPersonalized, _kindOf, _preview } from './_internal/text.js';
import type { PersonalizedScript } from './personalize.js';
import type { ScriptVariant } from './types.js';
import { _rendererWords } from './words.js';

/**
 * The version of the session state format. {@link schemas!restoreSession | restoreSession} (from
 * `securebase/schemas`) refuses a state with any other
 * version (an older one is "outdated"); bump it whenever the shape of {@link SessionState} changes.
 *
 * @example
 * ```ts
 * const s = startSession(personalize(regulatePacedBreathing), 0);
 * s.version === SESSION_STATE_VERSION; // => true
 * ```
 * @category Exercises
 */
export const SESSION_STATE_VERSION = 2;

/**
 * The events a UI sends to {@link sessionReducer}.
 *
 * @example
 * ```ts
 * SESSION_EVENT_TYPES.includes('pause'); // => true
 * ```
 * @category Exercises
 */
export const SESSION_EVENT_TYPES = ['start', 'next', 'back', 'pause', 'resume', 'skip', 'check-in', 'complete', 'abort'] as const;

/** One of {@link SESSION_EVENT_TYPES}. @category Exercises */
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

/**
 * An event for {@link sessionReducer}. `at` is a timestamp in milliseconds that the caller
 * supplies (the library never reads a clock), within the range of a Date (±8.64e15); it must never
 * go backwards. A `check-in` carries a
 * distress rating `value`, a whole number from 0 (calm) to 10 (the most upset).
 *
 * @example
 * ```ts
 * const e: SessionEvent = { type: 'check-in', at: Date.now(), value: 4 };
 * ```
 * @category Exercises
 */
export type SessionEvent =
  | {
      /** What happened. */
      readonly type: Exclude<SessionEventType, 'check-in'>;
      /** When, in milliseconds (supplied by the caller; never before the last accepted event). */
      readonly at: number;
    }
  | {
      /** A distress rating. */
      readonly type: 'check-in';
      /** When, in milliseconds. */
      readonly at: number;
      /** The rating: a whole number from 0 (calm) to 10 (the most upset). */
      readonly value: number;
    };

/**
 * Where a session is: `ready` (created, not started), `running`, `paused`, `completed` or
 * `aborted` (the last two are final).
 *
 * @example
 * ```ts
 * SESSION_STATUSES[0]; // => 'ready'
 * ```
 * @category Exercises
 */
export const SESSION_STATUSES = ['ready', 'running', 'paused', 'completed', 'aborted'] as const;

/** One of {@link SESSION_STATUSES}. @category Exercises */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * When a check-in offers the grounding exit, by default: a rating of 7 or more, or a rise of 3 or
 * more above the first check-in of the session.
 *
 * Source: a design choice, not a published cut-off. On common 0–10 SUDS anchors (Wolpe's
 * Subjective Units of Distress, as used in CBT handouts) 7 reads "discomfort dominates your
 * thoughts and you struggle to function", i.e. likely outside the window of tolerance (Siegel,
 * 1999), where the usual caution is to stop and switch to grounding. A clinician may set other values
 * per client through {@link startSession}.
 *
 * @example
 * ```ts
 * DISTRESS_RULE_DEFAULTS.threshold; // => 7
 * ```
 * @category Exercises
 */
export const DISTRESS_RULE_DEFAULTS = {
  /** A rating at or above this offers grounding. */
  threshold: 7,
  /** A rise of this much or more above the session's first check-in offers grounding. */
  rise: 3,
} as const;

/**
 * The rule in force for a session (see {@link DISTRESS_RULE_DEFAULTS}).
 *
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * startSession(p, 0).distressRule; // => { threshold: 7, rise: 3 }
 * startSession(p, 0, { distressThreshold: 6 }).distressRule; // => { threshold: 6, rise: 3 }
 * ```
 * @category Exercises
 */
export interface DistressRule {
  /** A rating at or above this offers grounding (1–10). */
  readonly threshold: number;
  /** A rise of this much or more above the first check-in offers grounding (1–10). */
  readonly rise: number;
}

/**
 * One distress rating: the step it was given at, the value 0–10 and the time.
 *
 * @example
 * ```ts
 * const s = sessionReducer(startSession(personalize(regulatePacedBreathing), 0), { type: 'start', at: 1000 });
 * sessionReducer(s, { type: 'check-in', at: 5000, value: 3 }).checkIns.at(-1); // => { step: 0, value: 3, at: 5000 }
 * ```
 * @category Exercises
 */
export interface SessionCheckIn {
  /** The step index (0-based) at which it was given. */
  readonly step: number;
  /** The rating, 0 (calm) to 10 (the most upset). */
  readonly value: number;
  /** When, in milliseconds. */
  readonly at: number;
}

/**
 * One line of the session's history log: every accepted event, plus `grounding-offered` whenever
 * a check-in met the distress rule. `step` is the current step after the event.
 *
 * @example
 * ```ts
 * let s = startSession(personalize(regulatePacedBreathing), 0);
 * s = sessionReducer(s, { type: 'check-in', at: 1000, value: 8 });
 * s.history.map((h) => h.type); // => ['created', 'check-in', 'grounding-offered']
 * s.history.at(-1); // => { type: 'grounding-offered', at: 1000, step: 0, value: 8, reason: 'threshold' }
 * ```
 * @category Exercises
 */
export type SessionHistoryEntry =
  | {
      /** The session was created by `startSession`. */
      readonly type: 'created';
      /** When, in milliseconds. */
      readonly at: number;
      /** The step after the event (0). */
      readonly step: number;
    }
  | {
      /** An accepted event. */
      readonly type: Exclude<SessionEventType, 'check-in'>;
      /** When, in milliseconds. */
      readonly at: number;
      /** The step after the event. */
      readonly step: number;
    }
  | {
      /** An accepted check-in. */
      readonly type: 'check-in';
      /** When, in milliseconds. */
      readonly at: number;
      /** The step at which it was given. */
      readonly step: number;
      /** The rating, 0–10. */
      readonly value: number;
    }
  | {
      /** A check-in met the distress rule, so grounding was offered. */
      readonly type: 'grounding-offered';
      /** When, in milliseconds (the check-in's time). */
      readonly at: number;
      /** The step at which it happened. */
      readonly step: number;
      /** The rating that met the rule. */
      readonly value: number;
      /** Why: see {@link GroundingReason}. */
      readonly reason: GroundingReason;
    };

/**
 * Why grounding was offered: `threshold` (the rating was at or above the threshold), `rise` (it
 * rose from the first check-in) or `ceiling` (the first check-in was at or above the script's
 * `startCeiling`, so the exercise does not go on).
 *
 * @example
 * ```ts
 * const r: GroundingReason = 'ceiling';
 * ```
 * @category Exercises
 */
export type GroundingReason = 'threshold' | 'rise' | 'ceiling';

/**
 * Why an event was refused.
 *
 * @example
 * ```ts
 * SESSION_REFUSAL_CODES.includes('time_backwards'); // => true
 * ```
 * @category Exercises
 */
export const SESSION_REFUSAL_CODES = [
  'invalid_event',
  'invalid_time',
  'time_backwards',
  'session_ended',
  'not_started',
  'already_started',
  'paused',
  'already_paused',
  'not_paused',
  'no_next_step',
  'no_previous_step',
  'not_at_last_step',
  'invalid_check_in',
  'too_distressed_to_continue',
] as const;

/** One of {@link SESSION_REFUSAL_CODES}. @category Exercises */
export type SessionRefusalCode = (typeof SESSION_REFUSAL_CODES)[number];

/**
 * A refused event, kept in `state.lastError` until the next accepted event. `event` is a short
 * preview of the event type; `at` is the event's time when it was a valid one (a finite number within ±8.64e15).
 *
 * @example
 * ```ts
 * const s = sessionReducer(startSession(personalize(regulatePacedBreathing), 0), { type: 'start', at: 1000 });
 * const refused = sessionReducer(s, { type: 'next', at: 500 });
 * refused.lastError?.code; // => 'time_backwards'
 * refused.step; // => 0
 * ```
 * @category Exercises
 */
export interface SessionRefusal {
  /** Why, as a stable code. */
  readonly code: SessionRefusalCode;
  /** A short preview of the event's type. */
  readonly event: string;
  /** The event's time, or `null` when it was not a finite number within ±8.64e15 (the range of Date). */
  readonly at: number | null;
  /** Why, in words for a developer (not for the client). */
  readonly message: string;
}

/**
 * The state of one run of a personalised script. Plain, JSON-serialisable, deep-frozen data;
 * store it with `JSON.stringify` and load it with `restoreSession` (securebase/schemas).
 *
 * - `step` is the current step index (0-based) in the personalised steps; `furthestStep` the
 *   furthest reached.
 * - `activeMs` counts time spent `running` (not paused), from the callers' timestamps.
 * - `grounding.offered` turns true when a check-in meets the distress rule and stays true; the UI
 *   should then offer the grounding exit (`script.groundingStep`, or its own grounding screen when
 *   the script has none) and show `grounding.help`, the crisis help for the person (their region's
 *   numbers when `startSession` was given a region, otherwise wording that names no number).
 * - `script.startCeiling`: when the first check-in is at or above it, grounding is offered with
 *   reason `ceiling` and the exercise does not go on (`start`, `next` and `skip` are refused).
 * - `lastError` holds the reason the last event was refused, or null.
 *
 * @example
 * ```ts
 * const s: SessionState = startSession(personalize(regulatePacedBreathing), 0);
 * s.status; // => 'ready'
 * JSON.parse(JSON.stringify(s)); // => s
 * ```
 * @category Exercises
 */
export interface SessionState {
  /** The state format version ({@link SESSION_STATE_VERSION}). */
  readonly version: typeof SESSION_STATE_VERSION;
  /** Which script run this is. */
  readonly script: {
    /** The script id. */
    readonly id: string;
    /** The script's content version. */
    readonly version: string;
    /** The variant being run. */
    readonly variant: ScriptVariant;
    /** How many steps the personalised variant has. */
    readonly stepCount: number;
    /** Index of the first `grounding-exit` step of the variant, or null. */
    readonly groundingStep: number | null;
    /** A first check-in at or above this stops the exercise (the script's `startCeiling`), or null. */
    readonly startCeiling: number | null;
  };
  /**
   * The crisis help for the person, fixed when the session was made: the region it names (or
   * `null`) and the paragraph to show. With no region it names no number.
   */
  readonly crisisHelp: {
    /** The region whose contacts the text names, or `null`. */
    readonly region: RegionCode | null;
    /** One short paragraph for the person. */
    readonly text: string;
  };
  /** Where the session is. */
  readonly status: SessionStatus;
  /** The current step index (0-based). */
  readonly step: number;
  /** The furthest step index reached. */
  readonly furthestStep: number;
  /** When `startSession` made it. */
  readonly createdAt: number;
  /** When `start` was accepted, or `null`. */
  readonly startedAt: number | null;
  /** When `complete` or `abort` was accepted, or `null`. */
  readonly endedAt: number | null;
  /** When the current pause began, or `null` when not paused. */
  readonly pausedAt: number | null;
  /** The time of the last accepted event; a later event may not be earlier. */
  readonly updatedAt: number;
  /** Milliseconds spent `running` (not paused). */
  readonly activeMs: number;
  /** Indexes of the steps skipped, in the order skipped. */
  readonly skipped: readonly number[];
  /** Every distress rating, in order. */
  readonly checkIns: readonly SessionCheckIn[];
  /** The distress rule in force. */
  readonly distressRule: DistressRule;
  /** Whether the grounding exit has been offered. */
  readonly grounding: {
    /** True once a check-in met the distress rule; it stays true. */
    readonly offered: boolean;
    /** Why it was last offered, or `null`. */
    readonly reason: GroundingReason | null;
    /** When it was last offered, or `null`. */
    readonly at: number | null;
    /** The crisis help to show with the grounding exit (`crisisHelp.text`) once offered, else `null`. */
    readonly help: string | null;
  };
  /** Every accepted event, plus `grounding-offered` entries. */
  readonly history: readonly SessionHistoryEntry[];
  /** Why the last event was refused, or `null` after an accepted one. */
  readonly lastError: SessionRefusal | null;
}

/**
 * Options for {@link startSession}: the distress rule (see {@link DISTRESS_RULE_DEFAULTS}), as whole
 * numbers from 1 to 10, and the person's `region` (with an app's own `resources`) for the crisis
 * help shown when grounding is offered. Without `region`, the script's own crisis help (from
 * `personalize(script, { region })`) is used; with neither, no number is named.
 *
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * startSession(p, 0, { distressThreshold: 6, distressRise: 2 }).distressRule; // => { threshold: 6, rise: 2 }
 * ```
 * @category Exercises
 */
export interface SessionOptions {
  /** The rating at or above which grounding is offered; default 7. */
  readonly distressThreshold?: number | undefined;
  /** The rise above the first check-in at which grounding is offered; default 3. */
  readonly distressRise?: number | undefined;
  /** The person's region (ISO 3166-1 alpha-2), for the crisis help shown with grounding. */
  readonly region?: RegionCode | undefined;
  /** An app's own crisis contacts for `region` (validated); needs `region`. */
  readonly resources?: ResourceOverride | undefined;
  /** The language the script was personalised in (`'en'`, default, or its pack), for the crisis help named with `region`. */
  readonly locale?: LocaleOption | undefined;
}

const SESSION_OPTION_KEYS = ['distressThreshold', 'distressRise', 'region', 'resources', 'locale'] as const;

/** The range of a `Date`, in milliseconds: a time beyond it is refused, so that no duration overflows. */
const MAX_TIME = 8.64e15;
const isTime = (v: unknown): v is number => typeof v === 'number' && v >= -MAX_TIME && v <= MAX_TIME;

const isRuleValue = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10;

/**
 * Creates the state for a new session of a personalised script, in status `ready`. Send a
 * `start` event to begin. A `check-in` is accepted before `start` too, as a baseline for the
 * "rise" part of the distress rule.
 *
 * @param at the creation time in milliseconds, supplied by the caller (no clock is read).
 * @throws TypeError when `script` is not a personalised script or `options` is not an object with
 * known keys; RangeError when `at` is not a finite number within ±8.64e15 (the range of Date), the
 * script has no steps, or a distress option is not a whole number from 1 to 10; `SafetyDataError`
 * when `region` or `resources` is invalid.
 * @example
 * ```ts
 * let s = startSession(personalize(regulatePacedBreathing), 1_700_000_000_000);
 * s.status; // => 'ready'
 * s = sessionReducer(s, { type: 'start', at: 1_700_000_000_500 });
 * s.status; // => 'running'
 * ```
 * @category Exercises
 */
export function startSession(script: PersonalizedScript, at: number, options: SessionOptions = {}): SessionState {
  _assertPersonalized(script, 'startSession');
  if (typeof at !== 'number') throw new TypeError(`startSession: at must be a number (milliseconds), got ${_kindOf(at)}.`);
  if (!isTime(at)) throw new RangeError('startSession: at must be a timestamp in milliseconds (a finite number within ±8.64e15, the range of Date).');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`startSession: options must be an object such as { region: 'GB' }, got ${_kindOf(options)}.`);
  for (const key of Object.keys(options)) {
    if (!(SESSION_OPTION_KEYS as readonly string[]).includes(key))
      throw new TypeError(`startSession: options.${_preview(key)} is not an option; expected one of ${SESSION_OPTION_KEYS.join(', ')}.`);
  }
  if (script.steps.length === 0) throw new RangeError(`startSession: ${script.id} (${script.variant}) has no steps.`);
  const ceiling = (script as { startCeiling?: unknown }).startCeiling ?? null;
  if (ceiling !== null && !isRuleValue(ceiling)) throw new TypeError('startSession: script.startCeiling must be a whole number from 1 to 10 or null.');
  if (options.region !== undefined && !isRegionCode(options.region))
    throw new SafetyDataError([`region: expected an ISO 3166-1 alpha-2 code such as "GB", received ${_preview(options.region)}`]);
  if (options.resources !== undefined && options.region === undefined) throw new SafetyDataError(['resources: give the region they apply to as well']);
  const scriptHelp = (script as { crisisHelp?: { region?: unknown; text?: unknown } }).crisisHelp;
  // The crisis help named with a region is in the script's language: the same pack is needed.
  const words = options.region !== undefined || options.locale !== undefined ? _rendererWords(script, options.locale, 'startSession') : null;
  const locale = words?.pack ?? 'en';
  const help =
    options.region !== undefined
      ? crisisHelp(options.resources === undefined ? { region: options.region, locale } : { region: options.region, resources: options.resources, locale })
      : scriptHelp !== undefined && typeof scriptHelp.text === 'string' && (scriptHelp.region === null || isRegionCode(scriptHelp.region))
        ? { region: scriptHelp.region, text: scriptHelp.text }
        : crisisHelp();
  const threshold = options.distressThreshold ?? DISTRESS_RULE_DEFAULTS.threshold;
  const rise = options.distressRise ?? DISTRESS_RULE_DEFAULTS.rise;
  if (!isRuleValue(threshold)) throw new RangeError('startSession: distressThreshold must be a whole number from 1 to 10.');
  if (!isRuleValue(rise)) throw new RangeError('startSession: distressRise must be a whole number from 1 to 10.');
  const grounding = script.steps.findIndex((s) => s.kind === 'grounding-exit');
  const state: SessionState = {
    version: SESSION_STATE_VERSION,
    script: {
      id: script.id,
      version: script.version,
      variant: script.variant,
      stepCount: script.steps.length,
      groundingStep: grounding < 0 ? null : grounding,
      startCeiling: ceiling,
    },
    crisisHelp: { region: help.region, text: help.text },
    status: 'ready',
    step: 0,
    furthestStep: 0,
    createdAt: at,
    startedAt: null,
    endedAt: null,
    pausedAt: null,
    updatedAt: at,
    activeMs: 0,
    skipped: [],
    checkIns: [],
    distressRule: { threshold, rise },
    grounding: { offered: false, reason: null, at: null, help: null },
    history: [{ type: 'created', at, step: 0 }],
    lastError: null,
  };
  return freeze(state, true);
}

/** True when the script has a start ceiling and the session's first check-in met it. @internal */
export function _ceilingMet(state: Pick<SessionState, 'script' | 'checkIns'>): boolean {
  const first = state.checkIns[0];
  return state.script.startCeiling !== null && first !== undefined && first.value >= state.script.startCeiling;
}

/** Which rule a check-in meets, given the session's first check-in (undefined for the first itself). @internal */
export function _groundingReason(value: number, first: number | undefined, rule: DistressRule, startCeiling: number | null): GroundingReason | null {
  if (first === undefined && startCeiling !== null && value >= startCeiling) return 'ceiling';
  if (value >= rule.threshold) return 'threshold';
  return first !== undefined && value - first >= rule.rise ? 'rise' : null;
}

function refusal(state: SessionState, event: unknown): SessionRefusal | null {
  const refuse = (code: SessionRefusalCode, type: string, at: number | null, message: string): SessionRefusal => ({ code, event: type, at, message });
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    return refuse('invalid_event', _preview(event), null, `Expected an event object such as { type: 'next', at }, received ${_preview(event)}.`);
  }
  const e = event as Record<string, unknown>;
  const type = e.type;
  if (typeof type !== 'string' || !(SESSION_EVENT_TYPES as readonly string[]).includes(type)) {
    return refuse('invalid_event', _preview(type), null, `Unknown event type ${_preview(type)}; expected one of ${SESSION_EVENT_TYPES.join(', ')}.`);
  }
  const at = e.at;
  if (!isTime(at)) {
    return refuse(
      'invalid_time',
      type,
      null,
      `Event "${type}": at must be a timestamp in milliseconds (a finite number within ±8.64e15), received ${_preview(at)}.`,
    );
  }
  const r = (code: SessionRefusalCode, message: string) => refuse(code, type, at, `Event "${type}": ${message}`);
  const { status, step } = state;
  if (status === 'completed' || status === 'aborted') return r('session_ended', `the session is already ${status}.`);
  if (at < state.updatedAt) return r('time_backwards', `time went backwards (at ${at} is before the last event at ${state.updatedAt}).`);
  const last = state.script.stepCount - 1;
  if ((type === 'start' || type === 'next' || type === 'skip') && _ceilingMet(state)) {
    return r(
      'too_distressed_to_continue',
      `the first check-in was ${state.checkIns[0]?.value}, at or above this script's start ceiling of ${state.script.startCeiling}; offer grounding, then "abort".`,
    );
  }
  switch (type as SessionEventType) {
    case 'start':
      return status === 'ready' ? null : r('already_started', 'the session has already started.');
    case 'next':
    case 'skip':
    case 'back':
      if (status === 'ready') return r('not_started', 'send "start" first.');
      if (status === 'paused') return r('paused', 'the session is paused; send "resume" first.');
      if (type === 'back') return step > 0 ? null : r('no_previous_step', 'already at the first step.');
      return step < last ? null : r('no_next_step', 'already at the last step; send "complete" to finish.');
    case 'pause':
      if (status === 'ready') return r('not_started', 'send "start" first.');
      return status === 'paused' ? r('already_paused', 'the session is already paused.') : null;
    case 'resume':
      return status === 'paused' ? null : r('not_paused', `the session is not paused (it is ${status}).`);
    case 'check-in': {
      const v = e.value;
      const ok = typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;
      return ok ? null : r('invalid_check_in', `value must be a whole number from 0 (calm) to 10 (the most upset), received ${_preview(v)}.`);
    }
    case 'complete':
      if (status === 'ready') return r('not_started', 'send "start" first.');
      return step === last ? null : r('not_at_last_step', `the session is at step ${step + 1} of ${last + 1}; send "abort" to stop early.`);
    case 'abort':
      return null;
  }
}

/**
 * The pure session reducer (built with immer): applies one event and returns the next state.
 *
 * Illegal events are refused, never thrown: the reducer returns the same state with `lastError`
 * set to the reason ({@link SessionRefusal}), and nothing else changed. Refused are: malformed
 * events, a timestamp before the last accepted one, any event after `complete` or `abort`,
 * `resume` when not paused, `pause` when paused, `next`/`skip`/`back` before `start` or while
 * paused, `next`/`skip` at the last step, `back` at the first, `complete` before the last step
 * (use `abort` to stop early) and a check-in outside 0–10. `abort` is always accepted while the
 * session is open: a client can stop at any time.
 *
 * The step only moves forward, except on `back`. A check-in that meets the distress rule sets
 * `grounding.offered` and logs `grounding-offered` in `history`.
 *
 * @throws TypeError when `state` is not a session state (events are refused, never thrown).
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * let s = sessionReducer(startSession(p, 0), { type: 'start', at: 0 });
 * s = sessionReducer(s, { type: 'check-in', at: 1000, value: 8 });
 * s.grounding.offered; // => true
 * s = sessionReducer(s, { type: 'resume', at: 2000 });
 * s.lastError?.code; // => 'not_paused'
 * ```
 * @category Exercises
 */
export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const st = state as Partial<SessionState> | null;
  if (st === null || typeof st !== 'object' || st.version !== SESSION_STATE_VERSION || typeof st.script !== 'object' || !Array.isArray(st.history)) {
    throw new TypeError(
      `sessionReducer: expected a session state from startSession or restoreSession (format version ${SESSION_STATE_VERSION}), got ${_kindOf(state)}.`,
    );
  }
  const refused = refusal(state, event);
  if (refused !== null) {
    return produce(state, (d) => {
      d.lastError = refused;
    });
  }
  const e = event;
  return produce(state, (d) => {
    // Never more than the time since creation: with fractional times the sum of the running spans
    // can round past it, and a restored state is checked against it.
    if (d.status === 'running') d.activeMs = Math.min(d.activeMs + (e.at - d.updatedAt), e.at - d.createdAt);
    d.updatedAt = e.at;
    d.lastError = null;
    switch (e.type) {
      case 'start':
        d.status = 'running';
        d.startedAt = e.at;
        break;
      case 'skip':
        if (!d.skipped.includes(d.step)) d.skipped.push(d.step);
        d.step += 1;
        break;
      case 'next':
        d.step += 1;
        break;
      case 'back':
        d.step -= 1;
        break;
      case 'pause':
        d.status = 'paused';
        d.pausedAt = e.at;
        break;
      case 'resume':
        d.status = 'running';
        d.pausedAt = null;
        break;
      case 'complete':
      case 'abort':
        d.status = e.type === 'complete' ? 'completed' : 'aborted';
        d.endedAt = e.at;
        d.pausedAt = null;
        break;
      case 'check-in':
        break;
    }
    d.furthestStep = Math.max(d.furthestStep, d.step);
    if (e.type === 'check-in') {
      const first = d.checkIns[0];
      d.checkIns.push({ step: d.step, value: e.value, at: e.at });
      d.history.push({ type: 'check-in', at: e.at, step: d.step, value: e.value });
      const reason = _groundingReason(e.value, first?.value, d.distressRule, d.script.startCeiling);
      if (reason !== null) {
        d.grounding.offered = true;
        d.grounding.reason = reason;
        d.grounding.at = e.at;
        d.grounding.help = d.crisisHelp.text;
        d.history.push({ type: 'grounding-offered', at: e.at, step: d.step, value: e.value, reason });
      }
    } else {
      d.history.push({ type: e.type, at: e.at, step: d.step });
    }
  });
}
