// United States. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 911 and the 988 Suicide & Crisis Lifeline (call or text 988, chat at 988lifeline.org, free,
//   24/7): Wyoming Department of Health, a state government page.
// - National Domestic Violence Hotline (call 800-799-SAFE (7233), text START to 88788, 24/7/365):
//   Office for Victims of Crime, US Department of Justice (page dated 2022-01-20).
import type { RegionResources } from '../types.js';

const WYO = 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline';

export const us = {
  region: 'US',
  name: 'United States',
  contacts: [
    {
      id: 'us-911',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '911',
      hours: 'Any time',
      source: { url: WYO, checked: '2026-12-06' },
    },
    {
      id: 'us-988-lifeline',
      kind: 'crisis',
      name: '988 Suicide & Crisis Lifeline',
      phone: '988',
      text: { number: '988' },
      chatUrl: 'https://988lifeline.org',
      url: 'https://988lifeline.org',
      hours: '24 hours a day, every day',
      cost: 'Free and confidential',
      source: { url: WYO, checked: '2026-12-06' },
    },
    {
      id: 'us-domestic-violence-hotline',
      kind: 'domestic-abuse',
      name: 'National Domestic Violence Hotline',
      phone: '1-800-799-7233',
      text: { number: '88788', keyword: 'START' },
      hours: '24 hours a day, every day',
      source: {
        url: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
        checked: '2026-12-06',
      },
    },
  ],
} as const satisfies RegionResources;
