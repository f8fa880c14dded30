import type { LocaleOption } from '../../safety/locale.js';
import { _assertPersonalized } from '../_internal/text.js';
import type { PersonalizedScript } from '../personalize.js';
import type { ScriptVariant } from '../types.js';
import { _rendererWords } from '../words.js';
import { _aboutDuration, _breathLine, _checkInScale, _pauseLine, _stepLabel, _stopLine, _variantLabel } from './_describe.js';

/**
 * Client-facing names of the variants, used by the text and Markdown renderers.
 *
 * @example
 * ```ts
 * VARIANT_LABELS['trauma-sensitive']; // => 'Gentler version'
 * ```
 * @category Exercises
 */
export const VARIANT_LABELS = {
  standard: 'Standard version',
  'trauma-sensitive': 'Gentler version',
  brief: 'Short version',
} as const satisfies { readonly [V in ScriptVariant]: string };

const indent = (text: string, pad: string) => text.replace(/\n/gu, `\n${pad}`);

/**
 * Options for {@link renderText}, {@link renderMarkdown}, {@link renderSsml} and {@link renderTimeline}:
 * `locale`, the language the script was personalised in (`'en'`, the default, or the same pack
 * passed to `personalize`, such as `es` from `securebase/locales/es`). A different language is
 * refused with a `LocaleError`, so a handout never mixes two languages.
 *
 * @example
 * ```ts
 * const options: RenderLocaleOptions = { locale: 'en' };
 * ```
 * @category Exercises
 */
export interface RenderLocaleOptions {
  /** The language the script was personalised in: `'en'` (default) or its locale pack. */
  readonly locale?: LocaleOption | undefined;
}

/**
 * Renders a personalised script as plain text (for a screen reader, an SMS-length summary or a
 * print-out without formatting): title, variant and duration, the safety note, then the numbered
 * steps. The safety note always comes first and cannot be left out.
 *
 * @example
 * ```ts
 * const text = renderText(personalize(regulatePacedBreathing, { name: 'Sam' }));
 * text.split('\n').slice(0, 4); // => ['Slow, gentle breathing', 'Standard version, about 4 minutes', '', 'BEFORE YOU BEGIN']
 * ```
 * @category Exercises
 */
export function renderText(script: PersonalizedScript, options: RenderLocaleOptions = {}): string {
  _assertPersonalized(script, 'renderText');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError('renderText: options must be an object such as { locale: es }.');
  const w = _rendererWords(script, options.locale, 'renderText');
  const lines: string[] = [];
  lines.push(script.title, `${_variantLabel(w, script)}, ${_aboutDuration(w, script.durationSeconds)}`, '');
  lines.push(w.t('exercise-ui.before-you-begin').toLocaleUpperCase(w.tag), script.safetyNote, _stopLine(w, script), '');
  lines.push(script.summary, '');
  script.steps.forEach((step, i) => {
    const n = `${i + 1}. `;
    const pad = ' '.repeat(n.length);
    const label = _stepLabel(w, step);
    switch (step.kind) {
      case 'pause':
        lines.push(`${n}(${_pauseLine(w, step.seconds)})`);
        break;
      case 'breathe':
        if (step.text !== undefined) lines.push(`${n}${indent(step.text, pad)}`, `${pad}${_breathLine(w, step.pattern, step.cycles)}`);
        else lines.push(`${n}${_breathLine(w, step.pattern, step.cycles)}`);
        break;
      default:
        lines.push(`${n}${label === null ? '' : `${label}: `}${indent(step.text, pad)}`);
        if (step.kind === 'check-in') lines.push(`${pad}${_checkInScale(w)}`);
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
