import type { LocaleOption } from '../../safety/locale.js';
import { _assertPersonalized } from '../_internal/text.js';
import type { PersonalizedScript } from '../personalize.js';
import { _rendererWords } from '../words.js';
import { _aboutDuration, _breathLine, _checkInScale, _pauseLine, _stepLabel, _stopLine, _variantLabel } from './_describe.js';

/**
 * Options for {@link renderMarkdown}. There is no option to leave out the safety note.
 *
 * - `headingLevel`: level of the title heading (default 1); sections are one level lower. Use 2 or 3
 *   to embed the handout in a larger document.
 * - `noteLines`: how many lines of writing space "Your notes" gets (default 6, 0 to 20).
 *
 * @example
 * ```ts
 * const md = renderMarkdown(personalize(regulatePacedBreathing), { headingLevel: 2, noteLines: 10 });
 * md.split('\n')[0]; // => '## Slow, gentle breathing'
 * ```
 * @category Exercises
 */
export interface MarkdownOptions {
  /** The level of the title heading (default 1); sections are one level lower. */
  readonly headingLevel?: 1 | 2 | 3 | 4 | undefined;
  /** Lines of writing space under "Your notes" (default 6, 0 to 20). */
  readonly noteLines?: number | undefined;
  /** The language the script was personalised in: `'en'` (default) or its locale pack (such as `es`). */
  readonly locale?: LocaleOption | undefined;
}

/** Escapes Markdown syntax in client text so it renders as the words written. @internal */
export function _mdEscape(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>|~]/gu, (c) => `\\${c}`)
        .replace(/&(?=#?\w+;)/gu, '&amp;')
        .replace(/^(\s*)([#+-])(?=\s|$)/u, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/u, '$1\\$2'),
    )
    .join('\n');
}

/** Markdown paragraphs of a text, each line of a paragraph prefixed by `prefix`. */
const block = (text: string, prefix: string) =>
  _mdEscape(text)
    .split(/\n\s*\n/u)
    .map((p) =>
      p
        .split('\n')
        .map((l) => `${prefix}${l}`.trimEnd())
        .join('\n'),
    )
    .join(`\n${prefix.trimEnd()}\n`);

/**
 * Renders a personalised script as a printable Markdown handout: title, variant and duration, the
 * safety note up front (always; it cannot be turned off), a one-line summary, the numbered steps
 * (breathing patterns, pauses, prompts and the 0–10 check-in scale spelled out), and a "Your notes"
 * journaling space.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(personalize(regulatePacedBreathing, { variant: 'trauma-sensitive' }));
 * md.split('\n').slice(0, 5); // => ['# Slow, gentle breathing', '', '**Gentler version** · about 3 minutes', '', '> **Before you begin**']
 * ```
 * @category Exercises
 */
export function renderMarkdown(script: PersonalizedScript, options: MarkdownOptions = {}): string {
  _assertPersonalized(script, 'renderMarkdown');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError('renderMarkdown: options must be an object such as { headingLevel: 2 }.');
  const level = options.headingLevel ?? 1;
  if (![1, 2, 3, 4].includes(level)) throw new RangeError('renderMarkdown: headingLevel must be 1, 2, 3 or 4.');
  const noteLines = options.noteLines ?? 6;
  if (!Number.isInteger(noteLines) || noteLines < 0 || noteLines > 20) throw new RangeError('renderMarkdown: noteLines must be a whole number from 0 to 20.');
  const w = _rendererWords(script, options.locale, 'renderMarkdown');
  const h = (n: number) => '#'.repeat(level + n);
  const out: string[] = [];
  out.push(`${h(0)} ${_mdEscape(script.title)}`, '');
  out.push(`**${_mdEscape(_variantLabel(w, script))}** · ${_mdEscape(_aboutDuration(w, script.durationSeconds))}`, '');
  out.push(`> **${_mdEscape(w.t('exercise-ui.before-you-begin'))}**`, '>', block(script.safetyNote, '> '), '>', `> ${_mdEscape(_stopLine(w, script))}`, '');
  out.push(block(script.summary, ''), '');
  out.push(`${h(1)} ${_mdEscape(w.t('exercise-ui.steps'))}`, '');
  script.steps.forEach((step, i) => {
    const n = `${i + 1}. `;
    const pad = ' '.repeat(n.length);
    const rawLabel = _stepLabel(w, step);
    const label = rawLabel === null ? null : _mdEscape(rawLabel);
    switch (step.kind) {
      case 'pause':
        out.push(`${n}*${_mdEscape(_pauseLine(w, step.seconds))}*`);
        break;
      case 'breathe':
        if (step.text !== undefined)
          out.push(`${n}${block(step.text, pad).trimStart()}`, '', `${pad}*${_mdEscape(_breathLine(w, step.pattern, step.cycles))}*`);
        else out.push(`${n}*${_mdEscape(_breathLine(w, step.pattern, step.cycles))}*`);
        break;
      default: {
        const text = block(step.text, pad).trimStart();
        out.push(`${n}${label === null ? '' : `**${label}:** `}${text}`);
        if (step.kind === 'check-in') out.push('', `${pad}\`${_checkInScale(w)}\``);
      }
    }
    out.push('');
  });
  if (noteLines > 0) {
    out.push(`${h(1)} ${_mdEscape(w.t('exercise-ui.your-notes'))}`, '', _mdEscape(w.t('exercise-ui.notes-prompt')), '');
    for (let k = 0; k < noteLines; k++) out.push('___', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
