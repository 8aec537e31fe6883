import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";

/**
 * A timestamp as an ISO-8601 UTC string (millisecond precision), which `new Date` parses
 * exactly: raw `execute` results carry timestamps as Postgres text, whose format `Date` does
 * not promise to read.
 */
export const isoTimestamp = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A timestamp's exact text (microseconds and offset), for keyset cursors: a JS Date keeps only
 * milliseconds, and a cursor rounded to them would skip or repeat rows.
 */
export const exactTimestamp = (column: SQL) => sql`${column}::text`;

/** `%` and `_` typed by a person are literal characters, not wildcards. */
export function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A page position after (created_at, id) in the list's direction. */
export interface TimeCursor {
  at: string;
  id: string;
}

export function afterTimeCursor(
  createdAt: SQL,
  id: SQL,
  cursor: TimeCursor | null | undefined,
  direction: "asc" | "desc",
) {
  if (!cursor) return sql``;
  return direction === "asc"
    ? sql`and (${createdAt}, ${id}) > (${cursor.at}::timestamptz, ${cursor.id})`
    : sql`and (${createdAt}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id})`;
}
