export * from './attachment.js';
export * from './issue.js';
export * from './technique.js';
