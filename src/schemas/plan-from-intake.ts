// Schema-validated entries to the planner. This file imports zod, so it is exported only from the
// `securebase/schemas` entry, never from the main entry.
import { instruments } from '../instruments/registry.js';
import type { SafeResult } from '../model/issue.js';
import { _formatPath } from '../model/preview.js';
import { CONCERNS } from '../model/technique.js';
import type { AttachmentSource, Formulation, PlanOptions } from '../planning/formulation.js';
import { PlanningError, planTreatment } from '../planning/plan-treatment.js';
import type { TreatmentPlan } from '../planning/treatment-plan.js';

import { safeScore } from '../scoring/score.js';
import type { ScoreResult } from '../scoring/types.js';
import { formulationSchema } from './formulation.js';
import { type SchemaIssue, safeParseWith } from './issues.js';
import { type PlanningRequest, planningRequestSchema } from './planning-request.js';

const issue = (code: string, path: readonly (string | number)[], problem: string): SchemaIssue => {
  const where = _formatPath(path);
  return Object.freeze({ code, path: Object.freeze([...path]), where, message: `${where}: ${problem}` });
};

function plan(formulation: Formulation, options: PlanOptions | undefined): SafeResult<TreatmentPlan, SchemaIssue> {
  try {
    return { ok: true, value: planTreatment(formulation, options) };
  } catch (e) {
    if (e instanceof PlanningError) return { ok: false, issues: Object.freeze(e.issues.map((i) => Object.freeze({ code: 'planning', ...i }))) };
    throw e;
  }
}

/**
 * Validates an untrusted formulation (for example parsed JSON) against `formulationSchema` and
 * plans from it: `{ ok: true, value: plan }` or `{ ok: false, issues }`, where every issue names
 * its path in plain words. Problems the schema cannot see (an attachment measure missing from
 * `measures`, a midpoint method whose minimum is not below its maximum) come back as issues with
 * code `planning`. `options` takes the person's `region` (and an app's own `resources`) for the
 * crisis help the plan shows them, as `planTreatment` does.
 *
 * @example
 * ```ts
 * const r = safePlanTreatment({ attachment: { kind: 'dimensions', anxiety: 'high', avoidance: 2 } });
 * if (!r.ok) r.issues[0]?.message; // => 'attachment.anxiety: expected a number, received text ("high").'
 * ```
 * @category Planning
 */
export function safePlanTreatment(input: unknown, options?: PlanOptions): SafeResult<TreatmentPlan, SchemaIssue> {
  const r = safeParseWith(formulationSchema, input);
  return r.ok ? plan(r.value, options) : r;
}

function attachmentOf(
  request: PlanningRequest,
  results: Readonly<Record<string, ScoreResult>>,
): { ok: true; value: AttachmentSource } | { ok: false; issue: SchemaIssue } {
  const a = request.attachment ?? { kind: 'not-assessed' as const };
  if (a.kind === 'rq-measure') {
    const result = results[a.instrument];
    if (result === undefined) {
      return {
        ok: false,
        issue: issue('planning', ['attachment', 'instrument'], `names "${a.instrument}", but the request has no responses to it under measures.`),
      };
    }
    return { ok: true, value: { kind: 'rq', result } };
  }
  return { ok: true, value: a };
}

/**
 * The whole path from untrusted JSON to a plan: validates a planning request (an intake, raw
 * questionnaire responses keyed by instrument id, where the attachment estimate comes from, the
 * delivery context), scores every questionnaire with `score`, builds the formulation and plans.
 * Returns `{ ok: true, value: plan }` or `{ ok: false, issues }` with every problem found, each
 * naming its path in plain words. Never throws on bad input.
 *
 * The delivery context defaults to `self-guided-app` when the intake's preferred delivery mode
 * is `self`, and to `therapist-led` otherwise; the attachment estimate defaults to `not-assessed`.
 * The person's region comes from `options.region`, else from the request's `region`; with neither,
 * the plan names no phone number.
 *
 * @example
 * ```ts
 * const no = { answer: 'no' };
 * const r = planFromIntake({
 *   intake: {
 *     concerns: { depression: {}, 'low-self-worth': { detail: 'Very self-critical.' } },
 *     attachmentHistory: { caregivers: [], separationsAndLosses: [] },
 *     currentRelationships: [],
 *     riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
 *     contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
 *     preferences: { deliveryMode: 'self', language: 'en' },
 *   },
 *   measures: { 'phq-9': [1, 2, 1, 1, 0, 2, 1, 0, 1, 1] },
 *   attachment: { kind: 'dimensions', anxiety: 2.3, avoidance: 5.6 },
 * });
 * r.ok && r.value.safetyFirst; // => true
 * r.ok && r.value.safetyActions[0]?.id; // => 'safety-plan'
 * ```
 * @category Planning
 */
export function planFromIntake(input: unknown, options?: PlanOptions): SafeResult<TreatmentPlan, SchemaIssue> {
  const r = safeParseWith(planningRequestSchema, input);
  if (!r.ok) return r;
  const request = r.value;
  const issues: SchemaIssue[] = [];
  const results: Record<string, ScoreResult> = {};
  for (const [id, responses] of Object.entries(request.measures ?? {})) {
    if (responses === undefined) continue;
    const def = instruments.find((d) => d.id === id);
    if (def === undefined) continue;
    const scored = safeScore(def, responses);
    if (scored.ok) results[id] = scored.value;
    else for (const i of scored.issues) issues.push(issue('scoring', ['measures', id, ...i.path], i.message));
  }
  const attachment = attachmentOf(request, results);
  if (!attachment.ok) issues.push(attachment.issue);
  if (issues.length > 0 || !attachment.ok) return { ok: false, issues: Object.freeze(issues) };
  const intake = request.intake;
  const formulation: Formulation = {
    attachment: attachment.value,
    concerns: CONCERNS.filter((c) => intake.concerns[c] !== undefined),
    measures: results,
    riskScreen: intake.riskScreen,
    contraindicationScreen: intake.contraindicationScreen,
    delivery: request.delivery ?? (intake.preferences.deliveryMode === 'self' ? 'self-guided-app' : 'therapist-led'),
    plannedSessions: request.plannedSessions,
    clinicianAnnotations: request.clinicianAnnotations,
    flagReviews: request.flagReviews,
  };
  const region = options?.region ?? request.region;
  return plan(formulation, region === undefined ? options : { ...options, region });
}
