import { _deepFreeze } from '../model/freeze.js';
import type { SafeResult } from '../model/issue.js';
import { _frozenIssues, _issuesMessage } from '../model/issue-list.js';
import { type LocalePack, textId } from '../model/locale.js';
import { _preview } from '../model/preview.js';
import type { RegionCode } from '../model/region.js';
import { type CrisisHelp, crisisHelp, SafetyDataError } from '../safety/crisis-resources.js';
import type { ResourceOverride } from '../safety/types.js';
import { defineInstrument, instrumentProblems } from '../scoring/check.js';
import { _isDefined } from '../scoring/defined.js';
import { safeScore, score } from '../scoring/score.js';
import type { InstrumentDefinition, RaisedFlag, ResponseScale, ScaleDefinition, ScoreResult } from '../scoring/types.js';

/**
 * A state's definition, defined: the object itself when it is (a built-in, or the copy that
 * `startQuestionnaire` or `restoreQuestionnaire` made), else a checked, frozen copy of it.
 */
const defined = (def: InstrumentDefinition): InstrumentDefinition => (_isDefined(def) ? def : defineInstrument(def));

/**
 * The version of the questionnaire state format. `restoreQuestionnaire` (from
 * `securebase/schemas`) refuses a state with any other version; it changes whenever the shape of
 * {@link QuestionnaireState} changes.
 *
 * @example
 * ```ts
 * startQuestionnaire(phq9).version === QUESTIONNAIRE_STATE_VERSION; // => true
 * ```
 * @category Delivery
 */
export const QUESTIONNAIRE_STATE_VERSION = 2;

/**
 * The events a screen sends to {@link questionnaireReducer}.
 *
 * @example
 * ```ts
 * QUESTIONNAIRE_EVENT_TYPES.includes('skip'); // => true
 * ```
 * @category Delivery
 */
export const QUESTIONNAIRE_EVENT_TYPES = ['answer', 'next', 'back', 'skip', 'complete'] as const;

/** One of {@link QUESTIONNAIRE_EVENT_TYPES}. @category Delivery */
export type QuestionnaireEventType = (typeof QUESTIONNAIRE_EVENT_TYPES)[number];

/**
 * An event for {@link questionnaireReducer}. `answer` gives the value of the item on screen;
 * `next` and `back` move between the items shown; `skip` passes an item the definition marks
 * `skippable`; `complete` ends the questionnaire and scores it. `at` is optional: a time in
 * milliseconds that the caller supplies (the library never reads a clock), which must never go
 * backwards; the state keeps the last one and the time of completion.
 *
 * @example
 * ```ts
 * const e: QuestionnaireEvent = { type: 'answer', item: 'phq9-1', value: 2 };
 * ```
 * @category Delivery
 */
export type QuestionnaireEvent =
  | {
      /** The person chose an answer for the item on screen. */
      readonly type: 'answer';
      /** The item's id (the item on screen, `state.current`). */
      readonly item: string;
      /** The value chosen: one of the screen's `options`. */
      readonly value: number;
      /** When, in milliseconds (optional). */
      readonly at?: number;
    }
  | {
      /** Move on, go back, pass the item, or finish. */
      readonly type: Exclude<QuestionnaireEventType, 'answer'>;
      /** When, in milliseconds (optional). */
      readonly at?: number;
    };

/**
 * Where a questionnaire is: `answering`, or `completed` (final, with a `result`).
 *
 * @example
 * ```ts
 * QUESTIONNAIRE_STATUSES[1]; // => 'completed'
 * ```
 * @category Delivery
 */
export const QUESTIONNAIRE_STATUSES = ['answering', 'completed'] as const;

/** One of {@link QUESTIONNAIRE_STATUSES}. @category Delivery */
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

/**
 * Why an event was refused.
 *
 * @example
 * ```ts
 * QUESTIONNAIRE_REFUSAL_CODES.includes('not_skippable'); // => true
 * ```
 * @category Delivery
 */
export const QUESTIONNAIRE_REFUSAL_CODES = [
  'invalid_event',
  'invalid_time',
  'time_backwards',
  'completed',
  'not_current_item',
  'invalid_value',
  'unanswered',
  'no_next_item',
  'no_previous_item',
  'not_skippable',
  'incomplete',
] as const;

/** One of {@link QUESTIONNAIRE_REFUSAL_CODES}. @category Delivery */
export type QuestionnaireRefusalCode = (typeof QUESTIONNAIRE_REFUSAL_CODES)[number];

/**
 * A refused event, kept in `state.refusal` until the next accepted event; the rest of the state
 * is unchanged. `message` is for a developer, not for the person.
 *
 * @example
 * ```ts
 * const s = questionnaireReducer(startQuestionnaire(phq9), { type: 'next' });
 * s.refusal?.code; // => 'unanswered'
 * s.current; // => 'phq9-1'
 * ```
 * @category Delivery
 */
export interface QuestionnaireRefusal {
  /** Why, as a stable code. */
  readonly code: QuestionnaireRefusalCode;
  /** A short preview of the event's type. */
  readonly event: string;
  /** Why, in words for a developer. */
  readonly message: string;
}

/** One answer choice on screen. @category Delivery */
export interface QuestionnaireOption {
  /** The value sent in the `answer` event. */
  readonly value: number;
  /** The label in the state's language (the value itself when the scale labels only some values). */
  readonly label: string;
  /** A DOM id for the choice's input. */
  readonly id: string;
}

/**
 * Everything a screen needs to show the current item: its text and the instructions in the
 * state's language, the answer choices, DOM ids for `aria-labelledby` (the question) and
 * `aria-describedby` (the instructions), and what navigation is allowed.
 *
 * @category Delivery
 */
