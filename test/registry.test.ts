import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ExerciseId,
  type ExerciseScript,
  exerciseScripts,
  getExercise,
  getInstrument,
  type InstrumentDefinition,
  type InstrumentId,
  instruments,
  type phq9,
  type regulatePacedBreathing,
  score,
} from '../src/index.js';

describe('getInstrument', () => {
  it('finds every built-in instrument by its id (generated from the registry)', () => {
    for (const i of instruments) expect(getInstrument(i.id)).toBe(i);
  });

  it('gives undefined for an id no built-in instrument has, and never throws', () => {
    for (const id of ['', 'PHQ-9', 'phq9', ' phq-9', 'toString', '__proto__', 'constructor']) expect(getInstrument(id)).toBeUndefined();
  });

  it('keeps the literal types of a built-in id; a run-time string gives a definition or undefined', () => {
    expectTypeOf(getInstrument('phq-9')).toEqualTypeOf<typeof phq9>();
    expectTypeOf(score(getInstrument('phq-9'), [0, 0, 0, 0, 0, 0, 0, 0, 0]).scales.total.value).toEqualTypeOf<number | null>();
    const id: string = 'gad-7';
    expectTypeOf(getInstrument(id)).toEqualTypeOf<InstrumentDefinition | undefined>();
    expectTypeOf<'phq-9'>().toExtend<InstrumentId>();
    expectTypeOf<'phq9'>().not.toExtend<InstrumentId>();
  });
});

describe('getExercise', () => {
  it('finds every built-in exercise script by its id (generated from the registry)', () => {
    for (const s of exerciseScripts) expect(getExercise(s.id)).toBe(s);
  });

  it('gives undefined for an id no built-in script has, and never throws', () => {
    for (const id of ['', 'paced-breathing', 'regulate.Paced-Breathing', 'hasOwnProperty', '__proto__']) expect(getExercise(id)).toBeUndefined();
  });

  it('keeps the literal types of a built-in id; a run-time string gives a script or undefined', () => {
    expectTypeOf(getExercise('regulate.paced-breathing')).toEqualTypeOf<typeof regulatePacedBreathing>();
    const id: string = 'mindful.breath';
    expectTypeOf(getExercise(id)).toEqualTypeOf<ExerciseScript | undefined>();
    expectTypeOf<'regulate.paced-breathing'>().toExtend<ExerciseId>();
    expectTypeOf<'paced-breathing'>().not.toExtend<ExerciseId>();
  });
});
