import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from 'fhir/r4.js';
import type { InstrumentDefinition, ScaleDefinition } from '../../scoring/types.js';
import { _answerCoding, type _ItemInfo, _index, _scaleValues, _valueCode } from './_internal/definition-index.js';
import { URL } from './_internal/urls.js';
import { SECUREBASE_FHIR_BASE } from './constants.js';

/** Response scales with more values than this become `integer`/`decimal` items instead of choices. */
const MAX_CHOICES = 50;

/**
 * Options for {@link toQuestionnaire}: `baseUrl` for the canonical URL and securebase code
 * systems (default {@link SECUREBASE_FHIR_BASE}), `status` (default `'active'`) and `date` (a
 * FHIR dateTime you pass in; the library reads no clock).
 *
 * @example
 * ```ts
 * const opts: ToQuestionnaireOptions = { status: 'draft', date: '2026-11-28' };
 * ```
 * @category FHIR
 */
export interface ToQuestionnaireOptions {
  /** The base of the canonical URL and of securebase code systems; default {@link SECUREBASE_FHIR_BASE}. */
  readonly baseUrl?: string;
  /** The Questionnaire's `status`; default `'active'`. */
  readonly status?: Questionnaire['status'];
  /** The Questionnaire's `date`, a FHIR dateTime you pass in (no clock is read). */
  readonly date?: string;
}

const fhirString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const idList = (ids: readonly string[]): string => (ids.length === 1 ? fhirString(ids[0] as string) : `(${ids.map(fhirString).join(' | ')})`);

function computableName(def: InstrumentDefinition): string {
  const raw = (def.abbreviation ?? def.id).replace(/[^A-Za-z0-9_]/g, '');
  const name = /^[A-Z]/.test(raw) ? raw : /^[a-z]/.test(raw) ? raw[0]?.toUpperCase() + raw.slice(1) : `Q${raw}`;
  return name.slice(0, 255);
}

function isNumeric(info: _ItemInfo): boolean {
  return _scaleValues(info.scale).length > MAX_CHOICES;
}

/** The scale's linkId: `score-<scale id>`, made unique against item linkIds. */
function scaleLinkIds(def: InstrumentDefinition): Map<string, string> {
  const used = new Set(def.items.map((i) => i.id));
  const out = new Map<string, string>();
  for (const s of def.scales) {
    let id = `score-${s.id}`;
    for (let n = 2; used.has(id); n++) id = `score-${s.id}-${n}`;
    used.add(id);
    out.set(s.id, id);
  }
  return out;
}

/**
 * A FHIRPath (SDC calculatedExpression) that computes a scale exactly as `score` does: reverse
 * keys as `min + max - weight`, sum or mean, and the definition's missing-data policy (no value
 * unless complete, or prorated within `maxMissing`).
 */
