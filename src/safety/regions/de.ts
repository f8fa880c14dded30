// Germany. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 112 (fire and ambulance) and 110 (police), free from any phone: City of Mainz fire service
//   page (mainz.de), a municipal government page.
// - TelefonSeelsorge 0800 111 0 111 and 0800 111 0 222 (free, anonymous, around the clock): page of
//   the Evangelische Kirche von Kurhessen-Waldeck (ekkw.de), one of the churches that run the
//   service (page dated 2016-07-20). telefonseelsorge.de itself was not in the stored copies.
// - Hilfetelefon "Gewalt gegen Frauen" 116 016 (free, 24 hours, 365 days): hilfetelefon.de.
import type { RegionResources } from '../types.js';

const MAINZ = 'https://www.mainz.de/microsite/feuerwehr/090kontakt/contentseiten/070.10_Notfallkontakte.php';

export const de = {
  region: 'DE',
  name: 'Germany',
  contacts: [
    {
      id: 'de-112',
      kind: 'emergency',
      name: 'Fire and ambulance (Feuerwehr und Rettungsdienst)',
      phone: '112',
      hours: 'Any time',
      cost: 'Free',
      source: { url: MAINZ, checked: '2026-12-06' },
    },
    {
      id: 'de-110',
      kind: 'emergency',
      name: 'Police (Polizei)',
      phone: '110',
      hours: 'Any time',
      cost: 'Free',
      source: { url: MAINZ, checked: '2026-12-06' },
    },
    {
      id: 'de-telefonseelsorge',
      kind: 'crisis',
      name: 'TelefonSeelsorge',
      phone: '0800 111 0 111',
      url: 'https://www.telefonseelsorge.de',
      hours: '24 hours a day, every day',
      cost: 'Free; also on 0800 111 0 222',
      source: {
        url: 'https://www.ekkw.de/telefonseelsorge-seit-60-jahren-fuer-menschen-in-schwierigen-situationen-da',
        checked: '2026-12-06',
      },
    },
    {
      id: 'de-hilfetelefon',
      kind: 'domestic-abuse',
      name: 'Hilfetelefon Gewalt gegen Frauen',
      phone: '116 016',
      url: 'https://www.hilfetelefon.de',
      hours: '24 hours a day, every day',
      cost: 'Free',
      audience: 'Women affected by violence, and people close to them',
      source: { url: 'https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html', checked: '2026-12-06' },
    },
  ],
} as const satisfies RegionResources;
