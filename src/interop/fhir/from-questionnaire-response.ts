import type { SafeResult } from '../../model/issue.js';
import { preview } from '../../scoring/_internal/preview.js';
import { safeScore } from '../../scoring/score.js';
import type { InstrumentDefinition, ScaleDefinition } from '../../scoring/types.js';
import { type _ItemInfo, _index } from './_internal/definition-index.js';
import { arr, field, isObject, list, num, str } from './_internal/json.js';
import { URL } from './_internal/urls.js';
import {
  _codingWeights,
  _collectTerminology,
  _extWeight,
  type _FoundWeight,
  _primitiveWeights,
  _questionnaireItems,
  type _Terminology,
} from './_internal/weights.js';
import { SECUREBASE_FHIR_BASE } from './constants.js';
import type { FhirImport, FhirIssue, FhirIssueCode, FromQuestionnaireResponseOptions } from './types.js';

const MAX_DEPTH = 64;
const MAX_NODES = 10_000;
const EPS = 1e-9;

type Path = readonly (string | number)[];
type Target = { readonly kind: 'item'; readonly info: _ItemInfo } | { readonly kind: 'scale'; readonly scale: ScaleDefinition };

const cut = (s: string): string => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
const fmt = (n: number): string => String(Math.round(n * 1e9) / 1e9);

interface Ctx {
  readonly def: InstrumentDefinition;
  readonly index: ReturnType<typeof _index>;
  readonly options: FromQuestionnaireResponseOptions;
  readonly qItems: ReadonlyMap<string, unknown>;
  readonly hasQuestionnaire: boolean;
  readonly terminology: _Terminology;
  readonly securebaseSystems: ReadonlyMap<string, string>;
  readonly issues: FhirIssue[];
  readonly warnings: FhirIssue[];
  readonly answers: Map<string, { value: number | null; linkId: string; path: Path; source: string }>;
  readonly reported: Map<string, { value: number; linkId: string; path: Path }>;
  nodes: number;
}

function issue(code: FhirIssueCode, linkId: string | null, item: string | null, path: Path, message: string, received?: string): FhirIssue {
  const out: FhirIssue = { code, linkId: linkId === null ? null : cut(linkId), item, path: Object.freeze([...path]), message };
  return Object.freeze(received === undefined ? out : { ...out, received });
}

function candidates(linkId: string): string[] {
  const out = [linkId];
  if (linkId.startsWith('/')) out.push(linkId.slice(1));
  const slash = linkId.lastIndexOf('/');
  if (slash >= 0 && slash < linkId.length - 1) out.push(linkId.slice(slash + 1));
  return out;
}

function resolve(ctx: Ctx, linkId: string): Target | undefined {
  const { index } = ctx;
  const explicit = ctx.options.linkIds;
  if (explicit !== undefined && Object.hasOwn(explicit, linkId)) {
    const id = explicit[linkId] as string;
    const info = index.itemById.get(id);
    if (info) return { kind: 'item', info };
    const scale = index.scaleById.get(id);
    if (scale) return { kind: 'scale', scale };
  }
  const info = index.itemById.get(linkId);
  if (info) return { kind: 'item', info };
  if (linkId.startsWith('score-')) {
    const s = index.scaleById.get(linkId.slice(6));
    if (s) return { kind: 'scale', scale: s };
  }
  const s = index.scaleById.get(linkId);
  if (s) return { kind: 'scale', scale: s };
  const codes = candidates(linkId);
  const qItem = ctx.qItems.get(linkId);
  for (const c of list(qItem, 'code')) {
    const code = str(c, 'code');
    if (code !== undefined) codes.push(code);
  }
  for (const c of codes) {
    const i = index.itemByCode.get(c);
    if (i) return { kind: 'item', info: i };
    const sc = index.scaleByCode.get(c);
    if (sc) return { kind: 'scale', scale: sc };
  }
  return undefined;
}

