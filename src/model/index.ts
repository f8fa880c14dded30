export * from './attachment.js';
export * from './intake.js';
export * from './issue.js';
export * from './locale.js';
export * from './region.js';
export * from './technique.js';
