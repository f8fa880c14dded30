import * as z from 'zod';
import {
  _ceilingMet,
  _groundingReason,
  SESSION_EVENT_TYPES,
  SESSION_REFUSAL_CODES,
  SESSION_STATE_VERSION,
  SESSION_STATUSES,
  type SessionEventType,
  type SessionState,
} from '../exercises/session.js';
import { SCRIPT_VARIANTS } from '../exercises/types.js';
import { _deepFreeze } from '../model/freeze.js';
import type { SafeResult } from '../model/issue.js';
import { _frozenIssues, _issuesMessage } from '../model/issue-list.js';
import { _preview } from '../model/preview.js';
import { _restoreState } from './_internal/restore.js';

const time = z.number(); // zod 4 numbers are finite
const index = z.number().int().nonnegative();
const simpleEvents = SESSION_EVENT_TYPES.filter((t): t is Exclude<SessionEventType, 'check-in'> => t !== 'check-in');
const checkInValue = z.number().int().min(0).max(10);

const historyEntry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('created'), at: time, step: index }),
  z.strictObject({ type: z.enum(simpleEvents as [Exclude<SessionEventType, 'check-in'>, ...Exclude<SessionEventType, 'check-in'>[]]), at: time, step: index }),
  z.strictObject({ type: z.literal('check-in'), at: time, step: index, value: checkInValue }),
  z.strictObject({ type: z.literal('grounding-offered'), at: time, step: index, value: checkInValue, reason: z.enum(['threshold', 'rise', 'ceiling']) }),
]);

/**
 * The zod schema of a stored {@link SessionState} (format version {@link SESSION_STATE_VERSION}).
 * Besides the shape it checks the invariants the reducer keeps (step within the script, status and
 * timestamps consistent, times never going backwards, check-ins matching the history), so a
 * hand-edited or corrupted state is refused. It cannot prove a state was never edited: sign
 * stored states if that matters.
 *
 * @example
 * ```ts
 * const state = startSession(personalize(regulatePacedBreathing), 0);
 * sessionStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success; // => true
 * sessionStateSchema.safeParse({ ...state, version: 0 }).success; // => false
 * ```
 * @category Schemas
 */
