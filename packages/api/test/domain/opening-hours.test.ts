import { describe, expect, it } from "vitest";

import type { WeeklyHours } from "../../src/domain";
import {
  instantsAtWallTime,
  isOpenAt,
  nextOpeningAt,
  offsetAt,
  offsetChangesBetween,
  timeZoneSchema,
  wallClockAt,
  weeklyHoursSchema,
} from "../../src/domain";

const at = (iso: string) => new Date(iso);
const SUN = 0;
const MON = 1;
const FRI = 5;
const SAT = 6;

describe("isOpenAt: ordinary days", () => {
  const lunchAndDinner: WeeklyHours = [
    { weekday: MON, opens: "11:30", closes: "14:30" },
    { weekday: MON, opens: "17:00", closes: "22:00" },
  ];

  it("opens at the opening minute and closes at the closing minute (half-open)", () => {
    // Mon 2026-03-02 in UTC: 11:30 is open, 14:30 is closed, 14:29:59.999 still open.
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-02T11:29:59.999Z"))).toBe(false);
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-02T11:30:00Z"))).toBe(true);
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-02T14:29:59.999Z"))).toBe(true);
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-02T14:30:00Z"))).toBe(false);
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-02T21:59:00Z"))).toBe(true);
    expect(isOpenAt(lunchAndDinner, "UTC", at("2026-03-03T12:00:00Z"))).toBe(false); // Tuesday
  });

  it("reads the hours on the restaurant's clock, not UTC (Asia/Kolkata, +05:30)", () => {
    // Mon 09:00 IST = Mon 03:30 UTC.
    const hours: WeeklyHours = [{ weekday: MON, opens: "09:00", closes: "17:00" }];
    expect(isOpenAt(hours, "Asia/Kolkata", at("2026-03-09T03:29:00Z"))).toBe(false);
    expect(isOpenAt(hours, "Asia/Kolkata", at("2026-03-09T03:30:00Z"))).toBe(true);
    expect(isOpenAt(hours, "Asia/Kolkata", at("2026-03-09T11:29:00Z"))).toBe(true); // 16:59 IST
    expect(isOpenAt(hours, "Asia/Kolkata", at("2026-03-09T11:30:00Z"))).toBe(false);
    expect(nextOpeningAt(hours, "Asia/Kolkata", at("2026-03-09T00:00:00Z"))).toEqual(
      at("2026-03-09T03:30:00Z"),
    );
  });

  it("runs an overnight interval into the next day: Fri 18:00–02:00 covers Sat 01:00", () => {
    const lateNight: WeeklyHours = [{ weekday: FRI, opens: "18:00", closes: "02:00" }];
    // 2026-03-06 is a Friday.
    expect(isOpenAt(lateNight, "UTC", at("2026-03-06T17:59:00Z"))).toBe(false);
    expect(isOpenAt(lateNight, "UTC", at("2026-03-06T23:59:00Z"))).toBe(true);
    expect(isOpenAt(lateNight, "UTC", at("2026-03-07T01:00:00Z"))).toBe(true); // Sat 01:00
    expect(isOpenAt(lateNight, "UTC", at("2026-03-07T02:00:00Z"))).toBe(false);
    expect(isOpenAt(lateNight, "UTC", at("2026-03-08T01:00:00Z"))).toBe(false); // Sun 01:00
  });

  it("treats opens = closes as 24 hours and Saturday night as running into Sunday", () => {
    const allDaySaturday: WeeklyHours = [{ weekday: SAT, opens: "06:00", closes: "06:00" }];
    expect(isOpenAt(allDaySaturday, "UTC", at("2026-03-07T05:59:00Z"))).toBe(false);
    expect(isOpenAt(allDaySaturday, "UTC", at("2026-03-07T06:00:00Z"))).toBe(true);
    expect(isOpenAt(allDaySaturday, "UTC", at("2026-03-08T05:59:00Z"))).toBe(true); // Sun
    expect(isOpenAt(allDaySaturday, "UTC", at("2026-03-08T06:00:00Z"))).toBe(false);
  });

  it("is never open without hours, and then has no next opening", () => {
    expect(isOpenAt([], "UTC", at("2026-03-02T12:00:00Z"))).toBe(false);
    expect(nextOpeningAt([], "UTC", at("2026-03-02T12:00:00Z"))).toBeNull();
  });
});

