import type { FieldMessages } from "~/lib/form";

/** One opening interval as edited; `key` keeps React rows stable while the list changes. */
export interface HoursRow {
  key: number;
  weekday: number;
  opens: string;
  closes: string;
}

/** Monday first, as a week reads on a restaurant's door; 0 is Sunday, as the API counts. */
export const weekdaysInOrder = [1, 2, 3, 4, 5, 6, 0] as const;
export const weekdayNames = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** The rows in week order: the order they are sent in, so problems map back by index. */
export function inWeekOrder(rows: readonly HoursRow[]): HoursRow[] {
  return [...rows].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/**
 * Problems keyed by row: the schema reports an interval by its index in the sent list
 * (`3` or `3.opens`; from the API `hours.3`), which `sent` maps back to the row's key.
 */
export function rowMessages(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  sent: readonly HoursRow[],
): FieldMessages<string> {
  const messages: FieldMessages<string> = {};
  for (const issue of issues) {
    const index = issue.path.find((part) => typeof part === "number");
    const row = index === undefined ? undefined : sent[index];
    if (row) messages[String(row.key)] ??= issue.message;
  }
  return messages;
}

/** The API's field errors ("hours.3.opens": [...]) in the shape `rowMessages` reads. */
export function apiIssues(fieldErrors: Record<string, string[]>) {
  return Object.entries(fieldErrors).flatMap(([path, messages]) =>
    messages.slice(0, 1).map((message) => ({
      path: path
        .split(".")
        .filter((part) => part !== "hours")
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      message,
    })),
  );
}
