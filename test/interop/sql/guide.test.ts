// Runs docs/guides/sql.md where an engine is here: its sample rows, its result table and its dbt
// model, in DuckDB and in PostgreSQL (PGlite). Its ```ts blocks run in test/docs/examples.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { toSql } from '../../../src/interop/sql/index.js';

const guide = readFileSync(join(import.meta.dirname, '../../../docs/guides/sql.md'), 'utf8');
const section = (title: string) => guide.slice(guide.indexOf(`## ${title}`)).split(/\n## /)[0] as string;
const sqlBlock = (text: string) => (/```sql\n([\s\S]*?)```/.exec(text)?.[1] ?? '').trim();
const setup = sqlBlock(section('DuckDB'));

/** The result table printed in the guide, as rows of cells keyed by column. */
function shownTable(): Record<string, string>[] {
  const lines = section('DuckDB')
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('|---'));
  const cells = (l: string) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const head = cells(lines[0] as string);
  return lines.slice(1).map((l) => Object.fromEntries(cells(l).map((c, i) => [head[i], c])));
}
const show = (v: unknown): string => (v === null || v === undefined ? 'NULL' : String(v));

let duck: DuckDBInstance;
let pg: PGlite;
beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:');
  pg = new PGlite();
  await pg.exec(setup);
});
afterAll(async () => {
  duck?.closeSync();
  await pg?.close();
});

describe('docs/guides/sql.md', () => {
  it('shows 4 sample rows and a result for each', () => {
    expect(setup).toContain('CREATE TABLE responses');
    expect(shownTable()).toHaveLength(4);
  });
  it('DuckDB gives the table the guide shows', async () => {
    const con = await duck.connect();
    await con.run(setup);
    const got = (
      await con.runAndReadAll(`SELECT * FROM (${toSql(phq9, { dialect: 'duckdb', from: 'responses', itemColumns: 'q{n}' })}) ORDER BY person`)
    ).getRowObjectsJS();
    for (const [k, row] of shownTable().entries())
      for (const [col, want] of Object.entries(row)) expect([row.person, col, show(got[k]?.[col])]).toEqual([row.person, col, want]);
  });
  it('PostgreSQL gives the same table, and the view and the dbt model run', async () => {
    const query = toSql(phq9, { dialect: 'postgres', from: 'responses', itemColumns: 'q{n}' });
    await pg.exec(`CREATE VIEW phq9_scored AS\n${query}`);
    const got = (await pg.query<Record<string, unknown>>('SELECT * FROM phq9_scored ORDER BY person')).rows;
    for (const [k, row] of shownTable().entries())
      for (const [col, want] of Object.entries(row)) expect([row.person, col, show(got[k]?.[col])]).toEqual([row.person, col, want]);
    const model = sqlBlock(section('dbt'))
      .replace("{{ ref('stg_phq9') }}", 'responses')
      .replace(/^-- paste the output of:.*$/m, () => query);
    expect(model).not.toContain('{{');
    const viaDbt = (await pg.query<Record<string, unknown>>(`SELECT * FROM (${model}) AS m ORDER BY person`)).rows;
    expect(viaDbt).toEqual(got);
  });
});
