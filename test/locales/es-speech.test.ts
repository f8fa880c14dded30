// Speaks every Spanish script (standard variant) with espeak-ng -v es from the generic SSML, as
// test/exercises/espeak.test.ts does for English, and compares the audio with the Spanish timeline
// within the same tolerances. The timeline's Spanish rate (exercise-ui.speech.words-per-second,
// 2.35) was measured this way: at 2.5 the speech part ran 7 % long (median of 22 scripts).
import { beforeAll, describe, expect, it } from 'vitest';
import { exerciseScripts, personalize, renderSsml, renderTimeline } from '../../src/exercises/index.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { es } from '../../src/locales/es/index.js';
import { available, expectWithinTolerance, type Measure, reason, synthesise, TOTAL_TOLERANCE } from '../exercises/_espeak.js';

const registry: readonly ExerciseScript[] = exerciseScripts;

it('espeak-ng is installed when running in CI (Spanish)', () => {
  if (!available) {
    if (process.env.CI) expect.fail(`${reason}; CI must install it`);
    console.warn(`[es-speech.test] skipped: ${reason}`);
  }
  expect(true).toBe(true);
});

describe.skipIf(!available)('espeak-ng -v es: Spanish audio matches the Spanish timeline (standard variant, generic SSML, -s 150)', () => {
  let results: ReadonlyMap<string, Measure> = new Map();

  beforeAll(async () => {
    const jobs = registry.map((script) => {
      const p = personalize(script, { locale: es });
      return { id: script.id, script: p, timeline: renderTimeline(p, { locale: es }), ssml: renderSsml(p, { engine: 'generic', locale: es }) };
    });
    results = await synthesise(jobs, 'es', 'es-speech.test');
  });

  it('speaks Spanish: the SSML says xml:lang="es-ES" and the cues are Spanish', () => {
    const p = personalize(registry[0] as ExerciseScript, { locale: es });
    const ssml = renderSsml(p, { locale: es });
    expect(ssml).toContain('xml:lang="es-ES"');
    expect(results.size).toBe(registry.length);
  });

  for (const script of registry) {
    it(`${script.id}: silences are in the audio and the length is within ±${TOTAL_TOLERANCE * 100} %`, () => {
      expectWithinTolerance(results.get(script.id));
    });
  }
});
