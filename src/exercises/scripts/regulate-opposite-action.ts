import { SCREENING_QUESTIONS } from '../../techniques/screening.js';
import { SOURCES } from '../../techniques/sources.js';
import type { ExerciseScript } from '../types.js';

/**
 * Try the opposite (`regulate.dbt-opposite-action`): a self-guided planning practice for a
 * feeling that does not fit the facts, or where acting on the urge would not help: name the
 * feeling, check the facts, notice the urge, and plan a small opposite step.
 *
 * Original wording (DBT handouts are copyrighted and not reproduced). Not for feelings that fit a
 * real danger; screened for active suicidality, which needs a full DBT framework (Linehan, 2015).
 *
 * @example
 * ```ts
 * regulateOppositeAction.protocol; // => 'regulate.dbt-opposite-action'
 * ```
 * @category Exercises
 */
export const regulateOppositeAction = {
  id: 'regulate.opposite-action',
  title: 'Try the opposite',
  technique: 'regulate',
  protocol: 'regulate.dbt-opposite-action',
  delivery: 'self',
  durationSeconds: { standard: 430, 'trauma-sensitive': 375, brief: 245 },
  focus: ['cognitive', 'writing'],
  suitedStrategies: ['deactivating', 'hyperactivating'],
  indications: ['depression', 'anxiety', 'emotion-dysregulation', 'interpersonal-conflict', 'loneliness'],
  contraindications: [SCREENING_QUESTIONS['active-suicidality']],
  summary: 'When a feeling pushes you to do something that will not help, plan a small opposite step.',
  steps: [
    {
      kind: 'say',
      text: 'Feelings come with urges. Fear says hide. Shame says keep quiet. Sadness says stay in bed. Anger says attack. Sometimes the urge helps. Sometimes it keeps us stuck.',
    },
    {
      kind: 'say',
      text: 'This practice is a plan, not a test. You can stop at any time, and you choose how big a step to take.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Think of a recent feeling that was hard. Not the hardest one. What was the feeling? Give it a name.',
      seconds: 45,
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'Check the facts. What happened? Does the feeling fit what happened? Does its size fit, or is it bigger than the facts?',
      seconds: 90,
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'say',
      text: 'If you are in real danger, your fear is doing its job. Keep yourself safe, and do not use this practice for that feeling.',
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What did the feeling make you want to do? Write down the urge.',
      seconds: 45,
    },
    {
      kind: 'say',
      text: 'Here are some opposite steps. For fear, move a little closer to what you fear, if it is safe. For shame, share a little with someone you trust. For sadness, do one small active thing. For anger, step back and be a bit kind.',
      variants: ['standard', 'trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'What is one small opposite step you could take? Pick a step that feels possible, not perfect.',
      seconds: 60,
    },
    {
      kind: 'say',
      text: 'You get to choose. If a step feels too big, make it smaller. It is fine to pick no step today.',
      variants: ['trauma-sensitive'],
    },
    {
      kind: 'prompt',
      mode: 'journal',
      text: 'When will you try it? How will you do it fully, with your face, your voice and your body?',
      seconds: 60,
      variants: ['standard'],
    },
    { kind: 'check-in', text: 'How upset do you feel right now, from 0, calm, to 10, the most upset?' },
    {
      kind: 'grounding-exit',
      text: 'If you feel too stirred up, you can stop. Put the plan away for now. Look around and name three things you can see. Press your feet into the floor. Take one slow breath out.',
      seconds: 30,
    },
    { kind: 'say', text: 'After you try your step, notice what happened to the feeling. Small steps add up.' },
  ],
  safetyNote: 'This practice does not replace care from a doctor or therapist.',
  citations: [SOURCES.linehan2015],
  version: '1.0.0',
} as const satisfies ExerciseScript;
