import type { FieldErrors } from "./errors";

/** Generous: real inputs nest 4 levels deep; deeper garbage is left to the zod schemas. */
const MAX_DEPTH = 16;

export const NUL_CHARACTER_MESSAGE = "Text must not contain NUL (\\u0000) characters";

/**
 * Where an input holds a NUL character (U+0000), by field path ("lines.0.itemId"; "_" for
 * the input itself). Postgres text cannot store U+0000 and rejects any query carrying one,
 * so such input must be refused as bad input up front instead of failing in the database
 * as a 500 (found by the reliability fuzz).
 */
export function nulCharacterFields(input: unknown): FieldErrors | null {
  const fields: FieldErrors = {};
  const visit = (value: unknown, path: string[], depth: number) => {
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        fields[path.length > 0 ? path.join(".") : "_"] = [NUL_CHARACTER_MESSAGE];
      return;
    }
    if (typeof value !== "object" || value === null || depth >= MAX_DEPTH) return;
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key], depth + 1);
  };
  visit(input, [], 0);
  return Object.keys(fields).length > 0 ? fields : null;
}
