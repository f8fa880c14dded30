import type { Citation, Coding } from '../model/issue.js';

/**
 * One answer choice of a response scale: the value that is scored and the label shown.
 *
 * @category Scoring
 */
export interface ResponseAnchor {
  /** The scored value. */
  readonly value: number;
  /** The label shown for it (for example "Not at all"). */
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
  /** The lowest allowed value. */
  readonly min: number;
  /** The highest allowed value. */
  readonly max: number;
  /** Distance between allowed values; default 1. */
  readonly step?: number;
  /** Labels for some or all values, in ascending order of value. */
  readonly anchors: readonly ResponseAnchor[];
}

/**
 * One questionnaire item. `number` is the printed item number; `id` is the stable key used in
 * records, CSV headers and FHIR `linkId`s.
 *
 * @category Scoring
 */
export interface ItemDefinition {
  /** The item number as printed on the published form (1-based). */
  readonly number: number;
  /** The stable key used in records, CSV headers and FHIR `linkId`s. */
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
  readonly answerCodes?: readonly {
    /** The answer value. */
    readonly value: number;
    /** Its code for this item. */
    readonly code: Coding;
  }[];
  /** The printed order of answer choices, where a form alternates it (score by label, never by position). */
  readonly printedOrder?: 'ascending' | 'descending';
  /**
   * Whether a person may pass this item without answering when it is delivered item by item
   * (`startQuestionnaire`'s `skip` event); default `false`. Scoring is unchanged: a blank item
   * counts as missing, as it always does.
   */
  readonly skippable?: boolean;
  /**
   * The form asks this item only when one of these conditions holds on earlier answers (PHQ-9
   * item 10 is asked only when a problem was checked). Left blank when not asked, it is listed in
   * the result's `notAsked` and does not make the result incomplete. When a condition cannot be
   * decided (an earlier answer is missing), the item counts as asked.
   */
  readonly askedWhen?: {
    /** The item is asked when any of these conditions holds on earlier items' answers. */
    readonly anyOf: readonly ValueCondition[];
  };
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
  /** The lowest value in the band (inclusive). */
  readonly min: number;
  /** The highest value in the band (inclusive). */
  readonly max: number;
  /** The band's name as the source prints it (for example "Moderate"). */
  readonly label: string;
  /** A code for the band, where one exists (for example a LOINC answer code). */
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
  /** The scale's key in `ScoreResult.scales` (for example `total`, `anxiety`). */
  readonly id: string;
  /** Its name as the source prints it. */
  readonly label: string;
  /** Item ids, in any order. All items of a scale share one response scale. */
  readonly items: readonly string[];
  /** Item ids, each also in `items`, scored as `min + max - value`. */
  readonly reversed?: readonly string[];
  /** How item values combine: `sum`, or `mean` of the answered items. */
  readonly aggregate: 'sum' | 'mean';
  /** Higher values mean more of what? Used by outcome statistics. */
  readonly higherIs?: 'better' | 'worse';
  /** Published severity bands, ascending and covering the scale's range; none when the source gives none. */
  readonly bands?: readonly BandDefinition[];
  /** A code for the scale's value (for example a LOINC code for an Observation). */
  readonly code?: Coding;
}

/**
 * A condition on one raw item value or one scale value (inclusive bounds).
 *
 * @category Scoring
 */
export type ValueCondition =
  | {
      /** The item id whose raw (unreversed) value is tested. */
      readonly item: string;
      /** Holds when the value is at least this. */
      readonly min?: number;
      /** Holds when the value is at most this. */
      readonly max?: number;
      /**
       * Holds when the item was *not* answered (no `min` or `max` then): for a risk item whose blank
       * must be seen. A blank item the form did not ask (its `askedWhen` rule does not hold) is not
       * an unanswered question, so the condition does not hold for it.
       */
      readonly unanswered?: true;
    }
  | {
      /** The scale id whose value is tested. */
      readonly scale: string;
      /** Holds when the value is at least this. */
      readonly min?: number;
      /** Holds when the value is at most this. */
      readonly max?: number;
    };

/**
 * A rule that raises a flag. Flags travel with every result and can never be switched off by
 * an option. A flag is raised when `when` holds on the answers given.
 *
 * @category Scoring
 */
