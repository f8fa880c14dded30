// The reader's fast path: flat responses whose answers it has already read once, by the plain path.
import type { SafeResult } from '../../../model/issue.js';
import type { FhirImport, FhirIssue } from '../types.js';
import { MAX_NODES } from './answers.js';
import type { _Prepared } from './context.js';
import { _read } from './read.js';

/** One answer the plain path has read: which item it answers (id and index) and its score. */
interface Known {
  readonly id: string;
  readonly index: number;
  readonly value: number;
}

/** The answers a linkId has been given so far: by coding system, then code; and by valueInteger. */
interface Slot {
  readonly linkId: string;
  readonly coded: Map<string | undefined, Map<string, Known | null>>;
  readonly integers: Map<number, Known | null>;
  /** The system looked up last, and its codes: responses nearly always use one system per item. */
  lastSystem: string | undefined;
  lastCodes: Map<string, Known | null> | undefined;
}

/** How many item positions remember their last linkId's slot. */
const POSITIONS = 256;

/** Answers kept per reader, at most: untrusted input cannot make the tables grow without bound. */
const KNOWN_LIMIT = 4096;
const NO_REPORTED = Object.freeze({});
const NO_WARNINGS: readonly FhirIssue[] = Object.freeze([]);

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
/**
 * Whether `v` inherits from Object.prototype alone, so that what the fast path reads (with `get`,
 * which follows the prototype) is what the plain path reads (own properties). Checked after the
 * first reads of `v`: V8 then knows its shape and the check costs next to nothing. Checked before
 * them, the 31 checks per PHQ-9 response took about a quarter of the reader's time.
 */
const plainProto = (v: object): boolean => Object.getPrototypeOf(v) === Object.prototype;

/** A fast path: a response in, its import out, or `undefined` when the plain path must read it. @internal */
export type _FastPath = (response: unknown) => SafeResult<FhirImport, FhirIssue> | undefined;

/**
 * Makes a reader's fast path for the common case: a flat response whose every item has one
 * answer, a `valueCoding` (string system and code, no extension) or a whole `valueInteger`, each
 * of which the plain path has already read cleanly, on its own, with the same prepared options.
 * Returns `undefined` for anything else (the plain path then reads the whole response), so for the
 * responses it accepts it returns what the plain path returns: that result is made of the same
 * per-answer results, and every response-level check that could add an issue or a warning sends
 * the response to the plain path.
 *
 * Its tables (what each answer read as) live in this closure, built from the reader's snapshot of
 * its options, which no caller can change; nothing is keyed by a caller's object. Per call state
 * (which items were answered) is local, so the fast path is re-entrant.
 *
 * @internal
 */
