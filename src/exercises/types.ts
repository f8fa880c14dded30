import type { AttachmentStrategy } from '../model/attachment.js';
import type { Citation } from '../model/issue.js';
import type { Concern, Contraindication, DeliveryMode, TechniqueId } from '../model/technique.js';

/**
 * The three variants every script offers.
 *
 * @category Exercises
 */
export const SCRIPT_VARIANTS = ['standard', 'trauma-sensitive', 'brief'] as const;

/** One of {@link SCRIPT_VARIANTS}. @category Exercises */
export type ScriptVariant = (typeof SCRIPT_VARIANTS)[number];

/**
 * Personalisation slots. Client-facing text may contain these placeholders, written in braces:
 * `{name}`, `{caregiver}`, `{safePlace}`, and the pronouns of the person the text is about
 * `{they}`, `{them}`, `{their}`, `{theirs}`, `{themself}` (they/them by default).
 * `personalize` fills every slot; one without a value falls back to neutral wording.
 *
 * @category Exercises
 */
export const SLOTS = ['name', 'caregiver', 'safePlace', 'they', 'them', 'their', 'theirs', 'themself'] as const;

/** One of {@link SLOTS}. @category Exercises */
export type Slot = (typeof SLOTS)[number];

/**
 * Which variants a step belongs to; absent means every variant.
 *
 * @category Exercises
 */
export interface StepScope {
  readonly variants?: readonly ScriptVariant[];
}

/**
 * A breathing pattern in seconds: in, hold, out, hold after.
 *
 * @category Exercises
 */
export interface BreathPattern {
  readonly inhale: number;
  readonly hold?: number;
  readonly exhale: number;
  readonly holdAfter?: number;
}

/**
 * One typed step of a script. Every `text` is client-facing (plain, grade 8 or below), except
 * `therapistNote`, which is for the clinician and never read to the client.
 *
 * - `say`: words to read or speak.
 * - `pause`: silence for `seconds`.
 * - `breathe`: a paced-breathing block, `cycles` times the pattern, with optional words first.
 * - `prompt`: a reflection (in the mind) or journaling (written) prompt, with time to answer.
 * - `check-in`: a distress rating from 0 (calm) to 10 (the most upset).
 * - `grounding-exit`: the way out to grounding, available at any time; it is a full short
 *   grounding practice, not just a sentence.
 *
 * @category Exercises
 */
export type ScriptStep = StepScope &
  (
    | { readonly kind: 'say'; readonly text: string }
    | { readonly kind: 'pause'; readonly seconds: number }
    | { readonly kind: 'breathe'; readonly pattern: BreathPattern; readonly cycles: number; readonly text?: string }
    | { readonly kind: 'prompt'; readonly mode: 'reflect' | 'journal'; readonly text: string; readonly seconds: number }
    | { readonly kind: 'check-in'; readonly text: string }
    | { readonly kind: 'grounding-exit'; readonly text: string; readonly seconds: number }
  );

/**
 * A contraindication and the plain screening question asked before the script starts.
 *
 * @category Exercises
 */
export interface ScreeningQuestion {
  readonly contraindication: Contraindication;
  /** A yes/no question; "yes" means do not start the script (offer grounding and support instead). */
  readonly question: string;
}

/**
 * An exercise script as data. The words are ours: original, plain, trauma-informed.
 *
 * @category Exercises
 */
export interface ExerciseScript {
  readonly id: string;
  readonly title: string;
  readonly technique: TechniqueId;
  /** Named protocol of the technique this script implements (see `techniques`). */
  readonly protocol: string;
  readonly delivery: DeliveryMode;
  /** Stated duration in seconds, per variant; the timeline must match within 10 %. */
  readonly durationSeconds: { readonly [V in ScriptVariant]: number };
  /** What the script focuses on; imagery, body and memory scripts need a grounding exit and screening. */
  readonly focus: readonly ('imagery' | 'body' | 'memory' | 'breath' | 'relational' | 'cognitive' | 'writing')[];
  readonly suitedStrategies: readonly AttachmentStrategy[];
  readonly indications: readonly Concern[];
  readonly contraindications: readonly ScreeningQuestion[];
  /** A one-line, client-facing summary. */
  readonly summary: string;
  readonly steps: readonly ScriptStep[];
  /** Notes for the clinician (required for guided and therapist-only scripts). */
  readonly therapistNotes?: readonly string[];
  /** Client-facing safety note with crisis signposting. */
  readonly safetyNote: string;
  readonly citations: readonly Citation[];
  readonly version: string;
}
