import { _deepFreeze } from '../model/freeze.js';
import type { SafeResult } from '../model/issue.js';
import { _preview } from '../model/preview.js';
import { isRegionCode, type RegionCode } from '../model/region.js';
import { _assertComplete, _fill, type _Locale, _localeOrThrow, _word } from './locale.js';
import { regionResources } from './regions/registry.js';
import type { CrisisContact, RegionResources, ResourceOverride, SafetyOptions } from './types.js';

/**
 * One problem with a region code, an option or an app's own resources: where it is (`path`, as a
 * developer writes it) and what is wrong (`message`, with a short preview of the value received).
 *
 * @category Safety
 */
export interface SafetyIssue {
  /** Where the problem is: `region`, `options.resources.contacts[0].phone`, ... */
  readonly path: string;
  /** What is wrong and what was expected. */
  readonly message: string;
}

/**
 * Thrown when a region code, an option or an app's own resources are not valid; `problems` names
 * each field (`"resources.contacts[0].phone: expected ..."`) and `issues` holds the same as objects.
 *
 * @category Safety
 */
export class SafetyDataError extends Error {
  /** Always `'SafetyDataError'`. */
  override readonly name = 'SafetyDataError';
  /** Every problem found, each starting with the field's path. */
  readonly problems: readonly string[];
  /** The same problems, as `{ path, message }`. */
  readonly issues: readonly SafetyIssue[];
  constructor(problems: readonly (string | SafetyIssue)[]) {
    const issues = problems.map((p) => (typeof p === 'string' ? toIssue(p) : Object.freeze({ path: p.path, message: p.message })));
    const lines = issues.map((i) => `${i.path}: ${i.message}`);
    super(`Invalid safety data: ${lines.join('; ')}`);
    this.problems = Object.freeze(lines);
    this.issues = Object.freeze(issues);
  }
}

function toIssue(line: string): SafetyIssue {
  const at = line.indexOf(': ');
  return Object.freeze(at < 0 ? { path: '(the whole input)', message: line } : { path: line.slice(0, at), message: line.slice(at + 2) });
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isHttpsUrl = (v: unknown): boolean => typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v);
const isDialable = (v: unknown): boolean => typeof v === 'string' && /^\+?[0-9][0-9 -]{0,18}[0-9]$/.test(v);
/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing. */
const isArray = (v: unknown): boolean => {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
};
const CONTACT_KEYS = ['id', 'kind', 'name', 'phone', 'text', 'chatUrl', 'url', 'hours', 'cost', 'audience', 'source'] as const;

/** Reads one property, turning a throwing getter or Proxy trap into a problem. */
function read(obj: object, key: string, at: string, out: string[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (obj as Record<string, unknown>)[key] };
  } catch {
    out.push(`${at}.${key}: could not be read (a getter or Proxy threw)`);
    return { ok: false };
  }
}

/**
 * Copies one contact into a plain object, reading each known field exactly once, so that what is
 * checked is what is returned (a getter cannot answer differently the second time).
 */
function snapshotContact(c: unknown, at: string, out: string[]): Record<string, unknown> | undefined {
  if (typeof c !== 'object' || c === null || isArray(c)) {
    out.push(`${at}: expected a contact object, received ${_preview(c)}`);
    return undefined;
  }
  const copy: Record<string, unknown> = {};
  for (const key of CONTACT_KEYS) {
    const r = read(c, key, at, out);
    if (!r.ok) return undefined;
    if (r.value !== undefined) copy[key] = r.value;
  }
  for (const key of ['text', 'source'] as const) {
    const inner = copy[key];
    if (typeof inner !== 'object' || inner === null) continue;
    const sub: Record<string, unknown> = {};
    for (const k of key === 'text' ? ['number', 'keyword'] : ['url', 'checked']) {
      const r = read(inner, k, `${at}.${key}`, out);
      if (!r.ok) return undefined;
      if (r.value !== undefined) sub[k] = r.value;
    }
    copy[key] = Object.freeze(sub);
  }
  return copy;
}