export function _createFastPath(p: _Prepared): _FastPath {
  const def = p.def;
  const slots = new Map<string, Slot>();
  let size = 0;
  const pq = p.questionnaire;
  // A Questionnaire the plain path refuses is reported on every call: no fast path then.
  if (pq !== undefined && !('items' in pq)) return () => undefined;
  const url = pq?.url;
  const hasQuestionnaire = pq !== undefined;
  const n = def.items.length;
  const indexOf = new Map<string, number>(def.items.map((it, i) => [it.id, i]));

  /** How the plain path reads one answer on its own: the item and score, or `null` when that gives an issue or a warning. */
  const learn = (linkId: string, answer: object): Known | null => {
    size++;
    const r = _read(p, { resourceType: 'QuestionnaireResponse', item: [{ linkId, answer: [answer] }] });
    if (!r.ok || r.value.warnings.length !== 0) return null;
    let id: string | undefined;
    for (const k of Object.keys(r.value.responses)) {
      if (id !== undefined) return null;
      id = k;
    }
    const value = id === undefined ? undefined : (r.value.responses as Record<string, number | null>)[id];
    const index = id === undefined ? -1 : (indexOf.get(id) ?? -1);
    if (id === undefined || typeof value !== 'number' || index < 0 || id === '__proto__') return null;
    return { id, index, value };
  };
  // The slot last used at each item position: responses nearly always list their items in the
  // same order, so a string comparison usually replaces a map lookup. Only ever holds the slot of
  // the linkId it is checked against, so a stale or re-entrant write cannot give a wrong slot.
  const byPosition: (Slot | undefined)[] = [];
  const slotOf = (linkId: string, i: number): Slot => {
    let s = byPosition[i];
    if (s !== undefined && s.linkId === linkId) return s;
    s = slots.get(linkId);
    if (s === undefined) {
      s = { linkId, coded: new Map(), integers: new Map(), lastSystem: undefined, lastCodes: undefined };
      slots.set(linkId, s);
    }
    if (i < POSITIONS) byPosition[i] = s;
    return s;
  };
  const coded = (slot: Slot, system: string | undefined, code: string): Known | null => {
    let codes: Map<string, Known | null> | undefined;
    if (slot.lastCodes !== undefined && slot.lastSystem === system) codes = slot.lastCodes;
    else {
      codes = slot.coded.get(system);
      if (codes !== undefined) {
        slot.lastSystem = system;
        slot.lastCodes = codes;
      }
    }
    const hit = codes?.get(code);
    if (hit !== undefined) return hit;
    if (size >= KNOWN_LIMIT) return null;
    const known = learn(slot.linkId, { valueCoding: system === undefined ? { code } : { system, code } });
    if (codes === undefined) {
      codes = new Map();
      slot.coded.set(system, codes);
    }
    codes.set(code, known);
    return known;
  };
  const integer = (slot: Slot, v: number): Known | null => {
    const hit = slot.integers.get(v);
    if (hit !== undefined) return hit;
    if (size >= KNOWN_LIMIT) return null;
    const known = learn(slot.linkId, { valueInteger: v });
    slot.integers.set(v, known);
    return known;
  };

  return (response) => {
    if (!isPlain(response) || response.resourceType !== 'QuestionnaireResponse' || response.contained !== undefined) return undefined;
    const status = response.status;
    if (status === 'entered-in-error' || status === 'in-progress' || status === 'stopped') return undefined;
    const canonical = response.questionnaire;
    if (canonical !== undefined && !(typeof canonical === 'string' && (hasQuestionnaire ? canonical === url : !canonical.startsWith('#')))) return undefined;
    const items = response.item;
    if (!Array.isArray(items) || items.length > MAX_NODES) return undefined;
    // Which items were answered, for duplicates: a local bit mask (or array), never shared between calls.
    let mask = 0;
    const seen = n > 30 ? new Uint8Array(n) : null;
    const out: Record<string, number> = {};
    for (let i = 0; i < items.length; i++) {
      const it: unknown = items[i];
      if (!isObject(it)) return undefined;
      const linkId = it.linkId;
      const answers = it.answer;
      if (it.item !== undefined || !plainProto(it)) return undefined;
      if (typeof linkId !== 'string' || linkId === '' || !Array.isArray(answers) || answers.length !== 1) return undefined;
      const a: unknown = answers[0];
      // One enumerable key (as the plain path reads value[x]); no extension or nested items, even non-enumerable ones.
      if (!isObject(a) || a.extension !== undefined || a.item !== undefined || !plainProto(a)) return undefined;
      let key: string | undefined;
      for (const k in a) {
        if (key !== undefined) return undefined;
        key = k;
      }
      let known: Known | null;
      if (key === 'valueCoding') {
        const c = a.valueCoding;
        if (!isObject(c)) return undefined;
        const system = c.system;
        const code = c.code;
        if (c.extension !== undefined || a._valueCoding !== undefined || !plainProto(c)) return undefined;
        if ((system !== undefined && typeof system !== 'string') || typeof code !== 'string') return undefined;
        known = coded(slotOf(linkId, i), system, code);
      } else if (key === 'valueInteger') {
        const v = a.valueInteger;
        // -0 would share 0's entry (maps compare with SameValueZero), and the plain path keeps the sign.
        if (typeof v !== 'number' || !Number.isInteger(v) || Object.is(v, -0) || a._valueInteger !== undefined) return undefined;
        known = integer(slotOf(linkId, i), v);
      } else return undefined;
      if (known === null) return undefined;
      if (seen === null) {
        const bit = 1 << known.index;
        if ((mask & bit) !== 0) return undefined;
        mask |= bit;
      } else {
        if (seen[known.index] === 1) return undefined;
        seen[known.index] = 1;
      }
      out[known.id] = known.value;
    }
    return { ok: true, value: Object.freeze({ responses: Object.freeze(out), reported: NO_REPORTED, warnings: NO_WARNINGS }) };
  };
}
