// Canada. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 911: City of Brampton, a municipal government page ("In a life threatening situation, dial 9-1-1").
// - 9-8-8 Suicide Crisis Helpline (call or text 9-8-8, free, anywhere in Canada, 24/7/365): Town of
//   Edson, a municipal government page; the same wording is on 988.ca ("Call or text 9-8-8 toll
//   free, any time").
// - Domestic abuse: Canada has no single national line (services are provincial), so none is listed.
import type { RegionResources } from '../types.js';

export const ca = {
  region: 'CA',
  name: 'Canada',
  contacts: [
    {
      id: 'ca-911',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '911',
      hours: 'Any time',
      source: { url: 'https://www1.brampton.ca/EN/residents/Emergency-Management/Pages/About-911.aspx', checked: '2026-12-06' },
    },
    {
      id: 'ca-988-helpline',
      kind: 'crisis',
      name: '9-8-8 Suicide Crisis Helpline',
      phone: '988',
      text: { number: '988' },
      url: 'https://988.ca',
      hours: '24 hours a day, every day',
      cost: 'Free',
      source: { url: 'https://www.edson.ca/town-office/town-news/post/9-8-8-hotline', checked: '2026-12-06' },
    },
  ],
} as const satisfies RegionResources;