describe("America/New_York across DST", () => {
  it("spring forward 2026-03-08: 02:30 never shows, so an interval from 02:30 opens at 03:00 EDT", () => {
    // Clocks go 01:59:59 EST (06:59:59Z) → 03:00:00 EDT (07:00Z).
    expect(instantsAtWallTime("America/New_York", { year: 2026, month: 3, day: 8 }, 150)).toEqual(
      [],
    );
    const hours: WeeklyHours = [{ weekday: SUN, opens: "02:30", closes: "04:00" }];
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T06:59:00Z"))).toBe(false);
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T07:00:00Z"))).toBe(true);
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T07:59:00Z"))).toBe(true); // 03:59
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T08:00:00Z"))).toBe(false); // 04:00
    expect(nextOpeningAt(hours, "America/New_York", at("2026-03-08T05:00:00Z"))).toEqual(
      at("2026-03-08T07:00:00Z"),
    );
  });

  it("spring forward: an interval ending inside the gap ends at the jump", () => {
    const hours: WeeklyHours = [{ weekday: SUN, opens: "01:00", closes: "02:30" }];
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T06:59:59Z"))).toBe(true); // 01:59:59
    expect(isOpenAt(hours, "America/New_York", at("2026-03-08T07:00:00Z"))).toBe(false); // 03:00
  });

  it("fall back 2026-11-01: 01:30 happens twice and an interval around it is open both times", () => {
    // Clocks go 01:59:59 EDT (05:59:59Z) → 01:00:00 EST (06:00Z).
    expect(instantsAtWallTime("America/New_York", { year: 2026, month: 11, day: 1 }, 90)).toEqual([
      Date.parse("2026-11-01T05:30:00Z"),
      Date.parse("2026-11-01T06:30:00Z"),
    ]);
    const hours: WeeklyHours = [{ weekday: SUN, opens: "01:00", closes: "01:45" }];
    expect(isOpenAt(hours, "America/New_York", at("2026-11-01T05:30:00Z"))).toBe(true); // 01:30 EDT
    expect(isOpenAt(hours, "America/New_York", at("2026-11-01T05:50:00Z"))).toBe(false); // 01:50 EDT
    expect(isOpenAt(hours, "America/New_York", at("2026-11-01T06:30:00Z"))).toBe(true); // 01:30 EST
    expect(isOpenAt(hours, "America/New_York", at("2026-11-01T06:45:00Z"))).toBe(false); // 01:45 EST
    // Closed at 01:50 EDT, it opens again when the clock reads 01:00 a second time.
    expect(nextOpeningAt(hours, "America/New_York", at("2026-11-01T05:50:00Z"))).toEqual(
      at("2026-11-01T06:00:00Z"),
    );
  });

  it("fall back: a bar open Sat 20:00–02:00 serves the extra hour", () => {
    // Saturday 2026-10-31 20:00 EDT = 2026-11-01T00:00Z; it closes at 02:00 EST = 07:00Z.
    const bar: WeeklyHours = [{ weekday: SAT, opens: "20:00", closes: "02:00" }];
    expect(isOpenAt(bar, "America/New_York", at("2026-11-01T00:00:00Z"))).toBe(true);
    expect(isOpenAt(bar, "America/New_York", at("2026-11-01T06:30:00Z"))).toBe(true); // 01:30 EST
    expect(isOpenAt(bar, "America/New_York", at("2026-11-01T06:59:00Z"))).toBe(true);
    expect(isOpenAt(bar, "America/New_York", at("2026-11-01T07:00:00Z"))).toBe(false);
  });

  it("finds the same opening a week later even when DST makes that 7 days and 59 minutes away", () => {
    // Sat 09:00–09:01. At 09:01 EDT on 2026-10-31 (13:01Z) it has just closed; the next opening
    // is Sat 2026-11-07 09:00 EST = 14:00Z, 7 d 59 min later because clocks fell back between.
    const hours: WeeklyHours = [{ weekday: SAT, opens: "09:00", closes: "09:01" }];
    expect(nextOpeningAt(hours, "America/New_York", at("2026-10-31T13:01:00Z"))).toEqual(
      at("2026-11-07T14:00:00Z"),
    );
  });
});