export interface QuestionnaireScreen {
  /** The item's id. */
  readonly item: string;
  /** The item number as printed on the form. */
  readonly number: number;
  /** Its place among the items shown (1-based). */
  readonly position: number;
  /** How many items are shown now (it changes when an answer shows or hides an item). */
  readonly of: number;
  /** The item text (from the definition, the locale pack, or the app's `itemText`). */
  readonly text: string;
  /** The instrument's instructions, or `null` when it has none to show. */
  readonly instructions: string | null;
  /** The answer choices, in ascending order of value. */
  readonly options: readonly QuestionnaireOption[];
  /** The answer given, or `null`. */
  readonly answer: number | null;
  /** Whether the `skip` event is allowed on this item (the definition's `skippable`). */
  readonly skippable: boolean;
  /** Whether `back` is allowed. */
  readonly canGoBack: boolean;
  /** Whether there is a later item (`next`); on the last item, send `complete`. */
  readonly isLast: boolean;
  /** DOM ids: the question (for `aria-labelledby`), the instructions (for `aria-describedby`), and the group of choices. */
  readonly ids: {
    /** The element holding the item text. */
    readonly question: string;
    /** The element holding the instructions, or `null`. */
    readonly instructions: string | null;
    /** The radio group (or list) of choices. */
    readonly group: string;
  };
}

/**
 * Risk seen while the person answers: every flag raised so far (in the definition's order, each
 * with the clinician's `message` and the person's `clientMessage`) and the crisis help to show
 * the person (their region's resources when a region was given; otherwise no number). Once set it
 * stays set: changing an answer back does not take back what the person told you.
 *
 * @category Delivery
 */
export interface QuestionnaireRisk {
  /** The flags raised, in the order of the definition's `flags`. */
  readonly flags: readonly RaisedFlag[];
  /** The crisis help for the person (`crisisHelp({ region, resources })`). */
  readonly help: CrisisHelp;
}

/**
 * The state of one questionnaire being filled in. Plain, JSON-serialisable, deep-frozen data:
 * store it with `JSON.stringify` and load it with `restoreQuestionnaire` (`securebase/schemas`).
 * It carries the instrument definition and the texts it was started with, so
 * {@link questionnaireReducer} needs nothing else.
 *
 * - `current`: the item on screen; `screen`: what to show for it (`null` once completed).
 * - `visibleItems`: the items the form asks now, in order (an item with `askedWhen` is shown only
 *   when its rule holds, as `score` reads it); `answers` holds answers to shown items only: an
 *   answer that hides an item drops that item's answer.
 * - `progress`: answered and total of the shown items.
 * - `risk`: set on the first state after an answer raises a flag (see {@link QuestionnaireRisk}).
 *   While answering, a flag for a blank item (`unanswered`) is not raised, since later items are
 *   blank until reached; at completion every flag of the result is added.
 * - `focus`: after start, `next`, `back`, `skip` and `complete`, the DOM id to move focus to
 *   (`null` after an answer: focus stays on the choice).
 * - `refusal`: the last refused event and why, or `null`.
 * - `result`: at completion, `score(instrument, answers)`. Its band labels are the definition's
 *   English; show the person {@link resultBandText}, which reads `text.bands` in the state's language.
 *
 * @example
 * ```ts
 * const s: QuestionnaireState = startQuestionnaire(phq9);
 * [s.current, s.progress]; // => ['phq9-1', { answered: 0, total: 9 }]
 * JSON.parse(JSON.stringify(s)); // => s
 * ```
 * @category Delivery
 */
export interface QuestionnaireState {
  /** The state format version ({@link QUESTIONNAIRE_STATE_VERSION}). */
  readonly version: typeof QUESTIONNAIRE_STATE_VERSION;
  /** The instrument definition, as plain data. */
  readonly definition: InstrumentDefinition;
  /** The language of `text`: `'en'` or the locale pack's tag. */
  readonly locale: string;
  /** The texts shown, fixed at the start. */
  readonly text: {
    /** The instructions, or `null`. */
    readonly instructions: string | null;
    /** Every item's text, by item id. */
    readonly items: { readonly [item: string]: string };
    /** Every used response scale's anchor labels, by scale key, in the order of its anchors. */
    readonly anchors: { readonly [scale: string]: readonly string[] };
    /**
     * Every banded scale's band labels, by scale id, in the order of the definition's `bands` (in
     * English, the definition's own labels). Show a result's band with {@link resultBandText}.
     */
    readonly bands: { readonly [scale: string]: readonly string[] };
  };
  /** The prefix of every DOM id the state names. */
  readonly idPrefix: string;
  /** The crisis help for the person, fixed at the start. */
  readonly crisisHelp: CrisisHelp;
  /** Where the questionnaire is. */
  readonly status: QuestionnaireStatus;
  /** The id of the item on screen. */
  readonly current: string;
  /** The ids of the items the form asks now, in order. */
  readonly visibleItems: readonly string[];
  /** The answers to the items shown, by item id. */
  readonly answers: { readonly [item: string]: number };
  /** The shown items passed with `skip` and not answered since. */
  readonly skipped: readonly string[];
  /** How many of the shown items are answered, and how many are shown. */
  readonly progress: {
    /** Answered items among those shown. */
    readonly answered: number;
    /** Items shown. */
    readonly total: number;
  };
  /** What to show for the current item, or `null` once completed. */
  readonly screen: QuestionnaireScreen | null;
  /** Where to move focus after the last accepted event, or `null`. */
  readonly focus: {
    /** The DOM id to focus. */
    readonly id: string;
    /** The event that asks for it (`start` for the first state). */
    readonly reason: 'start' | 'next' | 'back' | 'skip' | 'complete';
  } | null;
  /** Risk seen so far, or `null`. */
  readonly risk: QuestionnaireRisk | null;
  /** The last refused event, or `null` after an accepted one. */
  readonly refusal: QuestionnaireRefusal | null;
  /** At completion, `score(definition, answers)`; else `null`. */
  readonly result: ScoreResult | null;
  /** The time of the last accepted event that carried one, or `null`. */
  readonly updatedAt: number | null;
  /** The time of the `complete` event, when it carried one, or `null`. */
  readonly completedAt: number | null;
}

/**
 * Options for {@link startQuestionnaire}.
 *
 * @category Delivery
 */
