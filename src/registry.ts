import { exerciseScripts } from './exercises/scripts/registry.js';
import type { ExerciseScript } from './exercises/types.js';
import { instruments } from './instruments/registry.js';
import type { InstrumentDefinition } from './scoring/types.js';

/**
 * The id of every built-in instrument, as a literal union (`'phq-9' | 'gad-7' | ...`).
 *
 * @category Registries
 */
export type InstrumentId = (typeof instruments)[number]['id'];

/**
 * The built-in instrument definition with the id `TId`, with all its literal types.
 *
 * @category Registries
 */
export type InstrumentById<TId extends InstrumentId> = Extract<(typeof instruments)[number], Readonly<Record<'id', TId>>>;

/**
 * The id of every built-in exercise script, as a literal union (`'regulate.paced-breathing' | ...`).
 *
 * @category Registries
 */
export type ExerciseId = (typeof exerciseScripts)[number]['id'];

/**
 * The built-in exercise script with the id `TId`, with all its literal types.
 *
 * @category Registries
 */
export type ExerciseById<TId extends ExerciseId> = Extract<(typeof exerciseScripts)[number], Readonly<Record<'id', TId>>>;

/**
 * The built-in instrument with this id, or `undefined` when no built-in instrument has it (as
 * `Map.prototype.get` does; it never throws). A literal id of a built-in instrument gives its exact
 * type, so `score(getInstrument('phq-9'), answers)` keeps the literal item and scale ids; an id
 * read at run time (a string) gives `InstrumentDefinition | undefined`, to be checked.
 *
 * @example
 * ```ts
 * import { getInstrument, score } from 'securebase';
 *
 * getInstrument('gad-7').abbreviation; // => 'GAD-7'
 * score(getInstrument('phq-9'), [0, 1, 0, 0, 0, 0, 0, 0, 0]).scales.total.value; // => 1
 * const id: string = 'no-such-instrument';
 * getInstrument(id); // => undefined
 * ```
 * @category Registries
 */
export function getInstrument<const TId extends InstrumentId>(id: TId): InstrumentById<TId>;
export function getInstrument(id: string): InstrumentDefinition | undefined;
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return instruments.find((i) => i.id === id);
}

/**
 * The built-in exercise script with this id, or `undefined` when no built-in script has it (it
 * never throws). A literal id gives the script's exact type; a string read at run time gives
 * `ExerciseScript | undefined`, to be checked.
 *
 * @example
 * ```ts
 * import { getExercise, personalize, renderText } from 'securebase';
 *
 * getExercise('regulate.paced-breathing').title; // => 'Slow, gentle breathing'
 * renderText(personalize(getExercise('mindful.breath'))).length > 0; // => true
 * const id: string = 'regulate.unknown';
 * getExercise(id); // => undefined
 * ```
 * @category Registries
 */
export function getExercise<const TId extends ExerciseId>(id: TId): ExerciseById<TId>;
export function getExercise(id: string): ExerciseScript | undefined;
export function getExercise(id: string): ExerciseScript | undefined {
  return exerciseScripts.find((s) => s.id === id);
}
