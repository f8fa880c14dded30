// Hand-kept barrel for the FHIR room (future subpath `securebase/fhir`).
export { SECUREBASE_FHIR_BASE } from './constants.js';
export { fromQuestionnaireResponse } from './from-questionnaire-response.js';
export { type ToObservationOptions, toObservation } from './to-observation.js';
export { type ToQuestionnaireOptions, toQuestionnaire } from './to-questionnaire.js';
export type { FhirImport, FhirIssue, FhirIssueCode, FromQuestionnaireResponseOptions } from './types.js';
