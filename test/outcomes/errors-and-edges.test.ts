// Outcome functions, at their edges and in their error messages: which field an OutcomeInputError
// names, what it says was expected, the short preview of what it received, scores exactly at a
// cut-off, ties, undefined statistics and the notes that explain them.
import { describe, expect, it } from 'vitest';
import { defineInstrument, gad7, phq9, score } from '../../src/index.js';
import {
  changeTrajectory,
  clinicalCutoffs,
  clinicalSignificance,
  cronbach1951,
  cronbachAlpha,
  jacobsonTruax1991,
  nhsTalkingTherapiesOutcome,
  nhsTalkingTherapiesThresholds,
  nhsTalkingTherapiesTrajectory,
  OutcomeInputError,
  reliableChange,
  scaleDirection,
  summarizeChange,
} from '../../src/outcomes/index.js';
import type { InstrumentDefinition, ScoreResult } from '../../src/scoring/types.js';

/** Runs `call`, which must throw an OutcomeInputError, and returns what a caller can read from it. */
function refusal(call: () => unknown): { message: string; field: string; received: string; expected: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof OutcomeInputError) {
      expect(e.name).toBe('OutcomeInputError');
      expect(e).toBeInstanceOf(RangeError);
      return { message: e.message, field: e.field, received: e.received, expected: e.expected };
    }
    throw e;
  }
  throw new Error('expected an OutcomeInputError');
}

const rc = { pre: 24, post: 12, sdPre: 5, reliability: 0.8, direction: 'lower-is-better' } as const;