export interface QuestionnaireOptions {
  /**
   * `'en'` (the default: the definition's own English) or a {@link LocalePack}. Any other string is
   * refused: text is never silently shown in English instead.
   */
  readonly locale?: 'en' | LocalePack;
  /**
   * The app's licensed item text, by item id: required (for every item) when the definition does
   * not ship item text (`licence.itemTextIncluded` false) or the locale pack lacks it. When given,
   * it is used for every item and must name every item and no other.
   */
  readonly itemText?: { readonly [item: string]: string };
  /**
   * The app's licensed instructions, used where neither the definition (English) nor the locale
   * pack has them (for example a Spanish PHQ-9: the pack ships no instrument wording).
   */
  readonly instructions?: string;
  /**
   * The app's licensed answer labels, by response scale key (`default`, …), one per anchor in the
   * definition's order, used where the locale pack has none.
   */
  readonly anchorText?: { readonly [scale: string]: readonly string[] };
  /**
   * The app's licensed band labels ("Moderate" and so on, the instrument's published wording), by
   * scale id, one per band in the order of the definition's `bands`, used where the locale pack has
   * none (the Spanish pack ships none). With a pack, every banded scale needs its labels from the
   * pack or here; with `'en'` the definition's labels are shown. Checked in every case: a scale
   * the instrument lacks or that has no bands, a wrong count or an empty label is refused.
   */
  readonly bandText?: { readonly [scale: string]: readonly string[] };
  /** The person's region, for the crisis resources shown with a risk (no number without it). */
  readonly region?: RegionCode;
  /** The app's own crisis resources for that region (see `crisisHelp`). */
  readonly resources?: ResourceOverride;
  /** The prefix of the DOM ids in the state (letters, digits, `-` and `_`); default `sb-<instrument id>`. */
  readonly idPrefix?: string;
  /** The start time in milliseconds (optional; becomes `updatedAt`). */
  readonly at?: number;
}

/**
 * One reason {@link startQuestionnaire} refused: a code, the path of the option or field, and a
 * message naming it.
 *
 * @category Delivery
 */
export interface QuestionnaireIssue {
  /** Why, as a stable code. */
  readonly code: 'invalid_instrument' | 'invalid_options' | 'unsupported_locale' | 'missing_item_text' | 'unknown_item_text' | 'missing_translation';
  /** Where (for example `['itemText', 'phq9-3']`). */
  readonly path: readonly (string | number)[];
  /** A plain message naming the path. */
  readonly message: string;
}

/**
 * Thrown by {@link startQuestionnaire}; `issues` lists every reason.
 *
 * @example
 * ```ts
 * let code = '';
 * try { startQuestionnaire(phq9, { locale: 'fr' as 'en' }) } catch (e) { if (e instanceof QuestionnaireError) code = e.issues[0]?.code ?? '' }
 * code; // => 'unsupported_locale'
 * ```
 * @category Delivery
 */
export class QuestionnaireError extends Error {
  /** Always `'QuestionnaireError'`. */
  override readonly name = 'QuestionnaireError';
  /** Every reason, frozen. */
  readonly issues: readonly QuestionnaireIssue[];
  constructor(issues: readonly QuestionnaireIssue[]) {
    super(_issuesMessage(`Cannot start the questionnaire`, issues));
    this.issues = _frozenIssues(issues);
  }
}

const ID_SAFE = /^[A-Za-z][A-Za-z0-9_-]*$/u;
const domId = (s: string): string => s.replace(/[^A-Za-z0-9_-]/gu, '-');
const MAX_TIME = 8.64e15;
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= MAX_TIME;

/** The item text, instructions and anchor labels in the chosen language, or the issues found. */
function readTexts(
  def: InstrumentDefinition,
  options: QuestionnaireOptions,
  issues: QuestionnaireIssue[],
): { locale: string; text: QuestionnaireState['text'] } {
  const loc = options.locale ?? 'en';
  let pack: LocalePack | null = null;
  if (typeof loc === 'string') {
    if (loc !== 'en')
      issues.push({
        code: 'unsupported_locale',
        path: ['locale'],
        message: `locale: ${_preview(loc)} is not shipped as a string; pass 'en' or a LocalePack (for example the pack from securebase/locales/es).`,
      });
  } else if (loc !== null && typeof loc === 'object' && typeof loc.locale === 'string' && loc.strings !== null && typeof loc.strings === 'object') {
    pack = loc;
  } else {
    issues.push({ code: 'invalid_options', path: ['locale'], message: `locale: expected 'en' or a LocalePack, received ${_preview(loc)}.` });
  }
  const fromPack = (path: string): string | undefined => {
    const s = pack?.strings[textId('instrument', def.id, path)];
    return typeof s === 'string' && s.trim() !== '' ? s : undefined;
  };
  const items: Record<string, string> = {};
  const given = options.itemText;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      issues.push({
        code: 'invalid_options',
        path: ['itemText'],
        message: `itemText: expected an object of item text by item id, received ${_preview(given)}.`,
      });
    } else {
      const ids = new Set(def.items.map((it) => it.id));
      for (const key of Object.keys(given)) {
        if (!ids.has(key))
          issues.push({ code: 'unknown_item_text', path: ['itemText', key], message: `itemText.${_preview(key)}: ${def.id} has no such item.` });
      }
      for (const it of def.items) {
        const t = given[it.id];
        if (typeof t === 'string' && t.trim() !== '') items[it.id] = t;
        else
          issues.push({
            code: 'missing_item_text',
            path: ['itemText', it.id],
            message: `itemText.${it.id}: the text of item ${it.number} is missing (received ${_preview(t)}).`,
          });
      }
    }
  } else {
    const missing: string[] = [];
    def.items.forEach((it, i) => {
      const t = pack === null ? it.text : fromPack(`items.${i}.text`);
      if (t === undefined) missing.push(it.id);
      else items[it.id] = t;
    });
    if (missing.length > 0) {
      const why =
        def.licence.itemTextIncluded === false
          ? `the licence of ${def.id} does not let this library ship its item text`
          : `the ${pack === null ? 'definition' : `locale pack ${_preview(pack.locale)}`} has no text for ${missing.length} item(s)`;
      issues.push({
        code: 'missing_item_text',
        path: ['itemText'],
        message: `itemText: required, since ${why}; give the app's licensed text for every item by id (missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}).`,
      });
    }
  }
  const own = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  let instructions: string | null = def.instructions ?? null;
  if (pack !== null && def.instructions !== undefined) {
    instructions = fromPack('instructions') ?? own(options.instructions) ?? null;
    if (instructions === null)
      issues.push({
        code: 'missing_translation',
        path: ['locale', 'strings', textId('instrument', def.id, 'instructions')],
        message: `locale: the pack ${_preview(pack.locale)} has no ${textId('instrument', def.id, 'instructions')}; give the app's licensed text as the instructions option.`,
      });
  }
  const anchors: Record<string, string[]> = {};
  const usedScales = [...new Set(def.items.map((it) => it.responseScale ?? 'default'))];
  const anchorText = checkLabels(
    'anchorText',
    options.anchorText,
    new Map(usedScales.map((key) => [key, (def.responseScales[key] as ResponseScale).anchors.length])),
    (key) => `${def.id} has no response scale ${_preview(key)} (its scales: ${usedScales.join(', ')})`,
    issues,
  );
  for (const key of usedScales) {
    const scale = def.responseScales[key] as ResponseScale;
    anchors[key] = scale.anchors.map((a, k) => {
      if (pack === null) return a.label;
      const id = `responseScales.${key}.anchors.${k}.label`;
      const t = fromPack(id) ?? anchorText[key]?.[k];
      if (t === undefined)
        issues.push({
          code: 'missing_translation',
          path: ['locale', 'strings', textId('instrument', def.id, id)],
          message: `locale: the pack ${_preview(pack.locale)} has no ${textId('instrument', def.id, id)}; give the app's licensed labels as anchorText.${key}.`,
        });
      return t ?? a.label;
    });
  }
  const bands = readBands(def, pack, options.bandText, fromPack, issues);
  return { locale: pack?.locale ?? 'en', text: { instructions, items, anchors, bands } };
}

