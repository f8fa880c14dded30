import { isRegionCode, type RegionCode } from '../model/region.js';
import { regionResources } from './regions/registry.js';
import type { CrisisContact, RegionResources, ResourceOverride, SafetyOptions } from './types.js';

/**
 * Thrown when a region code or an app's own resources are not valid; `problems` names each field.
 *
 * @category Safety
 */
export class SafetyDataError extends Error {
  override readonly name = 'SafetyDataError';
  /** Every problem found, each naming the field. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid safety data: ${problems.join('; ')}`);
    this.problems = Object.freeze([...problems]);
  }
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isHttpsUrl = (v: unknown): boolean => typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v);
const isDialable = (v: unknown): boolean => typeof v === 'string' && /^\+?[0-9][0-9 -]{1,18}[0-9]$/.test(v);

/**
 * Lists the problems of a list of contacts (shipped or an app's own), each naming the field.
 *
 * @internal
 */
export function _contactProblems(contacts: unknown, where: string): string[] {
  const out: string[] = [];
  if (!Array.isArray(contacts)) return [`${where}: expected an array of contacts`];
  const seen = new Set<string>();
  contacts.forEach((c: unknown, i) => {
    const at = `${where}[${i}]`;
    if (typeof c !== 'object' || c === null) {
      out.push(`${at}: expected an object`);
      return;
    }
    const x = c as Record<string, unknown>;
    if (!(typeof x.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.id))) out.push(`${at}.id: expected lower-case words joined by hyphens`);
    else if (seen.has(x.id)) out.push(`${at}.id: "${x.id}" is used twice`);
    else seen.add(x.id);
    if (!(x.kind === 'emergency' || x.kind === 'crisis' || x.kind === 'domestic-abuse'))
      out.push(`${at}.kind: expected "emergency", "crisis" or "domestic-abuse"`);
    if (!isText(x.name)) out.push(`${at}.name: expected the service's name`);
    if (!isText(x.hours)) out.push(`${at}.hours: expected when it answers, in words`);
    if (x.phone !== undefined && !isDialable(x.phone)) out.push(`${at}.phone: expected digits, spaces or hyphens as dialled`);
    if (x.text !== undefined) {
      const t = x.text as Record<string, unknown> | null;
      if (typeof t !== 'object' || t === null || !isDialable(t.number)) out.push(`${at}.text.number: expected the number to text`);
      else if (t.keyword !== undefined && !isText(t.keyword)) out.push(`${at}.text.keyword: expected the word to send`);
    }
    if (x.chatUrl !== undefined && !isHttpsUrl(x.chatUrl)) out.push(`${at}.chatUrl: expected an https URL`);
    if (x.url !== undefined && !isHttpsUrl(x.url)) out.push(`${at}.url: expected an https URL`);
    if (x.phone === undefined && x.text === undefined && x.chatUrl === undefined) out.push(`${at}: expected at least one of phone, text or chatUrl`);
    if (x.cost !== undefined && !isText(x.cost)) out.push(`${at}.cost: expected words`);
    if (x.audience !== undefined && !isText(x.audience)) out.push(`${at}.audience: expected words`);
    const s = x.source as Record<string, unknown> | null | undefined;
    if (typeof s !== 'object' || s === null) out.push(`${at}.source: expected { url, checked }`);
    else {
      if (!isHttpsUrl(s.url)) out.push(`${at}.source.url: expected an https URL`);
      if (!(typeof s.checked === 'string' && DATE.test(s.checked))) out.push(`${at}.source.checked: expected a date YYYY-MM-DD`);
    }
  });
  return out;
}

function checkOverride(o: unknown): ResourceOverride {
  const problems: string[] = [];
  const x = o as Record<string, unknown> | null;
  if (typeof x !== 'object' || x === null) throw new SafetyDataError(['resources: expected { mode, contacts }']);
  if (x.mode !== 'replace' && x.mode !== 'extend') problems.push('resources.mode: expected "replace" or "extend"');
  problems.push(..._contactProblems(x.contacts, 'resources.contacts'));
  if (problems.length > 0) throw new SafetyDataError(problems);
  return x as unknown as ResourceOverride;
}

