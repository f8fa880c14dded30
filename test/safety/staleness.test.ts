// Stale numbers are noticed before a release: a contact checked more than 12 months before the
// date recorded for the package's current version fails this test. Dates come from data (the
// version date is written by scripts/stamp-version-date.mjs), never from the clock.
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { regionResources, staleContacts } from '../../src/safety/index.js';
import type { RegionResources } from '../../src/safety/types.js';
import { STAMPED_VERSION, VERSION_DATE } from '../../src/safety/version-date.js';

const one = (checked: string): RegionResources => ({
  region: 'ZZ',
  name: 'Test',
  contacts: [{ id: 'zz-line', kind: 'crisis', name: 'Line', phone: '123', hours: 'Any time', source: { url: 'https://example.org', checked } }],
});

describe('staleness of the shipped data', () => {
  it('has a version date recorded for the current package version', () => {
    expect(STAMPED_VERSION).toBe(pkg.version);
    expect(VERSION_DATE).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
    expect((pkg.scripts as Record<string, string>)['version-packages']).toBe('changeset version && node scripts/stamp-version-date.mjs');
  });

  it('has no contact checked more than 12 months before that date', () => {
    expect(staleContacts(regionResources, VERSION_DATE)).toEqual([]);
  });

  it('has no contact checked after that date (a check date in the future is a typo)', () => {
    for (const r of regionResources) for (const c of r.contacts) expect(c.source.checked <= VERSION_DATE, c.id).toBe(true);
  });
});

describe('staleContacts', () => {
  it('reports a contact checked 12 months and a day before the version date', () => {
    expect(staleContacts([one('2025-12-05')], '2026-12-06')).toEqual([{ region: 'ZZ', id: 'zz-line', checked: '2025-12-05', oldestAccepted: '2025-12-06' }]);
  });

  it('accepts a contact checked exactly 12 months before', () => {
    expect(staleContacts([one('2025-12-06')], '2026-12-06')).toEqual([]);
  });

  it('fails the shipped data against a version date two years on', () => {
    const later = `${Number(VERSION_DATE.slice(0, 4)) + 2}${VERSION_DATE.slice(4)}`;
    expect(staleContacts(regionResources, later).length).toBe(regionResources.reduce((n, r) => n + r.contacts.length, 0));
  });

  it('crosses a year boundary and takes another window', () => {
    expect(staleContacts([one('2025-01-31')], '2026-01-31')).toEqual([]);
    expect(staleContacts([one('2025-01-30')], '2026-01-31').length).toBe(1);
    expect(staleContacts([one('2026-06-30')], '2026-12-31', 6).length).toBe(1);
    expect(staleContacts([one('2026-07-01')], '2026-12-31', 6).length).toBe(0);
  });

  it('names a wrong version date or window', () => {
    expect(() => staleContacts(regionResources, '6 Dec 2026')).toThrow(/versionDate.*YYYY-MM-DD/);
    expect(() => staleContacts(regionResources, '2026-12-06', -1)).toThrow(/months/);
  });
});