/**
 * Checks an app's labels option (`anchorText`, `bandText`): an object of label lists by key, each
 * key one of `counts` with exactly that many labels, each a text that is not empty. Adds an
 * `invalid_options` issue naming the option, key and index of each fault (in every locale, so a
 * mistake is never silently ignored) and returns the good labels of each known key by index (a
 * label still missing is then reported once more, as the translation it was meant to give).
 */
function checkLabels(
  name: 'anchorText' | 'bandText',
  given: unknown,
  counts: ReadonlyMap<string, number>,
  unknownKey: (key: string) => string,
  issues: QuestionnaireIssue[],
): Readonly<Record<string, readonly (string | undefined)[]>> {
  const good: Record<string, (string | undefined)[]> = {};
  if (given === undefined) return good;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    issues.push({ code: 'invalid_options', path: [name], message: `${name}: expected an object of labels by scale, received ${_preview(given)}.` });
    return good;
  }
  for (const [key, labels] of Object.entries(given)) {
    const at = `${name}.${/^[A-Za-z0-9_-]{1,40}$/u.test(key) ? key : _preview(key)}`;
    const count = counts.get(key);
    if (count === undefined) {
      issues.push({ code: 'invalid_options', path: [name, key.slice(0, 40)], message: `${at}: ${unknownKey(key)}.` });
      continue;
    }
    if (!Array.isArray(labels)) {
      issues.push({ code: 'invalid_options', path: [name, key], message: `${at}: expected ${count} labels, received ${_preview(labels)}.` });
      continue;
    }
    good[key] = labels.slice(0, count).map((t) => (typeof t === 'string' && t.trim() !== '' ? t : undefined));
    if (labels.length !== count) {
      issues.push({
        code: 'invalid_options',
        path: [name, key],
        message: `${at}: expected ${count} labels, one per ${name === 'bandText' ? 'band' : 'answer'} of ${key} in the definition's order, received ${_preview(labels)}.`,
      });
    } else {
      labels.forEach((t, k) => {
        if (good[key]?.[k] === undefined)
          issues.push({ code: 'invalid_options', path: [name, key, k], message: `${at}.${k}: expected label ${k}, not empty, received ${_preview(t)}.` });
      });
    }
  }
  return good;
}

/** The scales of a definition that have bands, in its order. */
const bandedScales = (def: InstrumentDefinition): readonly ScaleDefinition[] => def.scales.filter((s) => (s.bands?.length ?? 0) > 0);

/** Every banded scale's band labels in the chosen language (the pack, else the app's `bandText`), or the issues found. */
function readBands(
  def: InstrumentDefinition,
  pack: LocalePack | null,
  given: unknown,
  fromPack: (path: string) => string | undefined,
  issues: QuestionnaireIssue[],
): Record<string, string[]> {
  const scales = bandedScales(def);
  const counts = new Map(scales.map((s) => [s.id, s.bands?.length ?? 0]));
  const unknownKey = (key: string): string =>
    def.scales.some((s) => s.id === key)
      ? `the scale ${key} of ${def.id} has no bands`
      : `${def.id} has no scale ${_preview(key)} (banded scales: ${scales.map((s) => s.id).join(', ') || 'none'})`;
  const own = checkLabels('bandText', given, counts, unknownKey, issues);
  const bands: Record<string, string[]> = {};
  for (const scale of scales) {
    bands[scale.id] = (scale.bands ?? []).map((b, k) => {
      if (pack === null) return b.label;
      const id = `scales.${scale.id}.bands.${k}.label`;
      const t = fromPack(id) ?? own[scale.id]?.[k];
      if (t === undefined)
        issues.push({
          code: 'missing_translation',
          path: ['locale', 'strings', textId('instrument', def.id, id)],
          message: `locale: the pack ${_preview(pack.locale)} has no ${textId('instrument', def.id, id)}; give the app's licensed labels as bandText.${scale.id}.`,
        });
      return t ?? b.label;
    });
  }
  return bands;
}