/** The single value[x] key of an answer, or a problem. */
function valueKey(answer: Record<string, unknown>): string | { problem: string } {
  const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
  if (keys.length === 0) return { problem: 'the answer has no value[x]' };
  if (keys.length > 1) return { problem: `the answer has ${keys.length} value[x] elements; FHIR allows one` };
  return keys[0] as string;
}

/** The distinct scores found, in order, up to `limit` (enough to tell agreement from conflict, in linear time). */
function distinct(ws: readonly _FoundWeight[], limit = 3): number[] {
  const out: number[] = [];
  for (const w of ws) {
    if (!out.some((v) => Math.abs(v - w.weight) < EPS)) out.push(w.weight);
    if (out.length === limit) break;
  }
  return out;
}

function readItemAnswer(ctx: Ctx, info: _ItemInfo, linkId: string, answers: readonly unknown[], path: Path): void {
  const id = info.def.id;
  const label = `Item ${JSON.stringify(cut(linkId))} (${id})`;
  if (ctx.answers.has(id)) {
    const first = ctx.answers.get(id);
    ctx.issues.push(
      issue(
        'duplicate_item',
        linkId,
        id,
        path,
        `${label}: answers item ${info.def.number} again (first answered at linkId ${JSON.stringify(cut(first?.linkId ?? ''))}).`,
      ),
    );
    return;
  }
  if (answers.length > 1) {
    ctx.issues.push(issue('multiple_answers', linkId, id, path, `${label}: has ${answers.length} answers; item ${info.def.number} takes one.`));
    return;
  }
  const answer = answers[0];
  const apath = [...path, 'answer', 0];
  if (!isObject(answer)) {
    ctx.issues.push(issue('invalid_resource', linkId, id, apath, `${label}: the answer must be an object, received ${preview(answer)}.`, preview(answer)));
    return;
  }
  const key = valueKey(answer);
  if (typeof key !== 'string') {
    ctx.issues.push(issue('unanswerable', linkId, id, apath, `${label}: ${key.problem}.`));
    return;
  }
  const vpath = [...apath, key];
  const value = answer[key];
  const found: _FoundWeight[] = [];
  const embedded = _extWeight(answer) ?? _extWeight(value) ?? _extWeight(field(answer, `_${key}`));
  if (embedded !== undefined) found.push({ weight: embedded, source: 'the response itself' });
  const qItem = ctx.qItems.get(linkId);
  let variant = false;
  let fallback: { value: number; source: string } | undefined;
  if (key === 'valueCoding') {
    if (!isObject(value)) {
      ctx.issues.push(issue('invalid_resource', linkId, id, vpath, `${label}: valueCoding must be an object, received ${preview(value)}.`, preview(value)));
      return;
    }
    const system = str(value, 'system');
    const code = str(value, 'code');
    if (code === undefined) {
      ctx.issues.push(issue('unanswerable', linkId, id, vpath, `${label}: the coding has no code.`));
      return;
    }
    const shown = `${system === undefined ? '' : `${cut(system)}#`}${cut(code)}`;
    if (system === URL.dataAbsentReason) {
      ctx.warnings.push(issue('declined', linkId, id, vpath, `${label}: answered "${cut(code)}" (data absent reason); read as not answered.`, preview(code)));
      ctx.answers.set(id, { value: null, linkId, path: vpath, source: 'data absent reason' });
      return;
    }
    // Not `push(...)`: a Questionnaire may list any number of options, more than a call takes arguments.
    for (const w of _codingWeights(qItem, ctx.terminology, system, code)) found.push(w);
    if (system !== undefined) {
      const d = info.bySystemCode.get(`${system}|${code}`);
      if (d) {
        found.push({ weight: d.value, source: "the definition's answer codes" });
        variant = d.variant;
      }
      if (ctx.securebaseSystems.get(system) === info.scaleKey) {
        const n = Number(code);
        if (code.trim() !== '' && Number.isFinite(n)) found.push({ weight: n, source: 'the securebase answer code' });
      }
    } else {
      const d = info.byCode.get(code);
      if (d) {
        // Only worth a warning when nothing else vouches for the score.
        if (found.length === 0) {
          ctx.warnings.push(
            issue(
              'no_system',
              linkId,
              id,
              vpath,
              `${label}: the coding ${JSON.stringify(cut(code))} has no system; matched to the definition's answer code by code alone.`,
            ),
          );
        }
        found.push({ weight: d.value, source: "the definition's answer codes (matched by code alone)" });
        variant = d.variant;
      }
    }
    if (found.length === 0) {
      ctx.issues.push(
        issue(
          'unanswerable',
          linkId,
          id,
          vpath,
          `${label}: no score found for code ${shown}: not in the Questionnaire's answer options, value sets or code systems${ctx.hasQuestionnaire ? '' : ' (no Questionnaire given)'}, nor among the definition's answer codes for item ${info.def.number}.`,
          preview(code),
        ),
      );
      return;
    }
  } else if (key === 'valueInteger' || key === 'valueDecimal') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      ctx.issues.push(issue('invalid_answer', linkId, id, vpath, `${label}: ${key} must be a finite number, received ${preview(value)}.`, preview(value)));
      return;
    }
    for (const w of _primitiveWeights(qItem, key, value)) found.push(w);
    fallback = { value, source: key };
  } else if (key === 'valueQuantity') {
    const q = num(value, 'value');
    if (q === undefined) {
      ctx.issues.push(issue('invalid_answer', linkId, id, vpath, `${label}: valueQuantity has no numeric value.`, preview(value)));
      return;
    }
    fallback = { value: q, source: key };
  } else {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
      for (const w of _primitiveWeights(qItem, key, value)) found.push(w);
    if (found.length === 0) {
      ctx.issues.push(
        issue(
          'unanswerable',
          linkId,
          id,
          vpath,
          `${label}: a ${key} answer (${preview(value)}) carries no score, and no answer option of the Questionnaire gives it one.`,
          preview(value),
        ),
      );
      return;
    }
  }
  const ws = distinct(found);
  if (ws.length > 1) {
    // One source per distinct score, at most three: the message stays short however many sources agree or not.
    const shown = ws.map((w) => found.find((f) => Math.abs(f.weight - w) < EPS) as _FoundWeight);
    const more = found.length - shown.length;
    const detail = `${shown.map((f) => `${fmt(f.weight)} from ${f.source}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
    ctx.issues.push(issue('weight_conflict', linkId, id, vpath, `${label}: the sources disagree on this answer's score (${detail}); not scored.`));
    return;
  }
  if (ws.length === 1) {
    const weight = ws[0] as number;
    if (variant && found.every((f) => f.source.startsWith("the definition's"))) {
      ctx.warnings.push(
        issue(
          'answer_code_variant',
          linkId,
          id,
          vpath,
          `${label}: answered with the response scale's usual code for ${fmt(weight)}, but item ${info.def.number} has its own code for that value; read as ${fmt(weight)}.`,
        ),
      );
    }
    ctx.answers.set(id, { value: weight, linkId, path: vpath, source: found.map((f) => f.source).join(' and ') });
    return;
  }
  if (fallback) ctx.answers.set(id, { value: fallback.value, linkId, path: vpath, source: fallback.source });
}