export const sessionStateSchema = z
  .strictObject({
    version: z.literal(SESSION_STATE_VERSION),
    script: z.strictObject({
      id: z.string().min(1).max(200),
      version: z.string().min(1).max(50),
      variant: z.enum(SCRIPT_VARIANTS),
      stepCount: z.number().int().min(1).max(10_000),
      groundingStep: index.nullable(),
      startCeiling: z.number().int().min(1).max(10).nullable(),
    }),
    crisisHelp: z.strictObject({
      region: z
        .string()
        .regex(/^[A-Z]{2}$/u)
        .nullable(),
      text: z.string().min(1).max(2000),
    }),
    status: z.enum(SESSION_STATUSES),
    step: index,
    furthestStep: index,
    createdAt: time,
    startedAt: time.nullable(),
    endedAt: time.nullable(),
    pausedAt: time.nullable(),
    updatedAt: time,
    activeMs: z.number().nonnegative(),
    skipped: z.array(index),
    checkIns: z.array(z.strictObject({ step: index, value: checkInValue, at: time })),
    distressRule: z.strictObject({ threshold: z.number().int().min(1).max(10), rise: z.number().int().min(1).max(10) }),
    grounding: z.strictObject({
      offered: z.boolean(),
      reason: z.enum(['threshold', 'rise', 'ceiling']).nullable(),
      at: time.nullable(),
      help: z.string().max(2000).nullable(),
    }),
    history: z.array(historyEntry).min(1),
    lastError: z
      .strictObject({
        code: z.enum(SESSION_REFUSAL_CODES),
        event: z.string().max(100),
        at: time.nullable(),
        message: z.string().max(500),
      })
      .nullable(),
  })
  .superRefine((s, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const n = s.script.stepCount;
    if (s.script.groundingStep !== null && s.script.groundingStep >= n) add(['script', 'groundingStep'], `must be below stepCount (${n})`);
    if (s.step >= n) add(['step'], `must be below stepCount (${n})`);
    if (s.furthestStep >= n) add(['furthestStep'], `must be below stepCount (${n})`);
    if (s.furthestStep < s.step) add(['furthestStep'], 'must not be below step');
    if (s.status === 'ready' && (s.step !== 0 || s.startedAt !== null)) add(['status'], 'a ready session has not started: step 0 and startedAt null');
    if (s.status !== 'ready' && s.status !== 'aborted' && s.startedAt === null) add(['startedAt'], `a ${s.status} session has a start time`);
    if ((s.status === 'paused') !== (s.pausedAt !== null)) add(['pausedAt'], 'is set exactly when the session is paused');
    if ((s.status === 'completed' || s.status === 'aborted') !== (s.endedAt !== null)) add(['endedAt'], 'is set exactly when the session has ended');
    if (s.status === 'completed' && s.step !== n - 1) add(['step'], 'a completed session is at its last step');
    const order: [string, number | null][] = [
      ['createdAt', s.createdAt],
      ['startedAt', s.startedAt],
      ['pausedAt', s.pausedAt],
      ['endedAt', s.endedAt],
    ];
    for (const [key, t] of order) {
      if (t !== null && (t < s.createdAt || t > s.updatedAt)) add([key], 'must lie between createdAt and updatedAt');
    }
    if (s.activeMs > s.updatedAt - s.createdAt) add(['activeMs'], 'cannot exceed the time since the session was created');
    s.skipped.forEach((k, i) => {
      if (k >= n) add(['skipped', i], `must be below stepCount (${n})`);
      if (s.skipped.indexOf(k) !== i) add(['skipped', i], 'is listed twice');
    });
    const first = s.history[0];
    if (first !== undefined && (first.type !== 'created' || first.at !== s.createdAt)) add(['history', 0], 'must be the "created" entry at createdAt');
    let prev = s.createdAt;
    s.history.forEach((h, i) => {
      if (h.at < prev) add(['history', i, 'at'], 'time went backwards');
      if (h.at > s.updatedAt) add(['history', i, 'at'], 'is after updatedAt');
      if (h.step >= n) add(['history', i, 'step'], `must be below stepCount (${n})`);
      if (i > 0 && h.type === 'created') add(['history', i, 'type'], '"created" can only be the first entry');
      prev = Math.max(prev, h.at);
    });
    const logged = s.history.filter((h) => h.type === 'check-in');
    if (logged.length !== s.checkIns.length) add(['checkIns'], `has ${s.checkIns.length} entries but the history logs ${logged.length} check-ins`);
    s.checkIns.forEach((c, i) => {
      const h = logged[i];
      if (h !== undefined && (h.at !== c.at || h.value !== c.value || h.step !== c.step)) add(['checkIns', i], 'does not match the history');
      if (c.step >= n) add(['checkIns', i, 'step'], `must be below stepCount (${n})`);
    });
    const offered = s.history.some((h) => h.type === 'grounding-offered');
    if (s.grounding.offered !== offered) add(['grounding', 'offered'], 'must match the grounding-offered entries in the history');
    if (s.grounding.offered !== (s.grounding.reason !== null && s.grounding.at !== null))
      add(['grounding'], 'reason and at are set exactly when the grounding exit was offered');
    const terminal = s.history.filter((h) => h.type === 'complete' || h.type === 'abort').length;
    if (terminal > 1) add(['history'], 'logs more than one ending');
    // The distress rule, replayed: a check-in that meets it is followed by its grounding-offered
    // entry, and every grounding-offered entry follows a check-in that met it.
    let firstValue: number | undefined;
    s.history.forEach((h, i) => {
      if (h.type === 'check-in') {
        const reason = _groundingReason(h.value, firstValue, s.distressRule, s.script.startCeiling);
        firstValue ??= h.value;
        const next = s.history[i + 1];
        const offered = next?.type === 'grounding-offered' && next.at === h.at && next.value === h.value && next.step === h.step;
        if (reason !== null && !(offered && next.reason === reason))
          add(['history', i], `a check-in of ${h.value} meets the distress rule (${reason}) but grounding was not offered after it`);
        if (reason === null && offered) add(['history', i + 1], 'grounding was offered after a check-in that does not meet the distress rule');
      } else if (h.type === 'grounding-offered' && s.history[i - 1]?.type !== 'check-in') {
        add(['history', i], 'grounding can only be offered right after a check-in');
      }
    });
    if (s.grounding.help !== (s.grounding.offered ? s.crisisHelp.text : null))
      add(['grounding', 'help'], 'is the crisis help text exactly when the grounding exit was offered, else null');
    if (s.crisisHelp.region === null && /\d/u.test(s.crisisHelp.text)) add(['crisisHelp', 'text'], 'names a number without a region');
    if (_ceilingMet(s)) {
      const firstCheckIn = s.history.findIndex((h) => h.type === 'check-in');
      const moved = s.history.findIndex((h, i) => i > firstCheckIn && (h.type === 'start' || h.type === 'next' || h.type === 'skip'));
      if (moved >= 0) add(['history', moved], 'the first check-in met the start ceiling, so the exercise cannot go on');
    }
  });