/**
 * The band of a completed questionnaire's result for one scale, in the state's language: the
 * label in `state.text.bands` at the index of `state.result.scales[scale].band` among the
 * definition's bands. `null` before completion, when the scale has no value or no bands, or for a
 * scale the instrument lacks. Show this to the person, not `result.scales[scale].band.label`,
 * which is always the definition's English.
 *
 * @example
 * ```ts
 * let s = startQuestionnaire(phq9);
 * for (const v of [2, 2, 2, 2, 1, 1, 1, 1, 0]) {
 *   s = questionnaireReducer(s, { type: 'answer', item: s.current, value: v });
 *   s = questionnaireReducer(s, { type: 'next' });
 * }
 * s = questionnaireReducer(s, { type: 'answer', item: 'phq9-10', value: 1 });
 * s = questionnaireReducer(s, { type: 'complete' });
 * s.result?.scales.total.value; // => 12
 * resultBandText(s, 'total'); // => 'Moderate'
 * ```
 * @category Delivery
 */
export function resultBandText(state: Pick<QuestionnaireState, 'definition' | 'text' | 'result'>, scale: string): string | null {
  const band = state.result?.scales[scale]?.band;
  if (band === null || band === undefined) return null;
  const bands = state.definition.scales.find((s) => s.id === scale)?.bands ?? [];
  const k = bands.findIndex((b) => b.min === band.min && b.max === band.max && b.label === band.label);
  return k < 0 ? null : (state.text.bands?.[scale]?.[k] ?? null);
}

/** The state's fixed part and its answers: everything else is derived from these. */
interface Core {
  readonly definition: InstrumentDefinition;
  readonly locale: string;
  readonly text: QuestionnaireState['text'];
  readonly idPrefix: string;
  readonly crisisHelp: CrisisHelp;
  readonly status: QuestionnaireStatus;
  readonly current: string;
  readonly answers: { readonly [item: string]: number };
  readonly skipped: readonly string[];
  readonly risk: QuestionnaireRisk | null;
  readonly focus: QuestionnaireState['focus'];
  readonly updatedAt: number | null;
  readonly completedAt: number | null;
}

/**
 * The items the form asks for these answers, in order, and the answers that count (those of
 * shown items). An item with `askedWhen` is shown once one of its conditions holds. A condition on
 * an item that was skipped or is hidden cannot be decided, and then, as in `score`, the item counts
 * as asked; a condition on an item not yet answered waits for the answer. So at completion the
 * hidden blank items are exactly those `score` lists in `notAsked`.
 */
function visible(
  def: InstrumentDefinition,
  answers: { readonly [item: string]: number },
  skipped: readonly string[],
): { items: string[]; answers: Record<string, number> } {
  const items: string[] = [];
  const kept: Record<string, number> = {};
  const hidden = new Set<string>();
  for (const it of def.items) {
    const shown =
      it.askedWhen === undefined ||
      it.askedWhen.anyOf.some((c) => {
        if (!('item' in c)) return true;
        const v = kept[c.item];
        if (v === undefined) return hidden.has(c.item) || skipped.includes(c.item);
        return c.unanswered !== true && v >= (c.min ?? Number.NEGATIVE_INFINITY) && v <= (c.max ?? Number.POSITIVE_INFINITY);
      });
    if (!shown) {
      hidden.add(it.id);
      continue;
    }
    items.push(it.id);
    const v = answers[it.id];
    if (v !== undefined) kept[it.id] = v;
  }
  return { items, answers: kept };
}

/** The flags `score` raises on these answers; while answering, not those for a blank item. */
function raised(def: InstrumentDefinition, answers: { readonly [item: string]: number }, completed: boolean): readonly RaisedFlag[] {
  const flags = score(defined(def), answers).flags;
  if (completed) return flags;
  const blankRule = new Set((def.flags ?? []).filter((f) => 'item' in f.when && f.when.unanswered === true).map((f) => f.id));
  return flags.filter((f) => !blankRule.has(f.id));
}

/** Every flag of `before` and `now`, once each, in the definition's order. */
function mergeRisk(def: InstrumentDefinition, before: QuestionnaireRisk | null, now: readonly RaisedFlag[], help: CrisisHelp): QuestionnaireRisk | null {
  const ids = new Set([...(before?.flags ?? []).map((f) => f.id), ...now.map((f) => f.id)]);
  if (ids.size === 0) return null;
  if (before !== null && now.every((f) => before.flags.some((b) => b.id === f.id))) return before;
  const all = [...(before?.flags ?? []), ...now];
  const flags = (def.flags ?? []).flatMap((rule) => {
    const f = all.find((x) => x.id === rule.id);
    return f === undefined ? [] : [f];
  });
  return { flags, help };
}

function optionsOf(def: InstrumentDefinition, text: QuestionnaireState['text'], item: string, prefix: string): QuestionnaireOption[] {
  const it = def.items.find((x) => x.id === item);
  const key = it?.responseScale ?? 'default';
  const scale = def.responseScales[key] as ResponseScale;
  const step = scale.step ?? 1;
  const count = Math.round((scale.max - scale.min) / step);
  const out: QuestionnaireOption[] = [];
  for (let k = 0; k <= count; k++) {
    const value = Number((scale.min + k * step).toFixed(10));
    const a = scale.anchors.findIndex((x) => x.value === value);
    const label = a < 0 ? String(value) : (text.anchors[key]?.[a] ?? String(value));
    out.push({ value, label, id: `${prefix}-${domId(item)}-option-${k}` });
  }
  return out;
}

