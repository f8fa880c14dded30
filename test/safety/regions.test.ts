// The shipped crisis data: every entry valid, sourced and dated; ids unique and prefixed by their
// region; every region with its emergency number(s), as read on the sources named in each file.
import { describe, expect, it } from 'vitest';
import { _contactProblems, type CrisisContact, crisisResources, type RegionResources, regionResources } from '../../src/safety/index.js';

describe('shipped regions', () => {
  it('ship at least US, CA, GB, IE, AU and NZ, each region once', () => {
    const codes = regionResources.map((r) => r.region);
    for (const c of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ']) expect(codes).toContain(c);
    expect(new Set(codes).size).toBe(codes.length);
  });

  for (const r of regionResources) {
    describe(r.region, () => {
      it('has no problem in any contact (the same check as an app override)', () => {
        expect(_contactProblems(r.contacts, `${r.region}.contacts`)).toEqual([]);
      });

      it('names ids that start with the lower-case region code', () => {
        for (const c of r.contacts) expect(c.id.startsWith(`${r.region.toLowerCase()}-`), c.id).toBe(true);
      });

      it('has an emergency number, listed first, and a crisis line or a domestic-abuse line', () => {
        const first = r.contacts[0];
        expect(first?.kind).toBe('emergency');
        expect(first?.phone).toMatch(/^\d+$/);
        expect(r.contacts.some((c) => c.kind !== 'emergency')).toBe(true);
        const kinds = r.contacts.map((c) => c.kind);
        expect(kinds.lastIndexOf('emergency')).toBeLessThan(kinds.findIndex((k) => k !== 'emergency'));
      });

      it('cites an https page and a check date for every contact', () => {
        for (const c of r.contacts) {
          expect(c.source.url).toMatch(/^https:\/\//);
          expect(c.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      });

      it('is what crisisResources returns, frozen', () => {
        const got = crisisResources(r.region);
        expect(got).toEqual(r);
        expect(Object.isFrozen(got)).toBe(true);
        expect(Object.isFrozen(got?.contacts[0])).toBe(true);
      });
    });
  }

  it('has unique ids across all regions', () => {
    const ids = regionResources.flatMap((r) => r.contacts.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the emergency numbers read on the cited pages', () => {
    const emergency = Object.fromEntries(regionResources.map((r) => [r.region, r.contacts.filter((c) => c.kind === 'emergency').map((c) => c.phone)]));
    expect(emergency).toEqual({
      AU: ['000'],
      CA: ['911'],
      DE: ['112', '110'],
      ES: ['112'],
      FR: ['112', '15'],
      GB: ['999'],
      IE: ['112', '999'],
      NZ: ['111'],
      US: ['911'],
    });
  });

  it('carries no old, retired number (the UK Samaritans 08457 numbers still circulate)', () => {
    const numbers = (regionResources as readonly RegionResources[])
      .flatMap((r) => (r.contacts as readonly CrisisContact[]).flatMap((c) => [c.phone, c.text?.number]))
      .filter(Boolean);
    for (const n of numbers) expect(n?.replace(/\D/g, '').startsWith('08457'), n).toBe(false);
    expect(crisisResources('GB')?.contacts.find((c) => c.id === 'gb-samaritans')?.phone).toBe('116 123');
  });

  it('would report a bad shipped entry (the check can fail)', () => {
    const broken = [{ ...regionResources[0]?.contacts[0], phone: '0845 7 90 90 90 (local rate)' }];
    expect(_contactProblems(broken, 'XX.contacts')).toEqual([
      'XX.contacts[0].phone: expected digits, spaces or hyphens as dialled (such as "116 123"), received "0845 7 90 90 90 (local r"…',
    ]);
  });
});
