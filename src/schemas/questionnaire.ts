import * as z from 'zod';
import {
  _questionnaireProblems,
  QUESTIONNAIRE_REFUSAL_CODES,
  QUESTIONNAIRE_STATE_VERSION,
  QUESTIONNAIRE_STATUSES,
  type QuestionnaireState,
} from '../delivery/questionnaire.js';
import { _deepFreeze } from '../model/freeze.js';
import type { SafeResult } from '../model/issue.js';
import { _frozenIssues, _issuesMessage } from '../model/issue-list.js';
import { _preview } from '../model/preview.js';
import { defineInstrument } from '../scoring/check.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { type _RestoreIssue, _restoreState } from './_internal/restore.js';

const time = z.number().min(-8.64e15).max(8.64e15);
const id = z.string().min(1).max(200);
const text = z.string().max(5000);
const contact = z.looseObject({ id: z.string(), kind: z.enum(['emergency', 'crisis', 'domestic-abuse']), name: z.string() });
const help = z.strictObject({
  region: z
    .string()
    .regex(/^[A-Z]{2}$/u)
    .nullable(),
  contacts: z.array(contact).max(50),
  text: z.string().min(1).max(5000),
});
const flag = z.strictObject({ id, level: z.enum(['urgent', 'review', 'warning', 'info']), message: text, clientMessage: text });

/**
 * The zod schema of a stored {@link QuestionnaireState} (format version
 * {@link QUESTIONNAIRE_STATE_VERSION}). Besides the shape it replays what the reducer derives
 * from the answers (shown items, progress, screen, result, risk) and refuses a state where they
 * differ, an answer off its scale, an invalid definition, or a risk that misses a raised flag. It
 * cannot prove a state was never edited: sign stored states if that matters.
 *
 * @example
 * ```ts
 * const state = startQuestionnaire(phq9);
 * questionnaireStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success; // => true
 * questionnaireStateSchema.safeParse({ ...state, progress: { answered: 3, total: 9 } }).success; // => false
 * ```
 * @category Schemas
 */
