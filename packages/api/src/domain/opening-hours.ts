import { z } from "zod";

import type { CivilDate } from "./time-zone";
import {
  DAY_MS,
  addDays,
  instantsAtWallTime,
  offsetChangesBetween,
  wallClockAt,
  weekdayOf,
} from "./time-zone";

/**
 * One opening interval in the restaurant's local wall-clock time. When `closes` is not after
 * `opens` the interval runs past midnight: Fri 18:00–02:00 covers Saturday 01:00, and 00:00–00:00
 * is a full 24 hours. `opens` is inclusive, `closes` exclusive.
 */
export interface OpeningInterval {
  /** 0 = Sunday … 6 = Saturday: the day the interval opens. */
  readonly weekday: number;
  /** "HH:MM", 24-hour. */
  readonly opens: string;
  readonly closes: string;
}

export type WeeklyHours = readonly OpeningInterval[];

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const clockTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an "HH:MM" time. Hours are validated when saved; this re-checks. */
export function minuteOfDay(clockTime: string): number {
  const match = clockTimePattern.exec(clockTime);
  if (match === null) throw new RangeError(`not an HH:MM time: ${clockTime}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Length in minutes: a close at or before the open means the next day. */
function durationOf(opens: number, closes: number): number {
  return closes > opens ? closes - opens : closes - opens + MINUTES_PER_DAY;
}

const clockTimeSchema = z.string().regex(clockTimePattern, "Use a 24-hour time like 09:30");

export const openingIntervalSchema = z.object({
  weekday: z.number().int().min(0).max(6),
  opens: clockTimeSchema,
  closes: clockTimeSchema,
});

/** A week of opening hours. Intervals may not overlap, including one that runs past midnight. */
export const weeklyHoursSchema = z
  .array(openingIntervalSchema)
  .max(7 * 12)
  .superRefine((intervals, ctx) => {
    for (const index of overlappingIntervals(intervals)) {
      ctx.addIssue({
        code: "custom",
        path: [index],
        message: "This interval overlaps another one",
      });
    }
  });

/**
 * Indexes of intervals that overlap an earlier-starting one, on a cyclic week of minutes (so
 * Saturday 22:00–02:00 and Sunday 01:00–03:00 overlap). Touching intervals (11–15, 15–22) are fine.
 */
function overlappingIntervals(intervals: readonly OpeningInterval[]): number[] {
  const segments: { start: number; end: number; index: number }[] = [];
  intervals.forEach((interval, index) => {
    if (!clockTimePattern.test(interval.opens) || !clockTimePattern.test(interval.closes)) return;
    const opens = minuteOfDay(interval.opens);
    const start = interval.weekday * MINUTES_PER_DAY + opens;
    const end = start + durationOf(opens, minuteOfDay(interval.closes));
    // An interval spilling from Saturday into Sunday wraps to the start of the week.
    segments.push({ start, end: Math.min(end, MINUTES_PER_WEEK), index });
    if (end > MINUTES_PER_WEEK) segments.push({ start: 0, end: end - MINUTES_PER_WEEK, index });
  });
  segments.sort((a, b) => a.start - b.start || a.end - b.end);
  const overlapping = new Set<number>();
  let reach = { end: 0, index: -1 };
  for (const segment of segments) {
    if (segment.start < reach.end && segment.index !== reach.index) overlapping.add(segment.index);
    if (segment.end > reach.end) reach = segment;
  }
  return [...overlapping].sort((a, b) => a - b);
}

/**
 * Whether the restaurant's hours cover `instant`, read on its own wall clock: open whenever the
 * clock on its wall shows a time inside an interval, which is how people read posted hours. So on
 * the night clocks spring forward an interval opening at 02:30 (a time that never shows) opens at
 * 03:00, and one lying wholly inside the skipped hour does not happen that night; on the night they
 * fall back, a bar open until 02:00 serves the repeated hour too.
 */
export function isOpenAt(hours: WeeklyHours, timeZone: string, instant: Date): boolean {
  const wall = wallClockAt(timeZone, instant.getTime());
  const now = wall.hour * 60 + wall.minute;
  const yesterday = (wall.weekday + 6) % 7;
  return hours.some((interval) => {
    const opens = minuteOfDay(interval.opens);
    const closes = minuteOfDay(interval.closes);
    const overnight = closes <= opens;
    if (interval.weekday === wall.weekday) return now >= opens && (overnight || now < closes);
    return overnight && interval.weekday === yesterday && now < closes;
  });
}

/**
 * How far ahead `nextOpeningAt` looks: two weeks and a day. A weekly opening can be skipped once
 * by a clock change (Chile moves its clocks at midnight, so Sunday 00:00–00:01 does not exist
 * that day) and shifted by an hour, so the next real one may be up to 15 days away.
 */
export const NEXT_OPENING_HORIZON_DAYS = 15;

/**
 * The earliest instant at or after `instant` when the restaurant is open: `instant` itself when
 * open now, null when nothing opens within the horizon (in practice: no hours at all).
 *
 * Closed turns to open only where the wall clock reaches an interval's opening time or where the
 * clock jumps (DST), so those instants are the only candidates; the first that is open wins.
 */
export function nextOpeningAt(hours: WeeklyHours, timeZone: string, instant: Date): Date | null {
  if (isOpenAt(hours, timeZone, instant)) return instant;
  const from = instant.getTime();
  const until = from + NEXT_OPENING_HORIZON_DAYS * DAY_MS;
  const today: CivilDate = wallClockAt(timeZone, from);
  const candidates = offsetChangesBetween(timeZone, from, until);
  for (let days = -1; days <= NEXT_OPENING_HORIZON_DAYS; days++) {
    const date = addDays(today, days);
    const weekday = weekdayOf(date);
    for (const interval of hours) {
      if (interval.weekday !== weekday) continue;
      candidates.push(...instantsAtWallTime(timeZone, date, minuteOfDay(interval.opens)));
    }
  }
  const inRange = candidates.filter((at) => at > from && at <= until).sort((a, b) => a - b);
  const opening = inRange.find((at) => isOpenAt(hours, timeZone, new Date(at)));
  return opening === undefined ? null : new Date(opening);
}
