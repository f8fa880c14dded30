import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseScripts, personalize, renderTimeline, SCRIPT_VARIANTS } from '../../src/exercises/index.js';
import { TIMING } from '../../src/exercises/render/timeline.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { calmBreath, fixtures, kindPlace } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;

describe('renderTimeline: the timing rule', () => {
  it('times each kind of step by the rule (worked example: calm-breath, standard)', () => {
    const t = renderTimeline(personalize(calmBreath));
    // Safety note: 11 words of the script's note + 14 of the lead + 24 of the crisis help (no region) = 49 words / 2.5 + 1 s gap = 20.6 s.
    expect(t.intro).toEqual({ start: 0, end: 20.6, seconds: 20.6, speechSeconds: 19.6, silenceSeconds: 1 });
    const seconds = t.steps.map((s) => [s.kind, s.seconds]);
    expect(seconds).toEqual([
      ['say', 3.8], // "Welcome. Find a comfortable way to sit." 7 words / 2.5 + 1
      ['breathe', 37.2], // 3 × (4 + 2 + 6) + "Breathe with me." 3 words / 2.5
      ['pause', 10],
      ['check-in', 5.4], // 11 words ("0" and "10" count) / 2.5 + 1
      ['prompt', 22.8], // 20 + 7 words / 2.5
      ['grounding-exit', 30], // its seconds
      ['say', 5.8], // 12 words / 2.5 + 1
    ]);
    expect(t.exerciseSeconds).toBe(115);
    expect(t.totalSeconds).toBe(135.6);
    expect(t.statedSeconds).toBe(115);
    expect(t.deviation).toBe(0);
  });

  it('puts the cue words of a breathing block inside the pattern, so speech + silence = seconds', () => {
    const t = renderTimeline(personalize(calmBreath));
    const b = t.steps[1];
    // cues per cycle: "Breathe in." 0.8 s, "Hold." 0.4 s, "Breathe out." 0.8 s; text 1.2 s
    expect(b).toMatchObject({ speechSeconds: 1.2 + 3 * 2, silenceSeconds: 3 * (12 - 2) });
    const g = t.steps[5]; // 21 words: 8.4 s of speech inside its 30 s
    expect(g).toMatchObject({ speechSeconds: 8.4, silenceSeconds: 21.6 });
  });

  it('lays the steps end to end after the safety note', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures, ...registry), fc.constantFrom(...SCRIPT_VARIANTS), (script, variant) => {
        const t = renderTimeline(personalize(script, { variant }));
        let at = t.intro.end;
        for (const s of t.steps) {
          expect(s.start).toBe(at);
          expect(s.end).toBeCloseTo(s.start + s.seconds, 6);
          expect(s.seconds).toBeCloseTo(s.speechSeconds + s.silenceSeconds, 6);
          expect(s.silenceSeconds).toBeGreaterThanOrEqual(0);
          at = s.end;
        }
        expect(t.totalSeconds).toBe(at);
        expect(t.speechSeconds + t.silenceSeconds).toBeCloseTo(t.totalSeconds, 3);
      }),
    );
  });

  it('a name makes the text longer but never changes pauses or breathing', () => {
    const plain = renderTimeline(personalize(kindPlace));
    const named = renderTimeline(personalize(kindPlace, { name: 'Mary Jane Watson', caregiver: 'Grandma' }));
    expect(named.steps.map((s) => s.silenceSeconds)).toEqual(plain.steps.map((s) => s.silenceSeconds));
  });
});

describe('renderTimeline: every registry script matches its stated duration', () => {
  it('the registry holds scripts to test', () => {
    expect(registry.length).toBeGreaterThan(0);
  });
  for (const script of registry) {
    it(`${script.id}: all three variants within ${TIMING.durationTolerance * 100} % of durationSeconds`, () => {
      const off = SCRIPT_VARIANTS.map((variant) => {
        const t = renderTimeline(personalize(script, { variant }));
        return { variant, stated: t.statedSeconds, timeline: t.exerciseSeconds, deviation: Math.round(t.deviation * 1000) / 10 };
      }).filter((r) => Math.abs(r.deviation) > TIMING.durationTolerance * 100);
      expect(off, `variants off by more than 10 % (deviation in %): ${JSON.stringify(off)}`).toEqual([]);
    });
  }
});
