import { arr, field, isObject, list, num, str } from './json.js';
import { URL, WEIGHT_EXTENSIONS } from './urls.js';

const MAX_DEPTH = 32;

/** A score found for an answer, and where it was found (for messages). @internal */
export interface _FoundWeight {
  readonly weight: number;
  readonly source: string;
}

/** The score carried by a node's own extensions (ordinalValue, itemWeight, iso21090-CO-value, STU3 names, R5 backport property). @internal */
export function _extWeight(node: unknown): number | undefined {
  for (const e of list(node, 'extension')) {
    const url = str(e, 'url');
    if (url === undefined) continue;
    if (WEIGHT_EXTENSIONS.has(url)) {
      const v = num(e, 'valueDecimal') ?? num(e, 'valueInteger');
      if (v !== undefined) return v;
    } else if (url === URL.containsPropertyBackport) {
      let code: string | undefined;
      let value: number | undefined;
      for (const sub of list(e, 'extension')) {
        const su = str(sub, 'url');
        if (su === 'code') code = str(sub, 'valueCode');
        else if (su === 'value') value = num(sub, 'valueDecimal') ?? num(sub, 'valueInteger');
      }
      if (code === 'itemWeight' && value !== undefined) return value;
    }
  }
  return undefined;
}

/** Property codes that carry a weight: `itemWeight`, plus any code declared with the itemWeight URI. @internal */
export function _weightPropertyCodes(declarations: readonly unknown[]): ReadonlySet<string> {
  const codes = new Set<string>(['itemWeight']);
  for (const d of declarations) {
    const code = str(d, 'code');
    if (code !== undefined && str(d, 'uri') === URL.itemWeightProperty) codes.add(code);
  }
  return codes;
}

