// Plain-language pieces shared by the text and Markdown renderers, in the script's language.
// Not part of the public API.
import type { PersonalizedScript, PersonalizedStep } from '../personalize.js';
import type { BreathPattern } from '../types.js';
import type { _Words } from '../words.js';

const count = (w: _Words, n: number, unit: 'seconds' | 'minutes' | 'times') =>
  w.t(n === 1 ? `exercise-ui.${unit}.one` : `exercise-ui.${unit}.other`, { count: n });

/** "about 5 minutes", "about 40 seconds". @internal */
export function _aboutDuration(w: _Words, seconds: number): string {
  const d = seconds < 60 ? count(w, Math.max(5, Math.round(seconds / 5) * 5), 'seconds') : count(w, Math.round(seconds / 60), 'minutes');
  return w.t('exercise-ui.about', { duration: d });
}

/** "Pause for 30 seconds." / "Pause for about 2 minutes." @internal */
export function _pauseLine(w: _Words, seconds: number): string {
  return w.t('exercise-ui.pause', { duration: seconds < 60 ? count(w, Math.round(seconds), 'seconds') : _aboutDuration(w, seconds) });
}

/** "Breathe in for 4 seconds, hold for 4, and breathe out for 6. Do this 5 times (about 1 minute)." @internal */
export function _breathLine(w: _Words, pattern: BreathPattern, cycles: number): string {
  const parts = [w.t('exercise-ui.breath.in', { duration: count(w, pattern.inhale, 'seconds') })];
  if ((pattern.hold ?? 0) > 0) parts.push(w.t('exercise-ui.breath.hold', { count: pattern.hold ?? 0 }));
  parts.push(w.t('exercise-ui.breath.out', { count: pattern.exhale }));
  if ((pattern.holdAfter ?? 0) > 0) parts.push(w.t('exercise-ui.breath.hold', { count: pattern.holdAfter ?? 0 }));
  const last = parts.pop() as string;
  const sentence =
    parts.length > 1 ? w.t('exercise-ui.list.and', { first: parts.join(', '), last }) : w.t('exercise-ui.list.and-two', { first: parts[0] ?? '', last });
  const cycle = pattern.inhale + (pattern.hold ?? 0) + pattern.exhale + (pattern.holdAfter ?? 0);
  return `${sentence}. ${w.t('exercise-ui.breath.repeat', { times: count(w, cycles, 'times'), duration: _aboutDuration(w, cycle * cycles) })}`;
}

/** The label a step is shown with in a handout, or null for plain words. @internal */
export function _stepLabel(w: _Words, step: PersonalizedStep): string | null {
  switch (step.kind) {
    case 'prompt':
      return w.t(step.mode === 'journal' ? 'exercise-ui.label.journal' : 'exercise-ui.label.reflect', { duration: _aboutDuration(w, step.seconds) });
    case 'check-in':
      return w.t('exercise-ui.label.check-in');
    case 'grounding-exit':
      return w.t('exercise-ui.label.grounding-exit');
    default:
      return null;
  }
}

/** The 0–10 line under a check-in. @internal */
export const _checkInScale = (w: _Words): string => w.t('exercise-ui.check-in-scale');

/** The line that tells the reader they may stop, pointing at the grounding step if there is one. @internal */
export function _stopLine(w: _Words, script: PersonalizedScript): string {
  const i = script.steps.findIndex((s) => s.kind === 'grounding-exit');
  return i < 0 ? w.t('exercise-ui.stop') : w.t('exercise-ui.stop-grounding', { step: i + 1 });
}

/** The label of the script's variant. @internal */
export const _variantLabel = (w: _Words, script: PersonalizedScript): string => w.t(`exercise-ui.variant.${script.variant}`);
