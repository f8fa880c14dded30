// Two engine rules added for diagnostic algorithms and branching risk forms (issue 19):
// `criteria-count` outcomes may need a number of criteria met per named group (`minPerGroup`),
// and an `unanswered` condition on an item the form did not ask (its `askedWhen` rule is false)
// does not hold. Both are general: neither names an instrument.

import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DerivedResult, defineInstrument, type InstrumentDefinition, instrumentProblems, score } from '../../src/index.js';
import { toSql } from '../../src/interop/sql/index.js';

const r04 = { min: 0, max: 4, anchors: [] };

/** Four items in two groups; "both" needs one of each group, "x only" needs two of group x. */
const grouped = (): InstrumentDefinition =>
  defineInstrument({
    id: 'grouped',
    name: 'Grouped',
    version: '1.0.0',
    citations: [{ text: 'Test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: { default: r04 },
    items: [1, 2, 3, 4].map((n) => ({ number: n, id: `i${n}` })),
    scales: [{ id: 'total', label: 'Total', items: ['i1', 'i2', 'i3', 'i4'], aggregate: 'sum' }],
    derived: [
      {
        kind: 'criteria-count',
        id: 'dx',
        label: 'Dx',
        criteria: [
          { item: 'i1', min: 2, group: 'x' },
          { item: 'i2', min: 2, group: 'x' },
          { item: 'i3', min: 2, group: 'y' },
          { item: 'i4', min: 2 },
        ],
        core: [],
        outcomes: [
          { label: 'both', minCount: 0, requiresCore: false, minPerGroup: { x: 1, y: 1 } },
          { label: 'x only', minCount: 0, requiresCore: false, minPerGroup: { x: 2 } },
          { label: 'none', minCount: 0, requiresCore: false },
        ],
      },
    ],
  } as InstrumentDefinition);

/** A screen: item 2 is asked only after a yes to item 1; both have an unanswered flag. */
const branching = (): InstrumentDefinition =>
  defineInstrument({
    id: 'branching',
    name: 'Branching',
    version: '1.0.0',
    citations: [{ text: 'Test fixture' }],
    licence: { summary: 'test', itemTextIncluded: false },
    responseScales: { default: { min: 0, max: 1, anchors: [] } },
    items: [
      { number: 1, id: 'q1' },
      { number: 2, id: 'q2', askedWhen: { anyOf: [{ item: 'q1', min: 1 }] } },
    ],
    scales: [
      { id: 'a', label: 'A', items: ['q1'], aggregate: 'sum' },
      { id: 'b', label: 'B', items: ['q2'], aggregate: 'sum' },
    ],
    flags: [
      {
        id: 'q1-blank',
        level: 'review',
        when: { item: 'q1', unanswered: true },
        message: 'Question 1 was not answered: review it.',
        clientMessage: 'A question was left blank.',
      },
      {
        id: 'q2-blank',
        level: 'review',
        when: { item: 'q2', unanswered: true },
        message: 'Question 2 was asked but not answered.',
        clientMessage: 'A question was left blank.',
      },
    ],
  } as InstrumentDefinition);

const dx = (answers: readonly (number | null)[]): DerivedResult | undefined => (score(grouped(), answers).derived as Record<string, DerivedResult>).dx;

describe('criteria-count: minPerGroup', () => {
  it('names the first outcome whose per-group counts are met; an ungrouped criterion counts only in the total', () => {
    expect(dx([2, 0, 3, 0])).toEqual({ value: 2, label: 'both' });
    expect(dx([2, 4, 0, 4])).toEqual({ value: 3, label: 'x only' });
    expect(dx([2, 0, 0, 4])).toEqual({ value: 2, label: 'none' });
    expect(dx([2, null, 3, 0])).toEqual({ value: null, label: null });
  });

  it('reports an unknown group and a count that is not a whole number', () => {
    const def = grouped();
    const d = (def.derived as NonNullable<InstrumentDefinition['derived']>)[0] as Extract<
      NonNullable<InstrumentDefinition['derived']>[number],
      { kind: 'criteria-count' }
    >;
    const broken = { ...def, derived: [{ ...d, outcomes: [{ label: 'z', minCount: 0, requiresCore: false, minPerGroup: { z: 1, x: 1.5 } }] }] };
    expect(instrumentProblems(broken)).toEqual([
      'derived[0] ("dx").outcomes[0].minPerGroup: "z" is not the group of any criterion',
      'derived[0] ("dx").outcomes[0].minPerGroup.x: must be a whole number of 0 or more',
    ]);
  });

  it('property: the label equals a plain re-computation of the group rule', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }), (a) => {
        const x = [a[0], a[1]].filter((v) => (v as number) >= 2).length;
        const y = (a[2] as number) >= 2 ? 1 : 0;
        const want = x >= 1 && y >= 1 ? 'both' : x >= 2 ? 'x only' : 'none';
        expect(dx(a)?.label).toBe(want);
      }),
      { numRuns: 200 },
    );
  });
});

describe('unanswered conditions respect askedWhen', () => {
  it('a blank item the form did not ask raises no unanswered flag', () => {
    const r = score(branching(), [0, null]);
    expect(r.flags).toEqual([]);
    expect(r.notAsked).toEqual(['q2']);
  });

  it('a blank item the form asked raises it; so does one whose asking cannot be decided', () => {
    expect(score(branching(), [1, null]).flags.map((f) => f.id)).toEqual(['q2-blank']);
    expect(score(branching(), [null, null]).flags.map((f) => f.id)).toEqual(['q1-blank', 'q2-blank']);
    expect(score(branching(), [1, 0]).flags).toEqual([]);
  });

  it('SQL (DuckDB) gives the same flags and the same diagnosis labels as score', async () => {
    const db = await DuckDBInstance.create(':memory:');
    try {
      const con = await db.connect();
      const cases: [InstrumentDefinition, (number | null)[][]][] = [
        [
          branching(),
          [
            [0, null],
            [1, null],
            [null, null],
            [1, 0],
            [null, 1],
          ],
        ],
        [
          grouped(),
          [
            [2, 0, 3, 0],
            [2, 4, 0, 4],
            [2, 0, 0, 4],
            [2, null, 3, 0],
          ],
        ],
      ];
      for (const [def, rows] of cases) {
        const cols = def.items.map((it) => `"${it.id}" VARCHAR`).join(', ');
        await con.run(`CREATE TABLE "${def.id}" (${cols})`);
        for (const row of rows) await con.run(`INSERT INTO "${def.id}" VALUES (${row.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')})`);
        const got = (await con.runAndReadAll(toSql(def, { dialect: 'duckdb', from: def.id, itemColumns: '{id}' }))).getRowObjectsJson();
        rows.forEach((row, i) => {
          const want = score(def, row);
          for (const f of def.flags ?? []) expect(got[i]?.[f.id], `${def.id} row ${i} ${f.id}`).toBe(want.flags.some((x) => x.id === f.id));
          for (const d of def.derived ?? [])
            expect(got[i]?.[`${d.id}_label`] ?? null, `${def.id} row ${i}`).toBe((want.derived as Record<string, DerivedResult>)[d.id]?.label ?? null);
        });
      }
    } finally {
      db.closeSync();
    }
  });
});
