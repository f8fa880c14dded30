import type { CodeableConcept, Coding, Observation, ObservationComponent, Reference } from 'fhir/r4.js';
import type { BandDefinition, DerivedResult, InstrumentDefinition, RaisedFlag, ScaleDefinition, ScaleResult, ScoreResult } from '../../scoring/types.js';
import { URL } from './_internal/urls.js';
import { SECUREBASE_FHIR_BASE } from './constants.js';

/**
 * Options for {@link toObservation}. Nothing here can remove risk flags.
 *
 * - `effective`: when the answers were given, as a FHIR dateTime (`'2026-11-28T09:30:00Z'`).
 *   The library reads no clock: pass it in, or leave it out.
 * - `issued`: when the result was made available, as a FHIR instant.
 * - `subject`: the patient, as a reference string (`'Patient/123'`) or a Reference.
 * - `derivedFrom`: the QuestionnaireResponse the result was scored from.
 * - `id`: the Observation's logical id; `baseUrl`: the base of securebase codes.
 *
 * @example
 * ```ts
 * const opts: ToObservationOptions = { effective: '2026-11-28T09:30:00Z', subject: 'Patient/123' };
 * ```
 * @category FHIR
 */
export interface ToObservationOptions {
  /** When the answers were given, as a FHIR dateTime (`effectiveDateTime`). */
  readonly effective?: string;
  /** When the result was made available, as a FHIR instant. */
  readonly issued?: string;
  /** The patient: a reference string (`'Patient/123'`) or a Reference. */
  readonly subject?: string | Reference;
  /** The QuestionnaireResponse the result was scored from. */
  readonly derivedFrom?: string | Reference;
  /** The Observation's logical id. */
  readonly id?: string;
  /** The base of securebase code systems; default {@link SECUREBASE_FHIR_BASE}. */
  readonly baseUrl?: string;
  /** The scale the Observation is about (its code and value); default: the definition's first scale. */
  readonly scale?: string;
}

const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;

const ref = (r: string | Reference): Reference => (typeof r === 'string' ? { reference: r } : { ...r });

type Valued = Pick<ObservationComponent, 'valueInteger' | 'valueQuantity' | 'valueString' | 'dataAbsentReason'>;

function scaleValue(scale: ScaleDefinition, r: ScaleResult): Valued {
  if (r.value === null) {
    return {
      dataAbsentReason: {
        coding: [{ system: URL.dataAbsentReason, code: 'unknown', display: 'Unknown' }],
        text: `Not computed: ${r.answered} of ${r.expected} items answered${r.missing.length ? ` (missing: ${r.missing.join(', ')})` : ''}.`,
      },
    };
  }
  const v = r.value;
  if (scale.aggregate === 'sum' && !r.prorated && Number.isInteger(v)) return { valueInteger: v };
  return { valueQuantity: { value: v, unit: 'score', system: URL.ucum, code: '{score}' } };
}

function bandInterpretation(band: BandDefinition | null): CodeableConcept[] | undefined {
  if (band === null) return undefined;
  return [band.code ? { coding: [{ ...band.code }], text: band.label } : { text: band.label }];
}

function scaleCode(def: InstrumentDefinition, scale: ScaleDefinition, base: string): CodeableConcept {
  const coding: Coding = scale.code ? { ...scale.code } : { system: `${base}/CodeSystem/${def.id}-scales`, code: scale.id, display: scale.label };
  return { coding: [coding], text: scale.label };
}

function scaleMethod(def: InstrumentDefinition, scale: ScaleDefinition, r: ScaleResult): string {
  const rev = scale.reversed?.length ? ` (${scale.reversed.length} reverse-keyed)` : '';
  const pro = r.prorated ? `, prorated from ${r.answered} of ${r.expected} answered items` : '';
  return `${scale.label}: ${scale.aggregate} of ${scale.items.length} item scores${rev}${pro}; ${def.abbreviation ?? def.name} definition ${def.id} version ${def.version}.`;
}

function flagComponent(f: RaisedFlag, base: string): ObservationComponent {
  const interp: Coding | undefined =
    f.level === 'urgent'
      ? { system: URL.interpretation, code: 'AA', display: 'Critical abnormal' }
      : f.level === 'warning'
        ? { system: URL.interpretation, code: 'A', display: 'Abnormal' }
        : undefined;
  return {
    code: { coding: [{ system: `${base}/CodeSystem/flag`, code: f.id }], text: `Risk flag (${f.level})` },
    valueString: f.message,
    interpretation: [interp ? { coding: [interp], text: f.level } : { text: f.level }],
  };
}

function derivedComponents(def: InstrumentDefinition, derived: { readonly [id: string]: DerivedResult }, base: string): ObservationComponent[] {
  const out: ObservationComponent[] = [];
  for (const d of def.derived ?? []) {
    const r = derived[d.id];
    if (r === undefined) continue;
    const system = `${base}/CodeSystem/${def.id}-derived`;
    const code = (suffix: string, text: string): CodeableConcept => ({ coding: [{ system, code: `${d.id}${suffix}`, display: text }], text });
    if (r.value !== null) {
      const v = r.value;
      out.push({
        code: code('', d.label),
        ...(Number.isInteger(v) ? { valueInteger: v } : { valueQuantity: { value: v, unit: 'score', system: URL.ucum, code: '{score}' } }),
      });
    }
    if (r.label !== null) out.push({ code: code('.label', `${d.label} (outcome)`), valueString: r.label });
    if (r.value === null && r.label === null) {
      out.push({
        code: code('', d.label),
        dataAbsentReason: {
          coding: [{ system: URL.dataAbsentReason, code: 'unknown', display: 'Unknown' }],
          text: 'Not computed: answers it needs are missing.',
        },
      });
    }
  }
  return out;
}

