import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { OpeningInterval } from "../../src/domain";
import { isOpenAt, nextOpeningAt, weeklyHoursSchema } from "../../src/domain";

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;

const HOUR_MS = 3_600_000;

/**
 * Zones with DST north and south, half- and quarter-hour offsets, a 30-minute DST shift, each with
 * its clock changes of 2026 (from tzdata, written out by hand) so instants cluster where bugs live.
 */
const clockChanges: Record<string, string[]> = {
  UTC: [],
  "Asia/Kolkata": [],
  "Asia/Kathmandu": [],
  "America/New_York": ["2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z"],
  "Europe/London": ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"],
  "Australia/Sydney": ["2026-04-04T16:00:00Z", "2026-10-03T16:00:00Z"],
  "Australia/Lord_Howe": ["2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z"],
  "America/St_Johns": ["2026-03-08T05:30:00Z", "2026-11-01T04:30:00Z"],
  "America/Santiago": ["2026-04-05T03:00:00Z", "2026-09-06T04:00:00Z"],
  "Pacific/Chatham": ["2026-04-04T14:00:00Z", "2026-09-26T14:00:00Z"],
};
const timeZones = Object.keys(clockChanges);

const anyInstantArb = fc.integer({
  min: Date.parse("2020-01-01T00:00:00Z"),
  max: Date.parse("2030-12-31T00:00:00Z"),
});

/** A zone and an instant: anywhere in 2020–2030, or within hours of one of its clock changes. */
const zoneAndInstantArb = fc.oneof(
  fc.tuple(fc.constantFrom(...timeZones), anyInstantArb),
  fc.constantFrom(...Object.entries(clockChanges)).chain(([timeZone, changes]) =>
    changes.length === 0
      ? fc.tuple(fc.constant(timeZone), anyInstantArb)
      : fc.tuple(
          fc.constant(timeZone),
          fc
            .tuple(
              fc.constantFrom(...changes.map((iso) => Date.parse(iso))),
              fc.integer({ min: -6 * HOUR_MS, max: 3 * HOUR_MS }),
            )
            .map(([change, shift]) => change + shift),
        ),
  ),
);

const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** An interval starting at a minute of the week and lasting 1–1,440 minutes. */
function intervalAt(weekMinute: number, duration: number): OpeningInterval {
  const start = ((weekMinute % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  const opens = start % DAY_MINUTES;
  return {
    weekday: Math.floor(start / DAY_MINUTES),
    opens: clock(opens),
    closes: clock((opens + duration) % DAY_MINUTES),
  };
}

/**
 * Valid weekly hours by construction: sorted distinct cut points of a (rotated) week, paired into
 * disjoint intervals of at most a day. Half the points fall on Saturday 23:00 – Sunday 04:00, when
 * most of the zones above change their clocks.
 */
const weekMinuteArb = fc.oneof(
  fc.integer({ min: 0, max: WEEK_MINUTES - 1 }),
  fc.integer({ min: WEEK_MINUTES - 60, max: WEEK_MINUTES + 4 * 60 }).map((m) => m % WEEK_MINUTES),
);
const weeklyHoursArb = fc
  .tuple(
    fc.uniqueArray(weekMinuteArb, { maxLength: 16 }),
    fc.oneof(fc.constant(0), fc.integer({ min: 0, max: WEEK_MINUTES - 1 })),
  )
  .map(([points, rotation]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const hours: OpeningInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const [start = 0, end = 0] = [sorted[i], sorted[i + 1]];
      hours.push(intervalAt(start + rotation, Math.min(end - start, DAY_MINUTES)));
    }
    return hours;
  });

/** The wall clock by a separate formatter, as a check independent of the code under test. */
function localWeekMinute(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(part("weekday"));
  return weekday * DAY_MINUTES + (Number(part("hour")) % 24) * 60 + Number(part("minute"));
}

describe("opening hours (properties)", () => {
  it("an instant inside a configured interval is open, in every zone", () => {
    fc.assert(
      fc.property(
        zoneAndInstantArb,
        fc.integer({ min: 0, max: DAY_MINUTES - 1 }),
        fc.integer({ min: 1, max: DAY_MINUTES }),
        ([timeZone, instant], before, length) => {
          // An interval that opened `before` minutes ago (≤ a day) and lasts past now.
          const now = localWeekMinute(timeZone, instant);
          const duration = Math.max(length, before + 1); // ≤ 1,440 since before < 1,440
          const hours = [intervalAt(now - before, duration)];
          expect(isOpenAt(hours, timeZone, new Date(instant))).toBe(true);
        },
      ),
    );
  });

  it("an instant outside the only interval is closed, in every zone", () => {
    fc.assert(
      fc.property(
        zoneAndInstantArb,
        fc.integer({ min: 1, max: DAY_MINUTES - 1 }),
        fc.integer({ min: 1, max: DAY_MINUTES - 1 }),
        ([timeZone, instant], after, length) => {
          // Opens `after` minutes from now and closes before this minute comes round again.
          const now = localWeekMinute(timeZone, instant);
          const hours = [intervalAt(now + after, Math.min(length, DAY_MINUTES - after))];
          expect(isOpenAt(hours, timeZone, new Date(instant))).toBe(false);
        },
      ),
    );
  });

  it("generated disjoint hours pass the schema; the schema refuses exactly the overlapping pairs", () => {
    fc.assert(
      fc.property(weeklyHoursArb, (hours) => {
        expect(weeklyHoursSchema.safeParse(hours).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: WEEK_MINUTES - 1 }),
        fc.integer({ min: 1, max: DAY_MINUTES }),
        fc.integer({ min: 0, max: WEEK_MINUTES - 1 }),
        fc.integer({ min: 1, max: DAY_MINUTES }),
        (startA, lengthA, startB, lengthB) => {
          const covered = new Set<number>();
          for (let m = 0; m < lengthA; m++) covered.add((startA + m) % WEEK_MINUTES);
          let overlap = false;
          for (let m = 0; m < lengthB; m++) overlap ||= covered.has((startB + m) % WEEK_MINUTES);
          const hours = [intervalAt(startA, lengthA), intervalAt(startB, lengthB)];
          expect(weeklyHoursSchema.safeParse(hours).success).toBe(!overlap);
        },
      ),
    );
  });

  it("nextOpeningAt is open, and nothing is open before it (checked every minute)", () => {
    fc.assert(
      fc.property(zoneAndInstantArb, weeklyHoursArb, ([timeZone, instant], hours) => {
        const from = new Date(instant);
        const next = nextOpeningAt(hours, timeZone, from);
        if (hours.length === 0) {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        if (next === null) return;
        expect(isOpenAt(hours, timeZone, next)).toBe(true);
        if (next.getTime() === instant) return;
        expect(next.getTime()).toBeGreaterThan(instant);
        // Exact to the millisecond: the instant before is still closed.
        expect(isOpenAt(hours, timeZone, new Date(next.getTime() - 1))).toBe(false);
        // Hours and zone offsets are whole minutes, so any open stretch contains a whole minute.
        for (let t = Math.ceil(instant / MINUTE) * MINUTE; t < next.getTime(); t += MINUTE) {
          if (isOpenAt(hours, timeZone, new Date(t))) {
            expect.fail(`open at ${new Date(t).toISOString()}, before ${next.toISOString()}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
