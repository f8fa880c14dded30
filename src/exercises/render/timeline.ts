import { _assertPersonalized, _ms, _wordCount } from '../_internal/text.js';
import type { PersonalizedScript, PersonalizedStep } from '../personalize.js';
import type { BreathPattern, ScriptVariant } from '../types.js';
import { _rendererWords, type _Words, _wordsPerSecond } from '../words.js';
import type { RenderLocaleOptions } from './text.js';

/**
 * The timing rule shared by the timeline and the SSML renderer.
 *
 * - Speaking time is words ÷ 2.5 s (150 words per minute, a calm reading pace).
 * - `say` and `check-in`: speaking time + 1 s of silence after it.
 * - `pause`: its seconds. `prompt`: speaking time + its seconds of silence.
 * - `breathe`: speaking time of its text + cycles × (inhale + hold + exhale + holdAfter); the short
 *   spoken cues ("Breathe in." …) are inside the pattern's seconds.
 * - `grounding-exit`: its seconds (its words are spoken inside them).
 * - The safety note is spoken first, timed like a `say` step.
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const TIMING = {
  /** The speaking rate: 2.5 words per second (150 words per minute). */
  wordsPerSecond: 2.5,
  /** Silence after a `say` or `check-in` step, and after the safety note. */
  gapAfterSpeechSeconds: 1,
  /** The short spoken cue for each phase of a breath. */
  cues: {
    /** Said at the start of breathing in. */
    inhale: 'Breathe in.',
    /** Said at the start of a hold. */
    hold: 'Hold.',
    /** Said at the start of breathing out. */
    exhale: 'Breathe out.',
    /** Said at the start of the hold after breathing out. */
    holdAfter: 'Hold.',
  },
  /** The stated duration of a script must match the timeline within this fraction. */
  durationTolerance: 0.1,
} as const;

const _speechSecondsAt = (text: string, wps: number) => _wordCount(text) / wps;

/** @internal Speaking time of a text by the timing rule, at `wordsPerSecond` (English: {@link TIMING}). */
export function _speechSeconds(text: string, wordsPerSecond: number = TIMING.wordsPerSecond): number {
  return _wordCount(text) / wordsPerSecond;
}

/** The speaking rate and the breathing cues of one language. @internal */
export interface _Speech {
  /** Words per second. */
  readonly wordsPerSecond: number;
  /** The spoken cue for each phase of a breath. */
  readonly cues: { readonly [K in keyof typeof TIMING.cues]: string };
}

/** English speech: {@link TIMING}. @internal */
export const _ENGLISH_SPEECH: _Speech = { wordsPerSecond: TIMING.wordsPerSecond, cues: TIMING.cues };

/** The speech of a locale from its words. @internal */
export function _speechOf(w: _Words): _Speech {
  if (w.pack === null) return _ENGLISH_SPEECH;
  return {
    wordsPerSecond: _wordsPerSecond(w),
    cues: {
      inhale: w.t('exercise-ui.cue.inhale'),
      hold: w.t('exercise-ui.cue.hold'),
      exhale: w.t('exercise-ui.cue.exhale'),
      holdAfter: w.t('exercise-ui.cue.holdAfter'),
    },
  };
}

/** The four phases of a breath pattern, in order, with their seconds (zero-length phases dropped). @internal */
export function _phases(pattern: BreathPattern): readonly { readonly phase: keyof typeof TIMING.cues; readonly seconds: number }[] {
  const all = [
    { phase: 'inhale', seconds: pattern.inhale },
    { phase: 'hold', seconds: pattern.hold ?? 0 },
    { phase: 'exhale', seconds: pattern.exhale },
    { phase: 'holdAfter', seconds: pattern.holdAfter ?? 0 },
  ] as const;
  return all.filter((p) => p.seconds > 0);
}

/** Speech and silence of one step by the timing rule. @internal */
export function _stepTiming(step: PersonalizedStep, sp: _Speech = _ENGLISH_SPEECH): { readonly speech: number; readonly silence: number } {
  const _speechSeconds = (text: string) => _speechSecondsAt(text, sp.wordsPerSecond);
  switch (step.kind) {
    case 'say':
    case 'check-in':
      return { speech: _speechSeconds(step.text), silence: TIMING.gapAfterSpeechSeconds };
    case 'pause':
      return { speech: 0, silence: step.seconds };
    case 'prompt':
      return { speech: _speechSeconds(step.text), silence: step.seconds };
    case 'grounding-exit': {
      const speech = Math.min(step.seconds, _speechSeconds(step.text));
      return { speech, silence: step.seconds - speech };
    }
    case 'breathe': {
      let speech = step.text === undefined ? 0 : _speechSeconds(step.text);
      let silence = 0;
      for (let c = 0; c < step.cycles; c++) {
        for (const { phase, seconds } of _phases(step.pattern)) {
          const cue = Math.min(seconds, _speechSeconds(sp.cues[phase]));
          speech += cue;
          silence += seconds - cue;
        }
      }
      return { speech, silence };
    }
  }
}

/**
 * One span of a {@link Timeline}: where it starts and ends (seconds from the start of the audio)
 * and how much of it is speech and how much silence.
 *
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * renderTimeline(p).intro; // => { start: 0, end: 26.2, seconds: 26.2, speechSeconds: 25.2, silenceSeconds: 1 }
 * ```
 * @category Exercises
 */
