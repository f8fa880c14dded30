export * from './crisis-resources.js';
export { regionResources } from './regions/registry.js';
export type * from './types.js';
