// Australia. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - Triple Zero 000 (free from any phone): Australian Communications and Media Authority,
//   "Emergency calls" (acma.gov.au).
// - Lifeline 13 11 14 (24-hour crisis line; free from mobiles, a local call from landlines): a
//   Lifeline centre's own FAQ (Lifeline Harbour to Hawkesbury). The text number is left out: only
//   news pages were found for it.
// - 1800RESPECT, 1800 737 732, text 0458 737 732: 1800respect.org.au terms page; 24 hours a day,
//   7 days a week: Department of Social Services (plan4womenssafety.dss.gov.au).
import type { RegionResources } from '../types.js';

export const au = {
  region: 'AU',
  name: 'Australia',
  contacts: [
    {
      id: 'au-000',
      kind: 'emergency',
      name: 'Triple Zero',
      phone: '000',
      hours: 'Any time',
      cost: 'Free from any phone',
      source: { url: 'https://www.acma.gov.au/emergency-calls', checked: '2026-12-06' },
    },
    {
      id: 'au-lifeline',
      kind: 'crisis',
      name: 'Lifeline',
      phone: '13 11 14',
      hours: '24 hours a day, every day',
      cost: 'Free from mobiles; a local call from landlines',
      source: { url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', checked: '2026-12-06' },
    },
    {
      id: 'au-1800respect',
      kind: 'domestic-abuse',
      name: '1800RESPECT',
      phone: '1800 737 732',
      text: { number: '0458 737 732' },
      url: 'https://www.1800respect.org.au',
      hours: '24 hours a day, every day',
      source: { url: 'https://www.1800respect.org.au/terms-and-conditions', checked: '2026-12-06' },
    },
  ],
} as const satisfies RegionResources;
