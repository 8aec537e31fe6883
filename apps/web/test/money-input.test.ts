import { describe, expect, it } from "vitest";

import { currencyDigits, decimalFromMinor, minorFromDecimal } from "../src/lib/money-input";

describe("money as typed", () => {
  it("knows each currency's decimals", () => {
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("BHD")).toBe(3);
  });

  it("reads decimals into minor units without floating-point rounding", () => {
    expect(minorFromDecimal("12.50", 2)).toBe(1250);
    expect(minorFromDecimal("12.5", 2)).toBe(1250);
    expect(minorFromDecimal(" 12 ", 2)).toBe(1200);
    expect(minorFromDecimal("0.29", 2)).toBe(29); // 0.29 * 100 is 28.999… as a float
    expect(minorFromDecimal("4,05", 2)).toBe(405);
    expect(minorFromDecimal(".5", 2)).toBe(50);
    expect(minorFromDecimal("980", 0)).toBe(980);
    expect(minorFromDecimal("1.234", 3)).toBe(1234);
  });

  it("refuses what is not an amount in the currency", () => {
    for (const text of ["", ".", "abc", "1.234", "1,000.00", "1e3", "12.5.0", "--1"]) {
      expect(minorFromDecimal(text, 2), text).toBeNull();
    }
    expect(minorFromDecimal("9.5", 0)).toBeNull();
    expect(minorFromDecimal("-1.00", 2)).toBeNull();
  });

  it("takes negative amounts only where they mean something (option price changes)", () => {
    expect(minorFromDecimal("-0.50", 2, { allowNegative: true })).toBe(-50);
    expect(minorFromDecimal("-0", 2, { allowNegative: true })).toBe(-0);
  });

  it("writes minor units back as the decimal an input shows, round-tripping", () => {
    expect(decimalFromMinor(1250, 2)).toBe("12.50");
    expect(decimalFromMinor(5, 2)).toBe("0.05");
    expect(decimalFromMinor(-50, 2)).toBe("-0.50");
    expect(decimalFromMinor(980, 0)).toBe("980");
    for (const minor of [0, 1, 99, 100, 123456, -7]) {
      expect(minorFromDecimal(decimalFromMinor(minor, 2), 2, { allowNegative: true })).toBe(minor);
    }
  });
});
