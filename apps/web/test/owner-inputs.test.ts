import { describe, expect, it } from "vitest";

import { suggestSlug } from "../src/lib/slug";
import { formatZonedDateTime, zonedInputToDate } from "../src/lib/zoned-time";

describe("suggestSlug", () => {
  it("turns a name into a valid web address", () => {
    expect(suggestSlug("Café Olé & Co.")).toBe("cafe-ole-co");
    expect(suggestSlug("  Noodle   Bar 2 ")).toBe("noodle-bar-2");
    expect(suggestSlug("x".repeat(70))).toHaveLength(60);
    expect(suggestSlug("---")).toBe("");
  });
});

describe("zonedInputToDate", () => {
  it("reads a datetime-local value in the restaurant's zone", () => {
    expect(zonedInputToDate("2026-12-01T18:30", "Europe/Rome")?.toISOString()).toBe(
      "2026-12-01T17:30:00.000Z",
    );
    expect(zonedInputToDate("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T13:00:00.000Z",
    );
    // 02:30 does not exist on the night clocks spring forward in New York.
    expect(zonedInputToDate("2026-03-08T02:30", "America/New_York")).toBeNull();
    expect(zonedInputToDate("tomorrow", "Europe/Rome")).toBeNull();
  });

  it("formats instants in a fixed zone", () => {
    expect(formatZonedDateTime(new Date("2026-12-01T17:30:00Z"), "Europe/Rome")).toBe(
      "Dec 1, 2026, 18:30",
    );
  });
});
