export {
  type CrisisHelp,
  crisisHelp,
  crisisResources,
  domesticAbuseHelp,
  flagForPerson,
  SafetyDataError,
  type SafetyIssue,
  safeCrisisResources,
} from './crisis-resources.js';
export { regionResources } from './regions/registry.js';
export * from './staleness.js';
export type * from './types.js';
