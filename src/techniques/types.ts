import type { instruments } from '../instruments/registry.js';
import type { AttachmentStrategy } from '../model/attachment.js';
import type { Citation } from '../model/issue.js';
import type { Concern, Contraindication, DeliveryMode, TechniqueId } from '../model/technique.js';

/**
 * The four phases of attachment-based therapy: a synthesis of Bowlby (1988),
 * Holmes, trauma phase models (Cloitre et al. 2011) and ABFT's task structure. No single
 * authoritative phase model exists; the phases are a planning aid, not a rule.
 *
 * @example
 * ```ts
 * THERAPY_PHASES.includes('stabilisation'); // => true
 * ```
 * @category Techniques
 */
export const THERAPY_PHASES = ['assessment-formulation', 'stabilisation', 'working-through', 'consolidation-ending'] as const;

/** One of {@link THERAPY_PHASES}. @category Techniques */
export type TherapyPhase = (typeof THERAPY_PHASES)[number];

/**
 * How well a source or claim was checked, in three grades: `verified` (seen
 * in a retrieved copy or reliable bibliographic record), `partial` (existence or main claim
 * seen, some detail not checked), `unverified` (general knowledge or sources disagree).
 *
 * @category Techniques
 */
export const VERIFICATION_LEVELS = ['verified', 'partial', 'unverified'] as const;

/** One of {@link VERIFICATION_LEVELS}. @category Techniques */
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

/**
 * A {@link Citation} with how well it was checked, and what was or was not checked.
 *
 * @example
 * ```ts
 * const c: SourcedCitation = { text: 'Bowlby, J. (1988). A secure base. Basic Books.', verification: 'partial' };
 * ```
 * @category Techniques
 */
export interface SourcedCitation extends Citation {
  /** How well it was checked. */
  readonly verification: VerificationLevel;
  /** What was checked and what was not (for a reviewer). */
  readonly note?: string;
}

/**
 * The strength of the evidence behind a protocol, from strongest to weakest:
 * `meta-analysis` (a meta-analysis of trials of this component), `trial` (at least one randomised
 * trial), `experimental` (laboratory or analogue experiments, not clinical trials), `pilot`
 * (uncontrolled or pilot studies only), `expert-consensus` (expert surveys or
 * guidelines), `clinical-practice` (widely used, no dedicated trials found), `theory` (derived
 * from theory or a textbook model only). It rates the protocol as delivered here (a short
 * standalone practice is rated on its own, even when a larger programme containing it was
 * trialled), never the bundle.
 *
 * @category Techniques
 */
export const EVIDENCE_LEVELS = ['meta-analysis', 'trial', 'experimental', 'pilot', 'expert-consensus', 'clinical-practice', 'theory'] as const;

/** One of {@link EVIDENCE_LEVELS}. @category Techniques */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * An honest evidence statement: its level, what it says in plain words, and the sources.
 *
 * @example
 * ```ts
 * const e: EvidenceStatement = { level: 'clinical-practice', statement: 'Widely used; no dedicated trials were found.', citations: [] };
 * ```
 * @category Techniques
 */
export interface EvidenceStatement {
  /** The strength of the evidence. */
  readonly level: EvidenceLevel;
  /** What the evidence says, in plain words (including what it does not show). */
  readonly statement: string;
  /** The sources, each with how well it was checked. */
  readonly citations: readonly SourcedCitation[];
}

/**
 * The insecure attachment strategies a technique is adapted for (security-based needs no
 * adaptation).
 *
 * @example
 * ```ts
 * const s: InsecureStrategy = 'disorganised';
 * ```
 * @category Techniques
 */
export type InsecureStrategy = Exclude<AttachmentStrategy, 'security-based'>;

/**
 * How a technique fits a strategy: `prioritise`, `suitable`,
 * `introduce-carefully`, or `after-stabilisation` (therapist-led, once the window of tolerance is
 * wider).
 *
 * @category Techniques
 */
