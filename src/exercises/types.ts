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
  /** The variants that include the step; left out, every variant does. */
  readonly variants?: readonly ScriptVariant[];
}

/**
 * A breathing pattern in seconds: in, hold, out, hold after.
 *
 * @category Exercises
 */
export interface BreathPattern {
  /** Seconds breathing in. */
  readonly inhale: number;
  /** Seconds holding after breathing in; default 0. */
  readonly hold?: number;
  /** Seconds breathing out. */
  readonly exhale: number;
  /** Seconds holding after breathing out; default 0. */
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
    | {
        /** Words to read or speak. */
        readonly kind: 'say';
        /** The words, for the client. */
        readonly text: string;
      }
    | {
        /** Silence. */
        readonly kind: 'pause';
        /** How long, in seconds. */
        readonly seconds: number;
      }
    | {
        /** A paced-breathing block. */
        readonly kind: 'breathe';
        /** The pattern of one breath. */
        readonly pattern: BreathPattern;
        /** How many breaths. */
        readonly cycles: number;
        /** Words said before the first breath, for the client. */
        readonly text?: string;
      }
    | {
        /** A reflection or journaling prompt, with time to answer. */
        readonly kind: 'prompt';
        /** `reflect` (in the mind) or `journal` (written down). */
        readonly mode: 'reflect' | 'journal';
        /** The prompt, for the client. */
        readonly text: string;
        /** Time to answer, in seconds. */
        readonly seconds: number;
      }
    | {
        /** A distress rating from 0 (calm) to 10 (the most upset). */
        readonly kind: 'check-in';
        /** The question, for the client. */
        readonly text: string;
      }
    | {
        /** The way out to grounding, available at any time. */
        readonly kind: 'grounding-exit';
        /** A full short grounding practice, for the client. */
        readonly text: string;
        /** How long it takes, in seconds. */
        readonly seconds: number;
      }
  );

/**
 * A contraindication and the plain screening question asked before the script starts.
 *
 * @category Exercises
 */
export interface ScreeningQuestion {
  /** The contraindication it screens for. */
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
  /** The stable id, `<technique>.<name>` (for example `regulate.paced-breathing`). */
  readonly id: string;
  /** The title, for the client. */
  readonly title: string;
  /** The technique it belongs to. */
  readonly technique: TechniqueId;
  /** Named protocol of the technique this script implements (see `techniques`). */
  readonly protocol: string;
  /** Who guides it: `self` (alone, in an app), `guided` (with a clinician-connected programme) or `therapist` (in session only). */
  readonly delivery: DeliveryMode;
  /** Stated duration in seconds, per variant; the timeline must match within 10 %. */
  readonly durationSeconds: { readonly [V in ScriptVariant]: number };
  /** What the script focuses on; imagery, body and memory scripts need a grounding exit and screening. */
  readonly focus: readonly ('imagery' | 'body' | 'memory' | 'breath' | 'relational' | 'cognitive' | 'writing')[];
  /** The attachment strategies it suits. */
  readonly suitedStrategies: readonly AttachmentStrategy[];
  /** The presenting concerns it addresses. */
  readonly indications: readonly Concern[];
  /** What to screen for before starting, each with its plain question. */
  readonly contraindications: readonly ScreeningQuestion[];
  /** A one-line, client-facing summary. */
  readonly summary: string;
  /** The steps of every variant; each step names its variants (all when left out). */
  readonly steps: readonly ScriptStep[];
  /** Notes for the clinician (required for guided and therapist-only scripts). */
  readonly therapistNotes?: readonly string[];
  /**
   * Client-facing safety note: when to stop, who to talk to. It names no phone number and no
   * crisis line: `personalize` adds the crisis help of the person's region (or, with no region,
   * wording that names no number) after it.
   */
  readonly safetyNote: string;
  /**
   * A first distress check-in at or above this (0–10) means the exercise does not go on: the
   * session runner refuses to move past it and offers grounding instead. Set it on scripts that
   * should not start when a person is already very upset.
   */
  readonly startCeiling?: number;
  /** The sources the script draws on. */
  readonly citations: readonly Citation[];
  /** The content version; a session records it. */
  readonly version: string;
}
