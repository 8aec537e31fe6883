import type { z } from "zod";

/**
 * The message of a REST 400 for input that failed its schema. A REST caller reading just the
 * message should learn which field is wrong, so it names each one:
 * "Input validation failed: limit: Too big: …; cursor: …" (the details are in `issues` too).
 */
export function validationMessage(issues: readonly z.core.$ZodIssue[]): string {
  const details = issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
    return `${where}${issue.message}`;
  });
  return `Input validation failed: ${details.join("; ")}`;
}
