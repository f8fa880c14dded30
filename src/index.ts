/**
 * securebase: typed, pure building blocks for attachment-based therapy apps.
 *
 * @packageDocumentation
 */

export * from './attachment/index.js';
export * from './delivery/index.js';
export * from './exercises/index.js';
export * from './instruments/index.js';
export * from './interop/fhir/index.js';
export * from './interop/sql/index.js';
export * from './locales/index.js';
export * from './model/index.js';
export * from './outcomes/index.js';
export * from './planning/index.js';
export * from './registry.js';
export * from './safety/index.js';
export * from './scoring/index.js';
export * from './techniques/index.js';
