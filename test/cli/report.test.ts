// `securebase report`: builds a progress report or chart from the CLI's own score output (wide
// CSV, NDJSON, JSON and --long), with every flag carried through, and clear errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Built, buildCli, type Run, runCli, STACK } from './_cli.js';

let b: Built;
beforeAll(async () => {
  b = await buildCli();
});
afterAll(() => b?.cleanup());

const file = (name: string, text: string): string => {
  const p = join(b.dir, name);
  writeFileSync(p, text);
  return p;
};
const userMistake = (r: Run, code: number): void => {
  expect(r.code).toBe(code);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^securebase: report: /);
};

// Three sessions of P1 (PHQ-9 18 → 15 → 7 with item 9 = 1 at session 1 and at session 3;
// GAD-7 12 → 11 → 5) and one of P2, rows out of time order.
const HEAD = 'id,session,phq9-1,phq9-2,phq9-3,phq9-4,phq9-5,phq9-6,phq9-7,phq9-8,phq9-9,phq9-10,gad7-1,gad7-2,gad7-3,gad7-4,gad7-5,gad7-6,gad7-7';
const SESSIONS = [
  HEAD,
  'P1,1,2,2,3,2,2,2,2,2,1,1,2,2,2,2,1,2,1',
  'P2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
  'P1,3,1,1,1,1,1,1,0,0,1,1,1,1,1,1,0,1,0',
  'P1,2,2,2,2,2,2,1,2,2,0,1,2,2,2,1,1,2,1',
].join('\n');

function scored(format: 'csv' | 'ndjson' | 'json', long = false): string {
  const input = file('sessions.csv', `${SESSIONS}\n`);
  const outName = `scores${long ? '-long' : ''}.${format}`;
  const r = runCli(b, ['score', 'phq-9,gad-7', input, '--format', format, ...(long ? ['--long'] : []), '-o', outName]);
  expect(r.code).toBe(0);
  return join(b.dir, outName);
}

describe('securebase report', () => {
  it('prints its help with the exit codes', () => {
    const r = runCli(b, ['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: securebase report');
    expect(r.stdout).toContain('Exit codes: 0 ok; 2 usage error; 3 input or file error');
  });

  it.each([
    ['csv', false],
    ['ndjson', false],
    ['json', false],
    ['csv', true],
    ['ndjson', true],
  ] as const)('reads the %s output (long: %s) and reports the person, time points sorted, flags first', (format, long) => {
    const scores = scored(format, long);
    const r = runCli(b, ['report', scores, '--person', 'P1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('# Progress report: P1\n')).toBe(true);
    const current = md.slice(md.indexOf('## Current flags'), md.indexOf('### Earlier flags'));
    expect(current).toContain('- urgent: PHQ-9 (phq9-item9) at session 3. This person said');
    expect(md.slice(md.indexOf('### Earlier flags'))).toContain('- urgent: PHQ-9 (phq9-item9) at session 1.');
    expect(md).toContain(
      'PHQ-9 total fell from 18 (Moderately severe) to 7 (Mild) over 3 sessions; reliable improvement from session 3; risk flags at session 1, session 3.',
    );
    expect(md).toContain('| session 2 | 15 | Moderately severe | -3 |  |');
    expect(md).toContain('GAD-7 total fell from 12 (Moderate) to 5 (Mild) over 3 sessions');
    expect(md).toContain('- Reliable recovery: yes');
    expect(md).not.toContain('P2');
  });

  it('prints the chart alone as SVG, with a flag marker for each flagged session', () => {
    const r = runCli(b, ['report', scored('csv'), '--person', 'P1', '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toContain('data-flag="phq9-item9" data-level="urgent" data-at="1"');
    expect(r.stdout).toContain('data-flag="phq9-item9" data-level="urgent" data-at="3"');
    expect(r.stdout).toContain('data-at="2" data-value="15"');
  });

  it('prints an HTML page with the chart inline, under --name', () => {
    const r = runCli(b, ['report', scored('ndjson'), '--person', 'P1', '--format', 'html', '--name', 'Client <1>']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h1>Progress report: Client &lt;1&gt;</h1>');
    expect(r.stdout).toContain('<figure><svg');
  });

  it('reads the time column named by --time and the person column named by --person-column', () => {
    const input = file('renamed.csv', `${SESSIONS.replace(/^id,session/, 'client,visit_date')}\n`.replace(/\nP1,(\d)/g, '\nP1,2025-0$1-01'));
    expect(runCli(b, ['score', 'phq-9', input, '-o', 'renamed-scores.csv']).code).toBe(0);
    const r = runCli(b, ['report', join(b.dir, 'renamed-scores.csv'), '--person', 'P1', '--person-column', 'client', '--time', 'visit_date']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('over 3 time points');
    expect(r.stdout).toContain('| 2025-02-01 | 15 | Moderately severe | -3 |  |');
  });

  it('refuses a missing --person (exit 2) and an unknown format (exit 2)', () => {
    userMistake(runCli(b, ['report', scored('csv')]), 2);
    userMistake(runCli(b, ['report', scored('csv'), '--person', 'P1', '--format', 'pdf']), 2);
  });

  it('names the file and the column when a column is missing (exit 3)', () => {
    const r = runCli(b, ['report', scored('csv'), '--person', 'P1', '--time', 'week_no']);
    userMistake(r, 3);
    expect(r.stderr).toContain('"week_no" (--time)');
    expect(r.stderr).toContain('scores.csv');
    const none = file('no-time.csv', 'row,id,instrument\n1,P1,phq-9\n');
    const r2 = runCli(b, ['report', none, '--person', 'P1']);
    userMistake(r2, 3);
    expect(r2.stderr).toContain('has no time column (looked for session, time, at, date, timepoint, visit, week); name it with --time');
  });

  it('names the person, the file, the line and the column for bad input (exit 3)', () => {
    userMistake(runCli(b, ['report', scored('csv'), '--person', 'P9']), 3);
    const text = `${'row,id,session,instrument,version,total,total_band,flags,flag_levels,flag_messages'}\n1,P1,1,phq-9,1.0.0,lots,,,,\n`;
    const r = runCli(b, ['report', file('bad.csv', text), '--person', 'P1']);
    userMistake(r, 3);
    expect(r.stderr).toContain('bad.csv" line 2, column "total": "lots" is not a number');
    const r2 = runCli(b, ['report', file('other.csv', text.replace('phq-9,1.0.0,lots', 'xyz,1.0.0,3')), '--person', 'P1']);
    userMistake(r2, 3);
    expect(r2.stderr).toContain('column "instrument": "xyz" is not a known instrument');
    userMistake(runCli(b, ['report', join(b.dir, 'missing.csv'), '--person', 'P1']), 3);
  });
});
