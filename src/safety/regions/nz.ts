// New Zealand. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 111 (free, even from a mobile with no credit): New Zealand Police, "Calling emergency 111".
// - 1737 Need to talk? (call or text 1737 any time, no charge): Ministry of Health news item of
//   2019-03-17 (health.govt.nz).
// - Women's Refuge crisis line 0800 733 843 (free from any phone, 24 hours a day, every day):
//   govt.nz "Domestic and family violence"; the number also on womensrefuge.org.nz.
import type { RegionResources } from '../types.js';

export const nz = {
  region: 'NZ',
  name: 'New Zealand',
  contacts: [
    {
      id: 'nz-111',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '111',
      hours: 'Any time',
      cost: 'Free, even with no credit',
      source: { url: 'https://www.police.govt.nz/contact-us/calling-emergency-111', checked: '2026-12-06' },
    },
    {
      id: 'nz-1737',
      kind: 'crisis',
      name: '1737 Need to talk?',
      phone: '1737',
      text: { number: '1737' },
      hours: '24 hours a day, every day',
      cost: 'Free',
      source: {
        url: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        checked: '2026-12-06',
      },
    },
    {
      id: 'nz-womens-refuge',
      kind: 'domestic-abuse',
      name: "Women's Refuge crisis line",
      phone: '0800 733 843',
      url: 'https://womensrefuge.org.nz/get-help/',
      hours: '24 hours a day, every day',
      cost: 'Free from any phone',
      source: {
        url: 'https://www.govt.nz/browse/law-crime-and-justice/abuse-harassment-domestic-violence/domestic-and-family-violence/',
        checked: '2026-12-06',
      },
    },
  ],
} as const satisfies RegionResources;