/** The problems of one contact already copied by {@link snapshotContact}. */
function problemsOf(x: Record<string, unknown>, at: string, seen: Set<string>, out: string[]): void {
  if (!(typeof x.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.id)))
    out.push(`${at}.id: expected lower-case words joined by hyphens, received ${_preview(x.id)}`);
  else if (seen.has(x.id)) out.push(`${at}.id: "${x.id}" is used twice`);
  else seen.add(x.id);
  if (!(x.kind === 'emergency' || x.kind === 'crisis' || x.kind === 'domestic-abuse'))
    out.push(`${at}.kind: expected "emergency", "crisis" or "domestic-abuse", received ${_preview(x.kind)}`);
  if (!isText(x.name)) out.push(`${at}.name: expected the service's name, received ${_preview(x.name)}`);
  if (!isText(x.hours)) out.push(`${at}.hours: expected when it answers, in words, received ${_preview(x.hours)}`);
  if (x.phone !== undefined && !isDialable(x.phone))
    out.push(`${at}.phone: expected digits, spaces or hyphens as dialled (such as "116 123"), received ${_preview(x.phone)}`);
  if (x.text !== undefined) {
    const t = x.text as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null) out.push(`${at}.text: expected { number, keyword? }, received ${_preview(x.text)}`);
    else {
      if (!isDialable(t.number)) out.push(`${at}.text.number: expected the number to text, received ${_preview(t.number)}`);
      if (t.keyword !== undefined && !isText(t.keyword)) out.push(`${at}.text.keyword: expected the word to send, received ${_preview(t.keyword)}`);
    }
  }
  if (x.chatUrl !== undefined && !isHttpsUrl(x.chatUrl)) out.push(`${at}.chatUrl: expected an https URL, received ${_preview(x.chatUrl)}`);
  if (x.url !== undefined && !isHttpsUrl(x.url)) out.push(`${at}.url: expected an https URL, received ${_preview(x.url)}`);
  if (x.phone === undefined && x.text === undefined && x.chatUrl === undefined) out.push(`${at}: expected at least one of phone, text or chatUrl`);
  if (x.cost !== undefined && !isText(x.cost)) out.push(`${at}.cost: expected words, received ${_preview(x.cost)}`);
  if (x.audience !== undefined && !isText(x.audience)) out.push(`${at}.audience: expected words, received ${_preview(x.audience)}`);
  const s = x.source as Record<string, unknown> | null | undefined;
  if (typeof s !== 'object' || s === null) out.push(`${at}.source: expected { url, checked }, received ${_preview(s)}`);
  else {
    if (!isHttpsUrl(s.url)) out.push(`${at}.source.url: expected the https URL of the page the details were read from, received ${_preview(s.url)}`);
    if (!(typeof s.checked === 'string' && DATE.test(s.checked)))
      out.push(`${at}.source.checked: expected the date it was checked, YYYY-MM-DD, received ${_preview(s.checked)}`);
  }
}

/** Copies and checks a list of contacts; the copies are returned only when there is no problem. */
function readContacts(contacts: unknown, where: string, out: string[]): CrisisContact[] | undefined {
  let items: unknown[];
  try {
    if (!Array.isArray(contacts)) {
      out.push(`${where}: expected an array of contacts, received ${_preview(contacts)}`);
      return undefined;
    }
    items = Array.from(contacts as unknown[]);
  } catch {
    out.push(`${where}: could not be read (a getter or Proxy threw)`);
    return undefined;
  }
  const before = out.length;
  const seen = new Set<string>();
  const copies: Record<string, unknown>[] = [];
  items.forEach((c, i) => {
    const at = `${where}[${i}]`;
    const copy = snapshotContact(c, at, out);
    if (copy === undefined) return;
    problemsOf(copy, at, seen, out);
    copies.push(copy);
  });
  return out.length === before ? copies.map((c) => Object.freeze(c) as unknown as CrisisContact) : undefined;
}