/** The full state for a core: visible items, answers that count, progress, screen, result. */
function build(core: Core, refusal: QuestionnaireRefusal | null): QuestionnaireState {
  const def = core.definition;
  const shown = visible(def, core.answers, core.skipped);
  const completed = core.status === 'completed';
  const result = completed ? score(defined(def), shown.answers) : null;
  const risk = mergeRisk(def, core.risk, result?.flags ?? raised(def, shown.answers, false), core.crisisHelp);
  const at = shown.items.indexOf(core.current);
  const it = def.items.find((x) => x.id === core.current);
  const p = core.idPrefix;
  const screen: QuestionnaireScreen | null =
    completed || it === undefined
      ? null
      : {
          item: it.id,
          number: it.number,
          position: at + 1,
          of: shown.items.length,
          text: core.text.items[it.id] ?? '',
          instructions: core.text.instructions,
          options: optionsOf(def, core.text, it.id, p),
          answer: shown.answers[it.id] ?? null,
          skippable: it.skippable === true,
          canGoBack: at > 0,
          isLast: at === shown.items.length - 1,
          ids: {
            question: `${p}-${domId(it.id)}-question`,
            instructions: core.text.instructions === null ? null : `${p}-instructions`,
            group: `${p}-${domId(it.id)}-choices`,
          },
        };
  return _deepFreeze({
    version: QUESTIONNAIRE_STATE_VERSION,
    definition: def,
    locale: core.locale,
    text: core.text,
    idPrefix: p,
    crisisHelp: core.crisisHelp,
    status: core.status,
    current: core.current,
    visibleItems: shown.items,
    answers: shown.answers,
    skipped: core.skipped.filter((s) => shown.items.includes(s) && shown.answers[s] === undefined),
    progress: { answered: Object.keys(shown.answers).length, total: shown.items.length },
    screen,
    focus: core.focus,
    risk,
    refusal,
    result,
    updatedAt: core.updatedAt,
    completedAt: core.completedAt,
  });
}

/**
 * The DOM id of the result heading that `focus` names after `complete`.
 *
 * @example
 * ```ts
 * resultFocusId(startQuestionnaire(phq9)); // => 'sb-phq-9-result'
 * ```
 * @category Delivery
 */
export const resultFocusId = (state: Pick<QuestionnaireState, 'idPrefix'>): string => `${state.idPrefix}-result`;

/**
 * Like {@link startQuestionnaire}, but returns `{ ok: true, value }` or `{ ok: false, issues }`
 * and never throws.
 *
 * @example
 * ```ts
 * const r = safeStartQuestionnaire(phq9, { itemText: { 'phq9-1': 'My own text' } });
 * if (!r.ok) r.issues.map((i) => i.code).includes('missing_item_text'); // => true
 * ```
 * @category Delivery
 */
export function safeStartQuestionnaire(instrument: InstrumentDefinition, options?: QuestionnaireOptions): SafeResult<QuestionnaireState, QuestionnaireIssue> {
  const issues: QuestionnaireIssue[] = [];
  const fail = (): SafeResult<QuestionnaireState, QuestionnaireIssue> => ({ ok: false, issues: _deepFreeze(issues) });
  let def: InstrumentDefinition;
  try {
    if (instrument === null || typeof instrument !== 'object' || Array.isArray(instrument)) throw new TypeError('not an object');
    const problems = instrumentProblems(instrument);
    if (problems.length > 0) {
      for (const p of problems) issues.push({ code: 'invalid_instrument', path: ['instrument'], message: `instrument: ${p}.` });
      return fail();
    }
    def = defineInstrument(instrument); // the same object when it is defined already (a built-in)
    JSON.stringify(def);
  } catch {
    issues.push({
      code: 'invalid_instrument',
      path: ['instrument'],
      message: `instrument: expected an InstrumentDefinition (for example phq9), received ${_preview(instrument)}.`,
    });
    return fail();
  }
  if (def.items.length === 0) {
    issues.push({ code: 'invalid_instrument', path: ['instrument', 'items'], message: 'instrument.items: a questionnaire needs at least one item.' });
    return fail();
  }
  const opts = options ?? {};
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) {
    issues.push({ code: 'invalid_options', path: [], message: `options: expected an object, received ${_preview(opts)}.` });
    return fail();
  }
  const { locale, text } = readTexts(def, opts, issues);
  let help: CrisisHelp | null = null;
  try {
    const safety: { region?: RegionCode; resources?: ResourceOverride } = {};
    if (opts.region !== undefined) safety.region = opts.region;
    if (opts.resources !== undefined) safety.resources = opts.resources;
    help = crisisHelp(safety);
  } catch (e) {
    const list = e instanceof SafetyDataError ? e.issues : [{ path: [] as (string | number)[], message: 'region or resources could not be read' }];
    for (const i of list) issues.push({ code: 'invalid_options', path: [...i.path], message: i.message });
  }
  const prefix = opts.idPrefix ?? `sb-${domId(def.id)}`;
  if (typeof prefix !== 'string' || !ID_SAFE.test(prefix) || prefix.length > 100)
    issues.push({
      code: 'invalid_options',
      path: ['idPrefix'],
      message: `idPrefix: expected a letter, then letters, digits, "-" or "_", received ${_preview(prefix)}.`,
    });
  if (opts.at !== undefined && !isTime(opts.at))
    issues.push({ code: 'invalid_options', path: ['at'], message: `at: expected a time in milliseconds, received ${_preview(opts.at)}.` });
  if (issues.length > 0 || help === null) return fail();
  const first = def.items[0]?.id as string;
  const state = build(
    {
      definition: def,
      locale,
      text,
      idPrefix: prefix,
      crisisHelp: help,
      status: 'answering',
      current: first,
      answers: {},
      skipped: [],
      risk: null,
      focus: { id: `${prefix}-${domId(first)}-question`, reason: 'start' },
      updatedAt: opts.at ?? null,
      completedAt: null,
    },
    null,
  );
  return { ok: true, value: state };
}

