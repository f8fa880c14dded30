// Hand-kept barrel for the FHIR room (subpath `securebase/fhir`; the main entry re-exports it).
export { SECUREBASE_FHIR_BASE } from './constants.js';
export { createResponseReader, type ResponseReader, type ResponseReaderOptions } from './create-response-reader.js';
export { FhirOptionsError } from './fhir-options-error.js';
export { fromQuestionnaireResponse } from './from-questionnaire-response.js';
export { type ToObservationOptions, toObservation } from './to-observation.js';
export { type ToQuestionnaireOptions, toQuestionnaire } from './to-questionnaire.js';
export type { FhirImport, FhirIssue, FhirIssueCode, FromQuestionnaireResponseOptions } from './types.js';
