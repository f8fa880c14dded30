// The demo course of examples/demo.mjs (made-up answers): five sessions of PHQ-9 and GAD-7, a
// risk flag (PHQ-9 item 9) at session 1, reliable improvement on both measures from session 3.
import { gad7, phq9, type ScoredTimePoint, score } from '../../src/index.js';

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
