export {
  type CrisisHelp,
  crisisHelp,
  crisisResources,
  domesticAbuseHelp,
  flagForPerson,
  flagTextId,
  SAFETY_TEXT,
  SafetyDataError,
  type SafetyIssue,
  type SafetyTextId,
  safeCrisisResources,
} from './crisis-resources.js';
export { LocaleError, type LocaleOption } from './locale.js';
export { regionResources } from './regions/registry.js';
export * from './staleness.js';
export type * from './types.js';
