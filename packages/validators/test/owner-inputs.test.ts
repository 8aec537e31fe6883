import { describe, expect, it } from "vitest";

import { epochDayOf, merchantReportInput, promoCreateFields, restaurantUpdateInput } from "../src";

describe("epochDayOf", () => {
  it("knows real calendar dates, leap days included", () => {
    expect(epochDayOf("1970-01-02")).toBe(1);
    expect(epochDayOf("2028-02-29")).not.toBeNull();
    expect(epochDayOf("2026-02-29")).toBeNull();
    expect(epochDayOf("2026-13-01")).toBeNull();
    expect(epochDayOf("2026-1-01")).toBeNull();
    expect(epochDayOf("2026-01-01T00:00")).toBeNull();
  });
});

describe("merchantReportInput", () => {
  const base = { restaurantId: "r1" };
  it("accepts up to 366 days, start and end included", () => {
    expect(
      merchantReportInput.safeParse({ ...base, from: "2028-01-01", to: "2028-12-31" }).success,
    ).toBe(true);
    expect(
      merchantReportInput.safeParse({ ...base, from: "2026-01-01", to: "2027-01-02" }).success,
    ).toBe(false);
    expect(
      merchantReportInput.safeParse({ ...base, from: "2026-01-02", to: "2026-01-01" }).success,
    ).toBe(false);
  });
});

describe("promoCreateFields", () => {
  it("trims and upper-cases codes", () => {
    expect(promoCreateFields.parse({ restaurantId: "r1", code: " spring-26 " }).code).toBe(
      "SPRING-26",
    );
    expect(promoCreateFields.safeParse({ restaurantId: "r1", code: "ÉTÉ" }).success).toBe(false);
  });
});

describe("restaurantUpdateInput", () => {
  it("needs at least one change and refuses unknown fields", () => {
    expect(restaurantUpdateInput.safeParse({ restaurantId: "r1" }).success).toBe(false);
    expect(restaurantUpdateInput.safeParse({ restaurantId: "r1", name: undefined }).success).toBe(
      false,
    );
    expect(restaurantUpdateInput.safeParse({ restaurantId: "r1", status: "active" }).success).toBe(
      false,
    );
    expect(restaurantUpdateInput.parse({ restaurantId: "r1", cuisine: " Thai " })).toEqual({
      restaurantId: "r1",
      cuisine: "Thai",
    });
  });
});