export interface TimelineSpan {
  /** Seconds from the start of the audio. */
  readonly start: number;
  /** Seconds from the start of the audio. */
  readonly end: number;
  /** Its length: `end − start`. */
  readonly seconds: number;
  /** The estimated speaking time in it. */
  readonly speechSeconds: number;
  /** The silence in it (explicit breaks in the SSML). */
  readonly silenceSeconds: number;
}

/**
 * The span of one step, with its index in the personalised steps and its kind.
 *
 * @example
 * ```ts
 * const p = personalize(regulatePacedBreathing);
 * renderTimeline(p).steps.slice(0, 3).map((s) => `${s.kind} at ${s.start} s`); // => ['say at 26.2 s', 'say at 36.4 s', 'check-in at 48.6 s']
 * ```
 * @category Exercises
 */
export interface TimelineStep extends TimelineSpan {
  /** The step's index in the personalised steps. */
  readonly index: number;
  /** The step's kind. */
  readonly kind: PersonalizedStep['kind'];
}

/**
 * The timing of a personalised script: the spoken safety note first (`intro`), then each step.
 *
 * `exerciseSeconds` (the steps only) is what the script's stated duration describes;
 * `totalSeconds` adds the spoken safety note. `deviation` is
 * (exerciseSeconds − statedSeconds) ÷ statedSeconds.
 *
 * @example
 * ```ts
 * const t: Timeline = renderTimeline(personalize(regulatePacedBreathing));
 * [t.exerciseSeconds, t.statedSeconds]; // => [242, 240]
 * t.totalSeconds; // => 268.2
 * ```
 * @category Exercises
 */
export interface Timeline {
  /** The script id. */
  readonly scriptId: string;
  /** The script's content version. */
  readonly version: string;
  /** The variant timed. */
  readonly variant: ScriptVariant;
  /** The spoken safety note, first. */
  readonly intro: TimelineSpan;
  /** Each step, in order. */
  readonly steps: readonly TimelineStep[];
  /** The steps only: what the stated duration describes. */
  readonly exerciseSeconds: number;
  /** The whole audio: the safety note and the steps. */
  readonly totalSeconds: number;
  /** The estimated speaking time in the whole audio. */
  readonly speechSeconds: number;
  /** The silence in the whole audio. */
  readonly silenceSeconds: number;
  /** The script's stated duration for this variant. */
  readonly statedSeconds: number;
  /** `(exerciseSeconds − statedSeconds) ÷ statedSeconds`; within ±0.1 for every script. */
  readonly deviation: number;
}

/**
 * Computes when each step starts and ends: speech at 150 words per minute, 1 s of silence after
 * each spoken step and the safety note, and each pause, prompt, breath cycle and grounding exit for
 * its stated seconds. The timeline matches
 * what {@link renderSsml} produces: every silence in it is an explicit `<break>` in the SSML.
 * Real engines speak faster or slower than 150 words per minute, so treat speech times as
 * estimates and silences as exact.
 *
 * @example
 * ```ts
 * const t = renderTimeline(personalize(regulatePacedBreathing, { variant: 'brief' }));
 * t.intro.end; // => 26.2
 * t.steps[0]; // => { index: 0, kind: 'say', start: 26.2, end: 36.4, seconds: 10.2, speechSeconds: 9.2, silenceSeconds: 1 }
 * Math.abs(t.deviation) <= 0.1; // => true
 * ```
 * @category Exercises
 */
export function renderTimeline(script: PersonalizedScript, options: RenderLocaleOptions = {}): Timeline {
  _assertPersonalized(script, 'renderTimeline');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError('renderTimeline: options must be an object such as { locale: es }.');
  const sp = _speechOf(_rendererWords(script, options.locale, 'renderTimeline'));
  const introSpeech = _ms(_speechSeconds(script.safetyNote, sp.wordsPerSecond));
  const introSilence: number = TIMING.gapAfterSpeechSeconds;
  const intro: TimelineSpan = {
    start: 0,
    end: _ms(introSpeech + introSilence),
    seconds: _ms(introSpeech + introSilence),
    speechSeconds: introSpeech,
    silenceSeconds: introSilence,
  };
  let at = intro.end;
  let speech = introSpeech;
  let silence: number = introSilence;
  const steps: TimelineStep[] = script.steps.map((step, index) => {
    const t = _stepTiming(step, sp);
    const s = _ms(t.speech);
    const q = _ms(t.silence);
    const start = at;
    at = _ms(at + s + q);
    speech = _ms(speech + s);
    silence = _ms(silence + q);
    return { index, kind: step.kind, start, end: at, seconds: _ms(s + q), speechSeconds: s, silenceSeconds: q };
  });
  const exerciseSeconds = _ms(at - intro.end);
  return Object.freeze({
    scriptId: script.id,
    version: script.version,
    variant: script.variant,
    intro: Object.freeze(intro),
    steps: Object.freeze(steps.map((s) => Object.freeze(s))),
    exerciseSeconds,
    totalSeconds: at,
    speechSeconds: speech,
    silenceSeconds: silence,
    statedSeconds: script.durationSeconds,
    deviation: script.durationSeconds > 0 ? (exerciseSeconds - script.durationSeconds) / script.durationSeconds : Number.POSITIVE_INFINITY,
  });
}
