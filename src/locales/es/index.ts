// securebase/locales/es: everything a person reads or hears, in Spanish. Data only; import it and
// pass it as the `locale` option: personalize(script, { locale: es, region: 'ES' }).
import type { LocalePack } from '../../model/locale.js';
import { exerciseUi, flags, safety } from './app.js';
import { charts } from './charts.js';
import { exercises } from './exercises/index.js';

/**
 * The Spanish locale pack: every client-facing string of securebase in Spanish (the tú form,
 * neutral wording where Latin American and European Spanish differ), by stable id. Pass it as the
 * `locale` option of `personalize`, the renderers, `crisisHelp`, `flagForPerson`, `planTreatment`,
 * `renderTrajectorySvg` and `renderProgressReport`.
 * Instrument item text is not included (see docs/guides/locales.md for the licence findings); apps
 * pass their licensed text as `itemText`.
 *
 * @example
 * ```ts
 * import { es } from 'securebase/locales/es';
 * es.locale; // => 'es'
 * crisisHelp({ locale: es }).text.startsWith('No tienes que pasar por esto a solas.'); // => true
 * ```
 * @category Locales
 */
export const es: LocalePack = /* @__PURE__ */ Object.freeze({
  locale: 'es',
  name: 'Español',
  strings: /* @__PURE__ */ Object.freeze({ ...safety, ...exerciseUi, ...flags, ...exercises, ...charts }),
});
