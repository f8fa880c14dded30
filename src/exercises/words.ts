// The English of every client-facing word the exercise engine adds around a script's own text:
// renderer labels, units, breathing cues, neutral wording and pronouns. A locale pack translates
// each id; the English here is the source and is never looked up.
import { _assertComplete, _fill, type _Locale, _localeOrThrow, _tagOf, _word, LocaleError } from '../safety/locale.js';

const ENGLISH = {
  'exercise-ui.variant.standard': 'Standard version',
  'exercise-ui.variant.trauma-sensitive': 'Gentler version',
  'exercise-ui.variant.brief': 'Short version',
  'exercise-ui.seconds.one': '{count} second',
  'exercise-ui.seconds.other': '{count} seconds',
  'exercise-ui.minutes.one': '{count} minute',
  'exercise-ui.minutes.other': '{count} minutes',
  'exercise-ui.times.one': '{count} time',
  'exercise-ui.times.other': '{count} times',
  'exercise-ui.about': 'about {duration}',
  'exercise-ui.pause': 'Pause for {duration}.',
  'exercise-ui.breath.in': 'Breathe in for {duration}',
  'exercise-ui.breath.hold': 'hold for {count}',
  'exercise-ui.breath.out': 'breathe out for {count}',
  'exercise-ui.breath.repeat': 'Do this {times} ({duration}).',
  'exercise-ui.list.and-two': '{first} and {last}',
  'exercise-ui.list.and': '{first}, and {last}',
  'exercise-ui.label.journal': 'Write about this ({duration})',
  'exercise-ui.label.reflect': 'Think about this ({duration})',
  'exercise-ui.label.check-in': 'Check in',
  'exercise-ui.label.grounding-exit': 'If you need to stop',
  'exercise-ui.check-in-scale': '0  1  2  3  4  5  6  7  8  9  10   (0 = calm, 10 = the most upset)',
  'exercise-ui.stop': 'You can stop at any time.',
  'exercise-ui.stop-grounding':
    'You can stop at any time. If it starts to feel like too much, go to step {step}. It helps you calm down and come back to the here and now.',
  'exercise-ui.before-you-begin': 'Before you begin',
  'exercise-ui.steps': 'Steps',
  'exercise-ui.your-notes': 'Your notes',
  'exercise-ui.notes-prompt': 'What did you notice? Anything you want to remember or talk about?',
  'exercise-ui.cue.inhale': 'Breathe in.',
  'exercise-ui.cue.hold': 'Hold.',
  'exercise-ui.cue.exhale': 'Breathe out.',
  'exercise-ui.cue.holdAfter': 'Hold.',
  'exercise-ui.neutral.caregiver': 'a parent or someone who raised you',
  'exercise-ui.neutral.safePlace': 'a place where you feel calm and safe',
  'exercise-ui.neutral.name': 'you',
  'exercise-ui.neutral.name-start': 'You',
  'exercise-ui.neutral.name-possessive': 'your',
  'exercise-ui.neutral.name-possessive-start': 'Your',
  'exercise-ui.neutral.greetings': 'Hi|Hello|Hey|Welcome|Welcome back|Thank you|Thanks|Well done|Good job|Good morning|Good evening',
  'exercise-ui.neutral.dear': 'Dear',
  'exercise-ui.neutral.dear-friend': 'Dear friend',
  'exercise-ui.pronouns.they.they': 'they',
  'exercise-ui.pronouns.they.them': 'them',
  'exercise-ui.pronouns.they.their': 'their',
  'exercise-ui.pronouns.they.theirs': 'theirs',
  'exercise-ui.pronouns.they.themself': 'themself',
  'exercise-ui.pronouns.she.they': 'she',
  'exercise-ui.pronouns.she.them': 'her',
  'exercise-ui.pronouns.she.their': 'her',
  'exercise-ui.pronouns.she.theirs': 'hers',
  'exercise-ui.pronouns.she.themself': 'herself',
  'exercise-ui.pronouns.he.they': 'he',
  'exercise-ui.pronouns.he.them': 'him',
  'exercise-ui.pronouns.he.their': 'his',
  'exercise-ui.pronouns.he.theirs': 'his',
  'exercise-ui.pronouns.he.themself': 'himself',
  'exercise-ui.speech.lang': 'en-US',
  'exercise-ui.speech.words-per-second': '2.5',
} as const;

