/** The fields of a Postgres error this package maps to typed results. */
export interface PostgresErrorInfo {
  code: string;
  detail: string | undefined;
  constraint: string | undefined;
}

function stringField(value: object, name: string): string | undefined {
  const field: unknown = Reflect.get(value, name);
  return typeof field === "string" ? field : undefined;
}

/**
 * The Postgres error behind `error`, if any. Drizzle wraps driver errors (DrizzleQueryError
 * with `cause`), so walk the cause chain rather than trusting the outermost error.
 */
export function postgresErrorOf(error: unknown): PostgresErrorInfo | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = stringField(current, "code");
    if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) {
      return {
        code,
        detail: stringField(current, "detail"),
        constraint: stringField(current, "constraint"),
      };
    }
    current = Reflect.get(current, "cause");
  }
  return null;
}

export const UNIQUE_VIOLATION = "23505";
