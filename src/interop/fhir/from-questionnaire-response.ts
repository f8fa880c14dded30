import type { SafeResult } from '../../model/issue.js';
import { _preview as preview } from '../../model/preview.js';
import { safeScore } from '../../scoring/score.js';
import type { InstrumentDefinition, ScaleDefinition } from '../../scoring/types.js';
import { _answerCode, type _ItemInfo, _index } from './_internal/definition-index.js';
import { arr, field, isObject, list, num, str } from './_internal/json.js';
import { URL } from './_internal/urls.js';
import {
  _codingWeights,
  _extWeight,
  type _FoundWeight,
  _itemCodes,
  _primitiveWeights,
  _questionnaireItems,
  type _Terminology,
  _terminologyFor,
} from './_internal/weights.js';
import { SECUREBASE_FHIR_BASE } from './constants.js';
import type { FhirImport, FhirIssue, FhirIssueCode, FromQuestionnaireResponseOptions } from './types.js';

const MAX_DEPTH = 64;
const MAX_NODES = 10_000;
const EPS = 1e-9;

/**
 * A JSON path as a linked list, innermost key first: extending it allocates one small node and
 * never copies, and the array an issue needs is built only when an issue is made ({@link pathOf}).
 */
type Path = { readonly up: Path; readonly key: string | number } | null;
type Target = { readonly kind: 'item'; readonly info: _ItemInfo } | { readonly kind: 'scale'; readonly scale: ScaleDefinition };

const at = (up: Path, key: string | number): Path => ({ up, key });
const under = (up: Path, ...keys: readonly (string | number)[]): Path => keys.reduce(at, up);

function pathOf(path: Path): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p !== null; p = p.up) out.push(p.key);
  return out.reverse();
}

const cut = (s: string): string => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
const fmt = (n: number): string => String(Math.round(n * 1e9) / 1e9);
/** How messages name an answered item; built only when a message is. */
const itemLabel = (linkId: string, id: string): string => `Item ${JSON.stringify(cut(linkId))} (${id})`;

/** An answer read so far; its path and source are only for messages, so they are kept in parts until one is needed. */
interface Answer {
  readonly value: number | null;
  readonly linkId: string;
  /** The item's path; the answer's value is at `answer`, `0`, `key` below it. */
  readonly itemPath: Path;
  readonly key: string;
  /** Where the score came from: one description, or every source found (joined with " and "). */
  readonly source: string | readonly _FoundWeight[];
}

const answerPath = (a: Answer): Path => under(a.itemPath, 'answer', 0, a.key);
const sourceOf = (a: Answer): string => (typeof a.source === 'string' ? a.source : a.source.map((f) => f.source).join(' and '));

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
  readonly answers: Map<string, Answer>;
  readonly reported: Map<string, { value: number; linkId: string; path: Path }>;
  nodes: number;
}

function issue(code: FhirIssueCode, linkId: string | null, item: string | null, path: Path, message: string, received?: string): FhirIssue {
  const out: FhirIssue = { code, linkId: linkId === null ? null : cut(linkId), item, path: Object.freeze(pathOf(path)), message };
  return Object.freeze(received === undefined ? out : { ...out, received });
}

/** The item or score a code names, if exactly one. */
function byCode(ctx: Ctx, code: string): Target | undefined {
  const info = ctx.index.itemByCode.get(code);
  if (info) return { kind: 'item', info };
  const scale = ctx.index.scaleByCode.get(code);
  if (scale) return { kind: 'scale', scale };
  return undefined;
}

/**
 * How a linkId answered in a Questionnaire item resolves, per item object and definition: bounded
 * by the Questionnaire's size (a cache keyed by the linkIds of responses would not be).
 */