export const STRATEGY_FITS = ['prioritise', 'suitable', 'introduce-carefully', 'after-stabilisation'] as const;

/** One of {@link STRATEGY_FITS}. @category Techniques */
export type StrategyFit = (typeof STRATEGY_FITS)[number];

/**
 * How to adapt a technique for one attachment strategy. These are clinical reasoning from the
 * cited sources, not trial-established moderators, unless a citation says otherwise.
 *
 * @example
 * ```ts
 * const a: StrategyAdaptation = { strategy: 'hyperactivating', fit: 'prioritise', adaptation: 'Regulate early; use time limits.' };
 * ```
 * @category Techniques
 */
export interface StrategyAdaptation {
  /** The attachment strategy. */
  readonly strategy: InsecureStrategy;
  /** How well the technique fits it. */
  readonly fit: StrategyFit;
  /** How to adapt the technique, for a clinician. */
  readonly adaptation: string;
}

/**
 * The id of an instrument that tracks a technique: any questionnaire in the instrument registry
 * (`instruments`), derived from it, so no hand list can name an instrument the library does not
 * score. The import is type-only: no instrument is bundled with the techniques. Measures the
 * library does not score (FFMQ, FCS, CATS, IIP, PCL-5) are named in a technique's `notes` instead.
 *
 * @category Techniques
 */
export type OutcomeInstrumentId = (typeof instruments)[number]['id'];

/**
 * The role a measure plays for a technique: `outcome` (what should change), `process` (how the
 * work is going, e.g. alliance), `monitoring` (tolerance and risk while the work goes on).
 *
 * @category Techniques
 */
export const MEASURE_ROLES = ['outcome', 'process', 'monitoring'] as const;

/** One of {@link MEASURE_ROLES}. @category Techniques */
export type MeasureRole = (typeof MEASURE_ROLES)[number];

/**
 * An outcome measure that tracks a technique, with its role and a suggested schedule.
 *
 * @example
 * ```ts
 * const m: TechniqueMeasure = { instrument: 'ders-16', role: 'outcome', when: 'Baseline, mid-point and end.' };
 * ```
 * @category Techniques
 */
export interface TechniqueMeasure {
  /** The instrument id. */
  readonly instrument: OutcomeInstrumentId;
  /** What it tracks for the technique. */
  readonly role: MeasureRole;
  /** When to give it (common practice, not a validated schedule). */
  readonly when: string;
}

/**
 * A named protocol that implements a technique: clinician-facing data.
 * Steps are paraphrased summaries for clinicians, not scripts; client-facing words live in the
 * exercise scripts.
 *
 * @example
 * ```ts
 * import { regulate } from 'securebase';
 * const p: TechniqueProtocol | undefined = regulate.protocols.find((x) => x.id === 'regulate.paced-breathing');
 * p?.delivery; // => ['self']
 * ```
 * @category Techniques
 */
export interface TechniqueProtocol {
  /** Namespaced id, `<technique>.<name>` (stable). */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What it is for, in a sentence. */
  readonly aim: string;
  /** Clinician-facing summary of the steps (paraphrased; never a copied script). */
  readonly steps: readonly string[];
  /** Typical duration as commonly given; exact timings are unverified unless cited. */
  readonly duration: string;
  /** The therapy phases in which it is used. */
  readonly phases: readonly TherapyPhase[];
  /**
   * Delivery modes allowed; a script of this protocol must use one of them. `self` appears only
   * where self-guided use is allowed (sometimes in a limited form, see `deliveryNote`).
   */
  readonly delivery: readonly DeliveryMode[];
  /** Limits on a delivery mode (for example a shorter self-guided form), where they apply. */
  readonly deliveryNote?: string;
  /** The presenting concerns it addresses. */
  readonly indications: readonly Concern[];
  /** Screened before the protocol starts; a positive screen routes to grounding and support. */
  readonly contraindications: readonly Contraindication[];
  /** Cautions a clinician or app must honour (including ones the contraindication list cannot name). */
  readonly cautions: readonly string[];
  /** The attachment strategies it suits. */
  readonly suitedStrategies: readonly AttachmentStrategy[];
  /** How to adapt this protocol for a strategy, where the sources say. */
  readonly strategyNotes?: readonly string[];
  /** True when the protocol is imagery-, body- or memory-focused (universal cautions apply). */
  readonly requiresScreening: boolean;
  /** The evidence for the protocol as delivered here. */
  readonly evidence: EvidenceStatement;
}

