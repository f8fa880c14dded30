export { DefinitionError, defineInstrument, instrumentProblems, validateInstrument } from './check.js';
export { ScoreError, type ScoreIssue, safeScore, score } from './score.js';
export type * from './types.js';