/**
 * The crisis and emergency resources of a region, as shipped (each entry with its source and the
 * date it was checked), or with an app's own resources applied. `undefined` for a region that
 * securebase has no sourced data for: such a region is never guessed.
 *
 * @example
 * ```ts
 * crisisResources('ZZ'); // => undefined
 * ```
 * @category Safety
 */
export function crisisResources(region: RegionCode, options?: { readonly resources?: ResourceOverride }): RegionResources | undefined {
  if (!isRegionCode(region))
    throw new SafetyDataError([`region: expected an ISO 3166-1 alpha-2 code such as "GB", received ${JSON.stringify(String(region)).slice(0, 26)}`]);
  const shipped = (regionResources as readonly RegionResources[]).find((r) => r.region === region);
  const o = options?.resources === undefined ? undefined : checkOverride(options.resources);
  if (o === undefined) return shipped;
  const contacts = o.mode === 'replace' ? o.contacts : [...(shipped?.contacts ?? []), ...o.contacts];
  return Object.freeze({ region, name: shipped?.name ?? region, contacts: Object.freeze([...contacts]) });
}

/**
 * What to show a person who may need help now: the contacts of their region and one short,
 * plain paragraph (US grade 6 or below) that names them. Without a region, or for a region with
 * no sourced data, it names no number: "your local emergency number or a crisis line".
 *
 * @category Safety
 */
export interface CrisisHelp {
  /** The region whose contacts are named, or `null` when none was given or none is sourced. */
  readonly region: RegionCode | null;
  /** The contacts named in `text`, in order. */
  readonly contacts: readonly CrisisContact[];
  /** One short paragraph for the person. */
  readonly text: string;
}

const describe = (c: CrisisContact): string => {
  const ways: string[] = [];
  if (c.phone !== undefined) ways.push(`call ${c.phone}`);
  if (c.text !== undefined) ways.push(c.text.keyword === undefined ? `text ${c.text.number}` : `text ${c.text.keyword} to ${c.text.number}`);
  if (c.chatUrl !== undefined && ways.length === 0) ways.push(`chat at ${c.chatUrl}`);
  return `${c.name}: ${ways.join(' or ')} (${c.hours}).`;
};

function help(kind: 'crisis' | 'domestic-abuse', options: SafetyOptions | undefined, fallback: string, lead: string): CrisisHelp {
  const region = options?.region;
  const res = region === undefined ? undefined : crisisResources(region, options?.resources === undefined ? undefined : { resources: options.resources });
  if (res === undefined) return Object.freeze({ region: null, contacts: Object.freeze([]), text: fallback });
  const emergency = res.contacts.filter((c) => c.kind === 'emergency');
  const lines = res.contacts.filter((c) => c.kind === kind);
  if (emergency.length === 0 && lines.length === 0) return Object.freeze({ region: null, contacts: Object.freeze([]), text: fallback });
  const parts: string[] = [];
  const first = emergency[0];
  parts.push(
    first?.phone !== undefined
      ? `If you are in danger now, call ${emergency
          .map((c) => c.phone)
          .filter(Boolean)
          .join(' or ')}.`
      : lead,
  );
  for (const c of lines) parts.push(describe(c));
  return Object.freeze({ region: res.region, contacts: Object.freeze([...emergency, ...lines]), text: parts.join(' ') });
}

/**
 * Crisis help for a person: the region's emergency number(s) and crisis lines, in one short
 * paragraph; with no region (or an unsourced one), no number at all.
 *
 * @example
 * ```ts
 * crisisHelp().text; // => 'If you are in danger now, call your local emergency number or a crisis line.'
 * ```
 * @category Safety
 */
export function crisisHelp(options?: SafetyOptions): CrisisHelp {
  return help(
    'crisis',
    options,
    'If you are in danger now, call your local emergency number or a crisis line.',
    'If you are in danger now, call your local emergency number.',
  );
}

/**
 * Help for a person who is being hurt or made to feel unsafe at home: the region's emergency
 * number(s) and domestic-abuse services; with no region, no number.
 *
 * @example
 * ```ts
 * domesticAbuseHelp().contacts.length; // => 0
 * ```
 * @category Safety
 */
export function domesticAbuseHelp(options?: SafetyOptions): CrisisHelp {
  return help(
    'domestic-abuse',
    options,
    'If you are in danger now, call your local emergency number. A local domestic abuse service can help you stay safe.',
    'If you are in danger now, call your local emergency number.',
  );
}