describe("Europe/London across DST", () => {
  it("spring forward 2026-03-29 01:00 GMT → 02:00 BST", () => {
    const hours: WeeklyHours = [{ weekday: SUN, opens: "01:30", closes: "03:00" }];
    expect(isOpenAt(hours, "Europe/London", at("2026-03-29T00:59:00Z"))).toBe(false); // 00:59 GMT
    expect(isOpenAt(hours, "Europe/London", at("2026-03-29T01:00:00Z"))).toBe(true); // 02:00 BST
    expect(isOpenAt(hours, "Europe/London", at("2026-03-29T02:00:00Z"))).toBe(false); // 03:00 BST
    expect(nextOpeningAt(hours, "Europe/London", at("2026-03-28T12:00:00Z"))).toEqual(
      at("2026-03-29T01:00:00Z"),
    );
  });

  it("a Monday 09:00 opening moves from 09:00Z to 08:00Z once summer time starts", () => {
    const hours: WeeklyHours = [{ weekday: MON, opens: "09:00", closes: "17:00" }];
    expect(nextOpeningAt(hours, "Europe/London", at("2026-03-22T00:00:00Z"))).toEqual(
      at("2026-03-23T09:00:00Z"),
    );
    expect(nextOpeningAt(hours, "Europe/London", at("2026-03-29T00:00:00Z"))).toEqual(
      at("2026-03-30T08:00:00Z"),
    );
  });

  it("fall back 2026-10-25: 01:15 exists twice", () => {
    expect(instantsAtWallTime("Europe/London", { year: 2026, month: 10, day: 25 }, 75)).toEqual([
      Date.parse("2026-10-25T00:15:00Z"),
      Date.parse("2026-10-25T01:15:00Z"),
    ]);
  });
});

describe("Australia/Sydney across DST (southern hemisphere)", () => {
  it("DST ends 2026-04-05 03:00 AEDT → 02:00 AEST: 02:00–02:30 happens twice", () => {
    const hours: WeeklyHours = [{ weekday: SUN, opens: "02:00", closes: "02:30" }];
    // First 02:00 AEDT (+11) = 15:00Z on Saturday; second 02:00 AEST (+10) = 16:00Z.
    expect(isOpenAt(hours, "Australia/Sydney", at("2026-04-04T15:10:00Z"))).toBe(true);
    expect(isOpenAt(hours, "Australia/Sydney", at("2026-04-04T15:40:00Z"))).toBe(false);
    expect(isOpenAt(hours, "Australia/Sydney", at("2026-04-04T16:10:00Z"))).toBe(true);
    expect(nextOpeningAt(hours, "Australia/Sydney", at("2026-04-04T15:40:00Z"))).toEqual(
      at("2026-04-04T16:00:00Z"),
    );
  });

  it("DST starts 2026-10-04 02:00 AEST → 03:00 AEDT: an interval wholly in the gap is skipped that day", () => {
    const hours: WeeklyHours = [{ weekday: SUN, opens: "02:15", closes: "02:45" }];
    // That Sunday never shows 02:15–02:45; the next opening is Sun 2026-10-11 02:15 AEDT (+11).
    expect(nextOpeningAt(hours, "Australia/Sydney", at("2026-10-03T12:00:00Z"))).toEqual(
      at("2026-10-10T15:15:00Z"),
    );
  });
});