const resolvedByQuestionnaireItem = new WeakMap<object, WeakMap<InstrumentDefinition, Target | null>>();

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
  const qItem = ctx.qItems.get(linkId);
  if (!isObject(qItem)) return resolveByIdOrCode(ctx, linkId, undefined);
  let byDef = resolvedByQuestionnaireItem.get(qItem);
  if (byDef === undefined) {
    byDef = new WeakMap();
    resolvedByQuestionnaireItem.set(qItem, byDef);
  }
  let target = byDef.get(ctx.def);
  if (target === undefined) {
    target = resolveByIdOrCode(ctx, linkId, qItem) ?? null;
    byDef.set(ctx.def, target);
  }
  return target ?? undefined;
}

/** Resolves a linkId by item id, scale id, then code (see {@link fromQuestionnaireResponse}). */
function resolveByIdOrCode(ctx: Ctx, linkId: string, qItem: object | undefined): Target | undefined {
  const { index } = ctx;
  const info = index.itemById.get(linkId);
  if (info) return { kind: 'item', info };
  if (linkId.startsWith('score-')) {
    const s = index.scaleById.get(linkId.slice(6));
    if (s) return { kind: 'scale', scale: s };
  }
  const s = index.scaleById.get(linkId);
  if (s) return { kind: 'scale', scale: s };
  // By code: the linkId itself, without a leading "/", its last "/" segment, then the Questionnaire item's codes.
  const qCodes = _itemCodes(qItem);
  const slash = linkId.lastIndexOf('/');
  const found =
    byCode(ctx, linkId) ??
    (linkId.startsWith('/') ? byCode(ctx, linkId.slice(1)) : undefined) ??
    (slash >= 0 && slash < linkId.length - 1 ? byCode(ctx, linkId.slice(slash + 1)) : undefined);
  if (found) return found;
  for (const c of qCodes) {
    const t = byCode(ctx, c);
    if (t) return t;
  }
  return undefined;
}

/** The single value[x] key of an answer, or a problem. */
function valueKey(answer: Record<string, unknown>): string | { problem: string } {
  let key: string | undefined;
  let count = 0;
  for (const k of Object.keys(answer)) {
    if (!k.startsWith('value')) continue;
    count++;
    key ??= k;
  }
  if (key === undefined) return { problem: 'the answer has no value[x]' };
  if (count > 1) return { problem: `the answer has ${count} value[x] elements; FHIR allows one` };
  return key;
}

const COMMON_EXTENSION_KEYS: ReadonlyMap<string, string> = new Map(
  ['valueCoding', 'valueInteger', 'valueDecimal', 'valueQuantity', 'valueString', 'valueBoolean'].map((k) => [k, `_${k}`]),
);
/** The key of a primitive's extensions (`_valueCoding`); the usual ones are made once, not per answer. */
const primitiveExtensionKey = (key: string): string => COMMON_EXTENSION_KEYS.get(key) ?? `_${key}`;

/** The distinct scores found, in order, up to `limit` (enough to tell agreement from conflict, in linear time). */
function distinct(ws: readonly _FoundWeight[], limit = 3): number[] {
  const out: number[] = [];
  for (const w of ws) {
    if (!out.some((v) => Math.abs(v - w.weight) < EPS)) out.push(w.weight);
    if (out.length === limit) break;
  }
  return out;
}

/** Whether every score found agrees with the first (the usual case, checked without allocating). */
function agree(ws: readonly _FoundWeight[]): boolean {
  const first = ws[0] as _FoundWeight;
  for (let i = 1; i < ws.length; i++) if (Math.abs((ws[i] as _FoundWeight).weight - first.weight) >= EPS) return false;
  return true;
}