describe('previews of what was received: short, typed, never a dump', () => {
  it.each([
    ['a 24-character string, whole', 'abcdefghijklmnopqrstuvwx', '"abcdefghijklmnopqrstuvwx"'],
    ['a longer string, cut', 'abcdefghijklmnopqrstuvwxyz', '"abcdefghijklmnopqrstuvwx"…'],
    ['emoji, cut by character', '😀'.repeat(30), `"${'😀'.repeat(16)}"…`],
    ['a boolean', true, 'true'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['an array', [1, 2], 'an array of 2'],
    ['an object', { value: 3 }, 'an object'],
    ['a function', () => 3, 'a function'],
    ['a symbol', Symbol('s'), 'a symbol'],
    ['a bigint', 3n, '3n'],
    ['infinity', Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%s', (_name, value, received) => {
    expect(refusal(() => reliableChange({ ...rc, pre: value as never }))).toEqual({
      message: `reliableChange: pre must be a finite number, received ${received}.`,
      field: 'pre',
      received,
      expected: 'a finite number',
    });
  });
});

describe('reliableChange and clinicalSignificance name each field and say what was expected', () => {
  const between = 'a number strictly between 0 and 1 (for example a test-retest reliability of 0.8)';
  it.each([
    ['input', () => reliableChange(null as never), 'reliableChange: input must be an object, received null.'],
    ['input', () => reliableChange(5 as never), 'reliableChange: input must be an object, received 5.'],
    ['sdPre', () => reliableChange({ ...rc, sdPre: 0 }), 'reliableChange: sdPre must be a finite number above 0, received 0.'],
    ['reliability', () => reliableChange({ ...rc, reliability: Number.NaN }), `reliableChange: reliability must be ${between}, received NaN.`],
    ['reliability', () => reliableChange({ ...rc, reliability: '0.8' as never }), `reliableChange: reliability must be ${between}, received "0.8".`],
    [
      'direction',
      () => reliableChange({ ...rc, direction: 'down' as never }),
      'reliableChange: direction must be "lower-is-better" or "higher-is-better", received "down".',
    ],
    ['input', () => clinicalSignificance(null as never), 'clinicalSignificance: input must be an object, received null.'],
    ['pre', () => clinicalSignificance({ ...rc, cutoff: 14, pre: Number.NaN }), 'clinicalSignificance: pre must be a finite number, received NaN.'],
    ['post', () => clinicalSignificance({ ...rc, cutoff: 14, post: null as never }), 'clinicalSignificance: post must be a finite number, received null.'],
    ['sdPre', () => clinicalSignificance({ ...rc, cutoff: 14, sdPre: -1 }), 'clinicalSignificance: sdPre must be a finite number above 0, received -1.'],
    ['cutoff', () => clinicalSignificance({ ...rc, cutoff: Number.NaN }), 'clinicalSignificance: cutoff must be a finite number, received NaN.'],
  ])('%s', (field, call, message) => {
    const r = refusal(call);
    expect(r.field).toBe(field);
    expect(r.message).toBe(message);
  });
});

describe('clinicalCutoffs: norms on the wrong side are refused, in words that say which way', () => {
  it.each([
    ['higher-is-better', 60, 40, 'above the dysfunctional mean (60) when higher-is-better; check the direction and which norm is which'],
    ['lower-is-better', 40, 60, 'below the dysfunctional mean (40) when lower-is-better; check the direction and which norm is which'],
    ['higher-is-better', 50, 50, 'above the dysfunctional mean (50) when higher-is-better; check the direction and which norm is which'],
    ['lower-is-better', 50, 50, 'below the dysfunctional mean (50) when lower-is-better; check the direction and which norm is which'],
  ] as const)('%s, dysfunctional %d, functional %d', (direction, dys, fun, expected) => {
    const r = refusal(() => clinicalCutoffs({ dysfunctional: { mean: dys, sd: 5 }, functional: { mean: fun, sd: 5 }, direction }));
    expect(r).toEqual({
      message: `clinicalCutoffs: functional.mean must be ${expected}, received ${fun}.`,
      field: 'functional.mean',
      received: String(fun),
      expected,
    });
  });

  it('names the input and a bad norm', () => {
    expect(refusal(() => clinicalCutoffs(null as never)).message).toBe('clinicalCutoffs: input must be an object, received null.');
    expect(refusal(() => clinicalCutoffs({ dysfunctional: 3 as never, direction: 'lower-is-better' })).message).toBe(
      'clinicalCutoffs: dysfunctional must be an object, received 3.',
    );
  });
});

describe('clinicalSignificance: a score exactly at the cut-off is on neither side', () => {
  // Lower is better, cut-off 14; the minimum reliable change is 6.198.
  const cs = (pre: number, post: number) => clinicalSignificance({ ...rc, pre, post, cutoff: 14 });

  it('a reliable worsening from exactly the cut-off does not cross into dysfunction', () => {
    expect(cs(14, 24)).toMatchObject({ category: 'deteriorated', crossedIntoDysfunction: false });
  });

  it('a reliable worsening to exactly the cut-off does not cross into dysfunction', () => {
    expect(cs(4, 14)).toMatchObject({ category: 'deteriorated', crossedIntoDysfunction: false, dysfunctionalAtPre: false, functionalAtPost: false });
  });

  it('a reliable worsening that stays on the functional side does not cross either', () => {
    expect(cs(4, 12)).toMatchObject({ category: 'deteriorated', crossedIntoDysfunction: false });
    expect(cs(12, 20)).toMatchObject({ category: 'deteriorated', crossedIntoDysfunction: true });
  });
});

describe('scaleDirection: what it says when it cannot answer', () => {
  const two = defineInstrument({
    id: 'mood',
    name: 'Mood',
    version: '1.0.0',
    citations: [{ text: 'Test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: { default: { min: 0, max: 3, anchors: [] } },
    items: [{ number: 1, id: 'm1' }],
    scales: [
      { id: 'total', label: 'Total', items: ['m1'], aggregate: 'sum' },
      { id: 'sub', label: 'Sub', items: ['m1'], aggregate: 'sum', higherIs: 'worse' },
    ],
  } as const satisfies InstrumentDefinition);

  it('lists the scale ids when the scale is unknown', () => {
    expect(refusal(() => scaleDirection(two, 'nope' as never))).toEqual({
      message: 'scaleDirection: scale must be a scale id of mood ("total", "sub"), received "nope".',
      field: 'scale',
      received: '"nope"',
      expected: 'a scale id of mood ("total", "sub")',
    });
  });

  it('says the direction is never guessed when higherIs is missing', () => {
    expect(refusal(() => scaleDirection(two, 'total'))).toEqual({
      message:
        'scaleDirection: scales["total"].higherIs must be declared as "better" or "worse" in mood\'s definition (the direction is never guessed), received undefined.',
      field: 'scales["total"].higherIs',
      received: 'undefined',
      expected: 'declared as "better" or "worse" in mood\'s definition (the direction is never guessed)',
    });
    expect(scaleDirection(two, 'sub')).toBe('lower-is-better');
  });

  it('names the instrument argument', () => {
    expect(refusal(() => scaleDirection(null as never, 'total' as never)).message).toBe('scaleDirection: instrument must be an object, received null.');
  });
});

describe('sources', () => {
  it('cite Jacobson & Truax (1991) with its DOI, and Cronbach (1951), as frozen citations', () => {
    expect(jacobsonTruax1991.doi).toBe('10.1037/0022-006X.59.1.12');
    expect(jacobsonTruax1991.text).toMatch(/^Jacobson, N\. S\., & Truax, P\. \(1991\)\. Clinical significance: .*59\(1\), 12–19\.$/);
    expect(cronbach1951.text).toMatch(
      /^Cronbach, L\. J\. \(1951\)\. Coefficient alpha and the internal structure of tests\. Psychometrika, 16\(3\), 297–334\.$/,
    );
    expect(Object.isFrozen(jacobsonTruax1991)).toBe(true);
    expect(Object.isFrozen(cronbach1951)).toBe(true);
  });
});

describe('cronbachAlpha: exclusions, undefined statistics and the notes that explain them', () => {
  const quad = defineInstrument({
    id: 'quad',
    name: 'Four items',
    version: '2.0.0',
    citations: [{ text: 'Test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: { default: { min: 1, max: 5, anchors: [] } },
    items: [
      { number: 1, id: 'a' },
      { number: 2, id: 'b' },
      { number: 3, id: 'c' },
    ],
    scales: [
      { id: 'total', label: 'Total', items: ['a', 'b', 'c'], aggregate: 'sum' },
      { id: 'one', label: 'One', items: ['a'], aggregate: 'sum' },
    ],
  } as const satisfies InstrumentDefinition);

  it('reports each exclusion in full: invalid rows carry issues and no items; missing rows carry items and no issues', () => {
    const r = cronbachAlpha(
      quad,
      [
        [1, 2, 3],
        [2, 3, 3],
        [9, 1, 1],
        [null, 2, 2],
        [null, null, null],
        [3, 3, 4],
      ],
      { scale: 'total' },
    );
    expect(r.missing).toBe('listwise');
    expect(r.excluded).toEqual([
      { row: 2, reason: 'invalid', items: [], issues: [expect.objectContaining({ code: 'out_of_range', item: 'a' })] },
      { row: 3, reason: 'missing-items', items: ['a'], issues: [] },
      { row: 4, reason: 'no-items', items: ['a', 'b', 'c'], issues: [] },
    ]);
    expect(r.used).toBe(3);
    expect(r.incomplete).toBe(0);
  });

  it('with pairwise data where two items are never answered together, alpha and every per-item statistic are undefined', () => {
    const r = cronbachAlpha(
      quad,
      [
        [1, null, 3],
        [null, 2, 4],
        [2, null, 5],
        [null, 4, 1],
      ],
      { scale: 'total', missing: 'pairwise' },
    );
    expect(r.alpha).toBeNull();
    expect(r.items.map((i) => [i.alphaIfDeleted, i.correctedItemTotal])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(r.items.map((i) => i.n)).toEqual([2, 2, 4]);
    expect(r.note).toBe('fewer than 2 usable rows for some pair of items, so the covariances (and alpha) are undefined');
    expect(r.incomplete).toBe(4);
  });

  it('with no variance at all, says so for alpha and for the item–total correlations, joined by "; "', () => {
    const r = cronbachAlpha(
      quad,
      [
        [3, 3, 3],
        [3, 3, 3],
      ],
      { scale: 'total' },
    );
    expect(r.alpha).toBeNull();
    expect(r.note).toBe(
      'the total has no variance, so alpha is undefined; an item or the rest of the scale has no variance, so its item–total correlation is undefined',
    );
  });

  it('with one constant item, reports only that its item–total correlation is undefined', () => {
    const r = cronbachAlpha(
      quad,
      [
        [1, 2, 3],
        [2, 3, 3],
        [4, 4, 3],
      ],
      { scale: 'total' },
    );
    expect(r.alpha).not.toBeNull();
    expect(r.items.map((i) => i.correctedItemTotal === null)).toEqual([false, false, true]);
    expect(r.note).toBe('an item or the rest of the scale has no variance, so its item–total correlation is undefined');
  });

  it('names each bad argument and says what was expected', () => {
    expect(refusal(() => cronbachAlpha(null as unknown as typeof quad, [], { scale: 'total' }))).toMatchObject({
      message: 'cronbachAlpha: instrument must be a defined instrument (a built-in such as phq9, or one returned by defineInstrument), received null.',
      field: 'instrument',
    });
    expect(refusal(() => cronbachAlpha(quad, 'rows' as never, { scale: 'total' }))).toEqual({
      message: 'cronbachAlpha: rows must be an array of responses (arrays in item order or records by item id), received "rows".',
      field: 'rows',
      received: '"rows"',
      expected: 'an array of responses (arrays in item order or records by item id)',
    });
    expect(refusal(() => cronbachAlpha(quad, [], null as never)).message).toBe('cronbachAlpha: options must be an object, received null.');
    expect(refusal(() => cronbachAlpha(quad, [], { scale: 'total', missing: 'mean' as never })).message).toBe(
      'cronbachAlpha: options.missing must be "listwise" or "pairwise", received "mean".',
    );
    expect(refusal(() => cronbachAlpha(quad, [], { scale: 'nope' as never }))).toEqual({
      message: 'cronbachAlpha: options.scale must be a scale id of quad ("total", "one"), received "nope".',
      field: 'options.scale',
      received: '"nope"',
      expected: 'a scale id of quad ("total", "one")',
    });
    expect(refusal(() => cronbachAlpha(quad, [], { scale: 'one' }))).toEqual({
      message: 'cronbachAlpha: options.scale must be a scale with at least 2 items (alpha needs 2 or more), received "one".',
      field: 'options.scale',
      received: '"one"',
      expected: 'a scale with at least 2 items (alpha needs 2 or more)',
    });
  });
});

describe('summarizeChange: exclusions and the sample SD', () => {
  const opts = { reliability: 0.8, direction: 'lower-is-better' } as const;

  it('estimates the SD from exactly two pairs', () => {
    // pre 10 and 14: mean 12, SD = √((4 + 4) / 1) = √8.
    const s = summarizeChange(
      [
        { pre: 10, post: 10 },
        { pre: 14, post: 14 },
      ],
      opts,
    );
    expect(s.sdPre).toBeCloseTo(Math.sqrt(8), 12);
    expect(s.sdPreSource).toBe('sample');
  });

  it('says why the SD cannot be estimated, with how many pairs were included', () => {
    expect(refusal(() => summarizeChange([{ pre: 1, post: 2 }], opts))).toEqual({
      message: 'summarizeChange: options.sdPre must be given, because it cannot be estimated from 1 included pair(s); pass a normative SD, received undefined.',
      field: 'options.sdPre',
      received: 'undefined',
      expected: 'given, because it cannot be estimated from 1 included pair(s); pass a normative SD',
    });
    expect(
      refusal(() =>
        summarizeChange(
          [
            { pre: 3, post: 2 },
            { pre: 3, post: 1 },
          ],
          opts,
        ),
      ).expected,
    ).toBe('given, because it cannot be estimated from 2 included pair(s) with no spread in pre scores; pass a normative SD');
  });

  it('excludes a pair that is not an object as "invalid-pair", and previews both scores of an invalid pair', () => {
    const s = summarizeChange([5 as never, { id: 'g', pre: 12, post: '9' as never }, { pre: 20, post: 10 }], { ...opts, sdPre: 5 });
    expect(s.excluded).toEqual([
      { index: 0, id: null, reason: 'invalid-pair', received: '5' },
      { index: 1, id: 'g', reason: 'invalid-post', received: 'pre 12, post "9"' },
    ]);
  });

  it('counts the non-reliably recovered with a cut-off', () => {
    // 16 → 12 crosses 14 without a reliable change; 24 → 12 is recovered.
    const s = summarizeChange(
      [
        { pre: 16, post: 12 },
        { pre: 24, post: 12 },
        { pre: 17, post: 13 },
      ],
      { ...opts, sdPre: 5, cutoff: 14 },
    );
    expect(s.counts).toEqual({ recovered: 1, improved: 0, unchanged: 2, deteriorated: 0, nonReliablyRecovered: 2 });
  });

  it('names each bad argument', () => {
    expect(refusal(() => summarizeChange('pairs' as never, opts))).toMatchObject({
      message: 'summarizeChange: pairs must be an array of { pre, post } pairs, received "pairs".',
      field: 'pairs',
    });
    expect(refusal(() => summarizeChange([], null as never)).message).toBe('summarizeChange: options must be an object, received null.');
    expect(refusal(() => summarizeChange([], { ...opts, reliability: 2 })).field).toBe('options.reliability');
    expect(refusal(() => summarizeChange([], { ...opts, cutoff: Number.NaN })).message).toBe(
      'summarizeChange: options.cutoff must be a finite number, received NaN.',
    );
    expect(refusal(() => summarizeChange([], { ...opts, sdPre: 0 })).message).toBe(
      'summarizeChange: options.sdPre must be a finite number above 0, received 0.',
    );
  });
});

describe('changeTrajectory and nhsTalkingTherapiesTrajectory: arguments and ties', () => {
  const opts = { direction: 'lower-is-better', sdPre: 5, reliability: 0.8 } as const;

  it('names each bad argument of changeTrajectory', () => {
    expect(refusal(() => changeTrajectory('x' as never, opts))).toEqual({
      message: 'changeTrajectory: points must be an array of { at, value } points, received "x".',
      field: 'points',
      received: '"x"',
      expected: 'an array of { at, value } points',
    });
    expect(refusal(() => changeTrajectory([], null as never)).message).toBe('changeTrajectory: options must be an object, received null.');
    expect(refusal(() => changeTrajectory([], { ...opts, sdPre: -2 })).message).toBe(
      'changeTrajectory: options.sdPre must be a finite number above 0, received -2.',
    );
    expect(refusal(() => changeTrajectory([], { ...opts, reliability: 0 })).field).toBe('options.reliability');
    expect(refusal(() => changeTrajectory([{ at: 1, value: 3 }, 7 as never], opts)).message).toBe('changeTrajectory: points[1] must be an object, received 7.');
  });

  it('NHS: the best total is the lowest, the earliest on a tie, and null when never measured', () => {
    const t = nhsTalkingTherapiesTrajectory([
      { at: 1, phq9: 9, gad7: null },
      { at: 2, phq9: 7, gad7: null },
      { at: 3, phq9: 7, gad7: null },
      { at: 4, phq9: 8, gad7: null },
    ]);
    expect(t.best).toEqual({ phq9: { index: 1, at: 2, value: 7 }, gad7: null });
    expect(nhsTalkingTherapiesTrajectory([]).best).toEqual({ phq9: null, gad7: null });
  });

  it('NHS: the first reliable recovery is the first point that is one, not the first later point', () => {
    const t = nhsTalkingTherapiesTrajectory([
      { at: 1, phq9: 16, gad7: 12 },
      { at: 2, phq9: 15, gad7: 12 },
      { at: 3, phq9: 7, gad7: 6 },
    ]);
    expect(t.firstReliableRecovery?.at).toBe(3);
    expect(t.firstReliableImprovement?.at).toBe(3);
  });

  it('NHS: a later reliable recovery does not replace the first one', () => {
    const t = nhsTalkingTherapiesTrajectory([
      { at: 1, phq9: 16, gad7: 12 },
      { at: 2, phq9: 7, gad7: 6 },
      { at: 3, phq9: 5, gad7: 4 },
    ]);
    expect(t.firstReliableRecovery?.at).toBe(2);
    expect(t.firstReliableImprovement?.at).toBe(2);
    expect(t.outcomes.map((o) => o.outcome.kind === 'assessable' && o.outcome.reliableRecovery)).toEqual(['reliably-recovered', 'reliably-recovered']);
  });

  it('NHS: names the points argument', () => {
    expect(refusal(() => nhsTalkingTherapiesTrajectory({} as never))).toEqual({
      message: 'nhsTalkingTherapiesTrajectory: points must be an array of { at, phq9, gad7 } points, received an object.',
      field: 'points',
      received: 'an object',
      expected: 'an array of { at, phq9, gad7 } points',
    });
  });
});

describe('nhsTalkingTherapiesOutcome: totals given as ScoreResults', () => {
  const phq = score(phq9, [2, 2, 2, 2, 2, 2, 1, 1, 1]);
  const gad = score(gad7, [2, 2, 2, 2, 1, 1, 1]);
  const fake = (x: unknown) => x as ScoreResult;

  it('refuses a result from another instrument, naming it and the ids accepted', () => {
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: gad, gad7: gad }, { phq9: 5, gad7: 5 }))).toEqual({
      message: 'nhsTalkingTherapiesOutcome: pre.phq9 must be a PHQ-9 result (instrument id "phq-9"), received a result of "gad-7".',
      field: 'pre.phq9',
      received: 'a result of "gad-7"',
      expected: 'a PHQ-9 result (instrument id "phq-9")',
    });
    const local = { ...nhsTalkingTherapiesThresholds.measures.phq9, instrumentIds: ['phq-9', 'phq-9-local'] };
    const table = { ...nhsTalkingTherapiesThresholds, measures: { ...nhsTalkingTherapiesThresholds.measures, phq9: local } };
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: gad, gad7: gad }, { phq9: 5, gad7: 5 }, table)).expected).toBe(
      'a PHQ-9 result (instrument id "phq-9" or "phq-9-local")',
    );
  });

  it('refuses objects that are not ScoreResults, or lack the total scale', () => {
    const notAResult = 'a PHQ-9 total: a number, a ScoreResult or null';
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: fake({}), gad7: 5 }, { phq9: 5, gad7: 5 }))).toEqual({
      message: `nhsTalkingTherapiesOutcome: pre.phq9 must be ${notAResult}, received an object.`,
      field: 'pre.phq9',
      received: 'an object',
      expected: notAResult,
    });
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: fake({ scales: phq.scales }), gad7: 5 }, { phq9: 5, gad7: 5 })).expected).toBe(notAResult);
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: fake({ instrument: { id: 'phq-9' } }), gad7: 5 }, { phq9: 5, gad7: 5 })).expected).toBe(notAResult);
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: 5, gad7: 5 }, { phq9: fake({ instrument: { id: 'phq-9' }, scales: {} }), gad7: 5 }))).toEqual({
      message: 'nhsTalkingTherapiesOutcome: post.phq9 must be a PHQ-9 result with a "total" scale, received a result without that scale.',
      field: 'post.phq9',
      received: 'a result without that scale',
      expected: 'a PHQ-9 result with a "total" scale',
    });
  });

  it('says how many items of a result are unanswered, in the singular and the plural', () => {
    const two = score(gad7, [1, 1, 1, 1, 1, null, null]);
    const o = nhsTalkingTherapiesOutcome({ phq9: phq, gad7: two }, { phq9: 5, gad7: 5 });
    expect(o.kind === 'not-assessable' && o.missing).toEqual([
      { measure: 'gad7', time: 'pre', reason: 'GAD-7 total at the start has no value: 2 items unanswered (gad7-6, gad7-7)' },
    ]);
  });

  it('refuses a total out of range, saying the range', () => {
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: 28, gad7: 5 }, { phq9: 5, gad7: 5 }))).toEqual({
      message: 'nhsTalkingTherapiesOutcome: pre.phq9 must be a PHQ-9 total from 0 to 27, received 28.',
      field: 'pre.phq9',
      received: '28',
      expected: 'a PHQ-9 total from 0 to 27',
    });
    expect(refusal(() => nhsTalkingTherapiesOutcome({ phq9: 5, gad7: 5 }, { phq9: 5, gad7: -1 })).expected).toBe('a GAD-7 total from 0 to 21');
  });
});
