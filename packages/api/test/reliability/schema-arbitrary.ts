/**
 * Inputs for the fuzz, generated from a procedure's input JSON Schema (the one the API reference
 * publishes): mostly well-formed values that pass validation and reach the procedure's logic
 * (random ids, hostile strings, edge numbers), plus outright garbage.
 */
import fc from "fast-check";

import type { JsonSchema } from "../../src/reference";

/** Ids the fuzz mixes into id-like strings so some calls find real rows. */
export interface FuzzHints {
  ids: readonly string[];
}

type Schema = JsonSchema;
/** Sub-schemas may also be `true`/`false` (anything / nothing). */
type AnySchema = JsonSchema | boolean;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null;
}

/** Strings a database or a parser may choke on. */
const hostileStrings = [
  "\u0000",
  "a\u0000b",
  "'; drop table orders; --",
  "%",
  "\\",
  "\ud800",
  "💥".repeat(20),
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  " ",
  "9".repeat(40),
  "-1",
];

function stringArbitrary(schema: Schema, key: string, hints: FuzzHints): fc.Arbitrary<unknown> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 80, 200);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === "email") return fc.emailAddress();
  const plain = fc.string({ minLength, maxLength });
  const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
  // Only candidates that fit: a filter nothing passes would make fast-check spin forever.
  const hostile = hostileStrings.filter(fits);
  const choices: fc.Arbitrary<string>[] = [
    plain,
    fc.string({ unit: "binary", minLength, maxLength }),
  ];
  if (hostile.length > 0) choices.push(fc.constantFrom(...hostile));
  if (fits("00000000-0000-0000-0000-000000000000")) choices.push(fc.uuid());
  const ids = hints.ids.filter(fits);
  if (/id$/i.test(key) && ids.length > 0) choices.push(fc.constantFrom(...ids));
  return fc.oneof(...choices);
}

function objectArbitrary(schema: Schema, hints: FuzzHints): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) {
    record[key] = fromSchema(property, hints, key);
  }
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
}

/** allOf of objects (one may be a oneOf of variants): each variant merged with the rest. */
function allOfArbitrary(parts: Schema[], hints: FuzzHints): fc.Arbitrary<unknown> {
  const variants = parts.find((p) => p.oneOf ?? p.anyOf);
  const base = parts.filter((p) => p !== variants);
  const merge = (schemas: Schema[]): Schema => ({
    type: "object",
    properties: Object.assign(
      {},
      ...schemas.map((s) => s.properties ?? {}),
    ) as Schema["properties"],
    required: schemas.flatMap((s) => s.required ?? []),
  });
  const options = (variants?.oneOf ?? variants?.anyOf ?? [{}]).filter(isSchema);
  return fc.oneof(...options.map((option) => objectArbitrary(merge([...base, option]), hints)));
}

export function fromSchema(schema: AnySchema, hints: FuzzHints, key = ""): fc.Arbitrary<unknown> {
  if (!isSchema(schema)) return fc.jsonValue();
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.allOf) return allOfArbitrary(schema.allOf.filter(isSchema), hints);
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return fc.oneof(...union.map((s) => fromSchema(s, hints, key)));
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema, key, hints);
    case "integer": {
      const min = Math.max(schema.minimum ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
      const max = Math.min(schema.maximum ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const items = Array.isArray(schema.items) ? undefined : schema.items;
      return fc.array(items === undefined ? fc.jsonValue() : fromSchema(items, hints, key), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    }
    case "object":
      return objectArbitrary(schema, hints);
    default:
      return fc.jsonValue();
  }
}

/** What the fuzz sends: shaped like the schema most of the time, anything at all otherwise. */
export function fuzzInput(schema: JsonSchema | null, hints: FuzzHints): fc.Arbitrary<unknown> {
  const garbage = fc.oneof(fc.jsonValue(), fc.constant(undefined));
  if (schema === null) return garbage;
  return fc.oneof(
    { weight: 4, arbitrary: fromSchema(schema, hints) },
    { weight: 1, arbitrary: garbage },
  );
}
