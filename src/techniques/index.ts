export * from './protocols/index.js';
export * from './screening.js';
export * from './sources.js';
export * from './types.js';
