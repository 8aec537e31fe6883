import { describe, expect, it } from "vitest";

import {
  amountHint,
  currencyDigits,
  decimalFromMinor,
  minorFromDecimal,
  parsePercentBasisPoints,
} from "../src/lib/money-input";

describe("currencyDigits", () => {
  it("knows each currency's decimals from the API's ISO 4217 table", () => {
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("BHD")).toBe(3);
    expect(currencyDigits("KWD")).toBe(3);
    // Intl (CLDR) shows HUF without decimals; the server stores fillér, so the input must too.
    expect(currencyDigits("HUF")).toBe(2);
    expect(currencyDigits("XXX")).toBe(2);
  });
});

describe("minorFromDecimal", () => {
  it("reads decimals into minor units without floating-point rounding", () => {
    expect(minorFromDecimal("12.50", 2)).toBe(1250);
    expect(minorFromDecimal("12.5", 2)).toBe(1250);
    expect(minorFromDecimal("7", 2)).toBe(700);
    expect(minorFromDecimal("5.", 2)).toBe(500);
    expect(minorFromDecimal(" 12 ", 2)).toBe(1200);
    expect(minorFromDecimal("0.29", 2)).toBe(29); // 0.29 * 100 is 28.999… as a float
    expect(minorFromDecimal(".5", 2)).toBe(50);
    expect(minorFromDecimal("980", 0)).toBe(980);
    expect(minorFromDecimal("1.234", 3)).toBe(1234);
  });

  it("takes a comma as the decimal mark and spaces as grouping", () => {
    expect(minorFromDecimal("4,05", 2)).toBe(405);
    expect(minorFromDecimal("12,50", 2)).toBe(1250);
    expect(minorFromDecimal(" 1 200 ", 0)).toBe(1200);
    expect(minorFromDecimal("1\u00a0200,50", 2)).toBe(120050);
    expect(minorFromDecimal("1\u202f200", 2)).toBe(120000);
  });

  it("refuses what is not an amount in the currency", () => {
    for (const text of [
      "",
      " ",
      ".",
      "-",
      "abc",
      "$5",
      "1.234",
      "1,000.00",
      "1e3",
      "12.5.0",
      "1.2.3",
      "--1",
      "-1",
      "-1.00",
    ]) {
      expect(minorFromDecimal(text, 2), text).toBeNull();
    }
    expect(minorFromDecimal("9.5", 0)).toBeNull();
    expect(minorFromDecimal("12.5", 0)).toBeNull();
  });

  it("refuses amounts beyond a safe integer instead of rounding them", () => {
    expect(minorFromDecimal("99999999999999999999", 2)).toBeNull();
    expect(minorFromDecimal("90071992547409.92", 2)).toBeNull();
    expect(minorFromDecimal("90071992547409.91", 2)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("takes negative amounts only where they mean something (option price changes)", () => {
    expect(minorFromDecimal("-0.50", 2, { allowNegative: true })).toBe(-50);
    expect(minorFromDecimal("-1 000", 0, { allowNegative: true })).toBe(-1000);
    expect(Object.is(minorFromDecimal("-0", 2, { allowNegative: true }), 0)).toBe(true);
    expect(minorFromDecimal("--1", 2, { allowNegative: true })).toBeNull();
    expect(minorFromDecimal("-", 2, { allowNegative: true })).toBeNull();
  });
});

describe("decimalFromMinor", () => {
  it("writes minor units back as the decimal an input shows", () => {
    expect(decimalFromMinor(1250, 2)).toBe("12.50");
    expect(decimalFromMinor(5, 2)).toBe("0.05");
    expect(decimalFromMinor(0, 2)).toBe("0.00");
    expect(decimalFromMinor(-50, 2)).toBe("-0.50");
    expect(decimalFromMinor(980, 0)).toBe("980");
    expect(decimalFromMinor(1234, 3)).toBe("1.234");
  });

  it("round-trips through minorFromDecimal", () => {
    for (const digits of [0, 2, 3]) {
      for (const minor of [0, 1, 99, 100, 4321, 123456, -7, Number.MAX_SAFE_INTEGER]) {
        const text = decimalFromMinor(minor, digits);
        expect(minorFromDecimal(text, digits, { allowNegative: true }), text).toBe(minor);
      }
    }
  });
});

describe("parsePercentBasisPoints", () => {
  it("reads percentages with up to two decimals as basis points", () => {
    expect(parsePercentBasisPoints("15")).toBe(1500);
    expect(parsePercentBasisPoints("8.25")).toBe(825);
    expect(parsePercentBasisPoints("8,25")).toBe(825);
    expect(parsePercentBasisPoints("8.875")).toBeNull();
    expect(parsePercentBasisPoints("-5")).toBeNull();
  });
});

describe("amountHint", () => {
  it("shows an example in the currency's shape", () => {
    expect(amountHint(2)).toBe("Enter an amount like 12.50");
    expect(amountHint(3)).toBe("Enter an amount like 12.500");
    expect(amountHint(0)).toBe("Enter a whole amount, like 980");
  });
});