function readStoredTotal(ctx: Ctx, scale: ScaleDefinition, linkId: string, answers: readonly unknown[], path: Path): void {
  const a = answers[0];
  const v = num(a, 'valueDecimal') ?? num(a, 'valueInteger') ?? num(field(a, 'valueQuantity'), 'value');
  if (v === undefined || answers.length > 1) {
    ctx.warnings.push(
      issue(
        'total_unreadable',
        linkId,
        scale.id,
        path,
        `Item ${JSON.stringify(cut(linkId))} should hold the ${scale.label} but has no single numeric answer; ignored.`,
      ),
    );
    return;
  }
  if (!ctx.reported.has(scale.id)) ctx.reported.set(scale.id, { value: v, linkId, path });
}

function walk(ctx: Ctx, items: unknown, path: Path, depth: number): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    ctx.issues.push(
      issue(
        'invalid_resource',
        null,
        null,
        path,
        `${path.length ? 'item' : 'QuestionnaireResponse.item'} must be an array, received ${preview(items)}.`,
        preview(items),
      ),
    );
    return;
  }
  if (depth > MAX_DEPTH) {
    ctx.issues.push(issue('too_large', null, null, path, `Items are nested more than ${MAX_DEPTH} levels deep; not read.`));
    return;
  }
  for (let i = 0; i < items.length; i++) {
    if (++ctx.nodes > MAX_NODES) {
      if (ctx.nodes === MAX_NODES + 1) ctx.issues.push(issue('too_large', null, null, path, `The response has more than ${MAX_NODES} items; not read.`));
      return;
    }
    const it = items[i];
    const ipath = [...path, i];
    if (!isObject(it)) {
      ctx.issues.push(issue('invalid_resource', null, null, ipath, `Each item must be an object, received ${preview(it)}.`, preview(it)));
      continue;
    }
    const linkId = field(it, 'linkId');
    if (typeof linkId !== 'string' || linkId === '') {
      ctx.issues.push(issue('invalid_resource', null, null, ipath, `The item has no linkId (received ${preview(linkId)}).`, preview(linkId)));
      continue;
    }
    const answers = arr(it, 'answer');
    if (answers === null) {
      ctx.issues.push(issue('invalid_resource', linkId, null, [...ipath, 'answer'], `Item ${JSON.stringify(cut(linkId))}: answer must be an array.`));
    } else if (answers.length > 0) {
      const target = resolve(ctx, linkId);
      if (target === undefined) {
        const msg = `Item ${JSON.stringify(cut(linkId))} is answered but matches no item or score of ${ctx.def.id} (by item id, item code, linkId like "/<code>"${ctx.hasQuestionnaire ? ", the Questionnaire item's code" : ''} or options.linkIds)`;
        if (ctx.options.unknownLinkIds === 'warning') ctx.warnings.push(issue('ignored_item', linkId, null, ipath, `${msg}; ignored.`));
        else ctx.issues.push(issue('unknown_link_id', linkId, null, ipath, `${msg}.`));
      } else if (target.kind === 'item') readItemAnswer(ctx, target.info, linkId, answers, ipath);
      else readStoredTotal(ctx, target.scale, linkId, answers, ipath);
      answers.forEach((a, j) => {
        walk(ctx, field(a, 'item'), [...ipath, 'answer', j, 'item'], depth + 1);
      });
    }
    walk(ctx, field(it, 'item'), [...ipath, 'item'], depth + 1);
  }
}

