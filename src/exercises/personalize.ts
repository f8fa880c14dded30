import type { Citation, SafeResult } from '../model/issue.js';
import { _frozenIssues, _issuesMessage } from '../model/issue-list.js';
import { type LocalePack, textId } from '../model/locale.js';
import { isRegionCode, type RegionCode } from '../model/region.js';
import type { DeliveryMode, TechniqueId } from '../model/technique.js';
import { _safetyWord, type CrisisHelp, crisisHelp as crisisHelpIn, SafetyDataError } from '../safety/crisis-resources.js';
import { type _Locale, _readLocale, _tagOf, _word, LocaleError, type LocaleOption } from '../safety/locale.js';
import type { ResourceOverride } from '../safety/types.js';
import { _atSentenceStart, _capitalize, _deepFreeze, _kindOf, _preview } from './_internal/text.js';
import { _readPlain } from './read-plain.js';
import { type ExerciseScript, SCRIPT_VARIANTS, type ScreeningQuestion, type ScriptStep, type ScriptVariant, SLOTS, type Slot } from './types.js';
import { selectVariant } from './variant.js';

/**
 * The five pronoun forms a script can use: `{they}`, `{them}`, `{their}`, `{theirs}`, `{themself}`.
 *
 * @example
 * ```ts
 * const ze: PronounSet = { they: 'ze', them: 'zir', their: 'zir', theirs: 'zirs', themself: 'zirself' };
 * ```
 * @category Exercises
 */
export interface PronounSet {
  /** Subject form, for `{they}` ("she"). */
  readonly they: string;
  /** Object form, for `{them}` ("her"). */
  readonly them: string;
  /** Possessive determiner, for `{their}` ("her book"). */
  readonly their: string;
  /** Possessive pronoun, for `{theirs}` ("hers"). */
  readonly theirs: string;
  /** Reflexive form, for `{themself}` ("herself"). */
  readonly themself: string;
}

/**
 * The built-in pronoun sets. `they` (they/them/their/theirs/themself) is the default when no
 * pronouns are given.
 *
 * @example
 * ```ts
 * PRONOUN_SETS.she.themself; // => 'herself'
 * ```
 * @category Exercises
 */
export const PRONOUN_SETS = {
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themself: 'themself' },
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themself: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themself: 'himself' },
} as const satisfies Record<string, PronounSet>;

/** A built-in pronoun set by name, or a custom {@link PronounSet}. @category Exercises */
export type PronounOption = keyof typeof PRONOUN_SETS | PronounSet;

/**
 * Options for {@link personalize}. Every field is optional; a slot without a value falls back to
 * neutral wording ("you", they/them, "a parent or someone who raised you").
 *
 * - `variant`: which variant to build (default `'standard'`).
 * - `name`: the client's name or the name they like to be called (at most 40 characters).
 * - `caregiver`: the words the client uses for a caring person, written so they read in place of
 *   the slot, e.g. `"Grandma"` or `"your aunt Rosa"` (at most 60 characters).
 * - `safePlace`: a calm place in the client's words, e.g. `"the beach near your home"` (at most 80).
 * - `pronouns`: `'they'` (default), `'she'`, `'he'`, or a custom {@link PronounSet}.
 * - `region`: the person's region (ISO 3166-1 alpha-2, e.g. `'GB'`); the safety note then names
 *   that region's emergency number and crisis lines from `crisisHelp` (securebase safety data).
 *   Without it, the note names no number: "your local emergency number or a crisis line".
 * - `resources`: an app's own crisis contacts for that region (`{ mode: 'replace' | 'extend',
 *   contacts }`, validated like shipped data); needs `region`.
 * - `locale`: `'en'` (default) or a locale pack (`import { es } from 'securebase/locales/es'`); any
 *   other value, or a pack that lacks a string of the script, is refused (never shown in English).
 *
 * Strings may hold letters, digits, spaces and `' ’ - . ,` only; markup characters such as
 * `< > { } [ ] & * _ #` and line breaks are refused, so a value can never inject SSML, Markdown or
 * a placeholder.
 *
 * @example
 * ```ts
 * const options: PersonalizeOptions = { variant: 'brief', name: 'Sam', pronouns: 'she' };
 * ```
 * @category Exercises
 */
export interface PersonalizeOptions {
  /** Which variant to build; default `'standard'`. */
  readonly variant?: ScriptVariant | undefined;
  /** The client's name, or the name they like to be called (at most 40 characters). */
  readonly name?: string | undefined;
  /** The client's words for a caring person, e.g. `"Grandma"` (at most 60 characters). */
  readonly caregiver?: string | undefined;
  /** A calm place in the client's words (at most 80 characters). */
  readonly safePlace?: string | undefined;
  /** `'they'` (default), `'she'`, `'he'`, or a custom {@link PronounSet}. */
  readonly pronouns?: PronounOption | undefined;
  /** The person's region (ISO 3166-1 alpha-2, e.g. `'GB'`); the safety note names its crisis help. */
  readonly region?: RegionCode | undefined;
  /** An app's own crisis contacts for `region` (validated); needs `region`. */
  readonly resources?: ResourceOverride | undefined;
  /**
   * The language: `'en'` (default) or a locale pack such as `es` from `securebase/locales/es`. Every
   * client-facing string (title, summary, steps, screening questions, safety note, crisis help,
   * neutral wording and pronouns) then comes from the pack; therapist notes stay in English.
   */
  readonly locale?: LocaleOption | undefined;
}