describe("time-zone helpers", () => {
  it("reads offsets, including half- and quarter-hour zones", () => {
    const hour = 3_600_000;
    expect(offsetAt("Asia/Kolkata", Date.parse("2026-06-01T00:00:00Z"))).toBe(5.5 * hour);
    expect(offsetAt("Asia/Kathmandu", Date.parse("2026-06-01T00:00:00Z"))).toBe(5.75 * hour);
    expect(offsetAt("America/New_York", Date.parse("2026-01-15T00:00:00Z"))).toBe(-5 * hour);
    expect(offsetAt("America/New_York", Date.parse("2026-07-15T00:00:00Z"))).toBe(-4 * hour);
  });

  it("finds offset changes to the millisecond", () => {
    const from = Date.parse("2026-03-01T00:00:00Z");
    const to = Date.parse("2026-12-01T00:00:00Z");
    expect(offsetChangesBetween("America/New_York", from, to)).toEqual([
      Date.parse("2026-03-08T07:00:00Z"),
      Date.parse("2026-11-01T06:00:00Z"),
    ]);
    expect(offsetChangesBetween("Asia/Kolkata", from, to)).toEqual([]);
  });

  it("gives the wall clock with a 0–23 hour and the weekday", () => {
    expect(wallClockAt("America/New_York", Date.parse("2026-03-08T05:00:00Z"))).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 0,
      minute: 0,
      second: 0,
      weekday: SUN,
    });
  });

  it("validates IANA zone names", () => {
    expect(timeZoneSchema.safeParse("Australia/Sydney").success).toBe(true);
    expect(timeZoneSchema.safeParse("Mars/Olympus_Mons").success).toBe(false);
    expect(timeZoneSchema.safeParse("").success).toBe(false);
  });
});

describe("weeklyHoursSchema", () => {
  it("accepts touching intervals and a week of overnights", () => {
    const hours = [
      { weekday: MON, opens: "11:00", closes: "15:00" },
      { weekday: MON, opens: "15:00", closes: "22:00" },
      { weekday: FRI, opens: "18:00", closes: "02:00" },
      { weekday: SAT, opens: "02:00", closes: "04:00" },
    ];
    expect(weeklyHoursSchema.safeParse(hours).success).toBe(true);
  });

  it("refuses overlapping intervals on the same day, naming the later one", () => {
    const result = weeklyHoursSchema.safeParse([
      { weekday: MON, opens: "11:00", closes: "15:00" },
      { weekday: MON, opens: "14:00", closes: "22:00" },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1]]);
  });

  it("refuses an overnight interval running into the next day's first interval", () => {
    const result = weeklyHoursSchema.safeParse([
      { weekday: SAT, opens: "09:00", closes: "12:00" },
      { weekday: FRI, opens: "18:00", closes: "10:00" },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0]]);
  });

  it("refuses Saturday night running into Sunday morning's hours (the week wraps)", () => {
    const result = weeklyHoursSchema.safeParse([
      { weekday: SUN, opens: "01:00", closes: "03:00" },
      { weekday: SAT, opens: "22:00", closes: "02:00" },
    ]);
    expect(result.success).toBe(false);
  });

  it("refuses malformed times and weekdays", () => {
    for (const interval of [
      { weekday: 7, opens: "09:00", closes: "17:00" },
      { weekday: MON, opens: "9:00", closes: "17:00" },
      { weekday: MON, opens: "24:00", closes: "17:00" },
      { weekday: MON, opens: "09:60", closes: "17:00" },
    ]) {
      expect(weeklyHoursSchema.safeParse([interval]).success, JSON.stringify(interval)).toBe(false);
    }
  });

  it("finds the next opening when a clock change skips this week's (Santiago, midnight DST)", () => {
    // Found by the property test: from Sunday 2027-08-29 00:01 (just after this week's
    // opening), next Sunday's 00:00–00:01 does not exist (Chile springs forward at midnight on
    // 2027-09-05), so the next opening is the Sunday after: about 14 days away.
    const hours = [{ weekday: 0, opens: "00:00", closes: "00:01" }];
    const from = new Date(1819512060000);
    const next = nextOpeningAt(hours, "America/Santiago", from);
    expect(next).not.toBeNull();
    expect(isOpenAt(hours, "America/Santiago", next ?? from)).toBe(true);
    expect((next?.getTime() ?? 0) - from.getTime()).toBeGreaterThan(8 * 24 * 60 * 60 * 1000);
  });
});
