import type { z } from "zod";

import type { FieldMessages } from "./form";

/**
 * The first issue per field of a failed zod parse, keyed by its whole path ("options.2.name"),
 * for forms with lists in them; the API keys its field errors the same way.
 */
export function zodPathMessages<TField extends string>(
  error: z.ZodError,
  fields: readonly TField[],
): FieldMessages<TField> {
  const messages: FieldMessages<TField> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    const field = fields.find((name) => name === path);
    if (field !== undefined) messages[field] ??= issue.message;
  }
  return messages;
}