/**
 * Lists the problems of a list of contacts (shipped or an app's own), each naming the field.
 *
 * @internal
 */
export function _contactProblems(contacts: unknown, where: string): string[] {
  const out: string[] = [];
  readContacts(contacts, where, out);
  return out;
}

const shippedFor = (region: RegionCode): RegionResources | undefined =>
  _deepFreeze((regionResources as readonly RegionResources[]).find((r) => r.region === region));

/** Checks `region`; returns the code or pushes a problem. */
function checkRegion(region: unknown, path: string, out: string[]): RegionCode | undefined {
  if (isRegionCode(region)) return region;
  out.push(`${path}: expected an ISO 3166-1 alpha-2 code in upper case, such as "GB", received ${_preview(region)}`);
  return undefined;
}

/** Reads the options object once; returns its region and resources, or pushes problems. */
function readOptions(
  options: unknown,
  path: string,
  out: string[],
  withRegion: boolean,
): { region?: unknown; resources?: unknown; locale?: unknown; hasRegion: boolean } | undefined {
  if (options === undefined) return { hasRegion: false };
  if (typeof options !== 'object' || options === null || isArray(options)) {
    out.push(`${path}: expected an options object or nothing, received ${_preview(options)}`);
    return undefined;
  }
  const res = read(options, 'resources', path, out);
  if (!res.ok) return undefined;
  if (!withRegion) return { resources: res.value, hasRegion: false };
  const reg = read(options, 'region', path, out);
  if (!reg.ok) return undefined;
  const loc = read(options, 'locale', path, out);
  if (!loc.ok) return undefined;
  return { region: reg.value, resources: res.value, locale: loc.value, hasRegion: reg.value !== undefined };
}

/** Checks an app's override against the shipped data of the region. */
function readOverride(o: unknown, path: string, region: RegionCode, shipped: RegionResources | undefined, out: string[]): ResourceOverride | undefined {
  if (typeof o !== 'object' || o === null || isArray(o)) {
    out.push(`${path}: expected { mode: "replace" | "extend", contacts: [...] }, received ${_preview(o)}`);
    return undefined;
  }
  const mode = read(o, 'mode', path, out);
  const contacts = read(o, 'contacts', path, out);
  if (!mode.ok || !contacts.ok) return undefined;
  const before = out.length;
  if (mode.value !== 'replace' && mode.value !== 'extend') out.push(`${path}.mode: expected "replace" or "extend", received ${_preview(mode.value)}`);
  const copies = readContacts(contacts.value, `${path}.contacts`, out);
  if (copies !== undefined && mode.value === 'extend') {
    const shippedIds = new Set((shipped?.contacts ?? []).map((c) => c.id));
    copies.forEach((c, i) => {
      if (shippedIds.has(c.id))
        out.push(`${path}.contacts[${i}].id: "${c.id}" is already a shipped contact of ${region}; use mode "replace" to change shipped contacts`);
    });
  }
  if (out.length > before || copies === undefined) return undefined;
  return Object.freeze({ mode: mode.value as ResourceOverride['mode'], contacts: Object.freeze(copies) });
}

/** The shared body of crisisResources and safeCrisisResources: pushes problems, never throws. */
function resolve(region: unknown, options: unknown, out: string[], regionPath = 'region'): RegionResources | undefined {
  const code = checkRegion(region, regionPath, out);
  const opts = readOptions(options, 'options', out, false);
  if (opts === undefined) return undefined;
  const shipped = code === undefined ? undefined : shippedFor(code);
  // The override is checked even when the region is wrong, so that every problem is named at once.
  const o = opts.resources === undefined ? undefined : readOverride(opts.resources, 'options.resources', code ?? 'the region', shipped, out);
  if (code === undefined) return undefined;
  if (opts.resources === undefined) return shipped;
  if (o === undefined) return undefined;
  const contacts = o.mode === 'replace' ? o.contacts : [...(shipped?.contacts ?? []), ...o.contacts];
  return Object.freeze({ region: code, name: shipped?.name ?? code, contacts: Object.freeze([...contacts]) });
}

