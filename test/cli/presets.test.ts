// End to end on real-shaped exports: a REDCap raw CSV export and a Qualtrics CSV export (three
// header rows), plus fault injection on a closed stdout.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gad7, phq9 } from '../../src/instruments/index.js';
import { score } from '../../src/scoring/score.js';
import { type Built, buildCli, counts, runCli, runCliAsync, STACK } from './_cli.js';

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
const table = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const people = [
  [0, 1, 0, 1, 0, 1, 0, 0, 0, 1],
  [2, 2, 3, 1, 2, 2, 1, 1, 2, 2],
  [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
];

// A REDCap raw export ("CSV / Microsoft Excel (raw data)"): record_id first, then the
// longitudinal and repeating-instrument columns, the survey timestamp, the fields with their
// variable names (lower case, digits and "_"), and the form's <form>_complete status (0, 1, 2).
const REDCAP_HEADER = [
  'record_id',
  'redcap_event_name',
  'redcap_repeat_instrument',
  'redcap_repeat_instance',
  'phq9_timestamp',
  ...phq9.items.map((it) => it.id.replace('-', '_')),
  'phq9_complete',
];

describe('--preset redcap', () => {
  it('scores a REDCap raw export: record_id and the redcap_* columns pass through', () => {
    const rows = people.map((a, p) => [`${p + 1}`, 'baseline_arm_1', '', '', `2026-11-0${p + 1} 10:15:03`, ...a, '2']);
    const text = `${[REDCAP_HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
    const r = runCli(b, ['score', 'phq-9', file('redcap.csv', text), '--preset', 'redcap']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(counts(r.stderr)).toEqual({ read: 3, scored: 3, errors: 0 });
    const out = table(r.stdout);
    out.forEach((o, p) => {
      const want = score(phq9, people[p] as number[]);
      expect(o.row).toBe(String(p + 1));
      expect(o.record_id).toBe(String(p + 1));
      expect(o.redcap_event_name).toBe('baseline_arm_1');
      expect(o.phq9_complete).toBe('2');
      expect(o.total).toBe(String(want.scales.total.value));
      expect(o.flags).toBe(want.flags.map((f) => f.id).join(';'));
    });
    expect(out[1]?.flags).toContain('phq9-item9');
  });

  it('--item-columns reads upper-case names, and a column past the last item is an error', () => {
    const header = ['id', ...gad7.items.slice(0, 7).map((it) => `GAD7_${it.number}`)];
    const r = runCli(b, ['score', 'gad-7', file('gad-upper.csv', `${header.join(',')}\na,3,3,3,3,3,3,3\n`), '--item-columns', 'gad7_{n}']);
    expect(r.code).toBe(0);
    expect(table(r.stdout)[0]?.total).toBe(String(score(gad7, [3, 3, 3, 3, 3, 3, 3]).scales.total.value));
    expect(r.stderr).toContain('no column for item 8 ("gad7-8", "8", "gad7_8")');
    const bad = runCli(b, ['score', 'gad-7', file('gad-extra.csv', `${[...header, 'GAD7_9'].join(',')}\na,3,3,3,3,3,3,3,0\n`), '--item-columns', 'gad7_{n}']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/column "GAD7_9" looks like an item/);
  });

  it('--map FILE (CSV or JSON) names any other columns', () => {
    const data = file('mapped.csv', `who,anhedonia,mood\na,2,3\n`);
    const csvMap = file('map.csv', 'column,item\nanhedonia,phq9-1\nMOOD,2\n');
    const jsonMap = file('map.json', JSON.stringify({ anhedonia: 'phq9-1', mood: 2 }));
    for (const map of [csvMap, jsonMap]) {
      const r = runCli(b, ['score', 'phq-9', data, '--map', map, '--prorate', '8']);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.code).toBe(0);
      expect(table(r.stdout)[0]?.total_answered).toBe('2');
    }
    const wrong = runCli(b, ['score', 'phq-9', data, '--map', file('map-bad.json', '{"mood":"phq9-99"}')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--map names "phq9-99" for column "mood", but phq-9 has no such item/);
  });
});

// A Qualtrics CSV export: three header rows (the export tags such as Q1_1, the question text,
// then {"ImportId":...} cells); a matrix question's columns are Q<k>_<n>.
const QUALTRICS_META = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId'];

describe('--preset qualtrics', () => {
  it('skips the two extra header rows, finds the matrix block, and numbers rows from the first response', () => {
    const items = Array.from({ length: 9 }, (_, i) => `Q3_${i + 1}`);
    const header = [...QUALTRICS_META, 'Q1', ...items, 'Q4'];
    const text2 = [
      ...QUALTRICS_META.map((m) => m.replace(/([a-z])([A-Z])/g, '$1 $2')),
      'Consent',
      ...items.map((_, i) => `"PHQ-9 item ${i + 1}, as licensed"`),
      'Difficulty',
    ];
    const text3 = [...QUALTRICS_META, 'QID1', ...items.map((q) => q.replace('Q3', 'QID3')), 'QID4'].map((id) => `"{""ImportId"":""${id}""}"`);
    const rows = people.map((a, p) => [
      '2026-11-02 10:00:00',
      '2026-11-02 10:05:00',
      '0',
      '',
      '100',
      '300',
      '1',
      '2026-11-02 10:05:01',
      `R_${p}abc`,
      '1',
      ...a.slice(0, 9),
      String(a[9]),
    ]);
    const text = [header.join(','), text2.join(','), text3.join(','), ...rows.map((r) => r.join(','))].join('\n');
    const r = runCli(b, ['score', 'phq-9', file('qualtrics.csv', `${text}\n`), '--preset', 'qualtrics']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(counts(r.stderr)).toEqual({ read: 3, scored: 3, errors: 0 });
    expect(r.stderr).toContain('no column for item 10');
    const out = table(r.stdout);
    out.forEach((o, p) => {
      expect(o.row).toBe(String(p + 1));
      expect(o.ResponseId).toBe(`R_${p}abc`);
      expect(o.total).toBe(String(score(phq9, (people[p] as number[]).slice(0, 9)).scales.total.value));
    });
  });

  it('two blocks that fit equally ask for --item-columns (exit 3)', () => {
    const header = [...Array.from({ length: 9 }, (_, i) => `Q1_${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `Q2_${i + 1}`)];
    const r = runCli(b, ['score', 'phq-9', file('q-two.csv', `${header.join(',')}\nx\ny\n`), '--preset', 'qualtrics']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Q1 and Q2 both have columns for 9 items of phq-9; choose one with --item-columns/);
  });
});

describe('fault injection: a closed stdout', () => {
  it('stops non-zero, naming stdout and the rows written', async () => {
    let text = `id,${phq9.items.map((it) => it.number).join(',')}\n`;
    for (let p = 0; p < 20_000; p++) text += `p${p},0,0,0,0,0,0,0,0,0,0\n`;
    const r = await runCliAsync(b, ['score', 'phq-9', file('closed.csv', text)], { closeStdout: true });
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/cannot write stdout: the reader closed it; stopped after \d+ rows? (?:was|were) written/);
  });
});