export interface FlagRule {
  /** The flag's id (for example `phq9-item9`). */
  readonly id: string;
  /**
   * `urgent`: a clinician must review it right away (such as PHQ-9 item 9 answered 1 or more);
   * `review`: a clinician must review it before risk can be ruled out (such as a risk item left
   * blank); `warning` and `info` are for review.
   */
  readonly level: 'urgent' | 'review' | 'warning' | 'info';
  /** When the flag is raised. */
  readonly when: ValueCondition;
  /** For the clinician: what was found and what to do, in plain words. Names no phone number. */
  readonly message: string;
  /**
   * For the person: warm, plain (US grade 6 or below), saying what to do now. Names no phone
   * number: an app adds the person's regional resources (`crisisHelp({ region })`).
   */
  readonly clientMessage: string;
  /** Where the rule comes from. */
  readonly source?: string;
}

/**
 * A score computed from items or scales by a declared rule.
 *
 * - `linear`: a weighted sum of item or scale values (RQ model of self; ECR-RS global scores).
 * - `criteria-count`: counts criteria met and names the first outcome whose conditions hold
 *   (PHQ-9 symptom-count algorithm); an outcome may also need a number of criteria met in each
 *   named group of criteria (`minPerGroup`, a rule per symptom cluster).
 * - `rules`: the label of the first rule whose conditions all hold (PBI parenting quadrants).
 *
 * Any term whose item or scale has no value leaves the derived score without a value.
 *
 * @category Scoring
 */
