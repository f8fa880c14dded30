import type { LocaleOption } from '../../safety/locale.js';
import { _assertPersonalized } from '../_internal/text.js';
import type { PersonalizedScript } from '../personalize.js';
import { _rendererWords } from '../words.js';
import { _phases, _speechOf, _speechSeconds, TIMING } from './timeline.js';

/**
 * The text-to-speech engines {@link renderSsml} has a profile for.
 *
 * @example
 * ```ts
 * SSML_ENGINES; // => ['generic', 'polly-neural', 'google', 'azure']
 * const p = personalize(regulatePacedBreathing);
 * SSML_ENGINES.every((engine) => renderSsml(p, { engine }).endsWith('</speak>\n')); // => true
 * ```
 * @category Exercises
 */
export const SSML_ENGINES = ['generic', 'polly-neural', 'google', 'azure'] as const;

/** One of {@link SSML_ENGINES}. @category Exercises */
export type SsmlEngine = (typeof SSML_ENGINES)[number];

/**
 * What one engine accepts, as data. The renderer reads only these fields; it never branches on
 * the engine name.
 *
 * @example
 * ```ts
 * const { maxBreakMs, emphasis } = SSML_ENGINE_PROFILES.azure;
 * [maxBreakMs, emphasis]; // => [5000, true]
 * ```
 * @category Exercises
 */
export interface SsmlEngineProfile {
  /** The engine this profile is for. */
  readonly engine: SsmlEngine;
  /** The engine's name, for people. */
  readonly label: string;
  /** Attributes of the root `<speak>` element; `xml:lang` is added when `lang` is true. */
  readonly speak: {
    /** The `version` attribute, if the engine wants one. */
    readonly version?: string;
    /** The `xmlns` attribute, if the engine wants one. */
    readonly xmlns?: string;
    /** Whether to write `xml:lang`. */
    readonly lang: boolean;
  };
  /** Longest single `<break time>`, in milliseconds; longer silences are chained breaks. */
  readonly maxBreakMs: number;
  /** Whether `<emphasis>` may be used. */
  readonly emphasis: boolean;
  /** The empty element that marks a position (step starts, and between chained breaks). */
  readonly mark: {
    /** The element name: SSML's `mark`, or Azure's `bookmark`. */
    readonly element: 'mark' | 'bookmark';
    /** The attribute that holds the mark's name. */
    readonly attribute: 'name' | 'mark';
  };
  /** Whether the content must sit inside a `<voice name>` element, and the default voice. */
  readonly voice: {
    /** Whether a `<voice name>` element is required. */
    readonly required: boolean;
    /** The voice used when none is given, or `null`. */
    readonly defaultName: string | null;
  };
  /**
   * Allowed `ratePercent` range, and how `<prosody rate>` is written: `percent` is SSML 1.1's
   * multiplier ("90%" = 0.9 × normal); `multiplier` a bare number ("0.9"), for engines that read a
   * percentage as a relative change (Azure reads "30%" as +30 %).
   */
  readonly rate: {
    /** The lowest `ratePercent` accepted. */
    readonly min: number;
    /** The highest `ratePercent` accepted. */
    readonly max: number;
    /** How the rate is written in `<prosody rate>`. */
    readonly format: 'percent' | 'multiplier';
  };
  /**
   * Voice names per language (by primary language subtag, `'es'`), for apps to choose from; the
   * first is used when the engine needs a `<voice name>` and the script is in that language. For
   * engines that pick the voice in the API request rather than in SSML (Polly, Google), the names
   * are information only. English uses `voice.defaultName`.
   */
  readonly voices: { readonly [lang: string]: readonly string[] };
  /** Where the limits come from, and what is unverified. */
  readonly sources: readonly string[];
}

