import { instantsAtWallTime } from "@dishpatch/api/domain";

import { dateTimeFormat } from "./intl-formats";

/**
 * A `datetime-local` value ("2026-12-01T18:30") read as a wall clock in `timeZone` (the
 * restaurant's, not the browser's). Null when it is not such a value or that wall time does not
 * exist there (clocks sprang forward past it); when clocks fall back, the first of the two.
 */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if ([year, month, day, hour, minute].some((n) => n === undefined || Number.isNaN(n))) return null;
  const instants = instantsAtWallTime(
    timeZone,
    { year: year ?? 0, month: month ?? 0, day: day ?? 0 },
    (hour ?? 0) * 60 + (minute ?? 0),
  );
  const first = instants[0];
  return first === undefined ? null : new Date(first);
}

/** "Dec 1, 2026, 18:30" in the given zone: the same text on the server and in every browser. */
export function formatZonedDateTime(date: Date, timeZone: string): string {
  return dateTimeFormat("en", {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
  }).format(date);
}