export type DerivedDefinition =
  | {
      /** `constant + Σ weight × value`. */
      readonly kind: 'linear';
      /** The key in `ScoreResult.derived`. */
      readonly id: string;
      /** Its name. */
      readonly label: string;
      /** The weighted terms: raw item values or scale values. */
      readonly terms: readonly (
        | {
            /** An item id (its raw value). */
            readonly item: string;
            /** Its weight. */
            readonly weight: number;
          }
        | {
            /** A scale id (its value). */
            readonly scale: string;
            /** Its weight. */
            readonly weight: number;
          }
      )[];
      /** Added to the sum; default 0. */
      readonly constant?: number;
      /** Where the formula comes from. */
      readonly source?: string;
    }
  | {
      /** Counts criteria met and names the first matching outcome. */
      readonly kind: 'criteria-count';
      /** The key in `ScoreResult.derived`. */
      readonly id: string;
      /** Its name. */
      readonly label: string;
      /** One criterion per item: met when the raw value is at least `min`. */
      readonly criteria: readonly {
        /** The item id. */
        readonly item: string;
        /** The lowest raw value that meets the criterion. */
        readonly min: number;
        /** The symptom cluster the criterion belongs to, for outcomes with `minPerGroup`. */
        readonly group?: string;
      }[];
      /** Items of which at least one must be met for an outcome with `requiresCore`. */
      readonly core: readonly string[];
      /** The outcomes, tried in order; the first whose conditions hold names the score. */
      readonly outcomes: readonly {
        /** The outcome's name (the derived score's `label` when it is the first to match). */
        readonly label: string;
        /** At least this many criteria met. */
        readonly minCount: number;
        /** At most this many (no upper limit when left out). */
        readonly maxCount?: number;
        /** Whether at least one `core` item must be among those met. */
        readonly requiresCore: boolean;
        /** At least this many criteria met in each named `group` (a diagnostic rule per symptom cluster). */
        readonly minPerGroup?: { readonly [group: string]: number };
      }[];
      /** Where the algorithm comes from. */
      readonly source?: string;
    }
  | {
      /** Names the first rule whose conditions all hold. */
      readonly kind: 'rules';
      /** The key in `ScoreResult.derived`. */
      readonly id: string;
      /** Its name. */
      readonly label: string;
      /** The rules, tried in order. */
      readonly rules: readonly {
        /** The derived score's `label` when this rule is the first to hold. */
        readonly label: string;
        /** Conditions that must all hold. */
        readonly when: readonly ValueCondition[];
      }[];
      /** How a value exactly at a cut-off is treated, in words. */
      readonly tieRule: string;
      /** Where the rules come from. */
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
export type MissingPolicy =
  | {
      /** A scale with any missing item has no value. */
      readonly kind: 'complete';
    }
  | {
      /** Score from the answered items when few are missing. */
      readonly kind: 'prorate';
      /** The most missing items per scale that the source allows. */
      readonly maxMissing: number;
      /** The published source that allows it. */
      readonly source: string;
    };

/**
 * The licence under which an instrument is used, and whether its item text ships.
 *
 * @category Scoring
 */
export interface LicenceInfo {
  /** Who holds the rights and what use is allowed, in a sentence or two. */
  readonly summary: string;
  /** Whether this definition ships the item text (only where the licence allows redistribution). */
  readonly itemTextIncluded: boolean;
  /** Where to read the licence or request permission. */
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
  /** The stable id (for example `phq-9`): results, CSV and FHIR use it. */
  readonly id: string;
  /** The full name. */
  readonly name: string;
  /** The usual abbreviation (for example `PHQ-9`). */
  readonly abbreviation?: string;
  /** Content version of this definition; every result records it. */
  readonly version: string;
  /** What it measures, in a sentence. */
  readonly description?: string;
  /** The published sources of the items, key, bands and rules. */
  readonly citations: readonly Citation[];
  /** The licence, and whether item text ships. */
  readonly licence: LicenceInfo;
  /** Findings from checking the key against sources: what is verified, what is not, which numbering. */
  readonly notes?: readonly string[];
  /** Instructions and time frame, when the licence allows. */
  readonly instructions?: string;
  /** A code for the whole instrument (for example its LOINC panel code). */
  readonly code?: Coding;
  /** The response scales, by key; items use `"default"` unless they name another. */
  readonly responseScales: { readonly [key: string]: ResponseScale };
  /** The items, in printed order. */
  readonly items: readonly ItemDefinition[];
  /** The scales (subscales and totals). */
  readonly scales: readonly ScaleDefinition[];
  /** Scores computed from items or scales by a declared rule. */
  readonly derived?: readonly DerivedDefinition[];
  /** Rules that raise flags (such as PHQ-9 item 9); flags cannot be switched off. */
  readonly flags?: readonly FlagRule[];
  /** The missing-data policy; default `{ kind: 'complete' }`. */
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
  /** The scale's value (sum or mean after reverse keying), or `null` when it could not be scored. */
  readonly value: number | null;
  /** How many of its items were answered. */
  readonly answered: number;
  /** How many items it has. */
  readonly expected: number;
  /** The ids of its unanswered items. */
  readonly missing: readonly string[];
  /** Whether the value was prorated from fewer than `expected` items. */
  readonly prorated: boolean;
  /** The band the value falls in, or `null` (no value, or no bands). */
  readonly band: BandDefinition | null;
}

/** The result for one derived score. @category Scoring */
export interface DerivedResult {
  /** The number (a `linear` value, a `criteria-count` count), or `null`. */
  readonly value: number | null;
  /** The outcome or rule label, or `null` (none matched, a value was missing, or a `linear` score). */
  readonly label: string | null;
}

/** A raised flag, as it travels with a result. @category Scoring */
export interface RaisedFlag {
  /** The flag rule's id. */
  readonly id: string;
  /** `urgent`, `warning` or `info`. */
  readonly level: FlagRule['level'];
  /** For the clinician: what was found and what to do, in plain words. */
  readonly message: string;
  /** For the person: warm, plain words saying what to do now (no phone number; add `crisisHelp({ region })`). */
  readonly clientMessage: string;
}

/**
 * A frozen scoring result. It records what was done: the definition id and content version, the
 * answered and expected counts per scale, and whether anything was prorated. An item that is
 * recorded but not scored (such as PHQ-9 item 10) is reported as a one-item scale of its own.
 *
 * @category Scoring
 */
export interface ScoreResult<TScale extends string = string, TDerived extends string = string> {
  /** Which definition scored it. */
  readonly instrument: {
    /** The instrument id. */
    readonly id: string;
    /** The definition's content version, so the score can be reproduced. */
    readonly version: string;
  };
  /** One result per scale, by scale id. */
  readonly scales: { readonly [K in TScale]: ScaleResult };
  /** One result per derived score, by id. */
  readonly derived: { readonly [K in TDerived]: DerivedResult };
  /** Every flag raised; no option removes them. */
  readonly flags: readonly RaisedFlag[];
  /**
   * Whether every item the form asked was answered. An item the form did not ask (its
   * `askedWhen` rule did not hold, such as PHQ-9 item 10 when no problem was checked) and left
   * blank does not make a result incomplete; it is listed in `notAsked`.
   */
  readonly complete: boolean;
  /** The ids of blank items that the form's own rule did not ask (see `ItemDefinition.askedWhen`). */
  readonly notAsked: readonly string[];
  /** Whether any scale was prorated. */
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
  /** `false` forbids prorating; `{ maxMissing }` asks for it (the result then says `prorated: true`). */
  readonly prorate?:
    | false
    | {
        /** The most missing items per scale to prorate over. */
        readonly maxMissing: number;
      };
}
