import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { pbiMother } from '../../../src/instruments/pbi.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { rq } from '../../../src/instruments/rq.js';
import { SQL_DIALECTS, type SqlDialect, toSql } from '../../../src/interop/sql/index.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';
import { featureful } from './_fixture.js';

// BigQuery and Spark have no engine here: their queries are pinned by golden files (reviewed by
// hand against each dialect's reference), and BigQuery's also by node-sql-parser's BigQuery grammar.
// node-sql-parser has no Spark grammar (its Hive grammar knows neither TRY_CAST nor STRUCT(t.*)).
const defs: readonly InstrumentDefinition[] = [phq9, pbiMother, rq, featureful];
const dialects: readonly SqlDialect[] = ['bigquery', 'spark', 'duckdb', 'postgres'];

describe('golden queries', () => {
  it.each(dialects.flatMap((d) => defs.map((def) => [d, def.id, def] as const)))('%s %s', async (dialect, id, def) => {
    const sql = toSql(def, { dialect, from: dialect === 'bigquery' ? ['my-project', 'survey', 'responses'] : 'responses', itemColumns: 'q{n}' });
    await expect(sql).toMatchFileSnapshot(`golden/${dialect}-${id}.sql`);
  });
});

describe('BigQuery queries parse with a BigQuery grammar', () => {
  const parser = new Parser();
  it.each(defs.map((d) => [d.id, d] as const))('%s', (_id, def) => {
    const sql = toSql(def, {
      dialect: 'bigquery',
      from: ['my-project', 'survey', 'responses'],
      itemColumns: Object.fromEntries(def.items.map((it) => [it.id, `it's ${it.number}`])),
    });
    expect(() => parser.astify(sql, { database: 'BigQuery' })).not.toThrow();
    // The grammar does reject a query whose quoting is broken.
    expect(() => parser.astify(sql.replace("`it's", "it's"), { database: 'BigQuery' })).toThrow();
  });
});

it('writes every dialect the list names', () => {
  expect([...SQL_DIALECTS].sort()).toEqual([...dialects].sort());
});
