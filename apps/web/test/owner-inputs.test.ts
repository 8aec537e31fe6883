import { describe, expect, it } from "vitest";

import {
  decimalAmountText,
  parseDecimalAmount,
  parsePercentBasisPoints,
} from "../src/lib/decimal-amount";
import { suggestSlug } from "../src/lib/slug";
import { formatZonedDateTime, zonedInputToDate } from "../src/lib/zoned-time";

describe("parseDecimalAmount", () => {
  it("reads amounts in the currency's minor units without float error", () => {
    expect(parseDecimalAmount("12.5", "USD")).toBe(1250);
    expect(parseDecimalAmount("0.29", "USD")).toBe(29);
    expect(parseDecimalAmount("12,50", "EUR")).toBe(1250);
    expect(parseDecimalAmount(" 1 200 ", "JPY")).toBe(1200);
    expect(parseDecimalAmount("1.234", "KWD")).toBe(1234);
    expect(parseDecimalAmount(".5", "USD")).toBe(50);
    expect(parseDecimalAmount("7", "USD")).toBe(700);
  });

  it("refuses what is not a plain amount of that currency", () => {
    for (const text of ["", "abc", "-1", "1.234", "1e3", "1.2.3", "$5"]) {
      expect(parseDecimalAmount(text, "USD"), text).toBeNull();
    }
    expect(parseDecimalAmount("12.5", "JPY")).toBeNull();
    expect(parseDecimalAmount("99999999999999999999", "USD")).toBeNull();
  });
});

describe("decimalAmountText", () => {
  it("writes minor units back as the text the fields accept", () => {
    expect(decimalAmountText(1250, "USD")).toBe("12.50");
    expect(decimalAmountText(5, "USD")).toBe("0.05");
    expect(decimalAmountText(980, "JPY")).toBe("980");
    expect(decimalAmountText(1234, "KWD")).toBe("1.234");
    expect(parseDecimalAmount(decimalAmountText(4321, "EUR"), "EUR")).toBe(4321);
  });
});

describe("parsePercentBasisPoints", () => {
  it("reads percentages with up to two decimals as basis points", () => {
    expect(parsePercentBasisPoints("15")).toBe(1500);
    expect(parsePercentBasisPoints("8.25")).toBe(825);
    expect(parsePercentBasisPoints("8.875")).toBeNull();
  });
});

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