/**
 * Turns a scoring result into one R4 Observation (status `final`, category `survey`).
 *
 * - The Observation is about one scale: `options.scale`, by default the definition's first scale
 *   (PHQ-9 and GAD-7 `total`). Its `code` is the scale's code (PHQ-9 total LOINC 44261-6, GAD-7
 *   total 70274-6; `<base>/CodeSystem/<id>-scales#<scale id>` when the definition has none), its
 *   value `valueInteger` for a whole, unprorated sum, else `valueQuantity` (`{score}`), and its
 *   band the `interpretation`.
 * - Every other scale (PHQ-9 item 10 `functioning`, ECR-R `avoidance`) is a component with its
 *   own code, value and band, so nothing in the result is lost.
 * - A scale without a value (missing answers) has a `dataAbsentReason` saying how many were
 *   answered. A prorated value says so in `method` and `note`.
 * - Derived scores are components; so is every **risk flag**, which is also written as a `note`.
 *   Flags are always carried when the result has them; no option removes them.
 *
 * Time comes from the caller (`effective`, `issued`); nothing reads a clock. Throws a TypeError
 * if the result was not scored from this instrument (or another version of it), and a
 * RangeError for a malformed `effective`, `issued` or `id`.
 *
 * @example
 * ```ts
 * import { phq9, score } from 'securebase';
 * import { toObservation } from 'securebase/fhir';
 * const obs = toObservation(score(phq9, [1, 1, 2, 1, 0, 1, 1, 0, 1]), phq9, {
 *   effective: '2026-11-28T09:30:00Z', subject: 'Patient/123',
 * });
 * obs.code.coding?.[0]?.code; // => '44261-6'
 * obs.valueInteger; // => 8
 * ```
 * @category FHIR
 */
export function toObservation(result: ScoreResult, instrument: InstrumentDefinition, options: ToObservationOptions = {}): Observation {
  const def = instrument;
  if (result.instrument.id !== def.id || result.instrument.version !== def.version) {
    throw new TypeError(
      `toObservation: the result was scored with ${result.instrument.id} version ${result.instrument.version}, not ${def.id} version ${def.version}`,
    );
  }
  const base = options.baseUrl ?? SECUREBASE_FHIR_BASE;
  if (options.effective !== undefined && !DATE_TIME.test(options.effective)) {
    throw new RangeError('toObservation: options.effective must be a FHIR dateTime such as 2026-11-28 or 2026-11-28T09:30:00Z (with a time zone)');
  }
  if (options.issued !== undefined && !INSTANT.test(options.issued)) {
    throw new RangeError('toObservation: options.issued must be a FHIR instant such as 2026-11-28T09:30:00Z');
  }
  if (options.id !== undefined && !ID.test(options.id)) throw new RangeError('toObservation: options.id must be 1-64 letters, digits, "-" or "."');

  const scales = def.scales.filter((s) => result.scales[s.id] !== undefined);
  const primaryId = options.scale ?? scales[0]?.id;
  const primary = scales.find((s) => s.id === primaryId);
  if (primary === undefined) throw new RangeError(`toObservation: ${def.id} has no scored scale ${JSON.stringify(primaryId)}`);
  const r = result.scales[primary.id] as ScaleResult;
  const obs: Observation = {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: URL.observationCategory, code: 'survey', display: 'Survey' }] }],
    code: scaleCode(def, primary, base),
  };
  if (options.id !== undefined) obs.id = options.id;
  obs.extension = [{ url: `${base}/StructureDefinition/instrument-definition`, valueCanonical: `${base}/Questionnaire/${def.id}|${def.version}` }];
  Object.assign(obs, scaleValue(primary, r));
  const interp = bandInterpretation(r.band);
  if (interp) obs.interpretation = interp;
  obs.method = { text: scaleMethod(def, primary, r) };
  const notes: string[] = [];
  if (r.prorated) notes.push(`${primary.label} was prorated from ${r.answered} of ${r.expected} answered items.`);
  else if (r.value === null) notes.push(`${primary.label} was not computed: ${r.answered} of ${r.expected} items answered.`);
  const components: ObservationComponent[] = [];
  for (const s of scales) {
    if (s === primary) continue;
    const sr = result.scales[s.id] as ScaleResult;
    const c: ObservationComponent = { code: scaleCode(def, s, base), ...scaleValue(s, sr) };
    const ci = bandInterpretation(sr.band);
    if (ci) c.interpretation = ci;
    components.push(c);
  }
  components.push(...derivedComponents(def, result.derived, base));
  for (const f of result.flags) components.push(flagComponent(f, base));
  const flagNotes = result.flags.map((f) => `RISK FLAG (${f.level}, ${f.id}): ${f.message}`);
  if (components.length > 0) obs.component = components;
  if (flagNotes.length + notes.length > 0) obs.note = [...flagNotes, ...notes].map((text) => ({ text }));
  if (options.subject !== undefined) obs.subject = ref(options.subject);
  if (options.effective !== undefined) obs.effectiveDateTime = options.effective;
  if (options.issued !== undefined) obs.issued = options.issued;
  if (options.derivedFrom !== undefined) obs.derivedFrom = [ref(options.derivedFrom)];
  return obs;
}
