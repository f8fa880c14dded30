import { _assertPersonalized } from '../_internal/text.js';
import type { PersonalizedScript } from '../personalize.js';
import type { ScriptVariant } from '../types.js';
import { _aboutDuration, _breathLine, _CHECK_IN_SCALE, _pauseLine, _stepLabel, _stopLine } from './_describe.js';

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
export function renderText(script: PersonalizedScript): string {
  _assertPersonalized(script, 'renderText');
  const lines: string[] = [];
  lines.push(script.title, `${VARIANT_LABELS[script.variant]}, ${_aboutDuration(script.durationSeconds)}`, '');
  lines.push('BEFORE YOU BEGIN', script.safetyNote, _stopLine(script), '');
  lines.push(script.summary, '');
  script.steps.forEach((step, i) => {
    const n = `${i + 1}. `;
    const pad = ' '.repeat(n.length);
    const label = _stepLabel(step);
    switch (step.kind) {
      case 'pause':
        lines.push(`${n}(${_pauseLine(step.seconds)})`);
        break;
      case 'breathe':
        if (step.text !== undefined) lines.push(`${n}${indent(step.text, pad)}`, `${pad}${_breathLine(step.pattern, step.cycles)}`);
        else lines.push(`${n}${_breathLine(step.pattern, step.cycles)}`);
        break;
      default:
        lines.push(`${n}${label === null ? '' : `${label}: `}${indent(step.text, pad)}`);
        if (step.kind === 'check-in') lines.push(`${pad}${_CHECK_IN_SCALE}`);
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
