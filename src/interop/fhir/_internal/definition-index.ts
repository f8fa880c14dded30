import type { Coding } from '../../../model/issue.js';
import type { InstrumentDefinition, ItemDefinition, ResponseScale, ScaleDefinition } from '../../../scoring/types.js';

/** @internal */
export interface _AnswerCode {
  readonly value: number;
  /** True when this code is the response scale's anchor code and the item overrides that value's code. */
  readonly variant: boolean;
}

/** @internal */
export interface _ItemInfo {
  readonly def: ItemDefinition;
  readonly scaleKey: string;
  readonly scale: ResponseScale;
  /** Codes keyed by `system|code`. */
  readonly bySystemCode: ReadonlyMap<string, _AnswerCode>;
  /** The same codes by system, then code; `null` when a system or code holds `|` (then only `bySystemCode` is exact). */
  readonly bySystem: ReadonlyMap<string, ReadonlyMap<string, _AnswerCode>> | null;
  /** Codes keyed by code alone; `null` when two systems use the same code for different values. */
  readonly byCode: ReadonlyMap<string, _AnswerCode | null>;
}

/** @internal */
export interface _DefinitionIndex {
  readonly items: readonly _ItemInfo[];
  readonly itemById: ReadonlyMap<string, _ItemInfo>;
  /** Item by code (`code` only; `null` when ambiguous). */
  readonly itemByCode: ReadonlyMap<string, _ItemInfo | null>;
  readonly scaleById: ReadonlyMap<string, ScaleDefinition>;
  readonly scaleByCode: ReadonlyMap<string, ScaleDefinition | null>;
}

/** Formats a scored value as an answer code (`2`, `0.5`, `-1`). @internal */
export function _valueCode(v: number): string {
  return String(Math.round(v * 1e9) / 1e9);
}

/** The values a response scale accepts, in order. @internal */
export function _scaleValues(s: ResponseScale): number[] {
  const step = s.step ?? 1;
  const n = Math.round((s.max - s.min) / step);
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.round((s.min + i * step) * 1e9) / 1e9);
  return out;
}

/** The code an item uses for a value: the item's override, else the anchor's code. @internal */
export function _answerCoding(info: { readonly def: ItemDefinition; readonly scale: ResponseScale }, v: number): Coding | undefined {
  const o = info.def.answerCodes?.find((a) => Math.abs(a.value - v) < 1e-9);
  if (o) return o.code;
  return info.scale.anchors.find((a) => Math.abs(a.value - v) < 1e-9)?.code;
}

function addCode(bySystemCode: Map<string, _AnswerCode>, byCode: Map<string, _AnswerCode | null>, c: Coding, a: _AnswerCode): void {
  const key = `${c.system}|${c.code}`;
  if (bySystemCode.has(key)) return;
  bySystemCode.set(key, a);
  const prev = byCode.get(c.code);
  if (prev === undefined) byCode.set(c.code, a);
  else if (prev !== null && prev.value !== a.value) byCode.set(c.code, null);
}

/** The item's answer code for `system|code`, without building that key when the codes allow. @internal */
export function _answerCode(info: _ItemInfo, system: string, code: string): _AnswerCode | undefined {
  // With no `|` in the item's systems and codes, `system|code` matches a key only when both parts do.
  if (info.bySystem !== null) return info.bySystem.get(system)?.get(code);
  return info.bySystemCode.get(`${system}|${code}`);
}

function bySystemOf(bySystemCode: ReadonlyMap<string, _AnswerCode>, codings: readonly Coding[]): Map<string, Map<string, _AnswerCode>> | null {
  const out = new Map<string, Map<string, _AnswerCode>>();
  for (const c of codings) {
    if (c.system.includes('|') || c.code.includes('|')) return null;
    const a = bySystemCode.get(`${c.system}|${c.code}`) as _AnswerCode;
    const codes = out.get(c.system) ?? new Map<string, _AnswerCode>();
    out.set(c.system, codes);
    codes.set(c.code, a);
  }
  return out;
}

function addUnique<T>(m: Map<string, T | null>, key: string | undefined, v: T): void {
  if (key === undefined) return;
  m.set(key, m.has(key) && m.get(key) !== v ? null : v);
}

/** Indexes a definition's codes for FHIR lookups (built anew for each call or reader: a definition may change between calls). @internal */
export function _index(def: InstrumentDefinition): _DefinitionIndex {
  const items: _ItemInfo[] = [];
  const itemById = new Map<string, _ItemInfo>();
  const itemByCode = new Map<string, _ItemInfo | null>();
  for (const item of def.items) {
    const scaleKey = item.responseScale ?? 'default';
    const scale = def.responseScales[scaleKey] as ResponseScale;
    const bySystemCode = new Map<string, _AnswerCode>();
    const byCode = new Map<string, _AnswerCode | null>();
    const overridden = new Set<number>();
    for (const o of item.answerCodes ?? []) {
      addCode(bySystemCode, byCode, o.code, { value: o.value, variant: false });
      overridden.add(o.value);
    }
    for (const a of scale.anchors) {
      if (a.code) addCode(bySystemCode, byCode, a.code, { value: a.value, variant: overridden.has(a.value) });
    }
    const codings = [...(item.answerCodes ?? []).map((o) => o.code), ...scale.anchors.flatMap((a) => (a.code ? [a.code] : []))];
    const info: _ItemInfo = { def: item, scaleKey, scale, bySystemCode, byCode, bySystem: bySystemOf(bySystemCode, codings) };
    items.push(info);
    itemById.set(item.id, info);
    addUnique(itemByCode, item.code?.code, info);
  }
  const scaleById = new Map<string, ScaleDefinition>();
  const scaleByCode = new Map<string, ScaleDefinition | null>();
  for (const s of def.scales) {
    scaleById.set(s.id, s);
    addUnique(scaleByCode, s.code?.code, s);
  }
  return { items, itemById, itemByCode, scaleById, scaleByCode };
}
