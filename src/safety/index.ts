export * from './crisis-resources.js';
export { regionResources } from './regions/registry.js';
export * from './staleness.js';
export type * from './types.js';
export { type LocaleOption, LocaleError } from './locale.js';
