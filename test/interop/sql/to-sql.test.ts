import { describe, expect, it } from 'vitest';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { SqlCompileError, toSql } from '../../../src/interop/sql/index.js';
import { DefinitionError } from '../../../src/scoring/check.js';
import type { InstrumentDefinition, ScaleDefinition } from '../../../src/scoring/types.js';

const feature = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlCompileError) return e.feature;
    throw e;
  }
  return 'no error';
};

describe('toSql refuses what it cannot compile, naming it', () => {
  it('an unknown derived kind', () => {
    const def = {
      ...gad7,
      id: 'x',
      derived: [{ kind: 'irt', id: 'theta', label: 'Theta', rules: [{ label: 'a', when: [{ item: 'gad7-1', min: 1 }] }], tieRule: 'none' }],
    } as unknown as InstrumentDefinition;
    expect(feature(() => toSql(def, { dialect: 'duckdb', from: 't', itemColumns: 'q{n}' }))).toBe('derived[0].kind');
  });
  it('an item template without a placeholder, a record missing an item or naming a stranger', () => {
    expect(feature(() => toSql(gad7, { dialect: 'duckdb', from: 't', itemColumns: 'q' }))).toBe('itemColumns');
    expect(feature(() => toSql(gad7, { dialect: 'duckdb', from: 't', itemColumns: { 'gad7-1': 'a' } }))).toBe('itemColumns');
    const all = Object.fromEntries(gad7.items.map((it) => [it.id, it.id]));
    expect(feature(() => toSql(gad7, { dialect: 'duckdb', from: 't', itemColumns: { ...all, nope: 'x' } }))).toBe('itemColumns');
  });
  it('an unknown dialect, an empty table name, a bad maxMissing', () => {
    expect(feature(() => toSql(gad7, { dialect: 'mysql' as 'duckdb', from: 't', itemColumns: 'q{n}' }))).toBe('dialect');
    expect(feature(() => toSql(gad7, { dialect: 'duckdb', from: [], itemColumns: 'q{n}' }))).toBe('from');
    expect(feature(() => toSql(gad7, { dialect: 'duckdb', from: 't', itemColumns: 'q{n}', prorate: { maxMissing: -1 } }))).toBe('prorate.maxMissing');
  });
  it('a name PostgreSQL would cut short (63 bytes), but not in DuckDB', () => {
    const long = 'x'.repeat(64);
    expect(feature(() => toSql(gad7, { dialect: 'postgres', from: long, itemColumns: 'q{n}' }))).toBe(`identifier "${long.slice(0, 40)}"`);
    expect(() => toSql(gad7, { dialect: 'duckdb', from: long, itemColumns: 'q{n}' })).not.toThrow();
  });
  it('two output columns with one name', () => {
    const def = { ...gad7, id: 'x', scales: [...gad7.scales, { id: 'total_band', label: 'T', items: ['gad7-1'], aggregate: 'sum' as const }] };
    expect(feature(() => toSql(def, { dialect: 'duckdb', from: 't', itemColumns: 'q{n}' }))).toBe('output column "total_band"');
  });
  it('an invalid definition, with the engine’s own DefinitionError', () => {
    const def = { ...gad7, id: 'x', scales: [{ id: 's', label: 'S', items: ['nope'], aggregate: 'sum' as const }] };
    expect(() => toSql(def, { dialect: 'duckdb', from: 't', itemColumns: 'q{n}' })).toThrow(DefinitionError);
  });
});

describe('quoting: nothing from the caller is written unquoted', () => {
  const hostile = `x"y'z\`w\\v`;
  it.each([
    ['duckdb', `"x""y'z\`w\\v"`, `'x"y''z\`w\\v'`],
    ['postgres', `"x""y'z\`w\\v"`, `'x"y''z\`w\\v'`],
    ['bigquery', '`x"y\'z\\`w\\\\v`', `'x"y\\'z\`w\\\\v'`],
    ['spark', '`x"y\'z``w\\v`', `'x"y\\'z\`w\\\\v'`],
  ] as const)('%s', (dialect, ident, literal) => {
    const def = { ...phq9, id: 'x', flags: [{ ...(phq9.flags[0] as (typeof phq9.flags)[0]), id: hostile }], derived: [] };
    const sql = toSql(def, { dialect, from: hostile, itemColumns: { ...Object.fromEntries(phq9.items.map((it) => [it.id, it.id])), 'phq9-1': hostile } });
    expect(sql).toContain(`FROM ${ident} AS _sb_src`);
    expect(sql).toContain(`_sb_src.${ident} AS`);
    expect(sql).toContain(`END AS ${ident},`);
    const withLabel = {
      ...def,
      scales: (def.scales as readonly ScaleDefinition[]).map((s) =>
        s.bands ? { ...s, bands: s.bands.map((b, i) => (i === 0 ? { ...b, label: hostile } : b)) } : s,
      ),
    };
    expect(toSql(withLabel, { dialect, from: 't', itemColumns: '{id}' })).toContain(`ELSE ${literal} END`);
  });
  it('a table name given in parts is quoted part by part', () => {
    expect(toSql(gad7, { dialect: 'postgres', from: ['my schema', 'responses'], itemColumns: 'q{n}' })).toContain('FROM "my schema"."responses" AS _sb_src');
  });
});
