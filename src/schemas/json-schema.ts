import * as z from 'zod';

/**
 * The JSON Schema (draft 2020-12) of any schema of this module, for validators outside
 * JavaScript, API documentation or form builders. It describes the input accepted. A test checks
 * that an independent validator (ajv 8) gives the same verdicts as zod on the same valid and
 * invalid JSON samples, including text outside the Basic Multilingual Plane (both count code
 * points). Refinements are exported as the matching keyword (`minProperties`, `maxProperties`);
 * two checks JSON Schema cannot express are made when a plan is made instead (a midpoint method's
 * minimum below its maximum, an attachment measure present in `measures`).
 *
 * @example
 * ```ts
 * const js = jsonSchemaOf(intakeSchema);
 * js.type; // => 'object'
 * js.additionalProperties; // => false
 * ```
 * @category Schemas
 */
export function jsonSchemaOf(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
}
