import { describe, expect, it } from "vitest";

import { dateTimeFormat, numberFormat } from "../src/lib/intl-formats";

describe("shared Intl formatters", () => {
  it("builds a formatter once per locale and options, and reuses it", () => {
    const usd = numberFormat("en-US", { style: "currency", currency: "USD" });
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).toBe(usd);
    expect(numberFormat("en-US", { style: "currency", currency: "EUR" })).not.toBe(usd);
    expect(numberFormat("de-DE", { style: "currency", currency: "USD" })).not.toBe(usd);
    expect(usd.format(9.8)).toBe("$9.80");
  });

  it("keeps date formats for different time zones apart", () => {
    const at = new Date("2026-12-01T17:30:00Z");
    const options = { hour: "numeric", minute: "2-digit" } as const;
    const newYork = dateTimeFormat("en", { ...options, timeZone: "America/New_York" });
    const tokyo = dateTimeFormat("en", { ...options, timeZone: "Asia/Tokyo" });
    expect(dateTimeFormat("en", { ...options, timeZone: "America/New_York" })).toBe(newYork);
    expect(newYork.format(at)).toBe("12:30 PM");
    expect(tokyo.format(at)).toBe("2:30 AM");
  });
});