/**
 * Starts delivering an instrument to a person, one item at a time: the first state for
 * {@link questionnaireReducer}. Text comes from the definition in English, or from a
 * {@link LocalePack} (`locale`); where the licence does not ship item text, or the pack lacks it,
 * the app's licensed `itemText` is required, and likewise `instructions`, `anchorText` and
 * `bandText` (the band labels of the result, kept in `state.text.bands`: show them with
 * {@link resultBandText}). With a `region`, a risk shows that region's crisis
 * resources; without one, no phone number is named.
 *
 * @throws QuestionnaireError listing every issue (an invalid instrument or option, an unsupported
 * locale, missing or unknown item text).
 * @example
 * ```ts
 * let s = startQuestionnaire(phq9, { region: 'GB' });
 * s.screen?.text; // => 'Little interest or pleasure in doing things'
 * s.screen?.options.map((o) => o.label); // => ['Not at all', 'Several days', 'More than half the days', 'Nearly every day']
 * for (const v of [1, 1, 2, 1, 0, 1, 1, 0, 0]) {
 *   s = questionnaireReducer(s, { type: 'answer', item: s.current, value: v });
 *   if (!s.screen?.isLast) s = questionnaireReducer(s, { type: 'next' });
 * }
 * s.current; // => 'phq9-10'
 * s = questionnaireReducer(s, { type: 'answer', item: 'phq9-10', value: 1 });
 * s = questionnaireReducer(s, { type: 'complete' });
 * s.result?.scales.total.value; // => 7
 * s.risk; // => null
 * ```
 * @category Delivery
 */
export function startQuestionnaire(instrument: InstrumentDefinition, options?: QuestionnaireOptions): QuestionnaireState {
  const r = safeStartQuestionnaire(instrument, options);
  if (!r.ok) throw new QuestionnaireError(r.issues);
  return r.value;
}

function coreOf(s: QuestionnaireState): Core {
  return {
    definition: s.definition,
    locale: s.locale,
    text: s.text,
    idPrefix: s.idPrefix,
    crisisHelp: s.crisisHelp,
    status: s.status,
    current: s.current,
    answers: s.answers,
    skipped: s.skipped,
    risk: s.risk,
    focus: s.focus,
    updatedAt: s.updatedAt,
    completedAt: s.completedAt,
  };
}

type Step = { readonly ok: true; readonly core: Core } | { readonly ok: false; readonly code: QuestionnaireRefusalCode; readonly message: string };

const refuse = (code: QuestionnaireRefusalCode, message: string): Step => ({ ok: false, code, message });

function apply(s: QuestionnaireState, type: QuestionnaireEventType, e: Record<string, unknown>, at: number | null): Step {
  const core: Core = { ...coreOf(s), ...(at === null ? {} : { updatedAt: at }) };
  if (s.status === 'completed') return refuse('completed', `${type}: the questionnaire is completed; start a new one.`);
  const idx = s.visibleItems.indexOf(s.current);
  const focusOn = (item: string, reason: 'next' | 'back' | 'skip') => ({ id: `${s.idPrefix}-${domId(item)}-question`, reason });
  const done = (id: string) => s.answers[id] !== undefined || s.skipped.includes(id);
  switch (type) {
    case 'answer': {
      const { item, value } = e;
      if (typeof item !== 'string') return refuse('invalid_event', `answer: item must be an item id, received ${_preview(item)}.`);
      if (item !== s.current) return refuse('not_current_item', `answer: ${_preview(item)} is not the item on screen (${s.current}).`);
      const check = typeof value === 'number' ? safeScore(defined(s.definition), { [item]: value }) : null;
      if (check === null || !check.ok) {
        const why = check !== null && !check.ok ? check.issues[0]?.message : `expected a number, received ${_preview(value)}.`;
        return refuse('invalid_value', `answer: ${why ?? 'invalid value.'}`);
      }
      return {
        ok: true,
        core: { ...core, answers: { ...s.answers, [item]: value as number }, skipped: s.skipped.filter((x) => x !== item), focus: null },
      };
    }
    case 'next': {
      if (!done(s.current)) return refuse('unanswered', `next: ${s.current} has no answer; answer it (or skip it, where allowed).`);
      const to = s.visibleItems[idx + 1];
      if (to === undefined) return refuse('no_next_item', 'next: this is the last item; send complete.');
      return { ok: true, core: { ...core, current: to, focus: focusOn(to, 'next') } };
    }
    case 'back': {
      const to = s.visibleItems[idx - 1];
      if (to === undefined) return refuse('no_previous_item', 'back: this is the first item.');
      return { ok: true, core: { ...core, current: to, focus: focusOn(to, 'back') } };
    }
    case 'skip': {
      const it = s.definition.items.find((x) => x.id === s.current);
      if (it?.skippable !== true) return refuse('not_skippable', `skip: ${s.current} cannot be skipped (its definition does not mark it skippable).`);
      const answers = { ...s.answers };
      delete answers[s.current];
      const skipped = [...s.skipped.filter((x) => x !== s.current), s.current];
      const after = visible(s.definition, answers, skipped).items; // a skip can decide a later item's askedWhen
      const to = after[after.indexOf(s.current) + 1] ?? s.current;
      return { ok: true, core: { ...core, answers, skipped, current: to, focus: focusOn(to, 'skip') } };
    }
    case 'complete': {
      const open = s.visibleItems.filter((id) => !done(id));
      if (open.length > 0) return refuse('incomplete', `complete: ${open.length} item(s) have no answer (first: ${open[0]}).`);
      return { ok: true, core: { ...core, status: 'completed', completedAt: at, focus: { id: resultFocusId(s), reason: 'complete' } } };
    }
  }
}

/**
 * Moves a questionnaire on by one event and returns the next state (a new deep-frozen object;
 * the old one is unchanged). A refused event never throws: the state comes back unchanged except
 * for `refusal`, which says why (an answer to an item not on screen, a value off the scale,
 * `next` before an answer, `skip` on an item that is not `skippable`, `complete` with items left,
 * a time going backwards, any event after completion).
 *
 * After every answer the definition's flag rules are checked on the shown answers by `score`, so
 * a risky answer sets `risk` on the very next state, before the last item.
 *
 * @throws TypeError only when `state` is not a questionnaire state.
 * @example
 * ```ts
 * let s = startQuestionnaire(phq9);
 * for (let i = 1; i <= 8; i++) {
 *   s = questionnaireReducer(s, { type: 'answer', item: `phq9-${i}`, value: 0 });
 *   s = questionnaireReducer(s, { type: 'next' });
 * }
 * s = questionnaireReducer(s, { type: 'answer', item: 'phq9-9', value: 1 });
 * s.risk?.flags.map((f) => f.id); // => ['phq9-item9']
 * s.visibleItems.includes('phq9-10'); // => true
 * questionnaireReducer(s, { type: 'answer', item: 'phq9-1', value: 9 }).refusal?.code; // => 'not_current_item'
 * ```
 * @category Delivery
 */
