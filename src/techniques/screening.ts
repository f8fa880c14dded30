import type { Contraindication } from '../model/technique.js';

/**
 * One plain yes/no screening question per contraindication (universal
 * cautions): asked before imagery-, body- or memory-focused work. "Yes" means do not start the
 * practice; offer grounding, the safety plan and crisis options instead, or route to a therapist.
 *
 * The wording is ours and client-facing (US grade 8 or below). It is a screen, not an
 * assessment: a "no" does not mean a person is safe. Exercise
 * scripts pick the entries that fit them, so every script asks the same question for the same
 * contraindication.
 *
 * @example
 * ```ts
 * SCREENING_QUESTIONS['substance-intoxication'].question; // => 'Have you had alcohol or drugs in the last few hours?'
 * ```
 * @category Techniques
 */
export const SCREENING_QUESTIONS = {
  'active-suicidality': {
    contraindication: 'active-suicidality',
    question: 'Are you having thoughts of ending your life right now?',
  },
  'self-harm': {
    contraindication: 'self-harm',
    question: 'Have you had strong urges to hurt yourself in the past few days?',
  },
  psychosis: {
    contraindication: 'psychosis',
    question: 'Lately, have you been seeing or hearing things that other people do not?',
  },
  'severe-dissociation': {
    contraindication: 'severe-dissociation',
    question: 'Do you often lose track of time, or feel cut off from your body or the room?',
  },
  'substance-intoxication': {
    contraindication: 'substance-intoxication',
    question: 'Have you had alcohol or drugs in the last few hours?',
  },
  'recent-trauma': {
    contraindication: 'recent-trauma',
    question: 'In the last few weeks, has something very scary happened to you, or has someone close to you died?',
  },
  'current-crisis': {
    contraindication: 'current-crisis',
    question: 'Are you in a crisis right now, or do you feel close to one?',
  },
  'unsafe-living-situation': {
    contraindication: 'unsafe-living-situation',
    question: 'Is someone in your life hurting you or making you feel unsafe at home?',
  },
} as const satisfies {
  readonly [C in Contraindication]: {
    /** The contraindication (the same as the key). */
    readonly contraindication: C;
    /** A plain yes/no question; "yes" means do not start the practice. */
    readonly question: string;
  };
};
