import type { PhaseGuide } from './planning-rule.js';

/**
 * The four phases of attachment-based work, with their goals and typical lengths. No single
 * authoritative phase model exists: these synthesise Bowlby (1988, *A Secure Base*), trauma phase
 * models (Cloitre et al. 2011, doi:10.1002/jts.20697) and the task structure of attachment-based
 * family therapy (Diamond, Diamond & Levy 2021, doi:10.1016/j.jad.2021.07.005). Lengths are typical
 * ranges from common practice, used as planning defaults, not published rules.
 *
 * @example
 * ```ts
 * PHASE_GUIDES.map((p) => p.phase); // => ['assessment-formulation', 'stabilisation', 'working-through', 'consolidation-ending']
 * ```
 * @category Planning
 */
export const PHASE_GUIDES = [
  {
    phase: 'assessment-formulation',
    title: 'Assessment and formulation',
    goals: [
      'Engage the person and agree what the work is for.',
      'Assess risk and make a safety plan.',
      'Map the presenting problems and the headlines of the attachment history.',
      'Estimate attachment anxiety and avoidance, and share a formulation.',
      'Agree goals in the person’s own words.',
    ],
    typicalLength: 'Sessions 1–3',
    source: 'Bowlby (1988), A Secure Base, Basic Books; Stanley & Brown (2012), Cognitive and Behavioral Practice 19:256–264 (safety plan).',
  },
  {
    phase: 'stabilisation',
    title: 'Stabilisation',
    goals: [
      'Widen the window of tolerance.',
      'Build emotion regulation and self-compassion skills.',
      'Strengthen the secure base: a predictable, reliable frame.',
    ],
    typicalLength: '2–8 or more sessions (longer for complex trauma)',
    source: 'Cloitre et al. (2011), J Trauma Stress 24(6):615–627, doi:10.1002/jts.20697.',
  },
  {
    phase: 'working-through',
    title: 'Working through',
    goals: ['Explore early experiences and link them to present patterns.', 'Offer corrective experiences, reparenting practice and repair of ruptures.'],
    typicalLength: 'The middle phase (variable)',
    source: 'Bowlby (1988), A Secure Base, Basic Books; Diamond, Diamond & Levy (2021), doi:10.1016/j.jad.2021.07.005.',
  },
  {
    phase: 'consolidation-ending',
    title: 'Consolidation and ending',
    goals: [
      'Consolidate gains and plan for setbacks.',
      'Prepare an attachment-sensitive ending, with a booster or follow-up.',
      'Review and update the safety plan.',
    ],
    typicalLength: 'The last 2–4 sessions',
    source: 'Bowlby (1973), Attachment and Loss, Vol. 2: Separation; Stanley & Brown (2012) (review the safety plan).',
  },
] as const satisfies readonly PhaseGuide[];

/**
 * Session counts the planner lays the phases out with: assessment takes sessions 1–3 and the
 * ending the last 3 (the brief's 1–3 and "last 2–4"); stabilisation takes the longest length any
 * applying rule asks for (4 by default, 8 for the fearful / disorganised profile and after a
 * positive risk screen); working through takes the rest, at least 1. Planning defaults from
 * common practice, not published rules.
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const PHASE_SESSIONS = {
  /** Sessions of assessment and formulation (1–3). */
  assessment: 3,
  /** Sessions of consolidation and ending (the last 3). */
  consolidation: 3,
  /** The fewest sessions of stabilisation. */
  minimumStabilisation: 1,
  /** The fewest sessions of working through. */
  minimumWorkingThrough: 1,
} as const;

/**
 * The instrument that tracks attachment change when the formulation names none: ECR-R (Fraley,
 * Waller & Brennan 2000, doi:10.1037/0022-3514.78.2.350), given at baseline and at the end.
 *
 * @internal Not on the public surface: an implementation table, free to change in any release.
 */
export const DEFAULT_ATTACHMENT_MEASURE = 'ecr-r';
