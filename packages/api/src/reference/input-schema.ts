import type { JSONSchema } from "zod/v4/core";
import { z } from "zod";

/** A JSON Schema (draft 2020-12) as z.toJSONSchema produces it. */
export type JsonSchema = JSONSchema.JSONSchema;

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === "object" && schema.properties !== undefined;
}

/**
 * The input a caller sends, as JSON Schema. A procedure with several `.input()`s (e.g.
 * restaurantProcedure adds `{ restaurantId }`) takes their intersection: object schemas are
 * merged into one (what a reader expects), anything else is an `allOf`.
 */
export function inputJsonSchema(inputs: readonly z.ZodType[]): JsonSchema | null {
  const schemas = inputs.map((input) => {
    // Dates and other values JSON cannot carry are superjson-encoded by the client: say "any".
    const schema: JsonSchema = z.toJSONSchema(input, { io: "input", unrepresentable: "any" });
    // The reference is one document: the dialect is said once, not per input.
    delete schema.$schema;
    return schema;
  });
  const [first, ...others] = schemas;
  if (!first) return null;
  if (others.length === 0) return first;
  if (!schemas.every(isObjectSchema)) return { allOf: schemas };
  return {
    type: "object",
    properties: Object.fromEntries(schemas.flatMap((s) => Object.entries(s.properties ?? {}))),
    required: [...new Set(schemas.flatMap((s) => s.required ?? []))],
    additionalProperties: false,
  };
}
