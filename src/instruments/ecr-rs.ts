import { _builtin } from '../scoring/builtin.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { agree7 } from './_shared/scales.js';

/**
 * ECR-RS, the Experiences in Close Relationships–Relationship Structures questionnaire (Fraley,
 * Heffernan, Vicary & Brumbaugh 2011): the same 9 items answered about four people (mother or a
 * mother-like figure, father or a father-like figure, a romantic partner, a best friend), giving
 * avoidance and anxiety per relationship and global scores.
 *
 * Per target: avoidance = mean of items 1–6 with items 1–4 reversed (8 − x); anxiety = mean of items
 * 7–9 (VERIFIED, Fraley's scoring text). Global avoidance and anxiety = the mean of the four targets'
 * scores (equal weights, Fraley). A person who does not answer about a target (for example no
 * father figure) gets no value for that target and no global score: compute a global from the
 * targets you have only by a rule you state yourself. Items are numbered 1–36 here, target by
 * target (mother 1–9, father 10–18, partner 19–27, friend 28–36); ids say the target and the
 * item's number within it (`ecrrs-father-3`). Item text is not shipped (licence not found).
 *
 * @example
 * ```ts
 * const r = score(ecrRs, Array(36).fill(4));
 * r.derived['global_avoidance'].value; // => 4
 * ```
 * @category Instruments
 */
