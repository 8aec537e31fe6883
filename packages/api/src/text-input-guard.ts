import type { FieldErrors } from "./errors";

/** Generous: real inputs nest 4 levels deep; deeper garbage is left to the zod schemas. */
const MAX_DEPTH = 16;

export const NUL_CHARACTER_MESSAGE = "Text must not contain NUL (\\u0000) characters";
export const LONE_SURROGATE_MESSAGE = "Text must be valid Unicode (no lone surrogates)";

/** Half of a UTF-16 surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where an input holds a NUL character (U+0000) or a lone surrogate, by field path ("lines.0.itemId"; "_" for
 * the input itself). Postgres text cannot store U+0000 and rejects any query carrying one,
 * so such input must be refused as bad input up front instead of failing in the database
 * as a 500 (found by the reliability fuzz).
 */
export function nulCharacterFields(input: unknown): FieldErrors | null {
  const fields: FieldErrors = {};
  const visit = (value: unknown, path: string[], depth: number) => {
    if (typeof value === "string") {
      const field = path.length > 0 ? path.join(".") : "_";
      if (value.includes("\u0000")) fields[field] = [NUL_CHARACTER_MESSAGE];
      // JSON keeps a lone surrogate as "\ud800", which Postgres refuses in a jsonb parameter
      // (menu.reorder sends its ids so): found by the reliability fuzz.
      else if (LONE_SURROGATE.test(value)) fields[field] = [LONE_SURROGATE_MESSAGE];
      return;
    }
    if (typeof value !== "object" || value === null || depth >= MAX_DEPTH) return;
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key], depth + 1);
  };
  visit(input, [], 0);
  return Object.keys(fields).length > 0 ? fields : null;
}