/**
 * Length limits (in characters, after trimming) for the personalisation strings.
 *
 * @example
 * ```ts
 * PERSONALIZE_LIMITS.name; // => 40
 * ```
 * @category Exercises
 */
export const PERSONALIZE_LIMITS = {
  /** The longest `name`. */
  name: 40,
  /** The longest `caregiver`. */
  caregiver: 60,
  /** The longest `safePlace`. */
  safePlace: 80,
  /** The longest form in a custom {@link PronounSet}. */
  pronoun: 20,
} as const;

/**
 * The neutral wording used when a slot has no value. `{name}` without a value is removed with
 * its comma ("Take your time, {name}." becomes "Take your time."); where it is not a form of
 * address it becomes "you" ("{name}'s" becomes "your"). Pronouns default to they/them.
 * `{caregiver}` falls back to "a parent or someone who raised you": it presumes no care was
 * given (some people were harmed by the adults who raised them), so scripts use the slot only as an
 * example of a person in one's early life ("Mark the grown-ups in your early life, like {caregiver}.").
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const NEUTRAL_WORDING = {
  /** Used for `{caregiver}`. */
  caregiver: 'a parent or someone who raised you',
  /** Used for `{safePlace}`. */
  safePlace: 'a place where you feel calm and safe',
  /** Used for `{name}` where it is not a form of address. */
  name: 'you',
  /** Used for `{name}'s`. */
  namePossessive: 'your',
  /** The pronoun set used when none is given. */
  pronouns: 'they',
} as const;

/** `Omit` applied to each member of a union (a plain `Omit` would merge the members). */

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * One step of a personalised script: a {@link ScriptStep} with every placeholder filled and
 * without `variants` (the variant is already chosen).
 *
 * @example
 * ```ts
 * const steps = personalize(regulatePacedBreathing, { variant: 'brief' }).steps;
 * steps.map((s) => s.kind); // => ['say', 'say', 'check-in', 'say', 'breathe', 'say', 'check-in', 'grounding-exit', 'say']
 * steps.some((s) => 'variants' in s); // => false
 * ```
 * @category Exercises
 */
export type PersonalizedStep = DistributiveOmit<ScriptStep, 'variants'>;

/**
 * A script made ready for one person and one variant: all client-facing text filled in, the
 * steps of the chosen variant only, and the stated duration of that variant. Deep-frozen.
 *
 * The safety note is always present and is rendered by every renderer. It ends with "If you might
 * hurt yourself, or you feel unsafe, reach out for help now." and the crisis help of the region
 * asked for (`crisisHelp`), or, with no region, wording that names no number.
 *
 * @example
 * ```ts
 * const p: PersonalizedScript = personalize(regulatePacedBreathing, { variant: 'brief' });
 * p.durationSeconds === regulatePacedBreathing.durationSeconds.brief; // => true
 * p.personalized; // => { name: false, caregiver: false, safePlace: false, pronouns: 'they' }
 * p.crisisHelp.region; // => null
 * ```
 * @category Exercises
 */
export interface PersonalizedScript {
  /** The script id. */
  readonly id: string;
  /** The script's content version. */
  readonly version: string;
  /** The language of every client-facing string: `'en'` or the pack's tag (`'es'`). Renderers need the same pack. */
  readonly locale: string;
  /** The title, for the client. */
  readonly title: string;
  /** A one-line summary, for the client. */
  readonly summary: string;
  /** The technique it belongs to. */
  readonly technique: TechniqueId;
  /** The protocol it carries out. */
  readonly protocol: string;
  /** Who guides it: `self`, `guided` or `therapist`. */
  readonly delivery: DeliveryMode;
  /** What it focuses on (imagery, body, memory, ...). */
  readonly focus: ExerciseScript['focus'];
  /** The variant built. */
  readonly variant: ScriptVariant;
  /** The script's stated duration for this variant, in seconds. */
  readonly durationSeconds: number;
  /** The safety note, for the client, ending with {@link PersonalizedScript.crisisHelp}'s text; every renderer shows it. */
  readonly safetyNote: string;
  /**
   * The crisis help named at the end of the safety note: the region's contacts (for a tap-to-call
   * button) and the paragraph shown. `region` is `null` (and `contacts` empty) when no region was
   * given or securebase has no sourced data for it.
   */
  readonly crisisHelp: CrisisHelp;
  /**
   * A first distress check-in at or above this means the exercise does not go on: the session
   * runner offers grounding instead (from the script's `startCeiling`); `null` when the script sets none.
   */
  readonly startCeiling: number | null;
  /** The steps of the chosen variant, with every placeholder filled. */
  readonly steps: readonly PersonalizedStep[];
  /** Screening questions to ask before starting; a "yes" means do not start. */
  readonly contraindications: readonly ScreeningQuestion[];
  /** Notes for the clinician (not shown to the client). */
  readonly therapistNotes: readonly string[];
  /** The sources the script draws on. */
  readonly citations: readonly Citation[];
  /** Which slots were filled from the options (the rest use the neutral wording). */
  readonly personalized: {
    /** Whether `name` was given. */
    readonly name: boolean;
    /** Whether `caregiver` was given. */
    readonly caregiver: boolean;
    /** Whether `safePlace` was given. */
    readonly safePlace: boolean;
    /** Which pronoun set was used (`custom` for a {@link PronounSet} given in full). */
    readonly pronouns: 'they' | 'she' | 'he' | 'custom';
  };
}

