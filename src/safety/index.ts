export * from './crisis-resources.js';
export { LocaleError, type LocaleOption } from './locale.js';
export { regionResources } from './regions/registry.js';
export * from './staleness.js';
export type * from './types.js';
