// The plain path: reads one whole QuestionnaireResponse with prepared options.
import type { SafeResult } from '../../../model/issue.js';
import { _preview as preview } from '../../../model/preview.js';
import { safeScore } from '../../../scoring/index.js';
import type { FhirImport, FhirIssue } from '../types.js';
import { _isUnreadable, _walk } from './answers.js';
import type { _Answer, _Ctx, _Prepared, _PreparedQuestionnaire } from './context.js';
import { _at, _cut, _fmt, _issue, type _Path, _under, _unreadable } from './issues.js';
import { field, isObject, list, str } from './json.js';
import { _prepareQuestionnaire, _questionnaireProblem } from './prepare.js';
import { _collectTerminology } from './weights.js';

const answerPath = (a: _Answer): _Path => _under(a.itemPath, 'answer', 0, a.key);
const sourceOf = (a: _Answer): string => (typeof a.source === 'string' ? a.source : a.source.map((f) => f.source).join(' and '));

/**
 * A plain object with one own property per map entry, in map order, like `Object.fromEntries`
 * (which is several times slower). `__proto__` stays an own key, as `Object.fromEntries` makes it.
 */
function record<T, V>(m: ReadonlyMap<string, T>, value: (t: T) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [k, t] of m) {
    if (k === '__proto__') Object.defineProperty(out, k, { value: value(t), enumerable: true, writable: true, configurable: true });
    else out[k] = value(t);
  }
  return out;
}

/**
 * Reads a QuestionnaireResponse with prepared options: never throws on the response (input that
 * throws when read gives an `invalid_resource` issue naming where).
 *
 * @internal
 */
export function _read(p: _Prepared, response: unknown): SafeResult<FhirImport, FhirIssue> {
  try {
    return run(p, response);
  } catch (e) {
    const issue = _isUnreadable(e) ? _unreadable(e.error, e.path) : _unreadable(e, null);
    return { ok: false, issues: Object.freeze([issue]) };
  }
}

function run(p: _Prepared, response: unknown): SafeResult<FhirImport, FhirIssue> {
  const issues: FhirIssue[] = [];
  const warnings: FhirIssue[] = [];
  const fail = (): SafeResult<FhirImport, FhirIssue> => ({ ok: false, issues: Object.freeze(issues) });
  if (!isObject(response)) {
    issues.push(_issue('invalid_resource', null, null, null, `Expected a QuestionnaireResponse object, received ${preview(response)}.`, preview(response)));
    return fail();
  }
  const rt = field(response, 'resourceType');
  if (rt !== 'QuestionnaireResponse') {
    issues.push(
      _issue('invalid_resource', null, null, _at(null, 'resourceType'), `Expected resourceType "QuestionnaireResponse", received ${preview(rt)}.`, preview(rt)),
    );
    return fail();
  }
  const status = field(response, 'status');
  if (status === 'entered-in-error') {
    issues.push(_issue('invalid_status', null, null, _at(null, 'status'), 'The response is marked "entered-in-error"; it must not be scored.'));
    return fail();
  }
  if (status === 'in-progress' || status === 'stopped') {
    warnings.push(_issue('not_completed', null, null, _at(null, 'status'), `The response status is "${status}": it may be incomplete.`));
  }
  const canonical = str(response, 'questionnaire');
  const contained = list(response, 'contained');
  let q: _PreparedQuestionnaire | undefined;
  if (p.questionnaire !== undefined) {
    if (!('items' in p.questionnaire)) {
      issues.push(p.questionnaire);
      return fail();
    }
    q = p.questionnaire;
  } else if (canonical?.startsWith('#')) {
    const inResponse = contained.find((r) => str(r, 'resourceType') === 'Questionnaire' && str(r, 'id') === canonical.slice(1));
    if (inResponse !== undefined) {
      const problem = _questionnaireProblem(inResponse);
      if (problem !== undefined) {
        issues.push(problem);
        return fail();
      }
      q = _prepareQuestionnaire(inResponse as object, response, p.terminology);
    }
  }
  if (p.questionnaire !== undefined && q !== undefined) {
    const url = q.url;
    if (url !== undefined && canonical !== undefined && !canonical.startsWith('#') && canonical.split('|')[0] !== url.split('|')[0]) {
      warnings.push(
        _issue(
          'questionnaire_mismatch',
          null,
          null,
          _at(null, 'questionnaire'),
          `The response says it answers ${preview(canonical)}, but the Questionnaire given is ${preview(url)}.`,
        ),
      );
    }
  }
  const terminology =
    contained.length === 0
      ? (q?.terminology ?? _collectTerminology(undefined, undefined, p.terminology))
      : _collectTerminology(response, q?.resource, p.terminology);
  const ctx: _Ctx = { p, q, terminology, issues, warnings, answers: new Map(), reported: new Map(), nodes: 0 };
  _walk(ctx, field(response, 'item'), _at(null, 'item'), 0);
  if (issues.length > 0) return fail();

  const responses = record(ctx.answers, (a) => a.value);
  const scored = safeScore(p.def, responses);
  if (!scored.ok) {
    for (const si of scored.issues) {
      const a = si.item === null ? undefined : ctx.answers.get(si.item);
      issues.push(
        _issue(
          'invalid_answer',
          a?.linkId ?? null,
          si.item,
          a ? answerPath(a) : null,
          `Item ${JSON.stringify(_cut(a?.linkId ?? ''))} (${si.item}): the score ${si.received}${a ? ` (from ${sourceOf(a)})` : ''} is not valid: expected ${si.expected}.`,
          si.received,
        ),
      );
    }
    return fail();
  }
  for (const [id, r] of ctx.reported) {
    const s = scored.value.scales[id];
    const label = `Item ${JSON.stringify(_cut(r.linkId))} stores a ${p.index.scaleById.get(id)?.label ?? id} of ${_fmt(r.value)}`;
    if (s === undefined || s.value === null) {
      const missing = s ? `${s.expected - s.answered} of ${s.expected} items are unanswered` : 'it was not computed';
      warnings.push(_issue('total_not_computed', r.linkId, id, r.path, `${label}, but ${missing}, so no value is recomputed; the stored value is not used.`));
    } else if (Math.abs(s.value - r.value) > 1e-6) {
      warnings.push(_issue('total_mismatch', r.linkId, id, r.path, `${label}, but the answers give ${_fmt(s.value)}; use the recomputed ${_fmt(s.value)}.`));
    }
  }
  return {
    ok: true,
    value: Object.freeze({
      responses: Object.freeze(responses),
      reported: Object.freeze(record(ctx.reported, (r) => r.value)),
      warnings: Object.freeze(warnings),
    }),
  };
}
