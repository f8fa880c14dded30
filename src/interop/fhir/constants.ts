/**
 * The base of every URL that securebase mints for FHIR: Questionnaire canonicals
 * (`<base>/Questionnaire/<instrument id>`), answer code systems for response scales without a
 * published code (`<base>/CodeSystem/<instrument id>-<response scale key>`, code = the scored
 * value), scale codes, flag codes and extensions. Pass `baseUrl` to the FHIR functions to use your
 * own. These URLs name things; nothing is served at them.
 *
 * @example
 * ```ts
 * import { ecrR } from 'securebase';
 * import { SECUREBASE_FHIR_BASE, toQuestionnaire } from 'securebase/fhir';
 * toQuestionnaire(ecrR).url; // => 'https://securebase.dev/fhir/Questionnaire/ecr-r'
 * toQuestionnaire(ecrR, { baseUrl: 'https://example.org/fhir' }).url; // => 'https://example.org/fhir/Questionnaire/ecr-r'
 * ```
 * @category FHIR
 */
export const SECUREBASE_FHIR_BASE = 'https://securebase.dev/fhir';
