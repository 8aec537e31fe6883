import { z } from "zod";

/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl.DateTimeFormat`, so it runs on
 * edge runtimes. Instants are epoch milliseconds; a wall clock is what a clock on the restaurant's
 * wall shows. Offsets are in milliseconds (local − UTC), e.g. +05:30 = 19,800,000.
 */

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export interface WallClock extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
  readonly weekday: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// Creating a formatter costs far more than using one; zones are few, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone this runtime knows, e.g. "America/New_York". */
export const timeZoneSchema = z.string().min(1).refine(isValidTimeZone, "Unknown time zone");

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
export function civilToUtcMs(date: CivilDate, minuteOfDay = 0, second = 0): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(date.year, date.month - 1, date.day);
  return at.getTime() + minuteOfDay * MINUTE_MS + second * 1000;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const at = new Date(civilToUtcMs(date) + days * DAY_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export function weekdayOf(date: CivilDate): number {
  return new Date(civilToUtcMs(date)).getUTCDay();
}

export function wallClockAt(timeZone: string, epochMs: number): WallClock {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatterFor(timeZone).formatToParts(epochMs)) {
    if (
      type === "year" ||
      type === "month" ||
      type === "day" ||
      type === "hour" ||
      type === "minute" ||
      type === "second"
    ) {
      fields[type] = Number(value);
    }
  }
  // Some engines print midnight as hour 24 of the same day despite h23.
  const hour = fields.hour === 24 ? 0 : fields.hour;
  return { ...fields, hour, weekday: weekdayOf(fields) };
}

/** local − UTC at that instant, in milliseconds. */
export function offsetAt(timeZone: string, epochMs: number): number {
  const wall = wallClockAt(timeZone, epochMs);
  const subSecond = ((epochMs % 1000) + 1000) % 1000;
  const wallMs = civilToUtcMs(wall, wall.hour * 60 + wall.minute, wall.second) + subSecond;
  return wallMs - epochMs;
}

/**
 * The instants at which the wall clock reads `minuteOfDay` on `date`, ascending: one normally, two
 * when clocks fall back (01:30 happens twice), none when they spring forward past it.
 */
export function instantsAtWallTime(
  timeZone: string,
  date: CivilDate,
  minuteOfDay: number,
): number[] {
  const wallMs = civilToUtcMs(date, minuteOfDay);
  // Any instant showing this wall time lies within ±14 h of it, and time zones change offset at
  // most once in such a span, so the offsets a day either side cover every candidate.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(timeZone, wallMs + shift)));
  const instants = [...offsets]
    .map((offset) => wallMs - offset)
    .filter((instant) => instant + offsetAt(timeZone, instant) === wallMs);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/**
 * Instants in (fromMs, toMs] at which the zone's offset changes (DST starts or ends). Samples every
 * few hours (zones never change twice that fast) and pins each change down by bisection.
 */
export function offsetChangesBetween(timeZone: string, fromMs: number, toMs: number): number[] {
  const step = 6 * HOUR_MS;
  const changes: number[] = [];
  let previous = fromMs;
  let previousOffset = offsetAt(timeZone, previous);
  while (previous < toMs) {
    const next = Math.min(previous + step, toMs);
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== previousOffset)
      changes.push(firstInstantWithOffset(timeZone, previous, next));
    previous = next;
    previousOffset = nextOffset;
  }
  return changes;
}

/** Bisects for the first instant in (lo, hi] whose offset is the one at `hi`. */
function firstInstantWithOffset(timeZone: string, lo: number, hi: number): number {
  const target = offsetAt(timeZone, hi);
  let before = lo;
  let after = hi;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(timeZone, middle) === target) after = middle;
    else before = middle;
  }
  return after;
}
