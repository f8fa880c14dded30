// Definition validation, message by message: a developer writing a definition reads these problems,
// so each names the field, says what is wrong and is checked word for word. Every case builds a
// fresh definition (the engine compiles each definition object once and caches it).
import { describe, expect, it } from 'vitest';
import {
  DefinitionError,
  defineInstrument,
  type InstrumentDefinition,
  instrumentProblems,
  type ResponseScale,
  score,
  validateInstrument,
} from '../../src/index.js';

const scale03: ResponseScale = {
  min: 0,
  max: 3,
  anchors: [
    { value: 0, label: 'Never' },
    { value: 3, label: 'Always' },
  ],
};

/** A sound two-item definition; each test patches one part. */
const base = (): InstrumentDefinition => ({
  id: 'mini',
  name: 'Mini',
  version: '1.0.0',
  citations: [{ text: 'Test fixture' }],
  licence: { summary: 'test', itemTextIncluded: false },
  responseScales: { default: scale03 },
  items: [
    { number: 1, id: 'a' },
    { number: 2, id: 'b' },
  ],
  scales: [{ id: 'total', label: 'Total', items: ['a', 'b'], aggregate: 'sum' }],
});

const problems = (patch: Record<string, unknown>): readonly string[] => instrumentProblems({ ...base(), ...patch } as InstrumentDefinition);

