import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { toSql } from '../../../src/interop/sql/index.js';
import { type Built, buildCli, runCli } from '../../cli/_cli.js';

let b: Built;
beforeAll(async () => {
  b = await buildCli();
});
afterAll(() => b?.cleanup());

describe('securebase sql', () => {
  it('prints the query toSql writes', () => {
    const r = runCli(b, ['sql', 'phq-9', '--dialect', 'duckdb', '--from', 'responses', '--item-columns', 'q{n}']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toSql(phq9, { dialect: 'duckdb', from: 'responses', itemColumns: 'q{n}' }));
  });
  it('takes a qualified table name and a prorating limit', () => {
    const r = runCli(b, ['sql', 'PHQ-9', '--dialect', 'postgres', '--from', 'analytics', '--from', 'phq9_raw', '--item-columns', '{id}', '--prorate', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toSql(phq9, { dialect: 'postgres', from: ['analytics', 'phq9_raw'], itemColumns: '{id}', prorate: { maxMissing: 1 } }));
    expect(r.stdout).toContain('"total_prorated"');
  });
  it.each([
    [['sql', 'phq-9', '--from', 't', '--item-columns', 'q{n}'], '--dialect is required'],
    [['sql', 'phq-9', '--dialect', 'mysql', '--from', 't', '--item-columns', 'q{n}'], 'dialect'],
    [['sql', 'phq-9', '--dialect', 'duckdb', '--item-columns', 'q{n}'], '--from is required'],
    [['sql', 'phq-9', '--dialect', 'duckdb', '--from', 't'], '--item-columns is required'],
    [['sql', 'phq-9', '--dialect', 'duckdb', '--from', 't', '--item-columns', 'q'], 'itemColumns: the template "q" names no item'],
    [['sql', 'nope', '--dialect', 'duckdb', '--from', 't', '--item-columns', 'q{n}'], 'unknown instrument'],
  ])('usage error: %j', (args, message) => {
    const r = runCli(b, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
  it('has help', () => {
    const r = runCli(b, ['sql', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: securebase sql <instrument>');
  });
});
