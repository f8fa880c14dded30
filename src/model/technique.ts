/**
 * The five techniques of attachment-based therapy, as ids.
 *
 * @category Model
 */
export const TECHNIQUE_IDS = ['explore', 'corrective', 'regulate', 'reparent', 'mindful'] as const;

/** One of {@link TECHNIQUE_IDS}. @category Model */
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/**
 * Who delivers an exercise: `self` (a client alone in an app, with standard safeguards),
 * `guided` (inside a clinician-connected programme), `therapist` (in session only).
 *
 * @category Model
 */
export const DELIVERY_MODES = ['self', 'guided', 'therapist'] as const;

/** One of {@link DELIVERY_MODES}. @category Model */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/**
 * Presenting concerns, from the closed list a clinician expects.
 *
 * @category Model
 */
export const CONCERNS = [
  'depression',
  'anxiety',
  'interpersonal-conflict',
  'unresolved-trauma',
  'grief-loss',
  'low-self-worth',
  'emotion-dysregulation',
  'relationship-distress',
  'parenting-stress',
  'loneliness',
] as const;

/** One of {@link CONCERNS}. @category Model */
export type Concern = (typeof CONCERNS)[number];

/**
 * Contraindications screened before imagery-, body- or memory-focused work (cautions shared by
 * these approaches; each technique protocol and script cites the published sources of its own).
 *
 * @category Model
 */
export const CONTRAINDICATIONS = [
  'active-suicidality',
  'self-harm',
  'psychosis',
  'severe-dissociation',
  'substance-intoxication',
  'recent-trauma',
  'current-crisis',
  'unsafe-living-situation',
] as const;

/** One of {@link CONTRAINDICATIONS}. @category Model */
export type Contraindication = (typeof CONTRAINDICATIONS)[number];
