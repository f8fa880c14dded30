import type { RegionResources } from './types.js';

/**
 * One contact whose check date is too old for the version being released.
 *
 * @category Safety
 */
export interface StaleContact {
  /** The region of the contact. */
  readonly region: string;
  /** The contact's id. */
  readonly id: string;
  /** When it was last checked, `YYYY-MM-DD`. */
  readonly checked: string;
  /** The oldest check date still accepted, `YYYY-MM-DD`. */
  readonly oldestAccepted: string;
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The contacts checked more than `months` (12 by default) before `versionDate`, the date the
 * package's current version was made. A number that was right a year ago may be wrong today, so
 * data must be checked again before a release. Pure: it compares dates from data, never the clock.
 *
 * @example
 * ```ts
 * const old = { region: 'ZZ', name: 'Example', contacts: [{ id: 'zz-line', kind: 'crisis', name: 'Line', phone: '123', hours: 'Any time', source: { url: 'https://example.org', checked: '2020-01-01' } }] } as const;
 * staleContacts([old], '2026-12-06').map((s) => s.id); // => ['zz-line']
 * staleContacts([old], '2020-06-01').length; // => 0
 * ```
 * @category Safety
 */
export function staleContacts(regions: readonly RegionResources[], versionDate: string, months = 12): readonly StaleContact[] {
  const m = DATE.exec(versionDate);
  if (m === null) throw new TypeError(`staleContacts(versionDate): expected a date YYYY-MM-DD, received ${JSON.stringify(String(versionDate)).slice(0, 26)}`);
  if (!(Number.isInteger(months) && months >= 0)) throw new TypeError('staleContacts(months): expected a whole number of months, 0 or more');
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - months;
  const oldestAccepted = `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${m[3]}`;
  const out: StaleContact[] = [];
  for (const r of regions)
    for (const c of r.contacts)
      if (c.source.checked < oldestAccepted) out.push(Object.freeze({ region: r.region, id: c.id, checked: c.source.checked, oldestAccepted }));
  return Object.freeze(out);
}
