/** Postgres error codes (SQLSTATE) that the queries turn into answers instead of crashes. */
const FOREIGN_KEY_VIOLATION = "23503";

/** The SQLSTATE of a database error, looking through drizzle's wrapping (`cause`). */
function sqlStateOf(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== "object") return undefined;
    if (
      "code" in current &&
      typeof current.code === "string" &&
      /^[0-9A-Z]{5}$/.test(current.code)
    ) {
      return current.code;
    }
    current = "cause" in current ? current.cause : undefined;
  }
  return undefined;
}

/**
 * The row a write points to was deleted by a concurrent transaction after this statement read
 * it (e.g. an item created in a category being deleted): to the caller, it was not found.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return sqlStateOf(error) === FOREIGN_KEY_VIOLATION;
}

/** Runs a write; a foreign key violation means a referenced row vanished: `null`. */
export async function nullWhenReferenceGone<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (isForeignKeyViolation(error)) return null;
    throw error;
  }
}