/**
 * The engine profiles. Limits and their sources:
 *
 * - `generic`: W3C SSML 1.1 (https://www.w3.org/TR/speech-synthesis11/) sets no longest break; we
 *   still chain breaks at 10 s so a generic file also passes the common cloud limits.
 * - `polly-neural`: Amazon Polly `<break time>` is at most 10 s / 10000 ms
 *   (docs.aws.amazon.com/polly/latest/dg/break-tag.html); `<emphasis>` is not available for neural
 *   voices (supportedtags.html).
 * - `google`: Google Cloud TTS supports a subset of SSML incl. `<break>` and `<mark>`; its docs read
 *   give no longest break, so we use the 10 s that ssml-check-core enforces (unverified with Google).
 * - `azure`: a Microsoft Q&A answer (2022) says break time should be under 5000 ms; newer docs may
 *   allow 20 s (unverified), so we chain at 5 s. Azure needs `<voice name>` and `version="1.0"`;
 *   positions use `<bookmark mark>`; a prosody rate is written as a multiplier ("0.9"), because
 *   Azure reads "90%" as a 90 % increase (Microsoft Q&A 2021); the 50–200 % range is unverified.
 *
 * Chained breaks are separated by a mark, because some engines merge adjacent breaks into one
 * (measured with espeak-ng 1.51: three adjacent 10 s breaks gave 10 s of silence; with a `<mark/>`
 * between them, 30 s). A user reported the same merging on Azure (4 × 5000 ms gave about 10.7 s);
 * whether a bookmark prevents it there is unverified.
 *
 * @example
 * ```ts
 * SSML_ENGINE_PROFILES['polly-neural'].maxBreakMs; // => 10000
 * ```
 * @category Exercises
 */
export const SSML_ENGINE_PROFILES = {
  generic: {
    engine: 'generic',
    label: 'W3C SSML 1.1',
    speak: { version: '1.1', xmlns: 'http://www.w3.org/2001/10/synthesis', lang: true },
    maxBreakMs: 10_000,
    emphasis: true,
    mark: { element: 'mark', attribute: 'name' },
    voice: { required: false, defaultName: null },
    rate: { min: 20, max: 200, format: 'percent' },
    voices: { es: ['es', 'es-419'] },
    sources: [
      'https://www.w3.org/TR/speech-synthesis11/ (no longest break; 10 s chosen for portability)',
      'espeak-ng 1.51 `espeak-ng --voices=es`: es (Spanish, Spain) and es-419 (Spanish, Latin America), the voices the tests speak with',
    ],
  },
  'polly-neural': {
    engine: 'polly-neural',
    label: 'Amazon Polly (neural voices)',
    speak: { lang: false },
    maxBreakMs: 10_000,
    emphasis: false,
    mark: { element: 'mark', attribute: 'name' },
    voice: { required: false, defaultName: null },
    rate: { min: 20, max: 200, format: 'percent' },
    voices: { es: ['Lucia', 'Sergio', 'Mia', 'Lupe', 'Pedro'] },
    sources: [
      'https://docs.aws.amazon.com/polly/latest/dg/break-tag.html',
      'https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html',
      'https://docs.aws.amazon.com/polly/latest/dg/available-voices.html (the voice is the VoiceId of the request, not SSML; Spanish names read from third-party copies of that list, unverified which have neural variants)',
    ],
  },
  google: {
    engine: 'google',
    label: 'Google Cloud Text-to-Speech',
    speak: { lang: false },
    maxBreakMs: 10_000,
    emphasis: true,
    mark: { element: 'mark', attribute: 'name' },
    voice: { required: false, defaultName: null },
    rate: { min: 20, max: 200, format: 'percent' },
    voices: { es: ['es-ES', 'es-US'] },
    sources: [
      'https://cloud.google.com/text-to-speech/docs/ssml',
      'ssml-check-core 0.3.9 (10 s break limit for google; unverified with Google)',
      'https://cloud.google.com/text-to-speech/docs/reference/rest/v1/VoiceSelectionParams (the request names languageCode, such as es-ES or es-US; with no voice name the service picks one for it)',
    ],
  },
  azure: {
    engine: 'azure',
    label: 'Azure AI Speech',
    speak: { version: '1.0', xmlns: 'http://www.w3.org/2001/10/synthesis', lang: true },
    maxBreakMs: 5_000,
    emphasis: true,
    mark: { element: 'bookmark', attribute: 'mark' },
    voice: { required: true, defaultName: 'en-US-JennyNeural' },
    rate: { min: 50, max: 200, format: 'multiplier' },
    voices: { es: ['es-ES-ElviraNeural', 'es-ES-AlvaroNeural', 'es-MX-DaliaNeural', 'es-MX-JorgeNeural'] },
    sources: [
      'https://learn.microsoft.com/azure/ai-services/speech-service/language-support (Spanish voice names read from third-party copies of that list; the app should check them against its region)',
      'https://learn.microsoft.com/azure/ai-services/speech-service/speech-synthesis-markup-structure',
      'https://learn.microsoft.com/en-us/answers/questions/776481/text-to-speech-imprecise-break-times (break under 5000 ms)',
      'https://learn.microsoft.com/en-us/answers/questions/466776/ssml-prosody-tag (rate="30%" is read as +30 %, so rates are written as multipliers)',
    ],
  },
} as const satisfies {
  readonly [E in SsmlEngine]: SsmlEngineProfile & {
    /** The key of the profile. */
    readonly engine: E;
  };
};

