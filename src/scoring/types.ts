import type { Citation, Coding } from '../model/issue.js';

/**
 * One answer choice of a response scale: the value that is scored and the label shown.
 *
 * @category Scoring
 */
export interface ResponseAnchor {
  readonly value: number;
  readonly label: string;
  /** Answer code (for example a LOINC `LA` code) for this value. An item may override it. */
  readonly code?: Coding;
}

/**
 * The values an item accepts. Values run from `min` to `max` in steps of `step` (default 1,
 * so only whole numbers are accepted). `anchors` label some or all of the values.
 *
 * @category Scoring
 */
export interface ResponseScale {
  readonly min: number;
  readonly max: number;
  /** Distance between allowed values; default 1. */
  readonly step?: number;
  readonly anchors: readonly ResponseAnchor[];
}

/**
 * One questionnaire item. `number` is the printed item number; `id` is the stable key used in
 * records, CSV headers and FHIR `linkId`s.
 *
 * @category Scoring
 */
export interface ItemDefinition {
  readonly number: number;
  readonly id: string;
  /** Key into the definition's `responseScales`; default `"default"`. */
  readonly responseScale?: string;
  /** Item text: present only when the licence allows redistribution. */
  readonly text?: string;
  /** A short paraphrase to identify the item when the text is withheld (never the item text). */
  readonly gloss?: string;
  /** Item code, for example its LOINC code. */
  readonly code?: Coding;
  /** Answer codes for this item where they differ from the response scale's anchors. */
  readonly answerCodes?: readonly { readonly value: number; readonly code: Coding }[];
  /** The printed order of answer choices, where a form alternates it (score by label, never by position). */
  readonly printedOrder?: 'ascending' | 'descending';
}

/**
 * A band (severity range) of a scale's value, inclusive at both ends. Bands of a scale must be
 * in ascending order and cover the scale's whole range with no gap and no overlap. A value that
 * falls between two bands' printed limits (possible only with prorated or mean scores) belongs to
 * the lower band until the next band's `min` is reached.
 *
 * @category Scoring
 */
export interface BandDefinition {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly code?: Coding;
}

/**
 * A scale (subscale or total): which items it adds up, which of them are reverse-keyed, and how
 * they are combined. Reverse keying is per scale, since some instruments reverse an item for the
 * total but not for its subscale (SCS-SF).
 *
 * @category Scoring
 */
export interface ScaleDefinition {
  readonly id: string;
  readonly label: string;
  /** Item ids, in any order. All items of a scale share one response scale. */
  readonly items: readonly string[];
  /** Item ids, each also in `items`, scored as `min + max - value`. */
  readonly reversed?: readonly string[];
  readonly aggregate: 'sum' | 'mean';
  /** Higher values mean more of what? Used by outcome statistics. */
  readonly higherIs?: 'better' | 'worse';
  readonly bands?: readonly BandDefinition[];
  readonly code?: Coding;
}

/**
 * A condition on one raw item value or one scale value (inclusive bounds).
 *
 * @category Scoring
 */
export type ValueCondition =
  | { readonly item: string; readonly min?: number; readonly max?: number }
  | { readonly scale: string; readonly min?: number; readonly max?: number };

/**
 * A rule that raises a flag. Flags travel with every result and can never be switched off by
 * an option. A flag is raised when `when` holds on the answers given.
 *
 * @category Scoring
 */
export interface FlagRule {
  readonly id: string;
  readonly level: 'urgent' | 'warning' | 'info';
  readonly when: ValueCondition;
  /** What a clinician or app must do; plain words. */
  readonly message: string;
  readonly source?: string;
}

/**
 * A score computed from items or scales by a declared rule.
 *
 * - `linear`: a weighted sum of item or scale values (RQ model of self; ECR-RS global scores).
 * - `criteria-count`: counts criteria met and names the first outcome whose conditions hold
 *   (PHQ-9 symptom-count algorithm).
 * - `rules`: the label of the first rule whose conditions all hold (PBI parenting quadrants).
 *
 * Any term whose item or scale has no value leaves the derived score without a value.
 *
 * @category Scoring
 */
export type DerivedDefinition =
  | {
      readonly kind: 'linear';
      readonly id: string;
      readonly label: string;
      readonly terms: readonly ({ readonly item: string; readonly weight: number } | { readonly scale: string; readonly weight: number })[];
      readonly constant?: number;
      readonly source?: string;
    }
  | {
      readonly kind: 'criteria-count';
      readonly id: string;
      readonly label: string;
      readonly criteria: readonly { readonly item: string; readonly min: number }[];
      /** Items of which at least one must be met for an outcome with `requiresCore`. */
      readonly core: readonly string[];
      readonly outcomes: readonly {
        readonly label: string;
        readonly minCount: number;
        readonly maxCount?: number;
        readonly requiresCore: boolean;
      }[];
      readonly source?: string;
    }
  | {
      readonly kind: 'rules';
      readonly id: string;
      readonly label: string;
      readonly rules: readonly { readonly label: string; readonly when: readonly ValueCondition[] }[];
      /** How a value exactly at a cut-off is treated, in words. */
      readonly tieRule: string;
      readonly source?: string;
    };

