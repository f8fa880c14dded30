import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../../../src/instruments/registry.js';
import { toSql } from '../../../src/interop/sql/index.js';
import type { InstrumentDefinition, ScoreOptions } from '../../../src/scoring/types.js';
import { compareRows, generateRows, itemCol, itemColumns } from './_differential.js';
import { featureful } from './_fixture.js';

// Every registered instrument on 10,000 rows with its own missing-data policy; again on 2,000 rows
// with prorating asked for; the made-up instrument with every other feature on 10,000 rows each way.
const ROWS = 10_000;
const cases: readonly (readonly [InstrumentDefinition, ScoreOptions | undefined, number])[] = [
  ...instruments.map((d): readonly [InstrumentDefinition, undefined, number] => [d, undefined, ROWS]),
  ...instruments.map((d): readonly [InstrumentDefinition, ScoreOptions, number] => [d, { prorate: { maxMissing: 2 } }, 2_000]),
  [featureful, undefined, ROWS],
  [featureful, { prorate: false }, ROWS],
];

const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
});
afterAll(() => db?.closeSync());

describe('toSql in DuckDB equals score on every output column', () => {
  it.each(cases.map(([d, o, count], k) => [`${d.id}${o ? ` ${JSON.stringify(o)}` : ''} (${count} rows)`, d, o, count, k] as const))(
    '%s',
    async (_name, def, options, count, k) => {
      const con = await db.connect();
      const rows = generateRows(def, count, 1000 + k);
      const table = `resp ${k}`;
      const cols = def.items.map((_, i) => `${q(itemCol(def, i))} VARCHAR`);
      await con.run(`CREATE TABLE ${q(table)} (row_id INTEGER, note VARCHAR, ${cols.join(', ')})`);
      const app = await con.createAppender(table);
      rows.forEach((r, j) => {
        app.appendInteger(j);
        app.appendVarchar(`note ${j} "it's"`);
        for (const c of r) c === null ? app.appendNull() : app.appendVarchar(c);
        app.endRow();
      });
      app.closeSync();
      const sql = toSql(def, {
        dialect: 'duckdb',
        from: table,
        itemColumns: itemColumns(def),
        ...(options?.prorate !== undefined ? { prorate: options.prorate } : {}),
      });
      const got = (await con.runAndReadAll(`SELECT * FROM (${sql}) ORDER BY row_id`)).getRowObjectsJS() as Record<string, unknown>[];
      const withProrated = sql.includes('_prorated');
      const { diffs, cells } = compareRows(def, got, rows, options, withProrated);
      expect(diffs).toEqual([]);
      expect(cells).toBeGreaterThanOrEqual(count * 4);
      con.closeSync();
    },
    30_000,
  );
});
