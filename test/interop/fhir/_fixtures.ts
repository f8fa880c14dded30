import { defineInstrument } from '../../../src/index.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';

/** Four items on 1–5, text withheld; `mood` is a mean with a reversed item, `energy` a sum; prorating allowed for one missing item. */
export const toy = defineInstrument({
  id: 'toy-4',
  name: 'Toy four-item form',
  abbreviation: 'TOY-4',
  version: '2.0.0',
  citations: [{ text: 'Test fixture.' }],
  licence: { summary: 'Test fixture; item text withheld.', itemTextIncluded: false },
  code: { system: 'http://example.org/codes', code: 'toy-panel' },
  responseScales: {
    default: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Never' },
        { value: 5, label: 'Always' },
      ],
    },
  },
  items: [
    { number: 1, id: 't1', gloss: 'GLOSS-ONE feels calm' },
    { number: 2, id: 't2', gloss: 'GLOSS-TWO feels tense' },
    { number: 3, id: "t'3", gloss: 'GLOSS-THREE has energy' },
    { number: 4, id: 't4', gloss: 'GLOSS-FOUR gets up' },
  ],
  scales: [
    { id: 'mood', label: 'Mood', items: ['t1', 't2'], reversed: ['t2'], aggregate: 'mean' },
    {
      id: 'energy',
      label: 'Energy',
      items: ["t'3", 't4', 't1'],
      aggregate: 'sum',
      bands: [
        { min: 3, max: 8, label: 'Low' },
        { min: 9, max: 15, label: 'High' },
      ],
    },
  ],
  flags: [
    {
      id: 'toy-tense',
      level: 'warning',
      when: { item: 't2', min: 5 },
      message: 'Always tense: talk about it.',
      clientMessage: 'You often feel tense. Talk about it with your therapist.',
    },
  ],
  derived: [
    {
      kind: 'linear',
      id: 'diff',
      label: 'Energy minus mood',
      terms: [
        { scale: 'energy', weight: 1 },
        { scale: 'mood', weight: -1 },
      ],
    },
    {
      kind: 'rules',
      id: 'kind',
      label: 'Kind',
      rules: [
        { label: 'Calm', when: [{ item: 't1', min: 4 }] },
        { label: 'Not calm', when: [{ item: 't1', max: 3 }] },
      ],
      tieRule: 'A 4 counts as calm.',
    },
  ],
  missing: { kind: 'prorate', maxMissing: 1, source: 'Test fixture policy.' },
} as const satisfies InstrumentDefinition);

/** One item on 0–100 (rendered as an integer item) and one on 0–2 in steps of 0.5, text included. */
export const wide = defineInstrument({
  id: 'wide',
  name: 'Wide scales',
  version: '1.0.0',
  citations: [{ text: 'Test fixture.' }],
  licence: { summary: 'Test fixture.', itemTextIncluded: true },
  instructions: 'Answer both.',
  responseScales: {
    default: { min: 0, max: 100, anchors: [{ value: 0, label: 'None' }] },
    half: { min: 0, max: 2, step: 0.5, anchors: [{ value: 1, label: 'Middle' }] },
  },
  items: [
    { number: 1, id: 'w1', text: 'How much, from 0 to 100?' },
    { number: 2, id: 'w2', text: 'And in halves?', responseScale: 'half' },
  ],
  scales: [
    { id: 'w', label: 'W', items: ['w1'], aggregate: 'sum', reversed: ['w1'] },
    { id: 'h', label: 'H', items: ['w2'], aggregate: 'mean' },
  ],
} as const satisfies InstrumentDefinition);