export function questionnaireReducer(state: QuestionnaireState, event: QuestionnaireEvent): QuestionnaireState {
  if (state === null || typeof state !== 'object' || state.version !== QUESTIONNAIRE_STATE_VERSION || typeof state.definition !== 'object') {
    throw new TypeError(
      `questionnaireReducer: state must be a questionnaire state (from startQuestionnaire or restoreQuestionnaire), received ${_preview(state)}`,
    );
  }
  let type: unknown;
  let step: Step;
  try {
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      step = refuse('invalid_event', `event: expected an object such as { type: 'next' }, received ${_preview(event)}.`);
    } else {
      const e = { ...(event as object) } as Record<string, unknown>;
      type = e.type;
      const at = e.at;
      if (!(QUESTIONNAIRE_EVENT_TYPES as readonly unknown[]).includes(type)) {
        step = refuse('invalid_event', `event.type: expected one of ${QUESTIONNAIRE_EVENT_TYPES.join(', ')}, received ${_preview(type)}.`);
      } else if (at !== undefined && !isTime(at)) {
        step = refuse('invalid_time', `event.at: expected a time in milliseconds, received ${_preview(at)}.`);
      } else if (at !== undefined && state.updatedAt !== null && at < state.updatedAt) {
        step = refuse('time_backwards', `event.at: ${at} is before the last event (${state.updatedAt}).`);
      } else {
        step = apply(state, type as QuestionnaireEventType, e, at === undefined ? null : (at as number));
      }
    }
  } catch {
    step = refuse('invalid_event', 'event: could not be read (reading it threw: a getter or a Proxy).');
  }
  if (!step.ok) {
    const refusal: QuestionnaireRefusal = {
      code: step.code,
      event: typeof type === 'string' ? _preview(type).slice(0, 40) : _preview(event).slice(0, 40),
      message: step.message,
    };
    return _deepFreeze({ ...state, refusal });
  }
  return build(step.core, null);
}

/**
 * Every way a state breaks the reducer's invariants, each with its path: the definition is
 * invalid, an answer is off its scale or for an item not shown, the derived fields (visible items,
 * progress, screen, result) differ from what the answers give, or the risk misses a flag the
 * answers raise. `restoreQuestionnaire` uses it.
 *
 * @internal
 */
export function _questionnaireProblems(s: QuestionnaireState): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });
  const problems = instrumentProblems(s.definition);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 5)) add(['definition'], p);
    return out;
  }
  const def = s.definition;
  const ids = def.items.map((it) => it.id);
  for (const id of ids) if (typeof s.text.items[id] !== 'string') add(['text', 'items', id], 'the item has no text');
  for (const key of Object.keys(s.text.items)) if (!ids.includes(key)) add(['text', 'items', key], 'is not an item of the definition');
  for (const key of new Set(def.items.map((it) => it.responseScale ?? 'default'))) {
    if (s.text.anchors[key]?.length !== def.responseScales[key]?.anchors.length) add(['text', 'anchors', key], 'must label every anchor of the scale');
  }
  const banded = bandedScales(def);
  for (const scale of banded) {
    const labels = s.text.bands[scale.id];
    if (labels === undefined || labels.length !== scale.bands?.length) add(['text', 'bands', scale.id], 'must label every band of the scale');
    else if (s.locale === 'en' && labels.some((l, k) => l !== scale.bands?.[k]?.label))
      add(['text', 'bands', scale.id], "must be the definition's labels in English");
  }
  for (const key of Object.keys(s.text.bands)) if (!banded.some((x) => x.id === key)) add(['text', 'bands', key], 'is not a banded scale of the definition');
  if (!ids.includes(s.current)) add(['current'], 'is not an item of the definition');
  for (const [id, v] of Object.entries(s.answers)) {
    const r = safeScore(defined(def), { [id]: v });
    if (!r.ok) add(['answers', id], r.issues[0]?.message ?? 'is not a valid answer');
  }
  for (const id of s.skipped) {
    if (def.items.find((x) => x.id === id)?.skippable !== true) add(['skipped'], `${id} is not skippable`);
  }
  if (s.crisisHelp.region === null && /\d/u.test(s.crisisHelp.text)) add(['crisisHelp', 'text'], 'names a number without a region');
  if (s.status === 'completed' && s.completedAt !== null && s.updatedAt !== s.completedAt) add(['completedAt'], 'must equal updatedAt');
  if (s.status !== 'completed' && s.completedAt !== null) add(['completedAt'], 'is set only once completed');
  if (out.length > 0) return out;
  const rebuilt = build(coreOf(s), s.refusal);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['visibleItems', 'answers', 'skipped', 'progress', 'screen', 'result'] as const) {
    if (!same(s[key], rebuilt[key])) add([key], `does not match what the answers give`);
  }
  if (!same(s.risk, rebuilt.risk)) add(['risk'], 'does not match the flags the answers raise (a flag is missing, or not one of the definition)');
  if (s.risk !== null) {
    if (!same(s.risk.help, s.crisisHelp)) add(['risk', 'help'], 'must be the crisis help of the state');
    s.risk.flags.forEach((f, i) => {
      const rule = def.flags?.find((r) => r.id === f.id);
      if (rule === undefined || rule.level !== f.level || rule.message !== f.message || rule.clientMessage !== f.clientMessage)
        add(['risk', 'flags', i], 'is not a flag of the definition, as written there');
    });
  }
  if (s.status === 'completed' && s.visibleItems.some((id) => s.answers[id] === undefined && !s.skipped.includes(id)))
    add(['status'], 'completed with items left');
  return out;
}