function readItemAnswer(ctx: Ctx, info: _ItemInfo, linkId: string, answers: readonly unknown[], path: Path): void {
  const id = info.def.id;
  if (ctx.answers.has(id)) {
    const first = ctx.answers.get(id);
    ctx.issues.push(
      issue(
        'duplicate_item',
        linkId,
        id,
        path,
        `${itemLabel(linkId, id)}: answers item ${info.def.number} again (first answered at linkId ${JSON.stringify(cut(first?.linkId ?? ''))}).`,
      ),
    );
    return;
  }
  if (answers.length > 1) {
    ctx.issues.push(issue('multiple_answers', linkId, id, path, `${itemLabel(linkId, id)}: has ${answers.length} answers; item ${info.def.number} takes one.`));
    return;
  }
  const answer = answers[0];
  if (!isObject(answer)) {
    ctx.issues.push(
      issue(
        'invalid_resource',
        linkId,
        id,
        under(path, 'answer', 0),
        `${itemLabel(linkId, id)}: the answer must be an object, received ${preview(answer)}.`,
        preview(answer),
      ),
    );
    return;
  }
  const key = valueKey(answer);
  if (typeof key !== 'string') {
    ctx.issues.push(issue('unanswerable', linkId, id, under(path, 'answer', 0), `${itemLabel(linkId, id)}: ${key.problem}.`));
    return;
  }
  const vpath = (): Path => under(path, 'answer', 0, key);
  const value = answer[key];
  const found: _FoundWeight[] = [];
  const embedded = _extWeight(answer) ?? _extWeight(value) ?? _extWeight(field(answer, primitiveExtensionKey(key)));
  if (embedded !== undefined) found.push({ weight: embedded, source: 'the response itself' });
  const qItem = ctx.qItems.get(linkId);
  let variant = false;
  let fallback: { value: number; source: string } | undefined;
  if (key === 'valueCoding') {
    if (!isObject(value)) {
      ctx.issues.push(
        issue('invalid_resource', linkId, id, vpath(), `${itemLabel(linkId, id)}: valueCoding must be an object, received ${preview(value)}.`, preview(value)),
      );
      return;
    }
    const system = str(value, 'system');
    const code = str(value, 'code');
    if (code === undefined) {
      ctx.issues.push(issue('unanswerable', linkId, id, vpath(), `${itemLabel(linkId, id)}: the coding has no code.`));
      return;
    }
    if (system === URL.dataAbsentReason) {
      ctx.warnings.push(
        issue('declined', linkId, id, vpath(), `${itemLabel(linkId, id)}: answered "${cut(code)}" (data absent reason); read as not answered.`, preview(code)),
      );
      ctx.answers.set(id, { value: null, linkId, itemPath: path, key, source: 'data absent reason' });
      return;
    }
    _codingWeights(qItem, ctx.terminology, system, code, found);
    if (system !== undefined) {
      const d = _answerCode(info, system, code);
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
              vpath(),
              `${itemLabel(linkId, id)}: the coding ${JSON.stringify(cut(code))} has no system; matched to the definition's answer code by code alone.`,
            ),
          );
        }
        found.push({ weight: d.value, source: "the definition's answer codes (matched by code alone)" });
        variant = d.variant;
      }
    }
    if (found.length === 0) {
      const shown = `${system === undefined ? '' : `${cut(system)}#`}${cut(code)}`;
      ctx.issues.push(
        issue(
          'unanswerable',
          linkId,
          id,
          vpath(),
          `${itemLabel(linkId, id)}: no score found for code ${shown}: not in the Questionnaire's answer options, value sets or code systems${ctx.hasQuestionnaire ? '' : ' (no Questionnaire given)'}, nor among the definition's answer codes for item ${info.def.number}.`,
          preview(code),
        ),
      );
      return;
    }
  } else if (key === 'valueInteger' || key === 'valueDecimal') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      ctx.issues.push(
        issue('invalid_answer', linkId, id, vpath(), `${itemLabel(linkId, id)}: ${key} must be a finite number, received ${preview(value)}.`, preview(value)),
      );
      return;
    }
    for (const w of _primitiveWeights(qItem, key, value)) found.push(w);
    fallback = { value, source: key };
  } else if (key === 'valueQuantity') {
    const q = num(value, 'value');
    if (q === undefined) {
      ctx.issues.push(issue('invalid_answer', linkId, id, vpath(), `${itemLabel(linkId, id)}: valueQuantity has no numeric value.`, preview(value)));
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
          vpath(),
          `${itemLabel(linkId, id)}: a ${key} answer (${preview(value)}) carries no score, and no answer option of the Questionnaire gives it one.`,
          preview(value),
        ),
      );
      return;
    }
  }
  if (found.length > 0 && !agree(found)) {
    // One source per distinct score, at most three: the message stays short however many sources agree or not.
    const shown = distinct(found).map((w) => found.find((f) => Math.abs(f.weight - w) < EPS) as _FoundWeight);
    const more = found.length - shown.length;
    const detail = `${shown.map((f) => `${fmt(f.weight)} from ${f.source}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
    ctx.issues.push(
      issue('weight_conflict', linkId, id, vpath(), `${itemLabel(linkId, id)}: the sources disagree on this answer's score (${detail}); not scored.`),
    );
    return;
  }
  if (found.length > 0) {
    const weight = (found[0] as _FoundWeight).weight;
    if (variant && found.every((f) => f.source.startsWith("the definition's"))) {
      ctx.warnings.push(
        issue(
          'answer_code_variant',
          linkId,
          id,
          vpath(),
          `${itemLabel(linkId, id)}: answered with the response scale's usual code for ${fmt(weight)}, but item ${info.def.number} has its own code for that value; read as ${fmt(weight)}.`,
        ),
      );
    }
    ctx.answers.set(id, { value: weight, linkId, itemPath: path, key, source: found });
    return;
  }
  if (fallback) ctx.answers.set(id, { value: fallback.value, linkId, itemPath: path, key, source: fallback.source });
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
        `${path !== null ? 'item' : 'QuestionnaireResponse.item'} must be an array, received ${preview(items)}.`,
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
    const ipath = at(path, i);
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
      ctx.issues.push(issue('invalid_resource', linkId, null, at(ipath, 'answer'), `Item ${JSON.stringify(cut(linkId))}: answer must be an array.`));
    } else if (answers.length > 0) {
      const target = resolve(ctx, linkId);
      if (target === undefined) {
        const msg = `Item ${JSON.stringify(cut(linkId))} is answered but matches no item or score of ${ctx.def.id} (by item id, item code, linkId like "/<code>"${ctx.hasQuestionnaire ? ", the Questionnaire item's code" : ''} or options.linkIds)`;
        if (ctx.options.unknownLinkIds === 'warning') ctx.warnings.push(issue('ignored_item', linkId, null, ipath, `${msg}; ignored.`));
        else ctx.issues.push(issue('unknown_link_id', linkId, null, ipath, `${msg}.`));
      } else if (target.kind === 'item') readItemAnswer(ctx, target.info, linkId, answers, ipath);
      else readStoredTotal(ctx, target.scale, linkId, answers, ipath);
      for (let j = 0; j < answers.length; j++) {
        const nested = field(answers[j], 'item');
        if (nested !== undefined) walk(ctx, nested, under(ipath, 'answer', j, 'item'), depth + 1);
      }
    }
    const nested = field(it, 'item');
    if (nested !== undefined) walk(ctx, nested, at(ipath, 'item'), depth + 1);
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

