import { defineInstrument } from '../../../src/scoring/check.js';

const half = [-1.5, -1, -0.5, 0, 0.5, 1, 1.5].map((value) => ({ value, label: String(value) }));

/**
 * A made-up instrument that uses every feature the registry does not: half steps below zero, a
 * mean scale with bands, prorating allowed by the definition, fractional weights, rules on scales,
 * flags on a scale and on a blank item, and ids that need quoting.
 */
export const featureful = defineInstrument({
  id: 'sql-features',
  name: 'SQL features (test only)',
  version: '1.0.0',
  citations: [{ text: 'Made up for the SQL differential tests.' }],
  licence: { summary: 'CC0', itemTextIncluded: false },
  responseScales: {
    default: { min: -1.5, max: 1.5, step: 0.5, anchors: half },
    five: { min: 1, max: 5, anchors: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) },
  },
  items: [
    { number: 1, id: 'h1' },
    { number: 2, id: 'h2' },
    { number: 3, id: 'h3' },
    { number: 4, id: 'h4' },
    { number: 5, id: 'h5' },
    { number: 6, id: 'h6' },
    { number: 7, id: 'f1', responseScale: 'five' },
    { number: 8, id: 'f2', responseScale: 'five' },
    { number: 9, id: 'f3', responseScale: 'five' },
    { number: 10, id: 'f4', responseScale: 'five' },
  ],
  scales: [
    {
      id: "it's mean",
      label: 'Mean',
      items: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      reversed: ['h2', 'h5'],
      aggregate: 'mean',
      bands: [
        { min: -1.5, max: 0, label: 'Low "or" none' },
        { min: 0.05, max: 1.5, label: "High's" },
      ],
    },
    {
      id: 'sum',
      label: 'Sum',
      items: ['f1', 'f2', 'f3', 'f4'],
      reversed: ['f3'],
      aggregate: 'sum',
      bands: [
        { min: 4, max: 9, label: 'Low' },
        { min: 10, max: 14, label: 'Mid' },
        { min: 15, max: 20, label: 'High' },
      ],
    },
  ],
  derived: [
    {
      kind: 'linear',
      id: 'lin',
      label: 'Linear',
      terms: [
        { scale: "it's mean", weight: 0.25 },
        { item: 'f1', weight: -1.5 },
      ],
      constant: 0.1,
    },
    {
      kind: 'rules',
      id: 'quad',
      label: 'Quadrant',
      rules: [
        {
          label: 'A',
          when: [
            { scale: 'sum', min: 12 },
            { scale: "it's mean", max: 0 },
          ],
        },
        { label: 'B', when: [{ item: 'h1', min: 0 }] },
        { label: 'C', when: [{ item: 'f2', unanswered: true }] },
      ],
      tieRule: 'A value at a cut-off belongs to the rule whose bound includes it.',
    },
    {
      kind: 'criteria-count',
      id: 'cc',
      label: 'Count',
      criteria: [
        { item: 'f1', min: 3 },
        { item: 'f2', min: 3 },
        { item: 'h1', min: 0.5 },
      ],
      core: ['f1'],
      outcomes: [
        { label: 'Major', minCount: 2, requiresCore: true },
        { label: 'Other', minCount: 1, maxCount: 2, requiresCore: false },
      ],
    },
  ],
  flags: [
    { id: 'high-sum', level: 'warning', when: { scale: 'sum', min: 15 }, message: 'Sum is high.', clientMessage: 'Your answers were high.' },
    {
      id: 'f4-blank',
      level: 'review',
      when: { item: 'f4', unanswered: true },
      message: 'Item 10 was left blank.',
      clientMessage: 'One answer was left blank.',
    },
    { id: "h3's low", level: 'info', when: { item: 'h3', max: -1 }, message: 'Item 3 is low.', clientMessage: 'One answer was low.' },
  ],
  missing: { kind: 'prorate', maxMissing: 2, source: 'Made up for the tests.' },
});
