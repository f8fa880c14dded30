// United Kingdom. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 999: North West Boroughs Healthcare NHS Foundation Trust, "Help in a crisis" (an NHS page).
// - Samaritans 116 123 (free from landlines and mobiles, 24 hours a day, every day): samaritans.org,
//   "Contact a Samaritan" and a Samaritans branch page. The old 08457 number is not used.
// - National Domestic Abuse Helpline 0808 2000 247 (free, 24 hours a day, 7 days a week, for women):
//   refuge.org.uk, Refuge runs the helpline.
import type { RegionResources } from '../types.js';

export const gb = {
  region: 'GB',
  name: 'United Kingdom',
  contacts: [
    {
      id: 'gb-999',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '999',
      hours: 'Any time',
      source: { url: 'https://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx', checked: '2026-12-06' },
    },
    {
      id: 'gb-samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      phone: '116 123',
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
      hours: '24 hours a day, every day',
      cost: 'Free from landlines and mobiles',
      source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: '2026-12-06' },
    },
    {
      id: 'gb-national-domestic-abuse-helpline',
      kind: 'domestic-abuse',
      name: 'National Domestic Abuse Helpline',
      phone: '0808 2000 247',
      url: 'https://www.nationaldahelpline.org.uk',
      hours: '24 hours a day, every day',
      cost: 'Free',
      audience: 'Women experiencing domestic abuse',
      source: {
        url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
        checked: '2026-12-06',
      },
    },
  ],
} as const satisfies RegionResources;
