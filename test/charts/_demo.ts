// A made-up course of PHQ-9 and GAD-7 for the chart tests: the worked example (five sessions, a
// risk flag at session 1, reliable improvement on both measures from session 3). The course of the
// demo, whose report the visual test renders, is `demoCourse` in src/cli/commands/demo.ts.
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