export const questionnaireStateSchema = z
  .strictObject({
    version: z.literal(QUESTIONNAIRE_STATE_VERSION),
    definition: z.looseObject({ id, version: z.string(), items: z.array(z.looseObject({ id, number: z.number() })).min(1) }),
    locale: z.string().min(1).max(35),
    text: z.strictObject({
      instructions: text.nullable(),
      items: z.record(z.string(), text),
      anchors: z.record(z.string(), z.array(text)),
      bands: z.record(z.string(), z.array(text)),
    }),
    idPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]*$/u)
      .max(100),
    crisisHelp: help,
    status: z.enum(QUESTIONNAIRE_STATUSES),
    current: id,
    visibleItems: z.array(id),
    answers: z.record(z.string(), z.number()),
    skipped: z.array(id),
    progress: z.strictObject({ answered: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
    screen: z.looseObject({ item: id }).nullable(),
    focus: z.strictObject({ id: z.string().max(400), reason: z.enum(['start', 'next', 'back', 'skip', 'complete']) }).nullable(),
    risk: z.strictObject({ flags: z.array(flag).min(1), help }).nullable(),
    refusal: z.strictObject({ code: z.enum(QUESTIONNAIRE_REFUSAL_CODES), event: z.string().max(100), message: z.string().max(1000) }).nullable(),
    result: z.looseObject({ instrument: z.looseObject({ id }) }).nullable(),
    updatedAt: time.nullable(),
    completedAt: time.nullable(),
  })
  .superRefine((s, ctx) => {
    let problems: { path: (string | number)[]; message: string }[];
    try {
      problems = _questionnaireProblems(s as unknown as QuestionnaireState);
    } catch {
      problems = [{ path: ['definition'], message: 'could not be read as an instrument definition' }];
    }
    for (const p of problems) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

/**
 * One reason a stored questionnaire state was refused: the path inside the state, a code and a
 * message that names the path.
 *
 * @example
 * ```ts
 * const r = safeRestoreQuestionnaire('{"version":0}');
 * if (!r.ok) r.issues[0]?.code; // => 'outdated'
 * ```
 * @category Schemas
 */
export interface QuestionnaireRestoreIssue {
  /**
   * Why: not JSON, an older or newer format version, no version, a state that breaks the schema or
   * its invariants, input that could not be read, or a definition other than the `instrument` the
   * caller expects (`other_instrument`).
   */
  readonly code: 'invalid_json' | 'outdated' | 'newer_version' | 'missing_version' | 'invalid_state' | 'unreadable_input' | 'other_instrument';
  /** Where inside the state (empty for the whole state). */
  readonly path: readonly (string | number)[];
  /** A plain message that names the path. */
  readonly message: string;
}

/**
 * Thrown by {@link restoreQuestionnaire}; `issues` lists every reason the state was refused.
 *
 * @example
 * ```ts
 * let code = '';
 * try { restoreQuestionnaire('{}') } catch (e) { if (e instanceof QuestionnaireRestoreError) code = e.issues[0]?.code ?? '' }
 * code; // => 'missing_version'
 * ```
 * @category Schemas
 */
export class QuestionnaireRestoreError extends Error {
  /** Always `'QuestionnaireRestoreError'`. */
  override readonly name = 'QuestionnaireRestoreError';
  /** Every reason the state was refused, frozen. */
  readonly issues: readonly QuestionnaireRestoreIssue[];
  constructor(issues: readonly QuestionnaireRestoreIssue[]) {
    super(_issuesMessage(`Cannot restore the questionnaire`, issues));
    this.issues = _frozenIssues(issues);
  }
}

/**
 * Options for {@link restoreQuestionnaire}.
 *
 * @category Schemas
 */
export interface QuestionnaireRestoreOptions {
  /**
   * The instrument the app expects (for example `phq9`): a state that carries any other definition
   * (another instrument, another content version, or an edited copy) is refused.
   */
  readonly instrument?: InstrumentDefinition;
}

/** JSON with object keys sorted: equal for equal data, whatever the key order (zod puts known keys first). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );

/**
 * A state of format version 1 (securebase 0.1), which kept no band labels, as version 2: in English
 * the labels are the definition's own, so they are added from it (and checked with the rest);
 * in another language they cannot be known, and the state is refused as outdated.
 */
function _fromVersion1(data: Record<string, unknown>): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: _RestoreIssue } {
  const text = data.text;
  const definition = data.definition as { scales?: unknown } | null;
  if (text === null || typeof text !== 'object' || Array.isArray(text) || Object.hasOwn(text, 'bands')) return { ok: true, value: data };
  if (data.locale !== 'en') {
    return {
      ok: false,
      issue: {
        code: 'outdated',
        path: ['version'],
        message: `state.version: 1 is outdated: it kept no band labels, and in ${_preview(data.locale)} they cannot be added. Start the questionnaire again.`,
      },
    };
  }
  const bands: Record<string, unknown> = {};
  if (definition !== null && typeof definition === 'object' && Array.isArray(definition.scales)) {
    for (const scale of definition.scales as unknown[]) {
      const { id, bands: list } = (scale ?? {}) as { id?: unknown; bands?: unknown };
      if (typeof id === 'string' && Array.isArray(list) && list.length > 0) bands[id] = list.map((b) => (b as { label?: unknown } | null)?.label);
    }
  }
  return { ok: true, value: { ...data, version: QUESTIONNAIRE_STATE_VERSION, text: { ...text, bands } } };
}

/**
 * Like {@link restoreQuestionnaire}, but returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const r = safeRestoreQuestionnaire('not json');
 * const state = r.ok ? r.value : startQuestionnaire(phq9);
 * [r.ok, state.status]; // => [false, 'answering']
 * ```
 * @category Schemas
 */
export function safeRestoreQuestionnaire(input: unknown, options?: QuestionnaireRestoreOptions): SafeResult<QuestionnaireState, QuestionnaireRestoreIssue> {
  const parsed = _restoreState(input, {
    version: QUESTIONNAIRE_STATE_VERSION,
    startAgain: 'Start the questionnaire again.',
    upgrade: (data, v) => (v === 1 ? _fromVersion1(data) : null),
    parse: (data) => questionnaireStateSchema.safeParse(data),
  });
  if (!parsed.ok) return parsed;
  const expected = options?.instrument;
  if (expected !== undefined && canonical(parsed.value.definition) !== canonical(expected)) {
    return {
      ok: false,
      issues: [
        {
          code: 'other_instrument',
          path: ['definition'],
          message: `state.definition: is not the instrument expected (${_preview(expected.id)} version ${_preview(expected.version)}); it was stored for ${_preview(parsed.value.definition.id)} version ${_preview(parsed.value.definition.version)} or was edited.`,
        },
      ],
    };
  }
  const state = parsed.value as unknown as QuestionnaireState;
  // The expected built-in itself when it matches; else a defined copy (checked above), so the reducer scores it without copying it again.
  const definition = expected ?? defineInstrument(state.definition);
  return { ok: true, value: _deepFreeze({ ...state, definition }) };
}

/**
 * Loads a stored questionnaire state (JSON text, or the parsed object) and checks it against
 * {@link questionnaireStateSchema}. Refuses an outdated or newer format `version`, a wrong shape,
 * and a state whose fields contradict its answers (a sign of tampering or corruption); every issue
 * names its path, e.g. `state.progress: does not match what the answers give`. Pass the
 * `instrument` you expect to refuse a state carrying any other definition (the definition travels
 * in the state, so an edited copy would otherwise score by its own rules). Returns a deep-frozen
 * state that `questionnaireReducer` can continue.
 *
 * @throws QuestionnaireRestoreError listing every issue.
 * @example
 * ```ts
 * const state = questionnaireReducer(startQuestionnaire(phq9), { type: 'answer', item: 'phq9-1', value: 2 });
 * restoreQuestionnaire(JSON.stringify(state)); // => state
 * restoreQuestionnaire(JSON.stringify(state), { instrument: phq9 }); // => state
 * safeRestoreQuestionnaire(JSON.stringify(state), { instrument: gad7 }).ok; // => false
 * ```
 * @category Schemas
 */
export function restoreQuestionnaire(input: unknown, options?: QuestionnaireRestoreOptions): QuestionnaireState {
  const r = safeRestoreQuestionnaire(input, options);
  if (!r.ok) throw new QuestionnaireRestoreError(r.issues);
  return r.value;
}