/**
 * The crisis and emergency resources of a region, as shipped (each entry with its source and the
 * date it was checked), or with an app's own resources applied (`replace` or `extend`; they are
 * checked like shipped data, and an `extend` may not reuse a shipped id). `undefined` for a region
 * that securebase has no sourced data for: such a region is never guessed. Throws a
 * {@link SafetyDataError} naming each wrong field; {@link safeCrisisResources} never throws.
 *
 * @example
 * ```ts
 * crisisResources('GB')?.contacts[0]?.phone; // => '999'
 * crisisResources('ZZ'); // => undefined
 * ```
 * @category Safety
 */
export function crisisResources(region: RegionCode, options?: { readonly resources?: ResourceOverride }): RegionResources | undefined {
  const out: string[] = [];
  const value = resolve(region, options, out);
  if (out.length > 0) throw new SafetyDataError(out);
  return value;
}

/**
 * {@link crisisResources} without throwing: `{ ok: true, value }` (the value is `undefined` for a
 * region with no sourced data) or `{ ok: false, issues }` naming every wrong field. It never
 * throws, even for hostile input (throwing getters, Proxies, wrong kinds of arguments).
 *
 * @example
 * ```ts
 * safeCrisisResources('gb').ok; // => false
 * safeCrisisResources('NZ').ok; // => true
 * ```
 * @category Safety
 */