/**
 * Options for {@link renderSsml}. There is no option to leave out the safety note: it is always
 * spoken first.
 *
 * - `engine`: which profile (default `'generic'`).
 * - `lang`: BCP 47 language tag for `xml:lang` (default `'en-US'`).
 * - `voice`: voice name for engines that need one (Azure default `en-US-JennyNeural`).
 * - `ratePercent`: speaking rate as a percentage of normal (a `<prosody rate>` inside each `<p>` and
 *   `<s>`, as SSML does not allow `<p>` inside `<prosody>`), within the engine's range; leave it out
 *   for the engine's normal rate. Note the timeline assumes 150 words per minute.
 *
 * Every rendering puts a mark at the safety note (`safety-note`) and at the start of each step
 * (`step-0`, `step-1`, …) so an app can follow along, and between chained breaks.
 *
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * const ssml = renderSsml(p, { engine: 'azure', voice: 'en-GB-SoniaNeural', lang: 'en-GB', ratePercent: 90 });
 * ssml.split('\n')[1]; // => '<voice name="en-GB-SoniaNeural">'
 * ssml.includes('<prosody rate="0.9">'); // => true
 * ```
 * @category Exercises
 */
export interface SsmlOptions {
  /** Which engine profile; default `'generic'`. */
  readonly engine?: SsmlEngine | undefined;
  /** A BCP 47 language tag for `xml:lang`; default `'en-US'`. */
  readonly lang?: string | undefined;
  /** A voice name, for engines that need one (Azure's default is `en-US-JennyNeural`). */
  readonly voice?: string | undefined;
  /** The speaking rate as a percentage of normal, within the engine's range; left out, the engine's normal rate. */
  readonly ratePercent?: number | undefined;
  /** The language the script was personalised in: `'en'` (default) or its locale pack (such as `es`). */
  readonly locale?: LocaleOption | undefined;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Escapes text for an XML text node or attribute value, dropping characters XML cannot hold. @internal */
export function _xmlEscape(text: string): string {
  return text.replace(XML_INVALID, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Splits a silence into break lengths (ms) no longer than `max`. @internal */
export function _chain(ms: number, max: number): readonly number[] {
  const total = Math.round(ms);
  if (total <= 0) return [];
  const out: number[] = [];
  let left = total;
  while (left > max) {
    out.push(max);
    left -= max;
  }
  out.push(left);
  return out;
}

const time = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/**
 * Renders a personalised script as SSML for one text-to-speech engine: the safety note first, then
 * each step, with every silence of the {@link renderTimeline | timeline} as explicit `<break>`
 * elements (chained where the engine caps break length, with a mark between links). All text is
 * XML-escaped; the output is a well-formed document with a single `<speak>` root.
 *
 * @throws RangeError when an option is invalid (unknown engine, malformed `lang` or `voice`,
 * `ratePercent` outside the engine's range).
 * @example
 * ```ts
 * const ssml = renderSsml(personalize(regulatePacedBreathing), { engine: 'polly-neural' });
 * ssml.startsWith('<speak>'); // => true
 * ssml.includes('<emphasis'); // => false
 * ssml.includes('<mark name="step-0"/>'); // => true
 * ```
 * @category Exercises
 */
export function renderSsml(script: PersonalizedScript, options: SsmlOptions = {}): string {
  _assertPersonalized(script, 'renderSsml');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError("renderSsml: options must be an object such as { engine: 'azure' }.");
  const engine = options.engine ?? 'generic';
  if (!(SSML_ENGINES as readonly unknown[]).includes(engine)) {
    throw new RangeError(`renderSsml: unknown engine ${JSON.stringify(String(engine)).slice(0, 40)}; expected one of ${SSML_ENGINES.join(', ')}.`);
  }
  const profile: SsmlEngineProfile = SSML_ENGINE_PROFILES[engine];
  const w = _rendererWords(script, options.locale, 'renderSsml');
  const sp = _speechOf(w);
  const lang = options.lang ?? w.t('exercise-ui.speech.lang');
  if (typeof lang !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(lang)) {
    throw new RangeError('renderSsml: lang must be a BCP 47 language tag such as "en-US".');
  }
  const voice = options.voice ?? (w.pack === null ? profile.voice.defaultName : (profile.voices[w.tag]?.[0] ?? profile.voice.defaultName));
  if (voice !== null && (typeof voice !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/u.test(voice))) {
    throw new RangeError('renderSsml: voice must be a voice name of letters, digits and - _ . : (at most 100 characters).');
  }
  const rate = options.ratePercent;
  if (rate !== undefined && (typeof rate !== 'number' || !Number.isFinite(rate) || rate < profile.rate.min || rate > profile.rate.max)) {
    throw new RangeError(`renderSsml: ratePercent must be a number from ${profile.rate.min} to ${profile.rate.max} for ${profile.label}.`);
  }

  const markEl = (name: string) => `<${profile.mark.element} ${profile.mark.attribute}="${name}"/>`;
  const parts: string[] = [];
  const silence = (seconds: number, id: string) => {
    const links = _chain(seconds * 1000, profile.maxBreakMs);
    links.forEach((ms, k) => {
      if (k > 0) parts.push(markEl(`${id}-${k}`));
      parts.push(`<break time="${time(ms)}"/>`);
    });
  };
  // SSML allows <prosody> inside <p>/<s> but not around them, so the rate wraps each text.
  const words = (text: string, emphasis = false) => {
    let body = _xmlEscape(text);
    if (emphasis && profile.emphasis) body = `<emphasis level="moderate">${body}</emphasis>`;
    if (rate === undefined) return body;
    const value = profile.rate.format === 'percent' ? `${Math.round(rate)}%` : String(Math.round(rate) / 100);
    return `<prosody rate="${value}">${body}</prosody>`;
  };
  const para = (text: string, emphasis = false) => parts.push(`<p>${words(text, emphasis)}</p>`);

  parts.push(markEl('safety-note'));
  para(script.safetyNote, true);
  silence(TIMING.gapAfterSpeechSeconds, 'safety-note-pause');
  script.steps.forEach((step, i) => {
    const id = `step-${i}`;
    // The mark also keeps one step's closing break from merging with the next step's break.
    parts.push(markEl(id));
    switch (step.kind) {
      case 'say':
      case 'check-in':
        para(step.text);
        silence(TIMING.gapAfterSpeechSeconds, `${id}-pause`);
        break;
      case 'pause':
        silence(step.seconds, `${id}-pause`);
        break;
      case 'prompt':
        para(step.text);
        silence(step.seconds, `${id}-pause`);
        break;
      case 'grounding-exit': {
        para(step.text);
        silence(Math.max(0, step.seconds - _speechSeconds(step.text, sp.wordsPerSecond)), `${id}-pause`);
        break;
      }
      case 'breathe': {
        if (step.text !== undefined) para(step.text);
        for (let c = 0; c < step.cycles; c++) {
          for (const { phase, seconds } of _phases(step.pattern)) {
            const cue = sp.cues[phase];
            parts.push(`<s>${words(cue)}</s>`);
            silence(Math.max(0, seconds - _speechSeconds(cue, sp.wordsPerSecond)), `${id}-${c}-${phase}`);
          }
        }
        break;
      }
    }
  });

  let body = parts.join('\n');
  if (voice !== null && profile.voice.required) body = `<voice name="${_xmlEscape(voice)}">\n${body}\n</voice>`;
  const attrs: string[] = [];
  if (profile.speak.version !== undefined) attrs.push(`version="${profile.speak.version}"`);
  if (profile.speak.xmlns !== undefined) attrs.push(`xmlns="${profile.speak.xmlns}"`);
  if (profile.speak.lang) attrs.push(`xml:lang="${lang}"`);
  return `<speak${attrs.length ? ` ${attrs.join(' ')}` : ''}>\n${body}\n</speak>\n`;
}