describe('instrumentProblems: the top-level fields', () => {
  it('accepts the sound base definition', () => {
    expect(instrumentProblems(base())).toEqual([]);
  });

  it.each([
    ['an empty id', { id: '' }, ['id: must be a non-empty string']],
    ['a numeric id', { id: 42 }, ['id: must be a non-empty string']],
    ['an empty version', { version: '' }, ['version: must be a non-empty string (the content version results record)']],
    ['no version', { version: undefined }, ['version: must be a non-empty string (the content version results record)']],
    ['no citations', { citations: [] }, ['citations: at least one source is required']],
    ['citations that are not an array', { citations: 'Kroenke 2001' }, ['citations: at least one source is required']],
    ['no licence', { licence: undefined }, ['licence.itemTextIncluded: must say whether item text ships']],
    ['a licence that does not say whether item text ships', { licence: { summary: 'x' } }, ['licence.itemTextIncluded: must say whether item text ships']],
  ])('%s', (_name, patch, expected) => {
    expect(problems(patch)).toEqual(expected);
  });

  it('names the instrument (or "?") and lists every problem in the DefinitionError message', () => {
    const broken = { ...base(), id: 'broken', version: '', citations: [] };
    let error: unknown;
    try {
      validateInstrument(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    const e = error as DefinitionError;
    expect(e.name).toBe('DefinitionError');
    expect(e.problems).toEqual(['version: must be a non-empty string (the content version results record)', 'citations: at least one source is required']);
    expect(Object.isFrozen(e.problems)).toBe(true);
    expect(e.message).toBe(
      'Instrument definition "broken" is invalid:\n- version: must be a non-empty string (the content version results record)\n- citations: at least one source is required',
    );
    expect(() => score(null as unknown as InstrumentDefinition, [])).toThrow(
      new TypeError('score: instrument must be an InstrumentDefinition (for example phq9), received null'),
    );
    expect(() => defineInstrument({} as InstrumentDefinition)).toThrow(/^Instrument definition "\?" is invalid:\n- id: must be a non-empty string\n- version/);
    expect(() => score({} as InstrumentDefinition, [])).toThrow(/^instrument is not a defined instrument: pass it to defineInstrument\(\) first/);
  });

  it('reports a value that cannot be read as a definition as one problem, never a crash', () => {
    const p = problems({ responseScales: { default: null } });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^the definition is not shaped like an InstrumentDefinition \(.+\)$/);
  });
});

describe('instrumentProblems: response scales', () => {
  it.each([
    ['min above max', { min: 3, max: 0, anchors: [] }, ['responseScales.default: min must be a number below max']],
    ['min equal to max', { min: 2, max: 2, anchors: [] }, ['responseScales.default: min must be a number below max']],
    [
      'a NaN min',
      { min: Number.NaN, max: 3, anchors: [] },
      ['responseScales.default: min must be a number below max', 'responseScales.default.step: must be positive and divide max - min'],
    ],
    [
      'an infinite max',
      { min: 0, max: Number.POSITIVE_INFINITY, anchors: [] },
      ['responseScales.default: min must be a number below max', 'responseScales.default.step: must be positive and divide max - min'],
    ],
    ['a negative step', { min: 0, max: 3, step: -1, anchors: [] }, ['responseScales.default.step: must be positive and divide max - min']],
    ['a step of 0', { min: 0, max: 3, step: 0, anchors: [] }, ['responseScales.default.step: must be positive and divide max - min']],
    [
      'a step that does not divide the range',
      { min: 0, max: 1, step: 0.3, anchors: [] },
      ['responseScales.default.step: must be positive and divide max - min'],
    ],
    [
      'anchors off the scale (below, above, between steps)',
      {
        min: 1,
        max: 2,
        step: 0.5,
        anchors: [
          { value: 0.5, label: 'x' },
          { value: 2.5, label: 'y' },
          { value: 1.25, label: 'z' },
          { value: 1.5, label: 'ok' },
        ],
      },
      [
        'responseScales.default.anchors[0]: value 0.5 is not on the scale',
        'responseScales.default.anchors[1]: value 2.5 is not on the scale',
        'responseScales.default.anchors[2]: value 1.25 is not on the scale',
      ],
    ],
  ])('%s', (_name, rs, expected) => {
    expect(problems({ responseScales: { default: rs } })).toEqual(expected);
  });

  it('accepts steps and anchors measured from min (not from 0), on scales no item uses', () => {
    const odd = {
      min: 1,
      max: 4,
      step: 3,
      anchors: [
        { value: 1, label: 'Low' },
        { value: 4, label: 'High' },
      ],
    };
    const half = { min: 1, max: 2, step: 0.5, anchors: [{ value: 1.5, label: 'Middle' }] };
    expect(problems({ responseScales: { default: scale03, odd, half } })).toEqual([]);
    expect(problems({ responseScales: { default: scale03, odd: { ...odd, anchors: [{ value: 3, label: 'x' }] } } })).toEqual([
      'responseScales.odd.anchors[0]: value 3 is not on the scale',
    ]);
  });
});

describe('instrumentProblems: items', () => {
  it.each([
    ['no items', { items: [], scales: [] }, ['items: at least one item is required']],
    ['items missing altogether', { items: undefined, scales: [] }, ['items: at least one item is required']],
    ['an empty item id', { items: [{ number: 1, id: '' }], scales: [] }, ['items[0].id: must be a non-empty string']],
    ['a numeric item id', { items: [{ number: 1, id: 7 }], scales: [] }, ['items[0].id: must be a non-empty string']],
    ['an item number of 0', { items: [{ number: 0, id: 'a' }], scales: [] }, ['items[0].number: must be a whole number of 1 or more']],
    ['a fractional item number', { items: [{ number: 1.5, id: 'a' }], scales: [] }, ['items[0].number: must be a whole number of 1 or more']],
    [
      'items out of order',
      {
        items: [
          { number: 2, id: 'a' },
          { number: 1, id: 'b' },
        ],
      },
      ['items[1].number: items must be listed in ascending item number (1 follows 2)'],
    ],
    [
      'two items with one number',
      {
        items: [
          { number: 1, id: 'a' },
          { number: 1, id: 'b' },
        ],
      },
      ['items[1].number: items must be listed in ascending item number (1 follows 1)'],
    ],
    [
      'an unknown response scale',
      { items: [{ number: 1, id: 'a', responseScale: 'likert' }], scales: [] },
      ['items[0] ("a"): response scale "likert" is not in responseScales'],
    ],
    [
      'no default response scale for an item that names none',
      { responseScales: { other: scale03 }, items: [{ number: 1, id: 'a' }], scales: [] },
      ['items[0] ("a"): response scale "default" is not in responseScales'],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(problems(patch)).toEqual(expected);
  });
});

describe('instrumentProblems: scales and bands', () => {
  const withScale = (scale: Record<string, unknown>, patch: Record<string, unknown> = {}) =>
    problems({ scales: [{ id: 's', label: 'S', aggregate: 'sum', ...scale }], ...patch });

  it.each([
    ['a scale without items', { items: [] }, ['scales[0] ("s").items: a scale needs at least one item']],
    ['an item listed twice', { items: ['a', 'a'] }, ['scales[0] ("s").items: "a" is listed twice']],
    ['an unknown item', { items: ['a', 'zz'] }, ['scales[0] ("s").items: "zz" is not an item']],
    ['a reversed item listed twice', { items: ['a', 'b'], reversed: ['a', 'a'] }, ['scales[0] ("s").reversed: an item is listed twice']],
    ['an unknown aggregate', { items: ['a'], aggregate: 'median' }, ['scales[0] ("s").aggregate: must be "sum" or "mean"']],
  ])('%s', (_name, scale, expected) => {
    expect(withScale(scale)).toEqual(expected);
  });

  it('says when a scale id is used twice', () => {
    expect(
      problems({
        scales: [
          { id: 's', label: 'S', items: ['a'], aggregate: 'sum' },
          { id: 's', label: 'S again', items: ['b'], aggregate: 'sum' },
        ],
      }),
    ).toEqual(['scales[1] ("s").id: used twice']);
  });

  it('names the response scales found when a scale mixes them, and checks no bands against either', () => {
    const patch = {
      responseScales: { default: scale03, wide: { min: 1, max: 7, anchors: [] } },
      items: [
        { number: 1, id: 'a' },
        { number: 2, id: 'b', responseScale: 'wide' },
      ],
    };
    expect(withScale({ items: ['a', 'b'], bands: [{ min: 0, max: 99, label: 'All' }] }, patch)).toEqual([
      'scales[0] ("s").items: all items of a scale must share one response scale (found default, wide)',
    ]);
  });

  it('checks bands of a sum against min·k … max·k, also when the items name their response scale', () => {
    const patch = {
      responseScales: { likert: { min: 1, max: 5, anchors: [] } },
      items: [
        { number: 1, id: 'a', responseScale: 'likert' },
        { number: 2, id: 'b', responseScale: 'likert' },
      ],
    };
    const bands = (b: readonly { min: number; max: number; label: string }[]) => withScale({ items: ['a', 'b'], bands: b }, patch);
    expect(
      bands([
        { min: 2, max: 5, label: 'Low' },
        { min: 6, max: 10, label: 'High' },
      ]),
    ).toEqual([]);
    expect(bands([{ min: 0, max: 10, label: 'All' }])).toEqual(['scales[0] ("s").bands: the first band starts at 0, but the scale\'s lowest value is 2']);
    expect(bands([{ min: 2, max: 12, label: 'All' }])).toEqual(['scales[0] ("s").bands: the last band ends at 12, but the scale\'s highest value is 10']);
  });

  it('checks bands of a mean against min … max, on a grid of step / k', () => {
    const mean = (b: readonly { min: number; max: number; label: string }[]) => withScale({ items: ['a', 'b'], aggregate: 'mean', bands: b });
    expect(
      mean([
        { min: 0, max: 1.5, label: 'Low' },
        { min: 2, max: 3, label: 'High' },
      ]),
    ).toEqual([]);
    expect(
      mean([
        { min: 0, max: 1, label: 'Low' },
        { min: 2, max: 3, label: 'High' },
      ]),
    ).toEqual(['scales[0] ("s").bands: gap between "Low" (ends 1) and "High" (starts 2); the scale takes values every 0.5']);
  });

  it('accepts a one-value band and refuses a band whose min is above its max', () => {
    const b = (bands: readonly { min: number; max: number; label: string }[]) => withScale({ items: ['a', 'b'], bands });
    expect(
      b([
        { min: 0, max: 0, label: 'None' },
        { min: 1, max: 6, label: 'Some' },
      ]),
    ).toEqual([]);
    expect(
      b([
        { min: 0, max: 3, label: 'Low' },
        { min: 5, max: 4, label: 'Odd' },
        { min: 5, max: 6, label: 'High' },
      ]),
    ).toEqual([
      'scales[0] ("s").bands[1] ("Odd"): min 5 is above max 4',
      'scales[0] ("s").bands: gap between "Low" (ends 3) and "Odd" (starts 5); the scale takes values every 1',
    ]);
  });
});

describe('instrumentProblems: derived scores, flags and the missing-data policy', () => {
  const derived = (d: Record<string, unknown>) => problems({ derived: [{ id: 'd', label: 'D', ...d }] });

  it.each([
    [
      'an id shared with a scale',
      { id: 'total', kind: 'linear', terms: [] },
      'derived[0] ("total").id: used twice (derived and scale ids share one namespace)',
    ],
    ['a linear term on an unknown item', { kind: 'linear', terms: [{ item: 'zz', weight: 1 }] }, 'derived[0] ("d").terms[0]: refers to unknown item "zz"'],
    [
      'a linear term on an unknown scale',
      {
        kind: 'linear',
        terms: [
          { item: 'a', weight: 1 },
          { scale: 'zz', weight: 1 },
        ],
      },
      'derived[0] ("d").terms[1]: refers to unknown scale "zz"',
    ],
    [
      'a criterion on an unknown item',
      { kind: 'criteria-count', criteria: [{ item: 'zz', min: 1 }], core: [], outcomes: [{ label: 'x', minCount: 0, requiresCore: false }] },
      'derived[0] ("d").criteria[0]: refers to unknown item "zz"',
    ],
    [
      'a core item that is not a criterion',
      { kind: 'criteria-count', criteria: [{ item: 'a', min: 1 }], core: ['b'], outcomes: [{ label: 'x', minCount: 0, requiresCore: false }] },
      'derived[0] ("d").core: "b" is not one of the criteria',
    ],
    [
      'a criteria count without outcomes',
      { kind: 'criteria-count', criteria: [{ item: 'a', min: 1 }], core: [], outcomes: [] },
      'derived[0] ("d").outcomes: at least one outcome is required',
    ],
    ['rules without a rule', { kind: 'rules', rules: [], tieRule: 'at or above' }, 'derived[0] ("d").rules: at least one rule is required'],
    [
      'a rule condition on an unknown scale',
      {
        kind: 'rules',
        rules: [
          { label: 'x', when: [{ scale: 'total', min: 1 }] },
          {
            label: 'y',
            when: [
              { item: 'a', min: 1 },
              { scale: 'zz', min: 1 },
            ],
          },
        ],
        tieRule: 'at or above',
      },
      'derived[0] ("d").rules[1].when[1]: refers to unknown scale "zz"',
    ],
    [
      'a rule condition without bounds',
      { kind: 'rules', rules: [{ label: 'x', when: [{ item: 'a' }] }], tieRule: 'at or above' },
      'derived[0] ("d").rules[0].when[0]: needs a min or a max',
    ],
    [
      'rules without a tie rule',
      { kind: 'rules', rules: [{ label: 'x', when: [{ item: 'a', min: 1 }] }], tieRule: '' },
      'derived[0] ("d").tieRule: say how a value at a cut-off is treated',
    ],
  ])('%s', (_name, d, expected) => {
    expect(derived(d)).toEqual([expected]);
  });

  it('says when two derived scores share an id', () => {
    const linear = { kind: 'linear', label: 'D', terms: [{ item: 'a', weight: 1 }] };
    expect(
      problems({
        derived: [
          { id: 'd', ...linear },
          { id: 'd', ...linear },
        ],
      }),
    ).toEqual(['derived[1] ("d").id: used twice (derived and scale ids share one namespace)']);
  });

  it('checks flags: unknown references, missing bounds, repeated ids', () => {
    expect(
      problems({
        flags: [
          { id: 'f', level: 'urgent', when: { scale: 'nope', min: 1 }, message: 'm', clientMessage: 'c' },
          { id: 'f', level: 'info', when: { item: 'a' }, message: 'm', clientMessage: 'c' },
          { id: 'g', level: 'warning', when: { item: 'b', max: 0 }, message: 'm', clientMessage: 'c' },
          { id: 'h', level: 'review', when: { item: 'b', unanswered: true, min: 1 }, message: ' ', clientMessage: '' },
          { id: 'i', level: 'severe', when: { item: 'b', unanswered: true }, message: 'm', clientMessage: 'c' },
        ],
      }),
    ).toEqual([
      'flags[0] ("f").when: refers to unknown scale "nope"',
      'flags[1].id: "f" is used twice',
      'flags[1] ("f").when: needs a min or a max',
      'flags[3] ("h").when: an unanswered condition takes no min or max',
      'flags[3] ("h").message: the clinician\'s message is required',
      'flags[3] ("h").clientMessage: the person\'s message is required',
      'flags[4] ("i").level: must be "urgent", "review", "warning" or "info"',
    ]);
  });

  it.each([
    [{ kind: 'prorate', maxMissing: -1, source: 's' }, ['missing.maxMissing: must be a whole number of 0 or more']],
    [{ kind: 'prorate', maxMissing: 1.5, source: 's' }, ['missing.maxMissing: must be a whole number of 0 or more']],
    [{ kind: 'prorate', maxMissing: 0, source: 's' }, []],
    [{ kind: 'prorate', maxMissing: 2, source: '' }, ['missing.source: prorating needs the published source that allows it']],
    [{ kind: 'complete' }, []],
  ])('missing policy %j', (missing, expected) => {
    expect(problems({ missing })).toEqual(expected);
  });
});