const NO_TERMINOLOGY: readonly unknown[] = [];
const NO_ITEMS: ReadonlyMap<string, unknown> = new Map();
const systemsCache = new WeakMap<InstrumentDefinition, { readonly base: string; readonly systems: ReadonlyMap<string, string> }>();

/** The securebase answer code systems of a definition (URL → response scale key); the last base used is cached. */
function securebaseSystems(def: InstrumentDefinition, base: string): ReadonlyMap<string, string> {
  const hit = systemsCache.get(def);
  if (hit?.base === base) return hit.systems;
  const systems = new Map<string, string>();
  for (const key of Object.keys(def.responseScales)) systems.set(`${base}/CodeSystem/${def.id}-${key}`, key);
  systemsCache.set(def, { base, systems });
  return systems;
}

function run(def: InstrumentDefinition, response: unknown, options: FromQuestionnaireResponseOptions): SafeResult<FhirImport, FhirIssue> {
  const issues: FhirIssue[] = [];
  const warnings: FhirIssue[] = [];
  const fail = (): SafeResult<FhirImport, FhirIssue> => ({ ok: false, issues: Object.freeze(issues) });
  if (!isObject(response)) {
    issues.push(issue('invalid_resource', null, null, null, `Expected a QuestionnaireResponse object, received ${preview(response)}.`, preview(response)));
    return fail();
  }
  const rt = field(response, 'resourceType');
  if (rt !== 'QuestionnaireResponse') {
    issues.push(
      issue('invalid_resource', null, null, at(null, 'resourceType'), `Expected resourceType "QuestionnaireResponse", received ${preview(rt)}.`, preview(rt)),
    );
    return fail();
  }
  const status = field(response, 'status');
  if (status === 'entered-in-error') {
    issues.push(issue('invalid_status', null, null, at(null, 'status'), 'The response is marked "entered-in-error"; it must not be scored.'));
    return fail();
  }
  if (status === 'in-progress' || status === 'stopped') {
    warnings.push(issue('not_completed', null, null, at(null, 'status'), `The response status is "${status}": it may be incomplete.`));
  }
  let questionnaire = options.questionnaire;
  const canonical = str(response, 'questionnaire');
  if (questionnaire === undefined && canonical?.startsWith('#')) {
    questionnaire = list(response, 'contained').find((r) => str(r, 'resourceType') === 'Questionnaire' && str(r, 'id') === canonical.slice(1));
  }
  if (questionnaire !== undefined) {
    if (!isObject(questionnaire) || field(questionnaire, 'resourceType') !== 'Questionnaire') {
      issues.push(
        issue('invalid_questionnaire', null, null, null, `options.questionnaire must be a Questionnaire resource, received ${preview(questionnaire)}.`),
      );
      return fail();
    }
    if (arr(questionnaire, 'item') === null) {
      issues.push(issue('invalid_questionnaire', null, null, at(null, 'item'), 'The Questionnaire has an item element that is not an array.'));
      return fail();
    }
    const url = str(questionnaire, 'url');
    if (url !== undefined && canonical !== undefined && !canonical.startsWith('#') && canonical.split('|')[0] !== url.split('|')[0]) {
      warnings.push(
        issue(
          'questionnaire_mismatch',
          null,
          null,
          at(null, 'questionnaire'),
          `The response says it answers ${preview(canonical)}, but the Questionnaire given is ${preview(url)}.`,
        ),
      );
    }
  }
  const ctx: Ctx = {
    def,
    index: _index(def),
    options,
    qItems: questionnaire === undefined ? NO_ITEMS : _questionnaireItems(questionnaire),
    hasQuestionnaire: questionnaire !== undefined,
    terminology: _terminologyFor(response, questionnaire, options.terminology ?? NO_TERMINOLOGY),
    securebaseSystems: securebaseSystems(def, options.baseUrl ?? SECUREBASE_FHIR_BASE),
    issues,
    warnings,
    answers: new Map(),
    reported: new Map(),
    nodes: 0,
  };
  walk(ctx, field(response, 'item'), at(null, 'item'), 0);
  if (issues.length > 0) return fail();

  const responses = record(ctx.answers, (a) => a.value);
  const scored = safeScore(def, responses);
  if (!scored.ok) {
    for (const si of scored.issues) {
      const a = si.item === null ? undefined : ctx.answers.get(si.item);
      issues.push(
        issue(
          'invalid_answer',
          a?.linkId ?? null,
          si.item,
          a ? answerPath(a) : null,
          `Item ${JSON.stringify(cut(a?.linkId ?? ''))} (${si.item}): the score ${si.received}${a ? ` (from ${sourceOf(a)})` : ''} is not valid: expected ${si.expected}.`,
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
      reported: Object.freeze(record(ctx.reported, (r) => r.value)),
      warnings: Object.freeze(warnings),
    }),
  };
}

/** One answer the full path has read: which item it answers and its score. */
interface KnownAnswer {
  readonly id: string;
  readonly index: number;
  readonly value: number;
}

/**
 * How the full path read each answer seen so far, per definition and options, for
 * {@link fastImport}: the item and score, or `null` when reading that answer alone gave an issue or
 * a warning. At most {@link KNOWN_LIMIT} answers are kept per table, so untrusted input cannot make
 * it grow without bound; answers past the limit are read by the full path.
 */
interface KnownAnswers {
  readonly linkIds: FromQuestionnaireResponseOptions['linkIds'];
  readonly unknownLinkIds: FromQuestionnaireResponseOptions['unknownLinkIds'];
  readonly baseUrl: string | undefined;
  /** The Questionnaire's `url`, when it has one. */
  readonly url: string | undefined;
  /** linkId → coding system → code → answer. */
  readonly coded: Map<string, Map<string | undefined, Map<string, KnownAnswer | null>>>;
  /** linkId → valueInteger → answer. */
  readonly integers: Map<string, Map<number, KnownAnswer | null>>;
  size: number;
  /** Per item: the call that last answered it, to find a duplicate without allocating. */
  readonly seen: Float64Array;
  call: number;
}

const KNOWN_LIMIT = 4096;
/** Tables per definition, Questionnaire and terminology array, most recent first (they differ in the other options). */
const TABLES_PER_KEY = 4;
/** Stands for "no Questionnaire" and "no terminology" among the keys. */
const NONE = {};
/**
 * Tables by definition, then Questionnaire, then `terminology` array: weak at every level, so a
 * table (and the Questionnaire index it keeps alive) is freed with any of the three.
 */
const knownAnswers = new WeakMap<InstrumentDefinition, WeakMap<object, WeakMap<object, KnownAnswers[]>>>();

/** The value at `key`, made with `make` and stored when absent (for the nested maps of the fast path). */
function child<K, V>(m: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

/** The keys of the table list for `options`: the Questionnaire and the `terminology` array, each or {@link NONE}. */
const keysOf = (options: FromQuestionnaireResponseOptions): readonly [unknown, object] => [options.questionnaire ?? NONE, options.terminology ?? NONE];

const NO_REPORTED = Object.freeze({});
const NO_WARNINGS: readonly FhirIssue[] = Object.freeze([]);

const sameLinkIds = (a: FromQuestionnaireResponseOptions['linkIds'], b: FromQuestionnaireResponseOptions['linkIds']): boolean => {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/** The table of answers known for these options, or `undefined` when the options are new (they are then checked and a table made). */
function knownFor(def: InstrumentDefinition, options: FromQuestionnaireResponseOptions): KnownAnswers | undefined {
  const [q, terminology] = keysOf(options);
  // A Questionnaire that is not an object is never indexed (newKnown refuses it).
  const tables = isObject(q) ? knownAnswers.get(def)?.get(q)?.get(terminology) : undefined;
  if (tables === undefined) return undefined;
  for (const t of tables) {
    if (t.unknownLinkIds === options.unknownLinkIds && t.baseUrl === options.baseUrl && sameLinkIds(t.linkIds, options.linkIds)) return t;
  }
  return undefined;
}

/** A new, empty table for options that have just been checked; `undefined` for a Questionnaire the full path refuses (it then reports it on every call). */
function newKnown(def: InstrumentDefinition, options: FromQuestionnaireResponseOptions): KnownAnswers | undefined {
  const q = options.questionnaire;
  if (q !== undefined && (!isObject(q) || field(q, 'resourceType') !== 'Questionnaire' || arr(q, 'item') === null)) return undefined;
  const [qKey, terminology] = keysOf(options);
  const byTerminology = child(
    child(knownAnswers, def, () => new WeakMap()),
    qKey as object, // an object: checked above
    () => new WeakMap(),
  );
  const list = child(byTerminology, terminology, (): KnownAnswers[] => []);
  const t: KnownAnswers = {
    linkIds: options.linkIds,
    unknownLinkIds: options.unknownLinkIds,
    baseUrl: options.baseUrl,
    url: str(q, 'url'),
    coded: new Map(),
    integers: new Map(),
    size: 0,
    seen: new Float64Array(def.items.length),
    call: 0,
  };
  list.unshift(t);
  list.length = Math.min(list.length, TABLES_PER_KEY);
  return t;
}

/**
 * How the full path reads one answer on its own (`valueCoding` or `valueInteger`): the item and
 * score, or `null` when that gives an issue or a warning (the full path must then read the whole
 * response, to report it).
 */
function learn(def: InstrumentDefinition, t: KnownAnswers, options: FromQuestionnaireResponseOptions, linkId: string, answer: object): KnownAnswer | null {
  t.size++;
  const r = run(def, { resourceType: 'QuestionnaireResponse', item: [{ linkId, answer: [answer] }] }, options);
  if (!r.ok || r.value.warnings.length !== 0) return null;
  let id: string | undefined;
  for (const k of Object.keys(r.value.responses)) {
    if (id !== undefined) return null;
    id = k;
  }
  const value = id === undefined ? undefined : (r.value.responses as Record<string, number | null>)[id];
  const index = id === undefined ? -1 : def.items.findIndex((it) => it.id === id);
  if (id === undefined || typeof value !== 'number' || index < 0 || id === '__proto__') return null;
  return { id, index, value };
}

function codedAnswer(
  def: InstrumentDefinition,
  t: KnownAnswers,
  options: FromQuestionnaireResponseOptions,
  linkId: string,
  system: string | undefined,
  code: string,
): KnownAnswer | null {
  const hit = t.coded.get(linkId)?.get(system)?.get(code);
  if (hit !== undefined) return hit;
  if (t.size >= KNOWN_LIMIT) return null;
  const known = learn(def, t, options, linkId, { valueCoding: system === undefined ? { code } : { system, code } });
  child(
    child(t.coded, linkId, () => new Map()),
    system,
    () => new Map(),
  ).set(code, known);
  return known;
}

function integerAnswer(def: InstrumentDefinition, t: KnownAnswers, options: FromQuestionnaireResponseOptions, linkId: string, v: number): KnownAnswer | null {
  const hit = t.integers.get(linkId)?.get(v);
  if (hit !== undefined) return hit;
  if (t.size >= KNOWN_LIMIT) return null;
  const known = learn(def, t, options, linkId, { valueInteger: v });
  child(t.integers, linkId, () => new Map()).set(v, known);
  return known;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The fast path for the common case: a flat response whose every item has one answer, a
 * `valueCoding` (string system and code, no extension) or a whole `valueInteger`, each of which the
 * full path has already read cleanly for these options. Returns `undefined` for anything else, and
 * the full path then reads the whole response. For the responses it accepts it returns what the
 * full path returns: the full path's result is then made of the same per-answer results (a
 * response-level check that could add an issue or a warning sends the response to the full path).
 */
function fastImport(
  def: InstrumentDefinition,
  t: KnownAnswers,
  response: unknown,
  options: FromQuestionnaireResponseOptions,
): SafeResult<FhirImport, FhirIssue> | undefined {
  // A table's first call takes the full path: options made anew for every call (a new
  // `terminology` array each time, say) then cost no more than they did before this path existed.
  const call = ++t.call;
  if (call === 1 || !isPlain(response) || response.resourceType !== 'QuestionnaireResponse' || response.contained !== undefined) return undefined;
  const status = response.status;
  if (status === 'entered-in-error' || status === 'in-progress' || status === 'stopped') return undefined;
  const canonical = response.questionnaire;
  if (canonical !== undefined && !(typeof canonical === 'string' && (options.questionnaire === undefined ? !canonical.startsWith('#') : canonical === t.url)))
    return undefined;
  const items = response.item;
  if (!Array.isArray(items) || items.length > MAX_NODES) return undefined;
  const out: Record<string, number> = {};
  for (let i = 0; i < items.length; i++) {
    const it: unknown = items[i];
    if (!isPlain(it) || it.item !== undefined) return undefined;
    const linkId = it.linkId;
    const answers = it.answer;
    if (typeof linkId !== 'string' || linkId === '' || !Array.isArray(answers) || answers.length !== 1) return undefined;
    const a: unknown = answers[0];
    // One enumerable key (as the full path reads value[x]); no extension or nested items, even non-enumerable ones.
    if (!isPlain(a) || a.extension !== undefined || a.item !== undefined) return undefined;
    let key: string | undefined;
    for (const k in a) {
      if (key !== undefined) return undefined;
      key = k;
    }
    let known: KnownAnswer | null;
    if (key === 'valueCoding') {
      const c = a.valueCoding;
      if (!isPlain(c) || c.extension !== undefined || a._valueCoding !== undefined) return undefined;
      const system = c.system;
      const code = c.code;
      if ((system !== undefined && typeof system !== 'string') || typeof code !== 'string') return undefined;
      known = codedAnswer(def, t, options, linkId, system, code);
    } else if (key === 'valueInteger') {
      const v = a.valueInteger;
      // -0 would share 0's entry (maps compare with SameValueZero), and the full path keeps the sign.
      if (typeof v !== 'number' || !Number.isInteger(v) || Object.is(v, -0) || a._valueInteger !== undefined) return undefined;
      known = integerAnswer(def, t, options, linkId, v);
    } else return undefined;
    if (known === null || t.seen[known.index] === call) return undefined;
    t.seen[known.index] = call;
    out[known.id] = known.value;
  }
  return { ok: true, value: Object.freeze({ responses: Object.freeze(out), reported: NO_REPORTED, warnings: NO_WARNINGS }) };
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
 * Speed: the Questionnaire (its items, codes and answer options), the `terminology` array and the
 * definition are indexed on first use and the index is kept per object (in a `WeakMap`, freed with
 * the object), so importing many responses against one Questionnaire reads it once. Treat a
 * Questionnaire and a `terminology` array as immutable once passed: to change one, pass a new
 * object (a copy), which gets its own index. Resources contained in the response are read anew
 * on every call. From the second call with the same options (the same Questionnaire, `terminology`
 * array, `linkIds`, `unknownLinkIds` and `baseUrl`), a flat response whose items each have one
 * `valueCoding` or `valueInteger` answer is read through a table of answers already read (up to
 * 4,096 per set of options); any other shape, and any answer that needs an issue or a warning, is
 * read in full, so the result is always the same.
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
  let known = knownFor(instrument, options);
  if (known === undefined) checkOptions(instrument, options);
  try {
    known ??= newKnown(instrument, options); // reads the Questionnaire, which is untrusted too
    return ((known === undefined ? undefined : fastImport(instrument, known, response, options)) ?? run(instrument, response, options)) as SafeResult<
      FhirImport<T>,
      FhirIssue
    >;
  } catch (e) {
    return unreadable(e);
  }
}

/** Only reachable with input that is not parsed JSON (getters that throw, revoked proxies). */
function unreadable(e: unknown): { ok: false; issues: readonly FhirIssue[] } {
  const why = e instanceof Error ? e.name : 'an exception';
  return { ok: false, issues: Object.freeze([issue('invalid_resource', null, null, null, `The response could not be read (${why}); pass parsed JSON.`)]) };
}

/**
 * {@link fromQuestionnaireResponse} without its fast path: the tests check that both give the same
 * result for every response.
 *
 * @internal
 */
export function _fromQuestionnaireResponseFull(
  instrument: InstrumentDefinition,
  response: unknown,
  options: FromQuestionnaireResponseOptions = {},
): SafeResult<FhirImport, FhirIssue> {
  checkOptions(instrument, options);
  try {
    return run(instrument, response, options);
  } catch (e) {
    return unreadable(e);
  }
}
