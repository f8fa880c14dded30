import { describe, expect, expectTypeOf, it } from 'vitest';
import { ecrR, ecrRs, type ResponsesOf, type ResultOf, rq, type SafeResult, type ScaleResult, type ScoreIssue, safeScore, score } from '../../src/index.js';

describe('types come from the data', () => {
  it('ResponsesOf accepts arrays and records keyed by the real item ids only', () => {
    expectTypeOf<{ 'ecrr-1': 3 }>().toExtend<ResponsesOf<typeof ecrR>>();
    expectTypeOf<readonly (number | null)[]>().toExtend<ResponsesOf<typeof ecrR>>();
    // @ts-expect-error: not an item of the ECR-R
    expect(() => score(ecrR, { 'ecrr-37': 3 })).toThrow(/not an item of ecr-r/);
    // @ts-expect-error: answers are numbers
    expect(() => score(ecrR, ['3'])).toThrow(/a string, not a number/);
  });

  it('ResultOf names the scales and derived scores of the definition', () => {
    const r = score(ecrR, []);
    expectTypeOf(r).toEqualTypeOf<ResultOf<typeof ecrR>>();
    expectTypeOf(r.scales.anxiety).toEqualTypeOf<ScaleResult>();
    // @ts-expect-error: the ECR-R has no total
    r.scales.total;
    expectTypeOf(score(rq, []).derived['model_of_self'].value).toEqualTypeOf<number | null>();
    // @ts-expect-error: not a derived score of the ECR-RS
    score(ecrRs, []).derived.nope;
    expectTypeOf<keyof ResultOf<typeof ecrRs>['derived']>().toEqualTypeOf<'global_avoidance' | 'global_anxiety'>();
  });

  it('safeScore takes unknown input and returns a discriminated union', () => {
    const r = safeScore(ecrR, JSON.parse('[]') as unknown);
    expectTypeOf(r).toEqualTypeOf<SafeResult<ResultOf<typeof ecrR>, ScoreIssue>>();
    if (r.ok) expectTypeOf(r.value.scales.avoidance.value).toEqualTypeOf<number | null>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly ScoreIssue[]>();
  });

  it('results are readonly', () => {
    const r = score(ecrR, []);
    expect(() => {
      // @ts-expect-error: results are frozen and typed readonly
      r.scales.anxiety.value = 1;
    }).toThrow(TypeError);
  });
});