function scaleExpression(def: InstrumentDefinition, scale: ScaleDefinition, infos: ReadonlyMap<string, _ItemInfo>): string {
  const reversed = new Set(scale.reversed ?? []);
  const groups = new Map<string, string[]>();
  for (const id of scale.items) {
    const info = infos.get(id) as _ItemInfo;
    const key = `${isNumeric(info) ? 'n' : 'c'}${reversed.has(id) ? 'r' : 'k'}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const first = infos.get(scale.items[0] as string) as _ItemInfo;
  const reverseSum = first.scale.min + first.scale.max;
  const parts: string[] = [];
  for (const [key, ids] of groups) {
    let e = `%resource.repeat(item).where(linkId in ${idList(ids)}).answer.value`;
    if (key[0] === 'c') e += '.weight()';
    if (key[1] === 'r') e += `.select(${_valueCode(reverseSum)} - $this)`;
    parts.push(e);
  }
  const values =
    parts.length === 1
      ? (parts[0] as string)
      : `${parts[0]}${parts
          .slice(1)
          .map((p) => `.combine(${p})`)
          .join('')}`;
  const k = scale.items.length;
  const policy = def.missing?.kind === 'prorate' ? def.missing.maxMissing : 0;
  const n = `${values}.count()`;
  const sum = `${values}.sum()`;
  if (scale.aggregate === 'mean') {
    return policy === 0 ? `iif(${n} = ${k}, ${sum} / ${k}, {})` : `iif(${n} >= ${Math.max(1, k - policy)}, ${sum} / ${n}, {})`;
  }
  return policy === 0 ? `iif(${n} = ${k}, ${sum}, {})` : `iif(${n} = ${k}, ${sum}, iif(${n} >= ${Math.max(1, k - policy)}, ${sum} * ${k} / ${n}, {}))`;
}

function expressionDescription(def: InstrumentDefinition, scale: ScaleDefinition): string {
  const k = scale.items.length;
  const rev = scale.reversed?.length ? `, ${scale.reversed.length} reverse-keyed` : '';
  const missing =
    def.missing?.kind === 'prorate'
      ? `prorated when up to ${def.missing.maxMissing} are missing (${def.missing.source})`
      : `no value unless all ${k} are answered`;
  return `${scale.label}: ${scale.aggregate} of ${k} item scores${rev}; ${missing}.`;
}

/**
 * Builds an R4 Questionnaire for any instrument definition, ready for SDC renderers such as
 * LHC-Forms.
 *
 * - `url` is `<base>/Questionnaire/<id>`, `identifier` the instrument id, `version` the
 *   definition's content version; the panel `code` and item `code`s are the definition's (LOINC
 *   where it has them).
 * - Each item is a `choice` whose answerOptions carry a `valueCoding` (the LOINC answer code
 *   where the definition has one, per item where an item overrides it, else
 *   `<base>/CodeSystem/<id>-<response scale>` with the value as code) and the score in the
 *   `ordinalValue` extension. Scales with more than 50 values become `integer`/`decimal` items
 *   with minValue/maxValue.
 * - Each scale becomes a read-only `decimal` item (`score-<scale id>`, with the scale's code) with
 *   an SDC `calculatedExpression` that applies reverse keys, sum/mean and the missing-data policy
 *   as `score` does (a one-item unreversed sum, such as PHQ-9 item 10, is left out: it is the
 *   item's own answer).
 * - When the licence withholds item text (`licence.itemTextIncluded === false`) items carry no
 *   text and no code display, only the item number as `prefix`; `description` says so and
 *   `copyright` holds the licence summary. Apps supply their licensed text.
 *
 * Flags and derived scores are not part of the form; score the response with `score` (after
 * {@link fromQuestionnaireResponse}) to get them. A fresh object is returned on every call.
 *
 * @example
 * ```ts
 * import { ecrR } from 'securebase';
 * import { toQuestionnaire } from 'securebase/fhir';
 * const q = toQuestionnaire(ecrR, { date: '2026-11-28' });
 * // ECR-R item text is not shipped, so items carry no text:
 * q.item?.[0]?.text; // => undefined
 * q.item?.[0]?.answerOption?.length; // => 7
 * ```
 * @category FHIR
 */
export function toQuestionnaire(instrument: InstrumentDefinition, options: ToQuestionnaireOptions = {}): Questionnaire {
  const def = instrument;
  const base = options.baseUrl ?? SECUREBASE_FHIR_BASE;
  const withText = def.licence.itemTextIncluded;
  const index = _index(def);
  const items: QuestionnaireItem[] = [];
  if (withText && def.instructions) {
    let linkId = 'instructions';
    while (index.itemById.has(linkId)) linkId += '_';
    items.push({ linkId, type: 'display', text: def.instructions });
  }
  for (const info of index.items) {
    const it = info.def;
    const q: QuestionnaireItem = { linkId: it.id, type: 'choice', prefix: String(it.number) };
    if (it.code) q.code = [withText ? { ...it.code } : { system: it.code.system, code: it.code.code }];
    if (withText && it.text) q.text = it.text;
    if (isNumeric(info)) {
      const step = info.scale.step ?? 1;
      const integral = Number.isInteger(step) && Number.isInteger(info.scale.min);
      q.type = integral ? 'integer' : 'decimal';
      q.extension = integral
        ? [
            { url: URL.minValue, valueInteger: info.scale.min },
            { url: URL.maxValue, valueInteger: info.scale.max },
          ]
        : [
            { url: URL.minValue, valueDecimal: info.scale.min },
            { url: URL.maxValue, valueDecimal: info.scale.max },
          ];
    } else {
      const system = `${base}/CodeSystem/${def.id}-${info.scaleKey}`;
      q.answerOption = _scaleValues(info.scale).map((v): QuestionnaireItemAnswerOption => {
        const c = _answerCoding(info, v);
        const label = info.scale.anchors.find((a) => Math.abs(a.value - v) < 1e-9)?.label;
        const display = c?.display ?? label ?? _valueCode(v);
        return {
          extension: [{ url: URL.ordinalValue, valueDecimal: v }],
          valueCoding: c ? { system: c.system, code: c.code, display } : { system, code: _valueCode(v), display },
        };
      });
    }
    items.push(q);
  }
  const linkIds = scaleLinkIds(def);
  for (const s of def.scales) {
    // A one-item, unreversed sum is the item's own score (PHQ-9 item 10): a calculated copy would
    // only repeat the answer under a second linkId.
    if (s.items.length === 1 && s.aggregate === 'sum' && !s.reversed?.length) continue;
    const ext: Extension = {
      url: URL.calculatedExpression,
      valueExpression: { description: expressionDescription(def, s), language: 'text/fhirpath', expression: scaleExpression(def, s, index.itemById) },
    };
    const q: QuestionnaireItem = { linkId: linkIds.get(s.id) as string, type: 'decimal', text: s.label, readOnly: true, extension: [ext] };
    if (s.code) q.code = [{ ...s.code }];
    items.push(q);
  }
  const notes = [def.description ?? def.name];
  if (!withText) {
    notes.push(
      'Item text is not included: the licence for this instrument does not allow us to redistribute it. Items are identified by number only; supply the licensed item text in your app.',
    );
  }
  notes.push('Generated by securebase from its instrument definition; scores are in the ordinalValue extension of each answer option.');
  const q: Questionnaire = {
    resourceType: 'Questionnaire',
    url: `${base}/Questionnaire/${def.id}`,
    identifier: [{ system: `${base}/instrument`, value: def.id }],
    version: def.version,
    name: computableName(def),
    title: def.abbreviation ? `${def.name} (${def.abbreviation})` : def.name,
    status: options.status ?? 'active',
    subjectType: ['Patient'],
    description: notes.join('\n\n'),
    copyright: def.licence.summary,
    item: items,
  };
  if (/^[A-Za-z0-9\-.]{1,64}$/.test(def.id)) q.id = def.id;
  if (options.date !== undefined) q.date = options.date;
  if (def.code) q.code = [{ ...def.code }];
  return q;
}