function checkOptions(def: InstrumentDefinition, options: FromQuestionnaireResponseOptions): void {
  const index = _index(def);
  if (options.linkIds !== undefined) {
    for (const [k, v] of Object.entries(options.linkIds)) {
      if (!index.itemById.has(v) && !index.scaleById.has(v)) {
        throw new RangeError(`fromQuestionnaireResponse: options.linkIds[${preview(k)}] is ${preview(v)}, which is not an item id or scale id of ${def.id}`);
      }
    }
  }
  if (options.terminology !== undefined && !Array.isArray(options.terminology)) {
    throw new TypeError('fromQuestionnaireResponse: options.terminology must be an array of ValueSet and CodeSystem resources');
  }
}

function run(def: InstrumentDefinition, response: unknown, options: FromQuestionnaireResponseOptions): SafeResult<FhirImport, FhirIssue> {
  const issues: FhirIssue[] = [];
  const warnings: FhirIssue[] = [];
  const fail = (): SafeResult<FhirImport, FhirIssue> => ({ ok: false, issues: Object.freeze(issues) });
  if (!isObject(response)) {
    issues.push(issue('invalid_resource', null, null, [], `Expected a QuestionnaireResponse object, received ${preview(response)}.`, preview(response)));
    return fail();
  }
  const rt = field(response, 'resourceType');
  if (rt !== 'QuestionnaireResponse') {
    issues.push(
      issue('invalid_resource', null, null, ['resourceType'], `Expected resourceType "QuestionnaireResponse", received ${preview(rt)}.`, preview(rt)),
    );
    return fail();
  }
  const status = field(response, 'status');
  if (status === 'entered-in-error') {
    issues.push(issue('invalid_status', null, null, ['status'], 'The response is marked "entered-in-error"; it must not be scored.'));
    return fail();
  }
  if (status === 'in-progress' || status === 'stopped') {
    warnings.push(issue('not_completed', null, null, ['status'], `The response status is "${status}": it may be incomplete.`));
  }
  let questionnaire = options.questionnaire;
  const canonical = str(response, 'questionnaire');
  if (questionnaire === undefined && canonical?.startsWith('#')) {
    questionnaire = list(response, 'contained').find((r) => str(r, 'resourceType') === 'Questionnaire' && str(r, 'id') === canonical.slice(1));
  }
  if (questionnaire !== undefined) {
    if (!isObject(questionnaire) || field(questionnaire, 'resourceType') !== 'Questionnaire') {
      issues.push(
        issue('invalid_questionnaire', null, null, [], `options.questionnaire must be a Questionnaire resource, received ${preview(questionnaire)}.`),
      );
      return fail();
    }
    if (arr(questionnaire, 'item') === null) {
      issues.push(issue('invalid_questionnaire', null, null, ['item'], 'The Questionnaire has an item element that is not an array.'));
      return fail();
    }
    const url = str(questionnaire, 'url');
    if (url !== undefined && canonical !== undefined && !canonical.startsWith('#') && canonical.split('|')[0] !== url.split('|')[0]) {
      warnings.push(
        issue(
          'questionnaire_mismatch',
          null,
          null,
          ['questionnaire'],
          `The response says it answers ${preview(canonical)}, but the Questionnaire given is ${preview(url)}.`,
        ),
      );
    }
  }
  const base = options.baseUrl ?? SECUREBASE_FHIR_BASE;
  const securebaseSystems = new Map<string, string>();
  for (const key of Object.keys(def.responseScales)) securebaseSystems.set(`${base}/CodeSystem/${def.id}-${key}`, key);
  const ctx: Ctx = {
    def,
    index: _index(def),
    options,
    qItems: questionnaire === undefined ? new Map() : _questionnaireItems(questionnaire),
    hasQuestionnaire: questionnaire !== undefined,
    terminology: _collectTerminology(response, questionnaire, options.terminology ?? []),
    securebaseSystems,
    issues,
    warnings,
    answers: new Map(),
    reported: new Map(),
    nodes: 0,
  };
  walk(ctx, field(response, 'item'), ['item'], 0);
  if (issues.length > 0) return fail();

  const responses = Object.fromEntries([...ctx.answers].map(([k, a]) => [k, a.value]));
  const scored = safeScore(def, responses);
  if (!scored.ok) {
    for (const si of scored.issues) {
      const a = si.item === null ? undefined : ctx.answers.get(si.item);
      issues.push(
        issue(
          'invalid_answer',
          a?.linkId ?? null,
          si.item,
          a?.path ?? [],
          `Item ${JSON.stringify(cut(a?.linkId ?? ''))} (${si.item}): the score ${si.received}${a ? ` (from ${a.source})` : ''} is not valid: expected ${si.expected}.`,
          si.received,
        ),
      );
    }
    return fail();
  }
  for (const [id, r] of ctx.reported) {
    const s = scored.value.scales[id];
    const label = `Item ${JSON.stringify(cut(r.linkId))} stores a ${ctx.index.scaleById.get(id)?.label ?? id} of ${fmt(r.value)}`;
    if (s === undefined || s.value === null) {
      const missing = s ? `${s.expected - s.answered} of ${s.expected} items are unanswered` : 'it was not computed';
      warnings.push(issue('total_not_computed', r.linkId, id, r.path, `${label}, but ${missing}, so no value is recomputed; the stored value is not used.`));
    } else if (Math.abs(s.value - r.value) > 1e-6) {
      warnings.push(issue('total_mismatch', r.linkId, id, r.path, `${label}, but the answers give ${fmt(s.value)}; use the recomputed ${fmt(s.value)}.`));
    }
  }
  return {
    ok: true,
    value: Object.freeze({
      responses: Object.freeze(responses),
      reported: Object.freeze(Object.fromEntries([...ctx.reported].map(([k, r]) => [k, r.value]))),
      warnings: Object.freeze(warnings),
    }),
  };
}

