// The intake vocabulary: the answers the risk and contraindication screens take, the delivery
// contexts, clinician annotations and the outcomes of a clinician's review. Data only.

/**
 * The answers a risk-screen question takes: `yes`, `no`, or `declined` (the person chose not to
 * answer; a trauma-informed intake lets people skip: SAMHSA 2014, *SAMHSA's Concept of Trauma and
 * Guidance for a Trauma-Informed Approach*, HHS Pub. No. (SMA) 14-4884).
 * A declined answer is never read as "no": risk stays unknown until a clinician asks again.
 *
 * @example
 * ```ts
 * RISK_ANSWERS.includes('declined'); // => true
 * ```
 * @category Model
 */
export const RISK_ANSWERS = ['yes', 'no', 'declined'] as const;

/** One of {@link RISK_ANSWERS}. @category Model */
export type RiskAnswer = (typeof RISK_ANSWERS)[number];

/**
 * How recently a "yes" on the risk screen happened: `now` (today or ongoing), `past-2-weeks`
 * (the PHQ-9 time frame), `past-year`, or `over-a-year-ago`. The first two are current risk.
 *
 * @example
 * ```ts
 * RISK_RECENCIES[0]; // => 'now'
 * ```
 * @category Model
 */
export const RISK_RECENCIES = ['now', 'past-2-weeks', 'past-year', 'over-a-year-ago'] as const;

/** One of {@link RISK_RECENCIES}. @category Model */
export type RiskRecency = (typeof RISK_RECENCIES)[number];

/**
 * The recencies that count as current risk: today, ongoing, or within the last 2 weeks (the time
 * frame of PHQ-9 item 9; Kroenke, Spitzer & Williams 2001, doi:10.1046/j.1525-1497.2001.016009606.x).
 *
 * @example
 * ```ts
 * CURRENT_RISK_RECENCIES; // => ['now', 'past-2-weeks']
 * ```
 * @category Model
 */
export const CURRENT_RISK_RECENCIES = ['now', 'past-2-weeks'] as const satisfies readonly RiskRecency[];

/**
 * The answers a contraindication-screen question takes. `unsure` counts as `yes` until a
 * clinician has reviewed it: a screen is not an assessment.
 *
 * @example
 * ```ts
 * SCREEN_ANSWERS; // => ['yes', 'no', 'unsure']
 * ```
 * @category Model
 */
export const SCREEN_ANSWERS = ['yes', 'no', 'unsure'] as const;

/** One of {@link SCREEN_ANSWERS}. @category Model */
export type ScreenAnswer = (typeof SCREEN_ANSWERS)[number];

/**
 * Where a plan will be used: a `self-guided-app` (nobody watches answers in real time; only
 * scripts marked `self` are offered) or `therapist-led` work (a clinician-connected programme;
 * `guided` and `therapist` scripts are offered too).
 *
 * @example
 * ```ts
 * DELIVERY_CONTEXTS; // => ['self-guided-app', 'therapist-led']
 * ```
 * @category Model
 */
export const DELIVERY_CONTEXTS = ['self-guided-app', 'therapist-led'] as const;

/** One of {@link DELIVERY_CONTEXTS}. @category Model */
export type DeliveryContext = (typeof DELIVERY_CONTEXTS)[number];

/**
 * Annotations only a clinician may enter, never derived from self-report: an AAI-style
 * `unresolved` state of mind about loss or trauma, or a `disorganised` pattern (Main & Solomon 1990;
 * Liotti 2004, Psychotherapy: Theory, Research, Practice, Training 41:472–486). Either one plans as the fearful / disorganised profile.
 *
 * @example
 * ```ts
 * CLINICIAN_ANNOTATIONS; // => ['unresolved', 'disorganised']
 * ```
 * @category Model
 */
export const CLINICIAN_ANNOTATIONS = ['unresolved', 'disorganised'] as const;

/** One of {@link CLINICIAN_ANNOTATIONS}. @category Model */
export type ClinicianAnnotation = (typeof CLINICIAN_ANNOTATIONS)[number];

/**
 * What a clinician found when they reviewed a risk answer or a risk flag with the person:
 * `current` (the risk is current: it keeps blocking imagery, body and memory work) or
 * `not-current` (the risk is in the past; the safety plan is in place).
 *
 * @example
 * ```ts
 * REVIEW_OUTCOMES; // => ['current', 'not-current']
 * ```
 * @category Model
 */
export const REVIEW_OUTCOMES = ['current', 'not-current'] as const;

/** One of {@link REVIEW_OUTCOMES}. @category Model */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
