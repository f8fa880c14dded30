// France. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 112 and 15 (SAMU), free, 24 hours a day: Service-Public fiche F33954 "Quels sont les numéros
//   en cas d'urgence", read on associations.gouv.fr, a government site.
// - 3114, numéro national de prévention du suicide (free, 24 hours a day, 7 days a week): 3114.fr
//   and the Agence régionale de santé de Mayotte (a government page).
// - 3919 is left out: only news pages were found for it.
import type { RegionResources } from '../types.js';

const SERVICE_PUBLIC = 'https://associations.gouv.fr/1044-choix-siege-social-association.html?xml=F33954';

export const fr = {
  region: 'FR',
  name: 'France',
  contacts: [
    {
      id: 'fr-112',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '112',
      hours: 'Any time',
      cost: 'Free',
      source: { url: SERVICE_PUBLIC, checked: '2026-12-06' },
    },
    {
      id: 'fr-15',
      kind: 'emergency',
      name: 'SAMU (medical emergencies)',
      phone: '15',
      hours: 'Any time',
      cost: 'Free',
      source: { url: SERVICE_PUBLIC, checked: '2026-12-06' },
    },
    {
      id: 'fr-3114',
      kind: 'crisis',
      name: 'Numéro national de prévention du suicide',
      phone: '3114',
      url: 'https://3114.fr',
      hours: '24 hours a day, every day',
      cost: 'Free',
      source: { url: 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide', checked: '2026-12-06' },
    },
  ],
} as const satisfies RegionResources;
