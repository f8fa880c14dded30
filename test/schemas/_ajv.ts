// An independent JSON Schema validator (ajv 8, draft 2020-12) for the schemas' JSON Schema export.
import Ajv2020 from 'ajv/dist/2020.js';
import type * as z from 'zod';
import { jsonSchemaOf } from '../../src/schemas/json-schema.js';

// strictTuples is off: zod exports a list of optional answers as `prefixItems` with `maxItems`
// and no `minItems`, which is valid JSON Schema that ajv's strict mode only lints.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
const compiled = new WeakMap<object, (x: unknown) => boolean>();

/** The ajv validator of a zod schema's JSON Schema export (compiled once per schema). */
export function ajvFor(schema: z.ZodType): (x: unknown) => boolean {
  let v = compiled.get(schema);
  if (v === undefined) {
    const validate = ajv.compile(jsonSchemaOf(schema));
    v = (x: unknown) => validate(x) === true;
    compiled.set(schema, v);
  }
  return v;
}

/** zod's verdict and ajv's verdict on one JSON sample. */
export function verdicts(schema: z.ZodType, sample: unknown): { zod: boolean; ajv: boolean } {
  const json = JSON.parse(JSON.stringify(sample)) as unknown;
  return { zod: schema.safeParse(json).success, ajv: ajvFor(schema)(json) };
}

/** A JSON copy of a value (what a stored or sent value looks like). */
export const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
