// Reading answers: each item's answer to a score, with the issues and warnings it calls for.
import { _preview as preview } from '../../../model/preview.js';
import type { ScaleDefinition } from '../../../scoring/types.js';
import type { _Ctx } from './context.js';
import { _answerCode, type _ItemInfo } from './definition-index.js';
import { _at, _cut, _fmt, _issue, _itemLabel, type _Path, _under } from './issues.js';
import { arr, field, isObject, num, str } from './json.js';
import { _resolve } from './link.js';
import { URL } from './urls.js';
import { _codingWeights, _extWeight, type _FoundWeight, _primitiveWeights } from './weights.js';

/** How deep items may nest, and how many a response may hold. @internal */
export const MAX_DEPTH = 64;
/** @internal */
export const MAX_NODES = 10_000;
/** Scores closer than this are the same score. @internal */
export const EPS = 1e-9;

const UNREADABLE = Symbol('unreadable');

/** Thrown inside a walk when reading an item throws: where, and what was thrown. @internal */
export interface _UnreadableAt {
  readonly [UNREADABLE]: true;
  readonly path: _Path;
  readonly error: unknown;
}

/** @internal */
export const _isUnreadable = (e: unknown): e is _UnreadableAt => typeof e === 'object' && e !== null && Object.hasOwn(e, UNREADABLE);

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

