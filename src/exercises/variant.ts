import { type ExerciseScript, SCRIPT_VARIANTS, type ScriptStep, type ScriptVariant } from './types.js';

/**
 * The steps of one variant of a script, in order: every step whose `variants` lists the variant,
 * plus every step without `variants` (a step without `variants` belongs to all three).
 *
 * The steps are returned as they are in the script (placeholders unfilled); use
 * {@link personalize} to get client-ready text.
 *
 * @throws TypeError when `script` is not an exercise script; RangeError when `variant` is not one of {@link SCRIPT_VARIANTS}.
 * @example
 * ```ts
 * const steps = selectVariant(regulatePacedBreathing, 'brief');
 * steps.length; // => 9
 * steps.every((s) => !s.variants || s.variants.includes('brief')); // => true
 * ```
 * @category Exercises
 */
export function selectVariant(script: ExerciseScript, variant: ScriptVariant): readonly ScriptStep[] {
  const s = script as { steps?: unknown } | null;
  if (s === null || typeof s !== 'object' || !Array.isArray(s.steps))
    throw new TypeError('selectVariant: script must be an exercise script (an object with steps).');
  if (!(SCRIPT_VARIANTS as readonly unknown[]).includes(variant)) {
    throw new RangeError(`Unknown variant ${JSON.stringify(String(variant)).slice(0, 40)}: expected one of ${SCRIPT_VARIANTS.join(', ')}.`);
  }
  return script.steps.filter((step) => step.variants === undefined || step.variants.includes(variant));
}
