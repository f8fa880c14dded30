// Plain-language pieces shared by the text and Markdown renderers. Not part of the public API.
import type { PersonalizedScript, PersonalizedStep } from '../personalize.js';
import type { BreathPattern } from '../types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "about 5 minutes", "about 40 seconds". @internal */
export function _aboutDuration(seconds: number): string {
  if (seconds < 60) return `about ${plural(Math.max(5, Math.round(seconds / 5) * 5), 'second', 'seconds')}`;
  return `about ${plural(Math.round(seconds / 60), 'minute', 'minutes')}`;
}

/** "Pause for 30 seconds." / "Pause for about 2 minutes." @internal */
export function _pauseLine(seconds: number): string {
  if (seconds < 60) return `Pause for ${plural(Math.round(seconds), 'second', 'seconds')}.`;
  return `Pause for ${_aboutDuration(seconds)}.`;
}

/** "Breathe in for 4 seconds, hold for 4, and breathe out for 6. Do this 5 times (about 1 minute)." @internal */
export function _breathLine(pattern: BreathPattern, cycles: number): string {
  const parts = [`Breathe in for ${plural(pattern.inhale, 'second', 'seconds')}`];
  if ((pattern.hold ?? 0) > 0) parts.push(`hold for ${pattern.hold}`);
  parts.push(`breathe out for ${pattern.exhale}`);
  if ((pattern.holdAfter ?? 0) > 0) parts.push(`hold for ${pattern.holdAfter}`);
  const last = parts.pop() as string;
  const sentence = parts.length > 1 ? `${parts.join(', ')}, and ${last}` : `${parts[0]} and ${last}`;
  const cycle = pattern.inhale + (pattern.hold ?? 0) + pattern.exhale + (pattern.holdAfter ?? 0);
  return `${sentence}. Do this ${plural(cycles, 'time', 'times')} (${_aboutDuration(cycle * cycles)}).`;
}

/** The label a step is shown with in a handout, or null for plain words. @internal */
export function _stepLabel(step: PersonalizedStep): string | null {
  switch (step.kind) {
    case 'prompt':
      return step.mode === 'journal' ? `Write about this (${_aboutDuration(step.seconds)})` : `Think about this (${_aboutDuration(step.seconds)})`;
    case 'check-in':
      return 'Check in';
    case 'grounding-exit':
      return 'If you need to stop';
    default:
      return null;
  }
}

/** The 0–10 line under a check-in. @internal */
export const _CHECK_IN_SCALE = '0  1  2  3  4  5  6  7  8  9  10   (0 = calm, 10 = the most upset)';

/** The line that tells the reader they may stop, pointing at the grounding step if there is one. @internal */
export function _stopLine(script: PersonalizedScript): string {
  const i = script.steps.findIndex((s) => s.kind === 'grounding-exit');
  return i < 0
    ? 'You can stop at any time.'
    : `You can stop at any time. If it starts to feel like too much, go to step ${i + 1}. It helps you calm down and come back to the here and now.`;
}