/** Reads the answer of an item. @internal */
export function _readItemAnswer(ctx: _Ctx, info: _ItemInfo, linkId: string, answers: readonly unknown[], path: _Path): void {
  const id = info.def.id;
  if (ctx.answers.has(id)) {
    const first = ctx.answers.get(id);
    ctx.issues.push(
      _issue(
        'duplicate_item',
        linkId,
        id,
        path,
        `${_itemLabel(linkId, id)}: answers item ${info.def.number} again (first answered at linkId ${JSON.stringify(_cut(first?.linkId ?? ''))}).`,
      ),
    );
    return;
  }
  if (answers.length > 1) {
    ctx.issues.push(
      _issue('multiple_answers', linkId, id, path, `${_itemLabel(linkId, id)}: has ${answers.length} answers; item ${info.def.number} takes one.`),
    );
    return;
  }
  const answer = answers[0];
  if (!isObject(answer)) {
    ctx.issues.push(
      _issue(
        'invalid_resource',
        linkId,
        id,
        _under(path, 'answer', 0),
        `${_itemLabel(linkId, id)}: the answer must be an object, received ${preview(answer)}.`,
        preview(answer),
      ),
    );
    return;
  }
  const key = valueKey(answer);
  if (typeof key !== 'string') {
    ctx.issues.push(_issue('unanswerable', linkId, id, _under(path, 'answer', 0), `${_itemLabel(linkId, id)}: ${key.problem}.`));
    return;
  }
  const vpath = (): _Path => _under(path, 'answer', 0, key);
  const value = answer[key];
  const found: _FoundWeight[] = [];
  const embedded = _extWeight(answer) ?? _extWeight(value) ?? _extWeight(field(answer, primitiveExtensionKey(key)));
  if (embedded !== undefined) found.push({ weight: embedded, source: 'the response itself' });
  const qItem = ctx.q?.items.get(linkId);
  let variant = false;
  let fallback: { value: number; source: string } | undefined;
  if (key === 'valueCoding') {
    if (!isObject(value)) {
      ctx.issues.push(
        _issue(
          'invalid_resource',
          linkId,
          id,
          vpath(),
          `${_itemLabel(linkId, id)}: valueCoding must be an object, received ${preview(value)}.`,
          preview(value),
        ),
      );
      return;
    }
    const system = str(value, 'system');
    const code = str(value, 'code');
    if (code === undefined) {
      ctx.issues.push(_issue('unanswerable', linkId, id, vpath(), `${_itemLabel(linkId, id)}: the coding has no code.`));
      return;
    }
    if (system === URL.dataAbsentReason) {
      ctx.warnings.push(
        _issue(
          'declined',
          linkId,
          id,
          vpath(),
          `${_itemLabel(linkId, id)}: answered "${_cut(code)}" (data absent reason); read as not answered.`,
          preview(code),
        ),
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
      if (ctx.p.securebaseSystems.get(system) === info.scaleKey) {
        const n = Number(code);
        if (code.trim() !== '' && Number.isFinite(n)) found.push({ weight: n, source: 'the securebase answer code' });
      }
    } else {
      const d = info.byCode.get(code);
      if (d) {
        // Only worth a warning when nothing else vouches for the score.
        if (found.length === 0) {
          ctx.warnings.push(
            _issue(
              'no_system',
              linkId,
              id,
              vpath(),
              `${_itemLabel(linkId, id)}: the coding ${JSON.stringify(_cut(code))} has no system; matched to the definition's answer code by code alone.`,
            ),
          );
        }
        found.push({ weight: d.value, source: "the definition's answer codes (matched by code alone)" });
        variant = d.variant;
      }
    }
    if (found.length === 0) {
      const shown = `${system === undefined ? '' : `${_cut(system)}#`}${_cut(code)}`;
      ctx.issues.push(
        _issue(
          'unanswerable',
          linkId,
          id,
          vpath(),
          `${_itemLabel(linkId, id)}: no score found for code ${shown}: not in the Questionnaire's answer options, value sets or code systems${ctx.q !== undefined ? '' : ' (no Questionnaire given)'}, nor among the definition's answer codes for item ${info.def.number}.`,
          preview(code),
        ),
      );
      return;
    }
  } else if (key === 'valueInteger' || key === 'valueDecimal') {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      ctx.issues.push(
        _issue('invalid_answer', linkId, id, vpath(), `${_itemLabel(linkId, id)}: ${key} must be a finite number, received ${preview(value)}.`, preview(value)),
      );
      return;
    }
    for (const w of _primitiveWeights(qItem, key, value)) found.push(w);
    fallback = { value, source: key };
  } else if (key === 'valueQuantity') {
    const q = num(value, 'value');
    if (q === undefined) {
      ctx.issues.push(_issue('invalid_answer', linkId, id, vpath(), `${_itemLabel(linkId, id)}: valueQuantity has no numeric value.`, preview(value)));
      return;
    }
    fallback = { value: q, source: key };
  } else {
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
      for (const w of _primitiveWeights(qItem, key, value)) found.push(w);
    if (found.length === 0) {
      ctx.issues.push(
        _issue(
          'unanswerable',
          linkId,
          id,
          vpath(),
          `${_itemLabel(linkId, id)}: a ${key} answer (${preview(value)}) carries no score, and no answer option of the Questionnaire gives it one.`,
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
    const detail = `${shown.map((f) => `${_fmt(f.weight)} from ${f.source}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
    ctx.issues.push(
      _issue('weight_conflict', linkId, id, vpath(), `${_itemLabel(linkId, id)}: the sources disagree on this answer's score (${detail}); not scored.`),
    );
    return;
  }
  if (found.length > 0) {
    const weight = (found[0] as _FoundWeight).weight;
    if (variant && found.every((f) => f.source.startsWith("the definition's"))) {
      ctx.warnings.push(
        _issue(
          'answer_code_variant',
          linkId,
          id,
          vpath(),
          `${_itemLabel(linkId, id)}: answered with the response scale's usual code for ${_fmt(weight)}, but item ${info.def.number} has its own code for that value; read as ${_fmt(weight)}.`,
        ),
      );
    }
    ctx.answers.set(id, { value: weight, linkId, itemPath: path, key, source: found });
    return;
  }
  if (fallback) ctx.answers.set(id, { value: fallback.value, linkId, itemPath: path, key, source: fallback.source });
}

/** Reads a total the response stores (kept in `reported`, compared later). @internal */
export function _readStoredTotal(ctx: _Ctx, scale: ScaleDefinition, linkId: string, answers: readonly unknown[], path: _Path): void {
  const a = answers[0];
  const v = num(a, 'valueDecimal') ?? num(a, 'valueInteger') ?? num(field(a, 'valueQuantity'), 'value');
  if (v === undefined || answers.length > 1) {
    ctx.warnings.push(
      _issue(
        'total_unreadable',
        linkId,
        scale.id,
        path,
        `Item ${JSON.stringify(_cut(linkId))} should hold the ${scale.label} but has no single numeric answer; ignored.`,
      ),
    );
    return;
  }
  if (!ctx.reported.has(scale.id)) ctx.reported.set(scale.id, { value: v, linkId, path });
}

/** Reads a list of items (and the items nested in them and in their answers). @internal */
export function _walk(ctx: _Ctx, items: unknown, path: _Path, depth: number): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    ctx.issues.push(
      _issue(
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
    ctx.issues.push(_issue('too_large', null, null, path, `Items are nested more than ${MAX_DEPTH} levels deep; not read.`));
    return;
  }
  for (let i = 0; i < items.length; i++) {
    if (++ctx.nodes > MAX_NODES) {
      if (ctx.nodes === MAX_NODES + 1) ctx.issues.push(_issue('too_large', null, null, path, `The response has more than ${MAX_NODES} items; not read.`));
      return;
    }
    const ipath = _at(path, i);
    try {
      readItem(ctx, items[i], ipath, depth);
    } catch (e) {
      throw _isUnreadable(e) ? e : { [UNREADABLE]: true, path: ipath, error: e };
    }
  }
}

function readItem(ctx: _Ctx, it: unknown, ipath: _Path, depth: number): void {
  if (!isObject(it)) {
    ctx.issues.push(_issue('invalid_resource', null, null, ipath, `Each item must be an object, received ${preview(it)}.`, preview(it)));
    return;
  }
  const linkId = field(it, 'linkId');
  if (typeof linkId !== 'string' || linkId === '') {
    ctx.issues.push(_issue('invalid_resource', null, null, ipath, `The item has no linkId (received ${preview(linkId)}).`, preview(linkId)));
    return;
  }
  const answers = arr(it, 'answer');
  if (answers === null) {
    ctx.issues.push(_issue('invalid_resource', linkId, null, _at(ipath, 'answer'), `Item ${JSON.stringify(_cut(linkId))}: answer must be an array.`));
  } else if (answers.length > 0) {
    const target = _resolve(ctx, linkId);
    if (target === undefined) {
      const msg = `Item ${JSON.stringify(_cut(linkId))} is answered but matches no item or score of ${ctx.p.def.id} (by item id, item code, linkId like "/<code>"${ctx.q !== undefined ? ", the Questionnaire item's code" : ''} or options.linkIds)`;
      if (ctx.p.unknownLinkIds === 'warning') ctx.warnings.push(_issue('ignored_item', linkId, null, ipath, `${msg}; ignored.`));
      else ctx.issues.push(_issue('unknown_link_id', linkId, null, ipath, `${msg}.`));
    } else if (target.kind === 'item') _readItemAnswer(ctx, target.info, linkId, answers, ipath);
    else _readStoredTotal(ctx, target.scale, linkId, answers, ipath);
    for (let j = 0; j < answers.length; j++) {
      const nested = field(answers[j], 'item');
      if (nested !== undefined) _walk(ctx, nested, _under(ipath, 'answer', j, 'item'), depth + 1);
    }
  }
  const nested = field(it, 'item');
  if (nested !== undefined) _walk(ctx, nested, _at(ipath, 'item'), depth + 1);
}