/**
 * One problem found by {@link personalize}: it names the option (or the script text) at `path`,
 * shows a short preview of what was received and says what was expected.
 *
 * @example
 * ```ts
 * const r = safePersonalize(regulatePacedBreathing, { name: 42 });
 * if (!r.ok) r.issues[0]?.code; // => 'invalid_type'
 * if (!r.ok) r.issues[0]?.path; // => ['name']
 * if (!r.ok) r.issues[0]?.message; // => 'Option "name": expected text, got a number (received 42).'
 * ```
 * @category Exercises
 */
export interface PersonalizeIssue {
  /** What is wrong, as a stable code. */
  readonly code:
    | 'invalid_options'
    | 'unknown_option'
    | 'invalid_type'
    | 'invalid_variant'
    | 'empty'
    | 'too_long'
    | 'markup'
    | 'invalid_character'
    | 'unknown_placeholder'
    | 'unresolved_placeholder'
    | 'invalid_region'
    | 'invalid_resources'
    | 'invalid_script'
    | 'invalid_locale'
    | 'missing_translation'
    | 'unreadable_input';
  /**
   * Where: the option (`['name']`, `['pronouns', 'them']`, `['resources', 'contacts', 0, 'phone']`),
   * the script text (`['steps', 3, 'text']`), or, for `invalid_script` and an `unreadable_input`
   * inside the script, the script argument (`['script', 'steps', 2]`).
   */
  readonly path: readonly (string | number)[];
  /** A short, truncated preview of the value received. */
  readonly received: string;
  /** What was expected, in words. */
  readonly expected: string;
  /** The whole issue in one sentence. */
  readonly message: string;
}

/**
 * Thrown by {@link personalize} when the options (or the script's placeholders) are invalid;
 * `issues` lists every problem at once.
 *
 * @example
 * ```ts
 * try {
 *   personalize(regulatePacedBreathing, { name: '<b>Sam</b>' });
 * } catch (e) {
 *   if (e instanceof PersonalizeError) e.issues[0]?.code; // => 'markup'
 * }
 * ```
 * @category Exercises
 */
export class PersonalizeError extends Error {
  /** Always `'PersonalizeError'`. */
  override readonly name = 'PersonalizeError';
  /** The id of the script being personalised. */
  readonly scriptId: string;
  /** Every problem found, frozen. */
  readonly issues: readonly PersonalizeIssue[];
  constructor(scriptId: string, issues: readonly PersonalizeIssue[]) {
    super(_issuesMessage(`Cannot personalise ${scriptId}`, issues));
    this.scriptId = scriptId;
    this.issues = _frozenIssues(issues);
  }
}