/** One id of {@link EXERCISE_TEXT} (`'exercise-ui.steps'`, …). @category Exercises */
export type ExerciseTextId = string;

/** The ids of the engine's words, as literals, for the code. @internal */
export type _ExerciseTextId = keyof typeof ENGLISH;

/**
 * The English of every word the exercise engine adds around a script's own text, by stable id
 * (`exercise-ui.*`): variant labels, units, step labels, breathing cues, the words used when a
 * slot has no value, the built-in pronoun sets, and the speech settings of the language
 * (`exercise-ui.speech.lang`, the `xml:lang` of SSML, and `exercise-ui.speech.words-per-second`,
 * the speaking rate the timeline assumes). `{count}`-style holes are filled by the code and must
 * appear in every translation. `exercise-ui.neutral.greetings` is a `|`-separated list of words
 * that greet a person by name ("Hello {name}."), dropped with the name when none is given.
 *
 * @example
 * ```ts
 * EXERCISE_TEXT['exercise-ui.label.check-in']; // => 'Check in'
 * ```
 * @category Exercises
 */
export const EXERCISE_TEXT: Readonly<Record<ExerciseTextId, string>> = ENGLISH;

/** The words of one locale for a renderer: a lookup that records missing ids. @internal */
export interface _Words {
  /** The read locale (`null` for English). */
  readonly pack: _Locale;
  /** The BCP 47 tag (`'en'`, `'es'`). */
  readonly tag: string;
  /** A word by id, with its holes filled. */
  readonly t: (id: _ExerciseTextId, values?: Readonly<Record<string, string | number>>) => string;
  /** Ids the pack lacks, so far. */
  readonly missing: string[];
}

/** A lookup of {@link EXERCISE_TEXT} in a read locale. @internal */
export function _wordsOf(pack: _Locale): _Words {
  const missing: string[] = [];
  return { pack, tag: _tagOf(pack), missing, t: (id, values = {}) => _fill(_word(pack, id, ENGLISH[id], missing), values) };
}

/** The speaking rate of a locale, in words per second (from `exercise-ui.speech.words-per-second`). @internal */
export function _wordsPerSecond(words: _Words): number {
  const n = Number(words.t('exercise-ui.speech.words-per-second'));
  if (!(Number.isFinite(n) && n > 0))
    throw new LocaleError('missing_strings', words.tag, `the ${words.tag} pack's exercise-ui.speech.words-per-second must be a positive number.`, [
      'exercise-ui.speech.words-per-second',
    ]);
  return n;
}

/**
 * The words for a renderer of a personalised script: reads the `locale` option and checks that it
 * is the language the script was personalised in (a Spanish script needs `{ locale: es }`).
 * @internal
 */
export function _rendererWords(script: { readonly locale?: unknown }, option: unknown, fn: string): _Words {
  const pack = _localeOrThrow(option, fn);
  const want = typeof script.locale === 'string' ? script.locale : 'en';
  const tag = _tagOf(pack);
  if (want !== tag) {
    throw new LocaleError(
      'unknown_locale',
      tag,
      want === 'en'
        ? `${fn}: the script was personalised in English; leave the locale option out or pass 'en' (received the ${tag} pack).`
        : `${fn}: the script was personalised in ${want}; pass the same pack: import { ${want.replace(/-/gu, '')} } from 'securebase/locales/${want}', then { locale: ${want.replace(/-/gu, '')} }.`,
    );
  }
  const words = _wordsOf(pack);
  if (pack !== null) {
    for (const id of Object.keys(ENGLISH) as _ExerciseTextId[]) words.t(id);
    _assertComplete(pack, words.missing, fn);
  }
  return words;
}
