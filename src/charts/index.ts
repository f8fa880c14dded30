// Barrel for src/charts, kept by hand.

export { type ProgressReportOptions, type ProgressReportPerson, renderProgressReport } from './render-progress-report.js';
export { chartColours, renderTrajectorySvg, trajectoryChartLayout } from './render-trajectory-svg.js';
export { ChartLocaleError, type ChartStringId, chartStrings } from './strings.js';
export type { ChartOptions, ReliableChangeSource, ScoredTimePoint } from './types.js';