const OPTION_KEYS = ['variant', 'name', 'caregiver', 'safePlace', 'pronouns', 'region', 'resources', 'locale'] as const;
const PRONOUN_KEYS = ['they', 'them', 'their', 'theirs', 'themself'] as const;
const STRING_OPTIONS = ['name', 'caregiver', 'safePlace'] as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const MARKUP = /[<>{}[\]&\\`*_#|~^=$"]/u;
const ALLOWED = /^[\p{L}\p{M}\p{N} '’.,-]+$/u;
const PRONOUN_ALLOWED = /^[\p{L}\p{M}'’-]+$/u;

interface Resolved {
  readonly variant: ScriptVariant;
  readonly values: Readonly<Record<Slot, string | undefined>>;
  readonly pronounsKind: PersonalizedScript['personalized']['pronouns'];
  readonly help: CrisisHelp;
  readonly pack: _Locale;
}

/** `resources.contacts[0].phone: expected …` → `['resources', 'contacts', 0, 'phone']`. */
function problemPath(problem: string): (string | number)[] {
  const head = problem.split(':')[0] ?? '';
  const out: (string | number)[] = [];
  for (const m of head.matchAll(/([A-Za-z]+)|\[(\d+)\]/gu)) out.push(m[1] !== undefined ? m[1] : Number(m[2]));
  if (out[0] === 'options') out.shift(); // safety/ names the path from its own options argument
  return out.length > 0 && out[0] === 'resources' ? out : ['resources'];
}

/** A `missing_translation` issue for ids a pack lacks. */
function missingIssue(pack: LocalePack, ids: readonly string[], path: readonly (string | number)[]): PersonalizeIssue {
  const unique = [...new Set(ids)];
  const shown = unique.slice(0, 3).join(', ') + (unique.length > 3 ? ` (and ${unique.length - 3} more)` : '');
  return {
    code: 'missing_translation',
    path,
    received: _preview(shown),
    expected: `a string for every id in the ${pack.locale} pack`,
    message: `Option "locale": the ${_preview(pack.locale)} pack has no string for ${shown}; it cannot be shown in another language instead.`,
  };
}

/** The crisis help for the options' region and resources, or issues naming the field. */
function resolveHelp(rec: Record<string, unknown>, issues: PersonalizeIssue[], pack: _Locale): CrisisHelp {
  const locale = pack === null ? 'en' : pack;
  const crisisHelp = (o: { region?: RegionCode; resources?: ResourceOverride } = {}): CrisisHelp => {
    try {
      return crisisHelpIn({ ...o, locale });
    } catch (e) {
      if (!(e instanceof LocaleError) || pack === null) throw e;
      issues.push(missingIssue(pack, e.missing, ['locale']));
      return crisisHelpIn(o);
    }
  };
  const none = crisisHelp();
  const { region, resources } = rec;
  if (region !== undefined && !isRegionCode(region)) {
    const received = _preview(region);
    issues.push({
      code: 'invalid_region',
      path: ['region'],
      received,
      expected: 'an ISO 3166-1 alpha-2 code in capitals, such as "GB"',
      message: `Option "region": expected an ISO 3166-1 alpha-2 code in capitals, such as "GB" (received ${received}).`,
    });
    return none;
  }
  if (resources === undefined) return region === undefined ? none : crisisHelp({ region });
  if (region === undefined) {
    issues.push({
      code: 'invalid_resources',
      path: ['resources'],
      received: _preview(resources),
      expected: 'a region option as well',
      message: 'Option "resources": an app\'s own resources apply to a region; give the region option too.',
    });
    return none;
  }
  try {
    return crisisHelp({ region, resources: resources as ResourceOverride });
  } catch (e) {
    if (!(e instanceof SafetyDataError)) throw e;
    for (const problem of e.problems.slice(0, 20)) {
      issues.push({
        code: 'invalid_resources',
        path: problemPath(problem),
        received: _preview(resources),
        expected: 'valid contacts, each with its source and check date',
        message: `Option ${problem.slice(0, 200)}.`,
      });
    }
    return none;
  }
}

/** An `unknown_option` issue for each key of `rec` not in `allowed`; `message` gets the key's preview. */
function unknownKeys(
  rec: Record<string, unknown>,
  allowed: readonly string[],
  path: readonly string[],
  message: (key: string) => string,
  issues: PersonalizeIssue[],
): void {
  for (const key of Object.keys(rec)) {
    if (allowed.includes(key)) continue;
    const k = _preview(key);
    issues.push({ code: 'unknown_option', path: [...path, key.slice(0, 24)], received: k, expected: `one of ${allowed.join(', ')}`, message: message(k) });
  }
}

function checkString(
  value: unknown,
  path: readonly (string | number)[],
  label: string,
  max: number,
  allowed: RegExp,
  allowedText: string,
  issues: PersonalizeIssue[],
): string | undefined {
  const received = _preview(value);
  const expected = `text of 1 to ${max} characters (${allowedText})`;
  const issue = (code: PersonalizeIssue['code'], why: string) => {
    issues.push({ code, path, received, expected, message: `${label}: ${why} (received ${received}).` });
    return undefined;
  };
  if (typeof value !== 'string') return issue('invalid_type', `expected text, got ${_kindOf(value)}`);
  if (CONTROL.test(value)) return issue('invalid_character', 'line breaks and control characters are not allowed');
  if (MARKUP.test(value)) return issue('markup', 'markup characters such as < > { } [ ] & * _ # are not allowed');
  const normalized = value.trim().replace(/\s+/gu, ' ');
  if (normalized === '') return issue('empty', 'must not be empty; leave the option out to use neutral wording');
  if ([...normalized].length > max) return issue('too_long', `must be at most ${max} characters`);
  if (!allowed.test(normalized)) {
    const bad = [...normalized].find((ch) => !allowed.test(ch)) ?? '';
    return issue('invalid_character', `the character ${JSON.stringify(bad)} is not allowed; use ${allowedText}`);
  }
  if (!/\p{L}/u.test(normalized)) return issue('invalid_character', 'must contain at least one letter');
  return normalized;
}

function resolveOptions(options: unknown, issues: PersonalizeIssue[]): Resolved {
  const values: Record<Slot, string | undefined> = {
    name: undefined,
    caregiver: undefined,
    safePlace: undefined,
    ...PRONOUN_SETS.they,
  };
  let variant: ScriptVariant = 'standard';
  let pronounsKind: Resolved['pronounsKind'] = 'they';
  let help = crisisHelpIn();
  let pack: _Locale = null;
  if (options === undefined) return { variant, values, pronounsKind, help, pack };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const received = _preview(options);
    issues.push({
      code: 'invalid_options',
      path: [],
      received,
      expected: 'an options object or undefined',
      message: `Options: expected an object such as { name: 'Sam' }, got ${_kindOf(options)} (received ${received}).`,
    });
    return { variant, values, pronounsKind, help, pack };
  }
  const rec = options as Record<string, unknown>;
  const loc = _readLocale(rec.locale);
  if (loc.ok) pack = loc.pack;
  else
    issues.push({
      code: 'invalid_locale',
      path: ['locale'],
      received: loc.received,
      expected: "'en' or a locale pack such as es from 'securebase/locales/es'",
      message: `Option "locale": ${loc.message}`,
    });
  unknownKeys(rec, OPTION_KEYS, [], (k) => `Option ${k}: not a personalisation option; expected one of ${OPTION_KEYS.join(', ')}.`, issues);
  if (rec.variant !== undefined) {
    if ((SCRIPT_VARIANTS as readonly unknown[]).includes(rec.variant)) variant = rec.variant as ScriptVariant;
    else {
      const received = _preview(rec.variant);
      issues.push({
        code: 'invalid_variant',
        path: ['variant'],
        received,
        expected: `one of ${SCRIPT_VARIANTS.join(', ')}`,
        message: `Option "variant": expected one of ${SCRIPT_VARIANTS.join(', ')} (received ${received}).`,
      });
    }
  }
  for (const key of STRING_OPTIONS) {
    if (rec[key] === undefined) continue;
    values[key] = checkString(rec[key], [key], `Option "${key}"`, PERSONALIZE_LIMITS[key], ALLOWED, "letters, digits, spaces and ' - . ,", issues);
  }
  const p = rec.pronouns;
  if (p !== undefined) {
    if (typeof p === 'string') {
      if (p === 'they' || p === 'she' || p === 'he') {
        Object.assign(values, PRONOUN_SETS[p]);
        pronounsKind = p;
      } else {
        const received = _preview(p);
        issues.push({
          code: 'invalid_type',
          path: ['pronouns'],
          received,
          expected: "'they', 'she', 'he' or an object { they, them, their, theirs, themself }",
          message: `Option "pronouns": expected 'they', 'she', 'he' or a custom set { they, them, their, theirs, themself } (received ${received}).`,
        });
      }
    } else if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      const received = _preview(p);
      issues.push({
        code: 'invalid_type',
        path: ['pronouns'],
        received,
        expected: "'they', 'she', 'he' or an object { they, them, their, theirs, themself }",
        message: `Option "pronouns": expected 'they', 'she', 'he' or a custom set, got ${_kindOf(p)} (received ${received}).`,
      });
    } else {
      const set = p as Record<string, unknown>;
      unknownKeys(set, PRONOUN_KEYS, ['pronouns'], (k) => `Option "pronouns": ${k} is not a pronoun form; expected ${PRONOUN_KEYS.join(', ')}.`, issues);
      const before = issues.length;
      const custom: Partial<Record<(typeof PRONOUN_KEYS)[number], string>> = {};
      for (const key of PRONOUN_KEYS) {
        const v = checkString(set[key], ['pronouns', key], `Option "pronouns.${key}"`, PERSONALIZE_LIMITS.pronoun, PRONOUN_ALLOWED, "letters, ' and -", issues);
        if (v !== undefined) custom[key] = v;
      }
      if (issues.length === before) {
        Object.assign(values, custom);
        pronounsKind = 'custom';
      }
    }
  }
  if (pack !== null && pronounsKind !== 'custom') {
    const missing: string[] = [];
    for (const key of PRONOUN_KEYS) values[key] = _word(pack, `exercise-ui.pronouns.${pronounsKind}.${key}`, values[key] ?? '', missing);
    if (missing.length > 0) issues.push(missingIssue(pack, missing, ['locale']));
  }
  help = resolveHelp(rec, issues, pack);
  return { variant, values, pronounsKind, help, pack };
}

const PLACEHOLDER = /\{([^{}]{0,40})\}/gu;
/** The words used for a slot with no value, in one language. */
interface Neutral {
  readonly caregiver: string;
  readonly safePlace: string;
  readonly name: string;
  readonly nameStart: string;
  readonly possessive: string;
  readonly possessiveStart: string;
  readonly greeting: RegExp;
  readonly dear: RegExp;
  readonly dearFriend: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternatives = (list: string) =>
  list
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w !== '')
    .map(escapeRe)
    .join('|');

/** The neutral wording of a locale; `missing` collects ids a pack lacks. */
function neutralOf(pack: _Locale, missing: string[]): Neutral {
  const w = (id: string, en: string) => _word(pack, `exercise-ui.neutral.${id}`, en, missing);
  const greetings = w('greetings', 'Hi|Hello|Hey|Welcome|Welcome back|Thank you|Thanks|Well done|Good job|Good morning|Good evening');
  return {
    caregiver: w('caregiver', NEUTRAL_WORDING.caregiver),
    safePlace: w('safePlace', NEUTRAL_WORDING.safePlace),
    name: w('name', NEUTRAL_WORDING.name),
    nameStart: w('name-start', 'You'),
    possessive: w('name-possessive', NEUTRAL_WORDING.namePossessive),
    possessiveStart: w('name-possessive-start', 'Your'),
    greeting: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives(greetings)})\\s+\\{name\\}(?=\\s*[.!?,;:])`, 'gu'),
    dear: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives(w('dear', 'Dear'))})\\s+\\{name\\}`, 'gu'),
    dearFriend: w('dear-friend', 'Dear friend'),
  };
}

const ENGLISH_NEUTRAL = neutralOf(null, []);

/** Removes or neutralises `{name}` when no name was given, keeping the sentence readable. */
function dropName(text: string, nw: Neutral): string {
  return (
    text
      // "When you're ready, {name}, open your eyes." -> "When you're ready, open your eyes."
      .replace(/,\s*\{name\}\s*,/gu, ',')
      // "Take your time, {name}." -> "Take your time."
      .replace(/,\s*\{name\}(?=\s*(?:[.!?;:…]|$))/gu, '')
      // "{name}, take a breath." -> "Take a breath."
      .replace(/(^|[.!?…]["”’)]*\s+|\n\s*)\{name\}\s*,\s*(\p{L})/gu, (_m, lead: string, first: string) => lead + first.toUpperCase())
      // "Hello {name}." -> "Hello."
      .replace(nw.greeting, '$1')
      // "Dear {name}," -> "Dear friend,"
      .replace(nw.dear, () => nw.dearFriend)
  );
}

function fillText(
  text: string,
  values: Resolved['values'],
  path: readonly (string | number)[],
  issues: PersonalizeIssue[],
  nw: Neutral = ENGLISH_NEUTRAL,
): string {
  let out = values.name === undefined ? dropName(text, nw) : text;
  out = out.replace(/\{name\}(['’]s)\b/gu, (_m, s: string, offset: number, whole: string) => {
    if (values.name !== undefined) return `${values.name}${s}`;
    return _atSentenceStart(whole.slice(0, offset)) ? nw.possessiveStart : nw.possessive;
  });
  out = out.replace(PLACEHOLDER, (match, inner: string, offset: number, whole: string) => {
    if (!(SLOTS as readonly string[]).includes(inner)) {
      const received = _preview(match);
      issues.push({
        code: 'unknown_placeholder',
        path,
        received,
        expected: `one of ${SLOTS.map((s) => `{${s}}`).join(', ')}`,
        message: `Script text at ${path.join('.')}: ${received} is not a personalisation slot (expected one of ${SLOTS.map((s) => `{${s}}`).join(', ')}).`,
      });
      return match;
    }
    const slot = inner as Slot;
    const given = values[slot];
    const start = _atSentenceStart(whole.slice(0, offset));
    if (slot === 'name') return given ?? (start ? nw.nameStart : nw.name);
    const word = given ?? (slot === 'caregiver' ? nw.caregiver : nw.safePlace);
    return start ? _capitalize(word) : word;
  });
  if (/[{}]/u.test(out) && !issues.some((i) => i.path === path)) {
    issues.push({
      code: 'unresolved_placeholder',
      path,
      received: _preview(out.slice(Math.max(0, out.search(/[{}]/u) - 8))),
      expected: 'text without braces',
      message: `Script text at ${path.join('.')}: a brace is left after filling the slots; client text must not contain { or }.`,
    });
  }
  return out;
}

const STEP_KINDS = ['say', 'pause', 'breathe', 'prompt', 'check-in', 'grounding-exit'] as const;
const isText = (v: unknown): v is string => typeof v === 'string';
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Checks the kind of every field the engine reads from a script; an issue names the first wrong one. */
function scriptIssue(script: unknown): PersonalizeIssue | undefined {
  const bad = (path: (string | number)[], expected: string, value: unknown): PersonalizeIssue => {
    const received = _preview(value);
    const where = ['script', ...path].join('.');
    return {
      code: 'invalid_script',
      path: ['script', ...path],
      received,
      expected,
      message: `${where}: expected ${expected}, got ${_kindOf(value)} (received ${received}).`,
    };
  };
  if (script === null || typeof script !== 'object' || Array.isArray(script))
    return bad([], 'an exercise script (an object such as regulatePacedBreathing)', script);
  const s = script as Record<string, unknown>;
  for (const key of ['id', 'title', 'summary', 'safetyNote', 'technique', 'protocol', 'delivery', 'version'] as const) {
    if (!isText(s[key])) return bad([key], 'text', s[key]);
  }
  const d = s.durationSeconds as Record<string, unknown> | null;
  if (d === null || typeof d !== 'object') return bad(['durationSeconds'], 'an object of seconds per variant', d);
  for (const v of SCRIPT_VARIANTS) if (!isSeconds(d[v])) return bad(['durationSeconds', v], 'a number of seconds', d[v]);
  for (const key of ['focus', 'contraindications', 'citations', 'steps'] as const) if (!Array.isArray(s[key])) return bad([key], 'an array', s[key]);
  if (s.therapistNotes !== undefined && !(Array.isArray(s.therapistNotes) && s.therapistNotes.every(isText)))
    return bad(['therapistNotes'], 'an array of text', s.therapistNotes);
  if (s.startCeiling !== undefined && !(typeof s.startCeiling === 'number' && Number.isInteger(s.startCeiling) && s.startCeiling >= 1 && s.startCeiling <= 10))
    return bad(['startCeiling'], 'a whole number from 1 to 10', s.startCeiling);
  const qs = s.contraindications as unknown[];
  for (const [i, q] of qs.entries()) {
    if (q === null || typeof q !== 'object' || !isText((q as Record<string, unknown>).question))
      return bad(['contraindications', i], 'a screening question', q);
  }
  for (const [i, c] of (s.citations as unknown[]).entries()) {
    if (c === null || typeof c !== 'object' || !isText((c as Record<string, unknown>).text)) return bad(['citations', i], 'a citation { text }', c);
  }
  for (const [i, raw] of (s.steps as unknown[]).entries()) {
    if (raw === null || typeof raw !== 'object') return bad(['steps', i], 'a step object', raw);
    const st = raw as Record<string, unknown>;
    if (!(STEP_KINDS as readonly unknown[]).includes(st.kind)) return bad(['steps', i, 'kind'], `one of ${STEP_KINDS.join(', ')}`, st.kind);
    if (st.variants !== undefined && !(Array.isArray(st.variants) && st.variants.every((v) => (SCRIPT_VARIANTS as readonly unknown[]).includes(v))))
      return bad(['steps', i, 'variants'], `an array of ${SCRIPT_VARIANTS.join(', ')}`, st.variants);
    const needsText = st.kind !== 'pause' && st.kind !== 'breathe';
    if ((needsText || st.text !== undefined) && !isText(st.text)) return bad(['steps', i, 'text'], 'text', st.text);
    if ((st.kind === 'pause' || st.kind === 'prompt' || st.kind === 'grounding-exit') && !isSeconds(st.seconds))
      return bad(['steps', i, 'seconds'], 'a number of seconds', st.seconds);
    if (st.kind === 'breathe') {
      const pt = st.pattern as Record<string, unknown> | null;
      if (pt === null || typeof pt !== 'object' || !isSeconds(pt.inhale) || !isSeconds(pt.exhale))
        return bad(['steps', i, 'pattern'], 'a breath pattern { inhale, exhale }', pt);
      if (!(Number.isInteger(st.cycles) && (st.cycles as number) >= 0)) return bad(['steps', i, 'cycles'], 'a whole number of breaths', st.cycles);
    }
  }
  return undefined;
}

/** An `unreadable_input` issue for a value that threw when read. */
function unreadable(where: 'script' | 'options', path: readonly (string | number)[], reason: string): PersonalizeIssue {
  const full = (where === 'script' ? ['script', ...path] : [...path]).slice(0, 8);
  const shown = full.length === 0 ? where : full.map(String).join('.');
  return {
    code: 'unreadable_input',
    path: full.map((p) => (typeof p === 'string' ? p.slice(0, 24) : p)),
    received: 'a value that could not be read',
    expected: 'plain data (no throwing getters or Proxies)',
    message: `${where === 'script' ? 'Script' : 'Options'} at ${_preview(shown)}: could not be read (${reason}).`,
  };
}

function build(rawScript: ExerciseScript, rawOptions: unknown): SafeResult<PersonalizedScript, PersonalizeIssue> {
  // Read both arguments once, as plain data: a getter or a Proxy can neither throw out of here
  // nor change its answer between two reads.
  const readScript = _readPlain(rawScript);
  if (!readScript.ok) return { ok: false, issues: Object.freeze([unreadable('script', readScript.at.path, readScript.at.reason)]) };
  const readOptions = _readPlain(rawOptions);
  if (!readOptions.ok) return { ok: false, issues: Object.freeze([unreadable('options', readOptions.at.path, readOptions.at.reason)]) };
  const bad = scriptIssue(readScript.value);
  if (bad !== undefined) return { ok: false, issues: Object.freeze([bad]) };
  const script = readScript.value as ExerciseScript;
  const options = readOptions.value;
  const issues: PersonalizeIssue[] = [];
  const resolved = resolveOptions(options, issues);
  if (issues.length > 0) return { ok: false, issues: Object.freeze(issues) };
  const { values, variant, pack } = resolved;
  const missing: string[] = [];
  const nw = pack === null ? ENGLISH_NEUTRAL : neutralOf(pack, missing);
  // A string of the script in the chosen language: the English of the definition, or the pack's
  // string of the same stable id (`exercise.<script id>.<path>`).
  const local = (english: string, path: readonly (string | number)[]) =>
    pack === null ? english : _word(pack, textId('exercise', script.id, path.join('.')), english, missing);
  const fill = (text: string, path: readonly (string | number)[]) => fillText(local(text, path), values, path, issues, nw);
  const note = (text: string, path: readonly (string | number)[]) => fillText(text, values, path, issues, nw);
  const steps: PersonalizedStep[] = [];
  const selected = selectVariant(script, variant);
  for (const step of selected) {
    const index = script.steps.indexOf(step);
    const path = ['steps', index, 'text'];
    switch (step.kind) {
      case 'say':
        steps.push({ kind: 'say', text: fill(step.text, path) });
        break;
      case 'pause':
        steps.push({ kind: 'pause', seconds: step.seconds });
        break;
      case 'breathe': {
        const pattern = { ...step.pattern };
        steps.push(
          step.text === undefined
            ? { kind: 'breathe', pattern, cycles: step.cycles }
            : { kind: 'breathe', pattern, cycles: step.cycles, text: fill(step.text, path) },
        );
        break;
      }
      case 'prompt':
        steps.push({ kind: 'prompt', mode: step.mode, text: fill(step.text, path), seconds: step.seconds });
        break;
      case 'check-in':
        steps.push({ kind: 'check-in', text: fill(step.text, path) });
        break;
      case 'grounding-exit':
        steps.push({ kind: 'grounding-exit', text: fill(step.text, path), seconds: step.seconds });
        break;
    }
  }
  const value: PersonalizedScript = {
    id: script.id,
    version: script.version,
    locale: _tagOf(pack),
    title: fill(script.title, ['title']),
    summary: fill(script.summary, ['summary']),
    technique: script.technique,
    protocol: script.protocol,
    delivery: script.delivery,
    focus: [...script.focus],
    variant,
    durationSeconds: script.durationSeconds[variant],
    safetyNote: `${fill(script.safetyNote, ['safetyNote'])} ${_safetyWord(pack, 'safety.reach-out', missing)} ${resolved.help.text}`,
    // A copy of plain data: the app's contacts are deep-frozen with the rest, never shared.
    crisisHelp: JSON.parse(JSON.stringify(resolved.help)) as CrisisHelp,
    startCeiling: script.startCeiling ?? null,
    steps,
    contraindications: script.contraindications.map((q, i) => ({
      contraindication: q.contraindication,
      question: fill(q.question, ['contraindications', i, 'question']),
    })),
    // For the clinician: always in English, the language of the definitions.
    therapistNotes: (script.therapistNotes ?? []).map((text, i) => note(text, ['therapistNotes', i])),
    citations: script.citations.map((c) => ({ ...c })),
    personalized: {
      name: values.name !== undefined,
      caregiver: values.caregiver !== undefined,
      safePlace: values.safePlace !== undefined,
      pronouns: resolved.pronounsKind,
    },
  };
  if (pack !== null && missing.length > 0) issues.push(missingIssue(pack, missing, ['locale']));
  if (issues.length > 0) return { ok: false, issues: Object.freeze(issues) };
  return { ok: true, value: _deepFreeze(value) };
}

/**
 * Makes a script ready for one person: picks the variant's steps and fills every placeholder
 * (`{name}`, `{caregiver}`, `{safePlace}`, `{they}` … `{themself}`) in the title, summary, safety
 * note, steps, screening questions and therapist notes. A slot without a value falls back to
 * neutral wording ("you", they/them, "a parent or someone who raised you"), so no placeholder ever reaches the output.
 *
 * The options are untrusted input: unknown keys, wrong types, empty, over-long
 * ({@link PERSONALIZE_LIMITS}) or markup-bearing strings are refused with a
 * {@link PersonalizeError} that names each field and problem. Use {@link safePersonalize} to get
 * the issues as a value instead.
 *
 * Caveat: fallback wording cannot fix grammar the script does not allow for; script authors use
 * `{name}` as a form of address ("…, {name}.") and write verbs after `{they}` that agree with
 * every pronoun set (e.g. "{they} might feel", "{they} felt").
 *
 * @throws PersonalizeError when an option is invalid or a script text holds an unknown placeholder.
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing, { variant: 'brief', name: 'Sam' });
 * p.steps.at(-1); // => { kind: 'say', text: 'Thank you for taking this time, Sam. You can come back to this breath whenever you need it.' }
 * // Without a name, the neutral wording drops the form of address:
 * personalize(regulatePacedBreathing).steps.at(-1); // => { kind: 'say', text: 'Thank you for taking this time. You can come back to this breath whenever you need it.' }
 * ```
 * @category Exercises
 */
export function personalize(script: ExerciseScript, options?: PersonalizeOptions): PersonalizedScript {
  const result = build(script, options);
  if (!result.ok) {
    let id = 'the script';
    try {
      if (typeof script?.id === 'string') id = script.id.slice(0, 80);
    } catch {
      // An unreadable script: the issues already say so.
    }
    throw new PersonalizeError(id, result.issues);
  }
  return result.value;
}

/**
 * Like {@link personalize}, but returns `{ ok: true, value }` or `{ ok: false, issues }` instead of
 * throwing. Accepts options of unknown type (e.g. straight from a form or a request body).
 *
 * @example
 * ```ts
 * const r = safePersonalize(regulatePacedBreathing, { name: 'Sam', colour: 'blue' });
 * r.ok; // => false
 * if (!r.ok) r.issues[0]?.code; // => 'unknown_option'
 * if (!r.ok) r.issues[0]?.path; // => ['colour']
 * ```
 * @category Exercises
 */
export function safePersonalize(script: ExerciseScript, options?: unknown): SafeResult<PersonalizedScript, PersonalizeIssue> {
  return build(script, options);
}