export const ecrRs = /* @__PURE__ */ _builtin({
  id: 'ecr-rs',
  name: 'Experiences in Close Relationships–Relationship Structures',
  abbreviation: 'ECR-RS',
  version: '1.0.0',
  description: 'Attachment avoidance and anxiety in four relationships (mother, father, partner, best friend) and globally.',
  citations: [
    {
      text: 'Fraley, R. C., Heffernan, M. E., Vicary, A. M., & Brumbaugh, C. C. (2011). The Experiences in Close Relationships—Relationship Structures questionnaire: A method for assessing attachment orientations across relationships. Psychological Assessment, 23(3), 615–625.',
      doi: '10.1037/a0022898',
    },
  ],
  licence: {
    summary: 'No licence statement was found. Item text is not included: supply it in your app under terms you have confirmed with the authors.',
    itemTextIncluded: false,
  },
  responseScales: { default: agree7 },
  items: [
    { number: 1, id: 'ecrrs-mother-1', gloss: 'mother: helps to turn to this person in times of need (reversed for avoidance)' },
    { number: 2, id: 'ecrrs-mother-2', gloss: 'mother: usually discuss problems with this person (reversed for avoidance)' },
    { number: 3, id: 'ecrrs-mother-3', gloss: 'mother: talk things over with this person (reversed for avoidance)' },
    { number: 4, id: 'ecrrs-mother-4', gloss: 'mother: easy to depend on this person (reversed for avoidance)' },
    { number: 5, id: 'ecrrs-mother-5', gloss: "mother: don't feel comfortable opening up" },
    { number: 6, id: 'ecrrs-mother-6', gloss: 'mother: prefer not to show how I feel deep down' },
    { number: 7, id: 'ecrrs-mother-7', gloss: "mother: worry this person doesn't really care for me" },
    { number: 8, id: 'ecrrs-mother-8', gloss: 'mother: afraid this person may abandon me' },
    { number: 9, id: 'ecrrs-mother-9', gloss: "mother: worry this person won't care as much as I care" },
    { number: 10, id: 'ecrrs-father-1', gloss: 'father: helps to turn to this person in times of need (reversed for avoidance)' },
    { number: 11, id: 'ecrrs-father-2', gloss: 'father: usually discuss problems with this person (reversed for avoidance)' },
    { number: 12, id: 'ecrrs-father-3', gloss: 'father: talk things over with this person (reversed for avoidance)' },
    { number: 13, id: 'ecrrs-father-4', gloss: 'father: easy to depend on this person (reversed for avoidance)' },
    { number: 14, id: 'ecrrs-father-5', gloss: "father: don't feel comfortable opening up" },
    { number: 15, id: 'ecrrs-father-6', gloss: 'father: prefer not to show how I feel deep down' },
    { number: 16, id: 'ecrrs-father-7', gloss: "father: worry this person doesn't really care for me" },
    { number: 17, id: 'ecrrs-father-8', gloss: 'father: afraid this person may abandon me' },
    { number: 18, id: 'ecrrs-father-9', gloss: "father: worry this person won't care as much as I care" },
    { number: 19, id: 'ecrrs-partner-1', gloss: 'romantic partner: helps to turn to this person in times of need (reversed for avoidance)' },
    { number: 20, id: 'ecrrs-partner-2', gloss: 'romantic partner: usually discuss problems with this person (reversed for avoidance)' },
    { number: 21, id: 'ecrrs-partner-3', gloss: 'romantic partner: talk things over with this person (reversed for avoidance)' },
    { number: 22, id: 'ecrrs-partner-4', gloss: 'romantic partner: easy to depend on this person (reversed for avoidance)' },
    { number: 23, id: 'ecrrs-partner-5', gloss: "romantic partner: don't feel comfortable opening up" },
    { number: 24, id: 'ecrrs-partner-6', gloss: 'romantic partner: prefer not to show how I feel deep down' },
    { number: 25, id: 'ecrrs-partner-7', gloss: "romantic partner: worry this person doesn't really care for me" },
    { number: 26, id: 'ecrrs-partner-8', gloss: 'romantic partner: afraid this person may abandon me' },
    { number: 27, id: 'ecrrs-partner-9', gloss: "romantic partner: worry this person won't care as much as I care" },
    { number: 28, id: 'ecrrs-friend-1', gloss: 'best friend: helps to turn to this person in times of need (reversed for avoidance)' },
    { number: 29, id: 'ecrrs-friend-2', gloss: 'best friend: usually discuss problems with this person (reversed for avoidance)' },
    { number: 30, id: 'ecrrs-friend-3', gloss: 'best friend: talk things over with this person (reversed for avoidance)' },
    { number: 31, id: 'ecrrs-friend-4', gloss: 'best friend: easy to depend on this person (reversed for avoidance)' },
    { number: 32, id: 'ecrrs-friend-5', gloss: "best friend: don't feel comfortable opening up" },
    { number: 33, id: 'ecrrs-friend-6', gloss: 'best friend: prefer not to show how I feel deep down' },
    { number: 34, id: 'ecrrs-friend-7', gloss: "best friend: worry this person doesn't really care for me" },
    { number: 35, id: 'ecrrs-friend-8', gloss: 'best friend: afraid this person may abandon me' },
    { number: 36, id: 'ecrrs-friend-9', gloss: "best friend: worry this person won't care as much as I care" },
  ],
  scales: [
    {
      id: 'mother_avoidance',
      label: 'Avoidance with mother (or mother-like figure)',
      items: ['ecrrs-mother-1', 'ecrrs-mother-2', 'ecrrs-mother-3', 'ecrrs-mother-4', 'ecrrs-mother-5', 'ecrrs-mother-6'],
      reversed: ['ecrrs-mother-1', 'ecrrs-mother-2', 'ecrrs-mother-3', 'ecrrs-mother-4'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'mother_anxiety',
      label: 'Anxiety with mother (or mother-like figure)',
      items: ['ecrrs-mother-7', 'ecrrs-mother-8', 'ecrrs-mother-9'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'father_avoidance',
      label: 'Avoidance with father (or father-like figure)',
      items: ['ecrrs-father-1', 'ecrrs-father-2', 'ecrrs-father-3', 'ecrrs-father-4', 'ecrrs-father-5', 'ecrrs-father-6'],
      reversed: ['ecrrs-father-1', 'ecrrs-father-2', 'ecrrs-father-3', 'ecrrs-father-4'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'father_anxiety',
      label: 'Anxiety with father (or father-like figure)',
      items: ['ecrrs-father-7', 'ecrrs-father-8', 'ecrrs-father-9'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'partner_avoidance',
      label: 'Avoidance with romantic partner',
      items: ['ecrrs-partner-1', 'ecrrs-partner-2', 'ecrrs-partner-3', 'ecrrs-partner-4', 'ecrrs-partner-5', 'ecrrs-partner-6'],
      reversed: ['ecrrs-partner-1', 'ecrrs-partner-2', 'ecrrs-partner-3', 'ecrrs-partner-4'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'partner_anxiety',
      label: 'Anxiety with romantic partner',
      items: ['ecrrs-partner-7', 'ecrrs-partner-8', 'ecrrs-partner-9'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'friend_avoidance',
      label: 'Avoidance with best friend',
      items: ['ecrrs-friend-1', 'ecrrs-friend-2', 'ecrrs-friend-3', 'ecrrs-friend-4', 'ecrrs-friend-5', 'ecrrs-friend-6'],
      reversed: ['ecrrs-friend-1', 'ecrrs-friend-2', 'ecrrs-friend-3', 'ecrrs-friend-4'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
    {
      id: 'friend_anxiety',
      label: 'Anxiety with best friend',
      items: ['ecrrs-friend-7', 'ecrrs-friend-8', 'ecrrs-friend-9'],
      aggregate: 'mean',
      higherIs: 'worse',
    },
  ],
  derived: [
    {
      kind: 'linear',
      id: 'global_avoidance',
      label: 'Global avoidance (mean of the four relationship targets)',
      terms: [
        { scale: 'mother_avoidance', weight: 0.25 },
        { scale: 'father_avoidance', weight: 0.25 },
        { scale: 'partner_avoidance', weight: 0.25 },
        { scale: 'friend_avoidance', weight: 0.25 },
      ],
      source: 'Fraley (ECR-RS scoring text): the global score is the mean across mother, father, partner and friend, weighting each domain equally.',
    },
    {
      kind: 'linear',
      id: 'global_anxiety',
      label: 'Global anxiety (mean of the four relationship targets)',
      terms: [
        { scale: 'mother_anxiety', weight: 0.25 },
        { scale: 'father_anxiety', weight: 0.25 },
        { scale: 'partner_anxiety', weight: 0.25 },
        { scale: 'friend_anxiety', weight: 0.25 },
      ],
      source: 'Fraley (ECR-RS scoring text): the global score is the mean across mother, father, partner and friend, weighting each domain equally.',
    },
  ],
  missing: { kind: 'complete' },
} as const satisfies InstrumentDefinition);

/**
 * What was verified for the ECR-RS, against which source, and what is unverified; its review page
 * in `docs/instruments/` shows it. Kept beside the definition rather than in it, so that an app
 * that scores the instrument does not bundle these notes.
 */
export const ecrRsVerification: readonly string[] = [
  "Scoring VERIFIED from Fraley's scoring text (as reproduced by Georgetown's MACS page): avoidance = mean of items 1–6 with 1–4 reverse-keyed; anxiety = mean of items 7–9; per target; global = mean across the four targets, equal weights.",
  "The 7-point agreement scale (strongly disagree … strongly agree) is UNVERIFIED here (standard for Fraley's forms, not in the text read).",
  'Which item text goes with which item number is UNVERIFIED; the glosses follow the key (items 1–4 are the closeness statements that are reversed).',
  "Numbering 1–36 across targets is this library's own, for array input; Fraley numbers 1–9 within each target.",
];