export function safeCrisisResources(region: unknown, options?: unknown): SafeResult<RegionResources | undefined, SafetyIssue> {
  const out: string[] = [];
  let value: RegionResources | undefined;
  try {
    value = resolve(region, options, out);
  } catch {
    out.push('(the whole input): could not be read');
  }
  if (out.length > 0) return Object.freeze({ ok: false as const, issues: Object.freeze(out.map(toIssue)) });
  return Object.freeze({ ok: true as const, value });
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

const SAFETY_ENGLISH = {
  'safety.crisis.fallback': 'You do not have to go through this alone. If you are in danger now, call your local emergency number or a crisis line.',
  'safety.domestic-abuse.fallback':
    'You deserve to be safe. If you are in danger now, call your local emergency number. A local domestic abuse service can help you stay safe.',
  'safety.crisis.lead': 'You do not have to go through this alone.',
  'safety.domestic-abuse.lead': 'You deserve to be safe. What is happening is not your fault.',
  'safety.crisis.no-line': 'A crisis line near you can also help.',
  'safety.domestic-abuse.no-line': 'A local domestic abuse service can help you stay safe.',
  'safety.danger.call': 'If you are in danger now, call {numbers}.',
  'safety.danger.local': 'If you are in danger now, call your local emergency number.',
  'safety.list.or': '{first} or {last}',
  'safety.way.call': 'call {name} on {phone}',
  'safety.way.text': 'text {number}',
  'safety.way.text-keyword': 'text {keyword} to {number}',
  'safety.way.text-name': 'text {name}: {number}',
  'safety.way.text-name-keyword': 'text {name}: {keyword} to {number}',
  'safety.way.chat-name': 'chat with {name} on their website',
  'safety.way.chat': 'chat on their website',
  'safety.you-can': 'You can {ways}.',
  'safety.audience': 'It is for {audience}.',
  'safety.hours.any-time': 'They are there any time.',
  'safety.hours.open': 'They are open {hours}.',
  'safety.reach-out': 'If you might hurt yourself, or you feel unsafe, reach out for help now.',
} as const;

/** One id of {@link SAFETY_TEXT} (`'safety.crisis.lead'`, …). @category Safety */
export type SafetyTextId = string;

type _SafetyTextId = keyof typeof SAFETY_ENGLISH;

/**
 * The English of every string the safety texts are built from, by stable id. A locale pack
 * translates each id (`safety.*`); `{name}`-style holes are filled by the code and must appear in
 * every translation. A contact's `hours` and `audience` are the contact's own data in English; a
 * pack translates them by contact id (`safety.contact.<id>.hours`, `safety.contact.<id>.audience`).
 *
 * @example
 * ```ts
 * SAFETY_TEXT['safety.crisis.lead']; // => 'You do not have to go through this alone.'
 * ```
 * @category Safety
 */
export const SAFETY_TEXT: Readonly<Record<SafetyTextId, string>> = SAFETY_ENGLISH;

/** A {@link SAFETY_TEXT} string in the locale. @internal */
export const _safetyWord = (pack: _Locale, id: _SafetyTextId, missing: string[]): string => _word(pack, id, SAFETY_ENGLISH[id], missing);

const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

function joinOr(items: readonly string[], pack: _Locale, missing: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return _fill(_safetyWord(pack, 'safety.list.or', missing), { first: items.slice(0, -1).join(', '), last: items[items.length - 1] as string });
}

/** Two or three short sentences that name one line: how to reach it, and when. */
function describe(c: CrisisContact, pack: _Locale, missing: string[]): string {
  const w = (id: _SafetyTextId, values: Record<string, string> = {}) => _fill(_safetyWord(pack, id, missing), values);
  const ways: string[] = [];
  if (c.phone !== undefined) ways.push(w('safety.way.call', { name: c.name, phone: c.phone }));
  if (c.text !== undefined) {
    const { number, keyword } = c.text;
    if (c.phone === undefined)
      ways.push(
        keyword === undefined ? w('safety.way.text-name', { name: c.name, number }) : w('safety.way.text-name-keyword', { name: c.name, keyword, number }),
      );
    else ways.push(keyword === undefined ? w('safety.way.text', { number }) : w('safety.way.text-keyword', { keyword, number }));
  }
  if (c.chatUrl !== undefined) ways.push(ways.length === 0 ? w('safety.way.chat-name', { name: c.name }) : w('safety.way.chat'));
  const hours = pack === null ? c.hours : _word(pack, `safety.contact.${c.id}.hours`, c.hours, missing);
  const when = /^any ?time$/i.test(c.hours) ? w('safety.hours.any-time') : w('safety.hours.open', { hours: lowerFirst(hours) });
  // Who the line is for, when it is not for everyone (a women's line must not look open to all).
  const audience = c.audience === undefined ? undefined : pack === null ? c.audience : _word(pack, `safety.contact.${c.id}.audience`, c.audience, missing);
  const who = audience === undefined ? '' : ` ${w('safety.audience', { audience: lowerFirst(audience) })}`;
  return `${w('safety.you-can', { ways: joinOr(ways, pack, missing) })}${who} ${when}`;
}

function help(kind: 'crisis' | 'domestic-abuse', options: unknown, fn: string): CrisisHelp {
  const out: string[] = [];
  const opts = readOptions(options, 'options', out, true);
  const pack = _localeOrThrow(opts?.locale, fn);
  let res: RegionResources | undefined;
  if (opts?.hasRegion) {
    res = resolve(opts.region, opts.resources === undefined ? undefined : { resources: opts.resources }, out, 'options.region');
  } else if (opts !== undefined && opts.resources !== undefined) {
    out.push('options.resources: needs options.region too, so the resources are for a known region');
  }
  if (out.length > 0)
    throw new SafetyDataError(
      out.map((p) => {
        const i = toIssue(p);
        return { path: i.path, message: `${i.message} (in ${fn})` };
      }),
    );
  const missing: string[] = [];
  const w = (id: _SafetyTextId) => _safetyWord(pack, id, missing);
  const fallback = Object.freeze({ region: null, contacts: Object.freeze([]), text: w(`safety.${kind}.fallback`) });
  const emergency = res === undefined ? [] : res.contacts.filter((c) => c.kind === 'emergency' && c.phone !== undefined);
  const lines = res === undefined ? [] : res.contacts.filter((c) => c.kind === kind);
  if (res === undefined || (emergency.length === 0 && lines.length === 0)) {
    _assertComplete(pack, missing, fn);
    return fallback;
  }
  const parts: string[] = [w(`safety.${kind}.lead`)];
  parts.push(
    emergency.length > 0
      ? _fill(w('safety.danger.call'), {
          numbers: joinOr(
            emergency.map((c) => c.phone as string),
            pack,
            missing,
          ),
        })
      : w('safety.danger.local'),
  );
  for (const c of lines) parts.push(describe(c, pack, missing));
  if (lines.length === 0) parts.push(w(`safety.${kind}.no-line`));
  _assertComplete(pack, missing, fn);
  return Object.freeze({ region: res.region, contacts: Object.freeze([...emergency, ...lines]), text: parts.join(' ') });
}

/**
 * Crisis help for a person: the region's emergency number(s) and crisis lines, in a few short,
 * warm sentences (US grade 6 or below); with no region (or an unsourced one), no number at all.
 * Throws a {@link SafetyDataError} naming the option when `options`, `options.region` or
 * `options.resources` is of the wrong kind.
 *
 * @example
 * ```ts
 * crisisHelp().text; // => 'You do not have to go through this alone. If you are in danger now, call your local emergency number or a crisis line.'
 * crisisHelp({ region: 'GB' }).contacts.map((c) => c.phone); // => ['999', '116 123']
 * ```
 * @category Safety
 */
export function crisisHelp(options?: SafetyOptions): CrisisHelp {
  return help('crisis', options, 'crisisHelp');
}

/**
 * Help for a person who is being hurt or made to feel unsafe at home: the region's emergency
 * number(s) and domestic-abuse services; with no region, no number.
 *
 * @example
 * ```ts
 * domesticAbuseHelp().contacts.length; // => 0
 * domesticAbuseHelp({ region: 'NZ' }).contacts.map((c) => c.phone); // => ['111', '0800 733 843']
 * ```
 * @category Safety
 */
export function domesticAbuseHelp(options?: SafetyOptions): CrisisHelp {
  return help('domestic-abuse', options, 'domesticAbuseHelp');
}

/**
 * What to show a person for a raised risk flag: the flag's own message for the person
 * (`clientMessage`), then the crisis help of their region (no number without a region). The
 * clinician's `message` is never shown here. With a `locale` pack, the message is the pack's
 * `flag.<flag id>.clientMessage` and the help is in that language; a pack without the flag's
 * message is refused with a {@link LocaleError}, never answered in English.
 *
 * @example
 * ```ts
 * const r = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 2]);
 * const f = r.flags[0];
 * if (f) flagForPerson(f, { region: 'GB' }).endsWith(crisisHelp({ region: 'GB' }).text); // => true
 * if (f) flagForPerson(f).includes('your local emergency number'); // => true
 * ```
 * @category Safety
 */
export function flagForPerson(flag: { readonly id?: string; readonly clientMessage: string }, options?: SafetyOptions): string {
  if (flag === null || typeof flag !== 'object' || typeof flag.clientMessage !== 'string') {
    throw new TypeError("flagForPerson: flag must be a raised flag with a clientMessage (from a result's flags)");
  }
  const help = crisisHelp(options).text;
  const pack = _localeOrThrow((options as { locale?: unknown } | undefined)?.locale, 'flagForPerson');
  if (pack === null) return `${flag.clientMessage} ${help}`;
  if (typeof flag.id !== 'string') throw new TypeError('flagForPerson: a flag needs its id to be shown in another language (pass the raised flag as it is).');
  const missing: string[] = [];
  const message = _word(pack, flagTextId(flag.id), flag.clientMessage, missing);
  _assertComplete(pack, missing, 'flagForPerson');
  return `${message} ${help}`;
}

/**
 * The stable id of a flag's message for the person in a locale pack: `flag.<flag id>.clientMessage`.
 *
 * @example
 * ```ts
 * flagTextId('phq9-item9'); // => 'flag.phq9-item9.clientMessage'
 * ```
 * @category Safety
 */
export const flagTextId = (flagId: string): string => `flag.${flagId}.clientMessage`;