function propertyWeight(node: unknown, codes: ReadonlySet<string>): number | undefined {
  for (const p of list(node, 'property')) {
    const code = str(p, 'code');
    if (code !== undefined && codes.has(code)) {
      const v = num(p, 'valueDecimal') ?? num(p, 'valueInteger');
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

const sameSystem = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;

function findConcept(concepts: readonly unknown[], code: string, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  for (const c of concepts) {
    if (str(c, 'code') === code) return c;
    const inner = findConcept(list(c, 'concept'), code, depth + 1);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function findContains(contains: readonly unknown[], system: string | undefined, code: string, depth: number, out: unknown[]): void {
  if (depth > MAX_DEPTH) return;
  for (const c of contains) {
    if (str(c, 'code') === code && sameSystem(str(c, 'system'), system)) out.push(c);
    findContains(list(c, 'contains'), system, code, depth + 1, out);
  }
}

/** Scores a ValueSet gives a code: compose concepts with extensions, expansion entries with extensions or properties. @internal */
export function _valueSetWeights(vs: unknown, system: string | undefined, code: string): number[] {
  const out: number[] = [];
  for (const inc of list(field(vs, 'compose'), 'include')) {
    if (!sameSystem(str(inc, 'system'), system)) continue;
    for (const c of list(inc, 'concept')) {
      if (str(c, 'code') !== code) continue;
      const w = _extWeight(c);
      if (w !== undefined) out.push(w);
    }
  }
  const expansion = field(vs, 'expansion');
  if (isObject(expansion)) {
    const codes = _weightPropertyCodes(list(expansion, 'property'));
    const hits: unknown[] = [];
    findContains(list(expansion, 'contains'), system, code, 0, hits);
    for (const h of hits) {
      const w = _extWeight(h) ?? propertyWeight(h, codes);
      if (w !== undefined) out.push(w);
    }
  }
  return out;
}

/** The score a CodeSystem gives a code: a concept extension (R4) or an itemWeight property (R5). @internal */
export function _codeSystemWeight(cs: unknown, code: string): number | undefined {
  const concept = findConcept(list(cs, 'concept'), code, 0);
  if (concept === undefined) return undefined;
  return _extWeight(concept) ?? propertyWeight(concept, _weightPropertyCodes(list(cs, 'property')));
}

/** Terminology resources that can be searched for scores. @internal */
export interface _Terminology {
  /** ValueSets contained in the Questionnaire, by id (for `#id` references). */
  readonly containedValueSets: ReadonlyMap<string, unknown>;
  readonly valueSetsByUrl: ReadonlyMap<string, readonly unknown[]>;
  readonly codeSystemsByUrl: ReadonlyMap<string, readonly { readonly resource: unknown; readonly where: string }[]>;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

const stripVersion = (url: string): string => {
  const bar = url.indexOf('|');
  return bar < 0 ? url : url.slice(0, bar);
};

/** Collects ValueSets and CodeSystems from the response, the Questionnaire and the caller's list. @internal */
export function _collectTerminology(response: unknown, questionnaire: unknown, extra: readonly unknown[]): _Terminology {
  const containedValueSets = new Map<string, unknown>();
  const valueSetsByUrl = new Map<string, unknown[]>();
  const codeSystemsByUrl = new Map<string, { resource: unknown; where: string }[]>();
  const add = (r: unknown, where: string, contained: boolean): void => {
    const type = str(r, 'resourceType');
    const url = str(r, 'url');
    if (type === 'ValueSet') {
      const id = str(r, 'id');
      if (contained && id !== undefined && !containedValueSets.has(id)) containedValueSets.set(id, r);
      if (url !== undefined) push(valueSetsByUrl, stripVersion(url), r);
    } else if (type === 'CodeSystem' && url !== undefined) push(codeSystemsByUrl, stripVersion(url), { resource: r, where });
  };
  // `#id` references resolve in the Questionnaire first, then in the response (which holds them
  // when the Questionnaire is itself contained in the response, as in HL7's adaptive example).
  for (const r of list(questionnaire, 'contained')) add(r, 'contained in the Questionnaire', true);
  for (const r of list(response, 'contained')) add(r, 'contained in the response', true);
  for (const r of extra) add(r, 'given in options.terminology', false);
  return { containedValueSets, valueSetsByUrl, codeSystemsByUrl };
}

/** Finds the ValueSet an `answerValueSet` reference names. @internal */
export function _resolveValueSet(t: _Terminology, ref: string): readonly unknown[] {
  if (ref.startsWith('#')) {
    const vs = t.containedValueSets.get(ref.slice(1));
    return vs === undefined ? [] : [vs];
  }
  return t.valueSetsByUrl.get(stripVersion(ref)) ?? [];
}

/** @internal */
export interface _CodedOption {
  readonly system: string | undefined;
  readonly found: _FoundWeight;
}

const ANSWER_OPTION = 'the Questionnaire answerOption';

/** A Questionnaire item, indexed once when its Questionnaire is prepared. @internal */
export interface _QItem {
  readonly raw: unknown;
  /** The item's codes (`code[].code`). */
  readonly codes: readonly string[];
  /** Its coded answerOptions that carry a score, by code. */
  readonly coded: ReadonlyMap<string, readonly _CodedOption[]>;
}

function codedOptions(qItem: unknown): ReadonlyMap<string, readonly _CodedOption[]> {
  const out = new Map<string, _CodedOption[]>();
  for (const opt of list(qItem, 'answerOption')) {
    const vc = field(opt, 'valueCoding');
    const code = str(vc, 'code');
    if (code === undefined) continue;
    const weight = _extWeight(opt) ?? _extWeight(vc);
    if (weight !== undefined) push(out, code, { system: str(vc, 'system'), found: Object.freeze({ weight, source: ANSWER_OPTION }) });
  }
  return out;
}

function itemCodes(qItem: unknown): readonly string[] {
  const out: string[] = [];
  for (const c of list(qItem, 'code')) {
    const code = str(c, 'code');
    if (code !== undefined) out.push(code);
  }
  return out;
}

/**
 * Every score the Questionnaire item and terminology give a coded answer, appended to `out`.
 * Looks in the item's answerOptions, its answerValueSet (contained, or by URL) and any
 * CodeSystem with the coding's system URL.
 *
 * @internal
 */
export function _codingWeights(qItem: _QItem | undefined, t: _Terminology, system: string | undefined, code: string, out: _FoundWeight[]): void {
  if (qItem !== undefined) {
    for (const o of qItem.coded.get(code) ?? []) if (sameSystem(o.system, system)) out.push(o.found);
    const ref = str(qItem.raw, 'answerValueSet');
    if (ref !== undefined) {
      for (const vs of _resolveValueSet(t, ref)) {
        for (const w of _valueSetWeights(vs, system, code)) out.push({ weight: w, source: `ValueSet ${JSON.stringify(ref.slice(0, 64))}` });
      }
    }
  }
  if (system !== undefined) {
    for (const { resource, where } of t.codeSystemsByUrl.get(system) ?? []) {
      const w = _codeSystemWeight(resource, code);
      if (w !== undefined) out.push({ weight: w, source: `CodeSystem ${JSON.stringify(system.slice(0, 64))} ${where}` });
    }
  }
}

/** Scores the item's answerOptions give a primitive answer (`valueInteger`, `valueString`, ...). @internal */
export function _primitiveWeights(qItem: _QItem | undefined, key: string, value: unknown): _FoundWeight[] {
  const out: _FoundWeight[] = [];
  if (qItem === undefined) return out;
  for (const opt of list(qItem.raw, 'answerOption')) {
    if (field(opt, key) !== value) continue;
    const w = _extWeight(opt);
    if (w !== undefined) out.push({ weight: w, source: ANSWER_OPTION });
  }
  return out;
}

/**
 * Indexes a Questionnaire's items by linkId (first occurrence wins), nested items included, with
 * each item's codes and scored answer options.
 *
 * @internal
 */
export function _questionnaireItems(q: object): ReadonlyMap<string, _QItem> {
  const out = new Map<string, _QItem>();
  const walk = (items: readonly unknown[] | null, depth: number): void => {
    if (items === null || depth > MAX_DEPTH) return;
    for (const it of items) {
      const id = str(it, 'linkId');
      if (id !== undefined && !out.has(id)) out.set(id, { raw: it, codes: itemCodes(it), coded: codedOptions(it) });
      walk(arr(it, 'item'), depth + 1);
    }
  };
  walk(arr(q, 'item'), 0);
  return out;
}
