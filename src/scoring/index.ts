export { DefinitionError, defineInstrument, instrumentProblems, validateInstrument } from './compile.js';
export { ScoreError, type ScoreIssue, safeScore, score } from './score.js';
export type * from './types.js';
