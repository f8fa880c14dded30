// Ireland. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 112 and 999: written answer of the Minister for Justice in the Oireachtas record of
//   2025-11-25 ("An Garda Síochána ... encouraging members of the public to always call 112 or 999
//   in an emergency"), read as reproduced by kildarestreet.com.
// - Samaritans 116 123 (free to call, 24 hours): samaritans.org ("Contact a Samaritan"; Samaritans
//   Ireland news release of 2015-12-16 on the free-to-call helpline).
// - Women's Aid 24hr National Freephone Helpline 1800 341 900: womensaid.ie (media release of
//   2016-09-05 on the helpline going 24/7; the number from the womensaid.ie campaign page).
import type { RegionResources } from '../types.js';

const OIREACHTAS = 'https://www.kildarestreet.com/wrans/?id=2025-11-25a.1853';

export const ie = {
  region: 'IE',
  name: 'Ireland',
  contacts: [
    {
      id: 'ie-112',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '112',
      hours: 'Any time',
      source: { url: OIREACHTAS, checked: '2026-12-06' },
    },
    {
      id: 'ie-999',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '999',
      hours: 'Any time',
      source: { url: OIREACHTAS, checked: '2026-12-06' },
    },
    {
      id: 'ie-samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      phone: '116 123',
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
      hours: '24 hours a day, every day',
      cost: 'Free to call',
      source: { url: 'https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year', checked: '2026-12-06' },
    },
    {
      id: 'ie-womens-aid',
      kind: 'domestic-abuse',
      name: "Women's Aid National Freephone Helpline",
      phone: '1800 341 900',
      url: 'https://www.womensaid.ie',
      hours: '24 hours a day, every day',
      cost: 'Free',
      audience: 'Women experiencing domestic abuse',
      source: {
        url: 'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
        checked: '2026-12-06',
      },
    },
  ],
} as const satisfies RegionResources;
