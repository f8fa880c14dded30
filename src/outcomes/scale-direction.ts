import type { InstrumentDefinition, ScaleIdOf } from '../scoring/types.js';
import { _object, _preview } from './_internal/validate.js';
import { OutcomeInputError } from './errors.js';
import type { MeasureDirection } from './reliable-change.js';

/**
 * Reads a scale's direction from its definition (`higherIs: 'better' | 'worse'`) as the
 * {@link MeasureDirection} the outcome functions take, so the direction comes from the same data
 * file as the keys instead of being typed again by hand.
 *
 * Throws {@link OutcomeInputError} when the scale is unknown or its definition does not declare
 * `higherIs` (the direction is never guessed).
 *
 * @example
 * ```ts
 * import { scaleDirection, type InstrumentDefinition } from 'securebase';
 * const mood = {
 *   id: 'mood', name: 'Mood', version: '1.0.0', citations: [{ text: 'Example.' }],
 *   licence: { summary: 'CC0', itemTextIncluded: false },
 *   responseScales: { default: { min: 0, max: 3, anchors: [{ value: 0, label: 'Never' }, { value: 3, label: 'Always' }] } },
 *   items: [{ number: 1, id: 'm1' }, { number: 2, id: 'm2' }],
 *   scales: [{ id: 'total', label: 'Total', items: ['m1', 'm2'], aggregate: 'sum', higherIs: 'worse' }],
 * } as const satisfies InstrumentDefinition;
 * scaleDirection(mood, 'total'); // => 'lower-is-better'
 * ```
 * @category Outcomes
 */
export function scaleDirection<const T extends InstrumentDefinition>(instrument: T, scale: ScaleIdOf<T>): MeasureDirection {
  const fn = 'scaleDirection';
  _object(fn, 'instrument', instrument);
  const s = instrument.scales.find((x) => x.id === scale);
  if (!s) throw new OutcomeInputError(fn, 'scale', _preview(scale), `a scale id of ${instrument.id} (${instrument.scales.map((x) => `"${x.id}"`).join(', ')})`);
  if (s.higherIs === 'better') return 'higher-is-better';
  if (s.higherIs === 'worse') return 'lower-is-better';
  throw new OutcomeInputError(
    fn,
    `scales["${s.id}"].higherIs`,
    _preview(s.higherIs),
    `declared as "better" or "worse" in ${instrument.id}'s definition (the direction is never guessed)`,
  );
}