/**
 * What to do when items are missing. `complete` (the default): a scale with any missing item has
 * no value. `prorate`: the published source allows up to `maxMissing` missing items per scale; the
 * scale is then scored from the answered items (a sum is scaled up to the full item count, a mean
 * is the mean of the answered items) and says `prorated: true`.
 *
 * @category Scoring
 */
export type MissingPolicy = { readonly kind: 'complete' } | { readonly kind: 'prorate'; readonly maxMissing: number; readonly source: string };

/**
 * The licence under which an instrument is used, and whether its item text ships.
 *
 * @category Scoring
 */
export interface LicenceInfo {
  readonly summary: string;
  readonly itemTextIncluded: boolean;
  readonly url?: string;
}

/**
 * A questionnaire as data: items, response scales, scales with keys, bands, flags, derived
 * scores, missing-data policy, sources and licence. The engine reads every rule from here and
 * never branches on an instrument's id.
 *
 * @example
 * ```ts
 * const mood = {
 *   id: 'mood-3', name: 'Three mood items', version: '1.0.0',
 *   citations: [{ text: 'Our own example.' }],
 *   licence: { summary: 'CC0', itemTextIncluded: true },
 *   responseScales: { default: { min: 0, max: 3, anchors: [{ value: 0, label: 'Never' }, { value: 3, label: 'Always' }] } },
 *   items: [{ number: 1, id: 'm1' }, { number: 2, id: 'm2' }, { number: 3, id: 'm3' }],
 *   scales: [{ id: 'total', label: 'Total', items: ['m1', 'm2', 'm3'], reversed: ['m3'], aggregate: 'sum' }],
 * } as const satisfies InstrumentDefinition;
 * ```
 * @category Scoring
 */
export interface InstrumentDefinition {
  readonly id: string;
  readonly name: string;
  readonly abbreviation?: string;
  /** Content version of this definition; every result records it. */
  readonly version: string;
  readonly description?: string;
  readonly citations: readonly Citation[];
  readonly licence: LicenceInfo;
  /** Findings from checking the key against sources: what is verified, what is not, which numbering. */
  readonly notes?: readonly string[];
  /** Instructions and time frame, when the licence allows. */
  readonly instructions?: string;
  readonly code?: Coding;
  readonly responseScales: { readonly [key: string]: ResponseScale };
  readonly items: readonly ItemDefinition[];
  readonly scales: readonly ScaleDefinition[];
  readonly derived?: readonly DerivedDefinition[];
  readonly flags?: readonly FlagRule[];
  readonly missing?: MissingPolicy;
}

/** The item ids of a definition, as a union of string literals. @category Scoring */
export type ItemIdOf<T extends InstrumentDefinition> = T['items'][number]['id'];
/** The scale ids of a definition. @category Scoring */
export type ScaleIdOf<T extends InstrumentDefinition> = T['scales'][number]['id'];
/** The derived-score ids of a definition. @category Scoring */
export type DerivedIdOf<T extends InstrumentDefinition> = T['derived'] extends readonly DerivedDefinition[] ? T['derived'][number]['id'] : never;

/** An answer: a number on the item's scale, or `null`/`undefined` for not answered. @category Scoring */
export type Answer = number | null | undefined;

/**
 * Responses to an instrument: an array in item order (index 0 is the first item), or a record
 * keyed by item id. Missing answers are `null`, `undefined` or absent.
 *
 * @category Scoring
 */
export type ResponsesOf<T extends InstrumentDefinition> = readonly Answer[] | { readonly [K in ItemIdOf<T>]?: Answer };

/**
 * The result for one scale. `value` is `null` when items were missing and the policy did not
 * allow prorating; `missing` then names them.
 *
 * @category Scoring
 */
export interface ScaleResult {
  readonly value: number | null;
  readonly answered: number;
  readonly expected: number;
  readonly missing: readonly string[];
  readonly prorated: boolean;
  readonly band: BandDefinition | null;
}

/** The result for one derived score. @category Scoring */
export interface DerivedResult {
  readonly value: number | null;
  readonly label: string | null;
}

/** A raised flag, as it travels with a result. @category Scoring */
export interface RaisedFlag {
  readonly id: string;
  readonly level: FlagRule['level'];
  readonly message: string;
}

/**
 * A frozen scoring result. It records what was done: the definition id and content version, the
 * answered and expected counts per scale, and whether anything was prorated. An item that is
 * recorded but not scored (such as PHQ-9 item 10) is reported as a one-item scale of its own.
 *
 * @category Scoring
 */
export interface ScoreResult<TScale extends string = string, TDerived extends string = string> {
  readonly instrument: { readonly id: string; readonly version: string };
  readonly scales: { readonly [K in TScale]: ScaleResult };
  readonly derived: { readonly [K in TDerived]: DerivedResult };
  readonly flags: readonly RaisedFlag[];
  readonly complete: boolean;
  readonly prorated: boolean;
}

/** The result type of scoring `T`. @category Scoring */
export type ResultOf<T extends InstrumentDefinition> = ScoreResult<ScaleIdOf<T>, DerivedIdOf<T>>;

/**
 * Options for one call of {@link score}. `prorate` lets the caller ask for prorating explicitly
 * (`{ maxMissing }` per scale) or forbid it (`false`) whatever the definition allows.
 *
 * @category Scoring
 */
export interface ScoreOptions {
  readonly prorate?: false | { readonly maxMissing: number };
}