// Compile-time check: a parsed state is a SessionState.
const _isSessionState = (v: z.infer<typeof sessionStateSchema>): SessionState => v;
void _isSessionState;

/**
 * One reason a stored session state was refused: the path inside the state (e.g.
 * `['history', 3, 'at']`), a code and a message that names the path.
 *
 * @example
 * ```ts
 * const r = safeRestoreSession('{"version":0}');
 * if (!r.ok) r.issues[0]?.code; // => 'outdated'
 * ```
 * @category Schemas
 */
export interface SessionRestoreIssue {
  /**
   * Why: not JSON, an older or newer format version, no version, a state that breaks the schema or
   * its invariants, or input that could not be read (a throwing getter, a Proxy).
   */
  readonly code: 'invalid_json' | 'outdated' | 'newer_version' | 'missing_version' | 'invalid_state' | 'unreadable_input';
  /** Where inside the state (empty for the whole state). */
  readonly path: readonly (string | number)[];
  /** A plain message that names the path. */
  readonly message: string;
}

/**
 * Thrown by {@link restoreSession}; `issues` lists every reason the state was refused.
 *
 * @example
 * ```ts
 * let code = '';
 * try { restoreSession('{}') } catch (e) { if (e instanceof SessionRestoreError) code = e.issues[0]?.code ?? '' }
 * code; // => 'missing_version'
 * ```
 * @category Schemas
 */
export class SessionRestoreError extends Error {
  /** Always `'SessionRestoreError'`. */
  override readonly name = 'SessionRestoreError';
  /** Every reason the state was refused, frozen. */
  readonly issues: readonly SessionRestoreIssue[];
  constructor(issues: readonly SessionRestoreIssue[]) {
    super(_issuesMessage(`Cannot restore the session`, issues));
    this.issues = _frozenIssues(issues);
  }
}

/** zod's own messages, but unknown keys are previewed: zod's message lists every key in full. */
const previewKeys = (iss: z.core.$ZodRawIssue): string | undefined => {
  if (iss.code !== 'unrecognized_keys') return undefined;
  const more = iss.keys.length > 5 ? ` and ${iss.keys.length - 5} more` : '';
  return `Unrecognized key${iss.keys.length === 1 ? '' : 's'}: ${iss.keys.slice(0, 5).map(_preview).join(', ')}${more}`;
};

/**
 * Like {@link restoreSession}, but returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const saved = 'not json';
 * const r = safeRestoreSession(saved);
 * const state = r.ok ? r.value : startSession(personalize(regulatePacedBreathing), 0);
 * [r.ok, state.status]; // => [false, 'ready']
 * ```
 * @category Schemas
 */
export function safeRestoreSession(input: unknown): SafeResult<SessionState, SessionRestoreIssue> {
  const parsed = _restoreState(input, {
    version: SESSION_STATE_VERSION,
    startAgain: 'Start a new session.',
    parse: (data) => sessionStateSchema.safeParse(data, { error: previewKeys }),
  });
  if (!parsed.ok) return parsed;
  return { ok: true, value: _deepFreeze(parsed.value as SessionState) };
}

/**
 * Loads a stored session state (JSON text, or the parsed object) and checks it against
 * {@link sessionStateSchema}. Refuses an outdated or newer format `version`, a wrong shape, and a
 * state whose fields contradict each other (a sign of tampering or corruption); every issue names
 * its path, e.g. `state.history.3.at: time went backwards`. Returns a deep-frozen state that
 * `sessionReducer` can continue.
 *
 * @throws SessionRestoreError listing every issue.
 * @example
 * ```ts
 * const state = startSession(personalize(regulatePacedBreathing), 0);
 * restoreSession(JSON.stringify(state)); // => state
 * ```
 * @category Schemas
 */
export function restoreSession(input: unknown): SessionState {
  const r = safeRestoreSession(input);
  if (!r.ok) throw new SessionRestoreError(r.issues);
  return r.value;
}
