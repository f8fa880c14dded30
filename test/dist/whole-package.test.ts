// The "whole package" bundle budget must bundle every entry point: a new entry left out of
// scripts/size-whole-package.mjs would grow the package without the budget seeing it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../../scripts/entries.mjs';

describe('scripts/size-whole-package.mjs', () => {
  it('re-exports every entry point of scripts/entries.mjs', () => {
    const text = readFileSync(new URL('../../scripts/size-whole-package.mjs', import.meta.url), 'utf8');
    const named = [...text.matchAll(/from '\.\.\/dist\/([\w-]+)\.js'/g)].map((m) => m[1]).sort();
    expect(named).toEqual(ENTRIES.map((e) => e.name).sort());
  });
});
