import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * 5-4-3-2-1 grounding (`regulate.grounding-54321`): a self-guided practice that brings attention
 * back to the here and now through the senses, for panic, flashbacks, spacing out or overwhelm.
 *
 * Eyes stay open throughout; any sense can be skipped, and smell and taste may be recalled
 * instead. Widely used, very low risk, but no dedicated trials were found.
 * Its `focus` is empty: attention goes to the room, not to the body, memories or imagery.
 *
 * @example
 * ```ts
 * regulateGrounding54321.durationSeconds.brief < regulateGrounding54321.durationSeconds.standard; // => true
 * ```
 * @category Exercises
 */
export const regulateGrounding54321 = {
  id: 'regulate.grounding-54321',
  title: 'Five senses grounding',
  technique: 'regulate',
  protocol: 'regulate.grounding-54321',
  delivery: 'self',
  durationSeconds: { standard: 165, 'trauma-sensitive': 175, brief: 95 },
  focus: [],
  suitedStrategies: ['disorganised', 'hyperactivating'],
  indications: ['anxiety', 'unresolved-trauma', 'emotion-dysregulation'],
  contraindications: [],
  summary: 'Use your five senses to come back to the here and now.',
  steps: [
    {
      kind: 'say',
      text: 'This practice helps you come back to the here and now. Keep your eyes open the whole time. You can stop whenever you like.',
    },
    {
      kind: 'say',
      text: 'If a sense feels hard right now, skip it. Use only the ones that help you.',
      variants: ['trauma-sensitive'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?', variants: ['standard', 'trauma-sensitive'] },
    { kind: 'say', text: 'Look around you. Name five things you can see. You can say them out loud or in your head.' },
    { kind: 'pause', seconds: 15, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'pause', seconds: 4, variants: ['brief'] },
    {
      kind: 'say',
      text: 'Now find four things you can feel. It might be your feet on the floor, your back on the chair, or the air on your skin.',
    },
    { kind: 'pause', seconds: 15, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'pause', seconds: 4, variants: ['brief'] },
    { kind: 'say', text: 'Listen for three sounds. They can be near or far.' },
    { kind: 'pause', seconds: 12, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'pause', seconds: 3, variants: ['brief'] },
    { kind: 'say', text: 'Notice two things you can smell. If you cannot smell anything, think of two smells you like.' },
    { kind: 'pause', seconds: 10, variants: ['standard', 'trauma-sensitive'] },
    { kind: 'say', text: 'Notice one thing you can taste, or think of a taste you like.' },
    { kind: 'pause', seconds: 8, variants: ['standard', 'trauma-sensitive'] },
    {
      kind: 'say',
      text: 'Say to yourself what day it is and where you are. Say one thing you can see from where you sit.',
      variants: ['standard', 'trauma-sensitive'],
    },
    { kind: 'say', text: 'Take one slow breath out. Notice if you feel a little more here.' },
    { kind: 'check-in', text: 'How upset do you feel now, from 0 to 10?' },
    {
      kind: 'grounding-exit',
      text: 'If you still feel far away or very upset, stand up and move. Walk around the room. Hold something cool in your hands. Reach out to someone you trust.',
      seconds: 30,
    },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist. Please do not use it while driving.',
  citations: [SOURCES.groundingPractice, SOURCES.treleaven2018],
  version: '1.0.0',
} as const satisfies ExerciseScript;
