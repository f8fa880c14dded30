// Spain. Checked 2026-12-06 with the search tool's stored copies of these pages:
// - 112, the single emergency number, free, 24 hours a day, from landlines and mobiles: the
//   Ministerio del Interior's 112 information as summarised by salvavidas.com (2025 guide) and
//   upday.com; 112 has been Spain's single emergency number since 1998 (Real Decreto 903/1997).
// - 024, Línea de atención a la conducta suicida (free, confidential, 24 hours a day, every day,
//   run for the Ministerio de Sanidad since 2022-05-10; also for family and friends): the number
//   was assigned in the Boletín Oficial del Estado of 2021-12-20, read as reported by maldita.es
//   (2022-05-10) and RTVE (2022-05-09). No government page itself was in the stored copies.
// - 016, the Ministerio de Igualdad's line for every form of violence against women (free,
//   24 hours a day): the Concello de Mugardos (a municipal government page) relaying the
//   Delegación del Gobierno contra la Violencia de Género, and Europa Press (2025-08-07) quoting
//   the Ministerio de Igualdad. Its WhatsApp number is left out: the contact type has no field
//   for it. "Leaves no trace on the bill" is left out too: a source says the number stays in a
//   mobile's call log.
import type { RegionResources } from '../types.js';

export const es = {
  region: 'ES',
  name: 'Spain',
  contacts: [
    {
      id: 'es-112',
      kind: 'emergency',
      name: 'Emergency services',
      phone: '112',
      hours: 'Any time',
      cost: 'Free',
      source: {
        url: 'https://salvavidas.com/blog/a-que-numero-llamar-en-caso-de-emergencia-en-espana-guia-completa-actualizada-2025',
        checked: '2026-12-06',
      },
    },
    {
      id: 'es-024',
      kind: 'crisis',
      name: 'Línea 024 de atención a la conducta suicida',
      phone: '024',
      hours: '24 hours a day, every day',
      cost: 'Free',
      source: { url: 'https://maldita.es/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito', checked: '2026-12-06' },
    },
    {
      id: 'es-016',
      kind: 'domestic-abuse',
      name: '016',
      phone: '016',
      hours: '24 hours a day, every day',
      cost: 'Free',
      audience: 'Women facing any form of violence, and the people close to them',
      source: { url: 'https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/', checked: '2026-12-06' },
    },
  ],
} as const satisfies RegionResources;
