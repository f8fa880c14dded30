// Made-up courses of PHQ-9 and GAD-7 for the chart tests: the worked example (five sessions, a
// risk flag at session 1, reliable improvement on both measures from session 3) and the course of
// demo (`securebase demo`, `npm run demo`: six sessions), whose report the visual test renders.
import type { ScoredTimePoint } from '../../src/charts/index.js';
import { gad7, phq9, score } from '../../src/index.js';

export const DEMO_PHQ9 = [
  [2, 2, 3, 2, 2, 2, 2, 2, 1, 1],
  [2, 2, 2, 2, 2, 1, 2, 2, 0, 1],
  [2, 1, 2, 1, 1, 1, 1, 1, 0, 1],
  [1, 1, 1, 1, 1, 1, 1, 0, 0, 1],
  [1, 1, 0, 1, 1, 0, 1, 0, 0, 1],
] as const;
export const DEMO_GAD7 = [
  [2, 2, 2, 2, 1, 2, 1, 1],
  [2, 2, 2, 1, 1, 2, 1, 1],
  [1, 2, 1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 0, 1, 0, 1],
  [1, 1, 0, 1, 0, 1, 0, 0],
] as const;

/** PHQ-9 totals 18, 15, 10, 7, 5; GAD-7 totals 12, 11, 8, 5, 4. */
export const demoResults = (): ScoredTimePoint<number>[] =>
  DEMO_PHQ9.flatMap((p, i) => [
    { at: i + 1, result: score(phq9, p) },
    { at: i + 1, result: score(gad7, DEMO_GAD7[i] as readonly number[]) },
  ]);

/** The demo's course as the report takes it: PHQ-9 13, 13, 10, 7, 5, 3 (item 9 = 1 at session 2); GAD-7 11, 10, 8, 6, 5, 3. */
/** The sessions of the demo (`DEMO_SESSIONS` in src/cli/commands/demo.ts; the visual test checks they match). */
export const DEMO_SESSIONS_COPY = [
  { phq9: [2, 2, 2, 1, 2, 2, 1, 1, 0, 2], gad7: [2, 2, 2, 1, 1, 2, 1, 1] },
  { phq9: [2, 2, 1, 1, 2, 2, 1, 1, 1, 2], gad7: [2, 2, 1, 1, 1, 2, 1, 1] },
  { phq9: [1, 2, 1, 1, 1, 2, 1, 1, 0, 1], gad7: [1, 2, 1, 1, 1, 1, 1, 1] },
  { phq9: [1, 1, 1, 1, 1, 1, 1, 0, 0, 1], gad7: [1, 1, 1, 1, 1, 1, 0, 1] },
  { phq9: [1, 1, 0, 1, 1, 1, 0, 0, 0, 1], gad7: [1, 1, 1, 0, 1, 1, 0, 0] },
  { phq9: [0, 1, 0, 1, 1, 0, 0, 0, 0, 0], gad7: [1, 1, 0, 0, 0, 1, 0, 0] },
] as const;

export const demoCourse = (): ScoredTimePoint<number>[] =>
  DEMO_SESSIONS_COPY.flatMap((s, i) => [
    { at: i + 1, result: score(phq9, s.phq9) },
    { at: i + 1, result: score(gad7, s.gad7) },
  ]);
