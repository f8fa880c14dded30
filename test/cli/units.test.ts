import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/cli/_errors.js';
import { lazy } from '../../src/cli/_lazy.js';
import { csvLayout, itemKeys, itemOf, looksLikeItem } from '../../src/cli/score/columns.js';
import { csvCell, csvLine, scoreColumns } from '../../src/cli/score/format.js';
import { cellValue, NOT_A_NUMBER } from '../../src/cli/score/values.js';
import { ecrR, instruments, phq9, rq } from '../../src/instruments/index.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';

describe('cellValue', () => {
  it('reads every whole number as itself, with or without spaces, sign or a ".0"', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('', ' ', '  '), fc.boolean(), (n, pad, dotZero) => {
        const s = `${pad}${n}${dotZero ? '.0' : ''}${pad}`;
        expect(cellValue(s, null)).toBe(n);
      }),
    );
  });

  it('reads plain decimals exactly as Number does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }), (i, f) => {
        const s = `${i}.${f}`;
        expect(cellValue(s, null)).toBe(Number(s));
      }),
    );
  });

  it('reads empty and blank cells as missing, and --na markers only when given', () => {
    expect(cellValue('', null)).toBeNull();
    expect(cellValue('   ', null)).toBeNull();
    expect(cellValue('NA', null)).toBe(NOT_A_NUMBER);
    expect(cellValue(' NA ', new Set(['NA']))).toBeNull();
    // A marker that is a digit wins over the number (e.g. --na 9 for "not answered").
    expect(cellValue('9', new Set(['9']))).toBeNull();
    expect(cellValue('8', new Set(['9']))).toBe(8);
  });

  it.each(['three', '3e0', '0x3', '1,5', 'NaN', 'Infinity', '-', '.', '3..0', '١', '３', '3 4'])('rejects %j', (s) => {
    expect(cellValue(s, null)).toBe(NOT_A_NUMBER);
  });

  it('accepts the plain decimal forms "3.", ".5" and "+3"', () => {
    expect(cellValue('3.', null)).toBe(3);
    expect(cellValue('.5', null)).toBe(0.5);
    expect(cellValue('+3', null)).toBe(3);
  });

  it('never returns anything but a finite number, null or NOT_A_NUMBER', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const v = cellValue(s, null);
        expect(v === null || v === NOT_A_NUMBER || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('csvCell and csvLine', () => {
  it('write every cell exactly as csv-stringify does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '=', '-', 'é', '😊') }), fc.boolean(), (s, formulas) => {
        expect(csvCell(s, formulas)).toBe(stringify([[s]], { eof: false, escape_formulas: formulas }));
      }),
    );
  });

  it('round-trips through csv-parse', async () => {
    const { parse } = await import('csv-parse/sync');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(parse(`${csvLine(cells)}\n`, { relax_quotes: false })).toEqual([cells]);
      }),
    );
  });
});

describe('columns', () => {
  it('finds items by id or number, case-insensitively, for every instrument', () => {
    for (const d of instruments) {
      const keys = itemKeys(d);
      d.items.forEach((it, i) => {
        expect(itemOf(keys, it.id)).toBe(i);
        expect(itemOf(keys, ` ${it.id.toUpperCase()} `)).toBe(i);
        expect(itemOf(keys, String(it.number))).toBe(i);
        expect(itemOf(keys, `0${it.number}`)).toBe(i);
      });
    }
  });

  it('treats digits and the item-id prefix as item-like, anything else as pass-through', () => {
    const k = itemKeys(ecrR);
    expect(k.prefix).toBe('ecrr-');
    expect(looksLikeItem(k, '37')).toBe(true);
    expect(looksLikeItem(k, 'ECRR-0')).toBe(true);
    expect(looksLikeItem(k, 'id')).toBe(false);
    expect(looksLikeItem(k, 'ecr_total')).toBe(false);
    expect(itemKeys(rq).prefix).toBe('rq-');
  });

  it('lays out a header: items, pass-through in order, absent items', () => {
    const header = ['id', ...phq9.items.slice(0, 9).map((it) => String(it.number)), 'site'];
    const l = csvLayout(itemKeys(phq9), header);
    expect(l.passNames).toEqual(['id', 'site']);
    expect(l.passColumns).toEqual([0, 10]);
    expect(Array.from(l.itemColumn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, -1]);
    expect(l.absentItems).toEqual(['phq9-10']);
  });

  it('keeps one empty-named column (a pandas index) but refuses two', () => {
    expect(csvLayout(itemKeys(ecrR), ['', 'ecrr-1']).passNames).toEqual(['']);
    expect(() => csvLayout(itemKeys(ecrR), ['', 'ecrr-1', ''])).toThrow(/appears twice/);
  });

  it('names every scale and derived score in the output columns, and always the flags', () => {
    for (const d of instruments as readonly InstrumentDefinition[]) {
      const cols = scoreColumns(d);
      for (const s of d.scales) expect(cols).toContain(s.id);
      for (const x of d.derived ?? []) expect(cols).toContain(x.id);
      expect(cols.slice(-3)).toEqual(['flags', 'flag_levels', 'flag_messages']);
      expect(new Set(cols).size).toBe(cols.length);
    }
  });
});

describe('lazy', () => {
  it('turns a missing room into a one-line "not available yet" usage error', async () => {
    const missing = Object.assign(new Error("Cannot find module '/x/planning/index.js'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const e = await lazy('plan', 'planning', () => Promise.reject(missing)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(EXIT.usage);
    expect((e as CliError).message).toBe('"securebase plan" is not available yet in this build (its planning module is missing)');
  });

  it('passes other errors through and returns the module when it loads', async () => {
    await expect(lazy('plan', 'planning', () => Promise.reject(new TypeError('boom')))).rejects.toThrow(TypeError);
    await expect(lazy('plan', 'planning', () => Promise.resolve(42))).resolves.toBe(42);
  });
});
