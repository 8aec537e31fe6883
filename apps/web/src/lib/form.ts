import type { z } from "zod";

/** One message per field: the first, which is what a person should fix first. */
export type FieldMessages<TField extends string> = Partial<Record<TField, string>>;

/** A form field's text; FormData can also hold files, which none of our forms have. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

/** The first issue per top-level field of a failed zod parse. */
export function zodFieldMessages<TField extends string>(
  error: z.ZodError,
  fields: readonly TField[],
): FieldMessages<TField> {
  const messages: FieldMessages<TField> = {};
  for (const issue of error.issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field !== undefined) messages[field] ??= issue.message;
  }
  return messages;
}

/** The first server message per field we show (the API keys them by path, e.g. "email"). */
export function serverFieldMessages<TField extends string>(
  fieldErrors: Record<string, string[]>,
  fields: readonly TField[],
): FieldMessages<TField> {
  const messages: FieldMessages<TField> = {};
  for (const field of fields) {
    const first = fieldErrors[field]?.[0];
    if (first !== undefined) messages[field] = first;
  }
  return messages;
}

export function hasMessages(messages: Partial<Record<string, string>>): boolean {
  return Object.values(messages).some((message) => message !== undefined);
}
