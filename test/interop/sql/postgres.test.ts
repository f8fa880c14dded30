import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instruments } from '../../../src/instruments/registry.js';
import { toSql } from '../../../src/interop/sql/index.js';
import type { InstrumentDefinition, ScoreOptions } from '../../../src/scoring/types.js';
import { compareRows, generateRows, itemCol, itemColumns } from './_differential.js';
import { featureful } from './_fixture.js';

// The same cases as in DuckDB, in real PostgreSQL (PGlite: PostgreSQL compiled to WebAssembly).
const ROWS = 10_000;
const cases: readonly (readonly [InstrumentDefinition, ScoreOptions | undefined, number])[] = [
  ...instruments.map((d): readonly [InstrumentDefinition, undefined, number] => [d, undefined, ROWS]),
  ...instruments.map((d): readonly [InstrumentDefinition, ScoreOptions, number] => [d, { prorate: { maxMissing: 2 } }, 2_000]),
  [featureful, undefined, ROWS],
  [featureful, { prorate: false }, ROWS],
];

const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
const lit = (s: string | null) => (s === null ? 'NULL' : `'${s.replaceAll("'", "''")}'`);

let pg: PGlite;
beforeAll(async () => {
  pg = new PGlite();
  await pg.waitReady;
});
afterAll(async () => {
  await pg?.close();
});

describe('toSql in PostgreSQL equals score on every output column', () => {
  it.each(cases.map(([d, o, count], k) => [`${d.id}${o ? ` ${JSON.stringify(o)}` : ''} (${count} rows)`, d, o, count, k] as const))(
    '%s',
    async (_name, def, options, count, k) => {
      const rows = generateRows(def, count, 1000 + k);
      const table = `resp ${k}`;
      const cols = def.items.map((_, i) => `${q(itemCol(def, i))} TEXT`);
      await pg.exec(`CREATE TABLE ${q(table)} (row_id INTEGER, note TEXT, ${cols.join(', ')})`);
      for (let s = 0; s < rows.length; s += 5000) {
        const values = rows.slice(s, s + 5000).map((r, j) => `(${s + j}, ${lit(`note ${s + j} "it's"`)}, ${r.map(lit).join(', ')})`);
        await pg.exec(`INSERT INTO ${q(table)} VALUES ${values.join(',\n')}`);
      }
      const sql = toSql(def, {
        dialect: 'postgres',
        from: table,
        itemColumns: itemColumns(def),
        ...(options?.prorate !== undefined ? { prorate: options.prorate } : {}),
      });
      const got = (await pg.query<Record<string, unknown>>(`SELECT * FROM (${sql}) AS scored ORDER BY row_id`)).rows;
      const { diffs, cells } = compareRows(def, got, rows, options, sql.includes('_prorated'));
      expect(diffs).toEqual([]);
      expect(cells).toBeGreaterThanOrEqual(count * 4);
      await pg.exec(`DROP TABLE ${q(table)}`);
    },
    30_000,
  );
});