/**
 * Reads a FHIR R4 QuestionnaireResponse into responses for `score`, finding each answer's score
 * wherever real files keep it, and checks any total the response stores.
 *
 * Linking: a linkId maps to an item when it equals the item id, the item's code (`44250-9`),
 * `/<code>` or ends in `/<code>`, when the Questionnaire item with that linkId has the item's
 * code, or when `options.linkIds` says so. Items may be flat or nested (also under answers).
 *
 * Scores: from the response's own `ordinalValue`/`itemWeight` extension; with the Questionnaire,
 * from answerOption extensions (`ordinalValue`, `itemWeight`, `iso21090-CO-value`, STU3 names),
 * the item's answerValueSet (contained or by URL: compose concepts, expansion extensions and
 * `itemWeight` properties) and CodeSystems with the coding's system (contained in either resource
 * or in `options.terminology`: concept extension or `itemWeight` property); and from the
 * definition's answer codes per item (e.g. GAD-7 item 2 "More days than not" LA18938-3).
 * `valueInteger`/`valueDecimal`/`valueQuantity` answers without a listed score are used as they
 * are. When two sources give different scores the import stops with a `weight_conflict` issue:
 * it never picks one silently. A data-absent-reason answer is read as missing, with a warning.
 *
 * Totals: an answer to the total's code (e.g. 44261-6) or `options.linkIds` target scale is kept
 * in `reported` and compared with the recomputed score; a difference is a `total_mismatch`
 * warning (HL7's SDC example PHQ-9 response stores 13 where its answers sum to 10).
 *
 * Never throws on bad input: unknown linkIds, answers without a score, malformed resources and
 * scores off the item's scale come back as issues that name the linkId and show only short
 * previews. (Invalid `options` are a programming error and throw.)
 *
 * @example
 * ```ts
 * import { phq9 } from 'securebase';
 * import { fromQuestionnaireResponse, toQuestionnaire } from 'securebase/fhir';
 * const questionnaire = toQuestionnaire(phq9);
 * const coded = (linkId: string, code: string) => ({ linkId, answer: [{ valueCoding: { system: 'http://loinc.org', code } }] });
 * const response = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [coded('phq9-1', 'LA6570-1'), coded('phq9-2', 'LA6569-3')] };
 * const r = fromQuestionnaireResponse(phq9, response, { questionnaire });
 * if (r.ok) r.value.responses; // => { 'phq9-1': 2, 'phq9-2': 1 }
 * ```
 * @category FHIR
 */
export function fromQuestionnaireResponse<const T extends InstrumentDefinition>(
  instrument: T,
  response: unknown,
  options: FromQuestionnaireResponseOptions = {},
): SafeResult<FhirImport<T>, FhirIssue> {
  checkOptions(instrument, options);
  try {
    return run(instrument, response, options) as SafeResult<FhirImport<T>, FhirIssue>;
  } catch (e) {
    // Only reachable with input that is not parsed JSON (getters that throw, revoked proxies).
    const why = e instanceof Error ? e.name : 'an exception';
    return { ok: false, issues: Object.freeze([issue('invalid_resource', null, null, [], `The response could not be read (${why}); pass parsed JSON.`)]) };
  }
}