/**
 * One of the five techniques of attachment-based therapy, as typed data: aims, rationale,
 * phases, indications, contraindications, cautions, strategy adaptations, delivery modes, the
 * named protocols that implement it, and the measures that track it.
 *
 * The five-technique bundle is an integrative label, not a manualised, trial-tested therapy:
 * every technique carries {@link TECHNIQUE_EVIDENCE_DISCLAIMER}, and each protocol states its own
 * evidence.
 *
 * @example
 * ```ts
 * import { techniques } from 'securebase';
 * const regulate = techniques.find((t) => t.id === 'regulate');
 * regulate?.protocols.some((p) => p.id === 'regulate.paced-breathing'); // => true
 * ```
 * @category Techniques
 */
export interface Technique {
  /** The technique id. */
  readonly id: TechniqueId;
  /** Its name. */
  readonly name: string;
  /** Content version; change it when any clinical content changes. */
  readonly version: string;
  /** What it aims at, in plain words. */
  readonly aims: readonly string[];
  /** Why the technique is used, each claim with its sources. */
  readonly rationale: readonly EvidenceStatement[];
  /** The therapy phases in which it is used. */
  readonly phases: readonly TherapyPhase[];
  /** The presenting concerns it addresses. */
  readonly indications: readonly Concern[];
  /** Conditions under which it should not be used (each protocol lists those it screens for). */
  readonly contraindications: readonly Contraindication[];
  /** Cautions a clinician or app must honour. */
  readonly cautions: readonly string[];
  /** One entry for each of hyperactivating, deactivating and disorganised. */
  readonly strategies: readonly StrategyAdaptation[];
  /** The delivery modes it allows. */
  readonly deliveryModes: readonly DeliveryMode[];
  /** The named protocols that implement it. */
  readonly protocols: readonly TechniqueProtocol[];
  /** The measures that track it. */
  readonly measures: readonly TechniqueMeasure[];
  /** Always {@link TECHNIQUE_EVIDENCE_DISCLAIMER}. */
  readonly evidenceDisclaimer: string;
  /** What was verified, what was not, and decisions made where the sources were silent. */
  readonly notes: readonly string[];
}

/**
 * The evidence disclaimer every technique carries: the
 * bundle is an integrative label, not a trial-tested therapy; only its components have their own
 * evidence. The one trial-supported model called "attachment-based" is ABFT, a family therapy for
 * depressed and suicidal adolescents (`SOURCES.diamond2021`), which is not this bundle. Show it
 * wherever a technique is described to users or clinicians.
 *
 * @example
 * ```ts
 * TECHNIQUE_EVIDENCE_DISCLAIMER.startsWith('The five techniques'); // => true
 * ```
 * @category Techniques
 */
export const TECHNIQUE_EVIDENCE_DISCLAIMER =
  'The five techniques of "attachment-based therapy" are an integrative label, not a single manualised, trial-tested therapy. ' +
  'Some components have their own evidence (alliance and rupture repair, mindfulness and self-compassion programmes, imagery ' +
  'rescripting, slow breathing), which each protocol states; others rest on clinical practice or theory. Do not present the ' +
  'bundle as an evidence-based therapy, and do not present this library or an app built on it as a substitute for care from a ' +
  'qualified professional.';
