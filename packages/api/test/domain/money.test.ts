import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  MoneyError,
  addMoney,
  assertMinorUnits,
  currencyCodeSchema,
  currencyCodes,
  isCurrencyCode,
  minorUnitDigits,
  money,
  multiply,
  percentOf,
  sumMinorUnits,
} from "../../src/domain";

describe("minorUnitDigits", () => {
  it("knows the exponent of common currencies, including zero- and three-decimal ones", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("GBP")).toBe(2);
    expect(minorUnitDigits("CAD")).toBe(2);
    expect(minorUnitDigits("AUD")).toBe(2);
    expect(minorUnitDigits("INR")).toBe(2);
    expect(minorUnitDigits("MXN")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KRW")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });

  it("agrees with the runtime's currency data except where CLDR display digits differ from ISO 4217", () => {
    // CLDR shows these without decimals; ISO 4217 (what we store) defines two.
    const displayDiffers = new Set(["HUF", "IDR", "COP"]);
    for (const currency of currencyCodes) {
      const display = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits;
      if (displayDiffers.has(currency)) expect(display, currency).toBe(0);
      else expect(minorUnitDigits(currency), currency).toBe(display);
    }
  });

  it("accepts only supported codes", () => {
    expect(isCurrencyCode("USD")).toBe(true);
    expect(isCurrencyCode("usd")).toBe(false);
    expect(isCurrencyCode("XXX")).toBe(false);
    expect(isCurrencyCode("toString")).toBe(false);
    expect(currencyCodeSchema.safeParse("JPY").success).toBe(true);
    expect(currencyCodeSchema.safeParse("BTC").success).toBe(false);
  });
});

describe("assertMinorUnits", () => {
  it("accepts safe integers, negative ones included", () => {
    for (const value of [0, 1, -250, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      expect(() => {
        assertMinorUnits(value);
      }).not.toThrow();
    }
  });

  it("refuses floats, NaN, infinities, unsafe integers and non-numbers", () => {
    for (const value of [0.5, 19.99, Number.NaN, Infinity, 2 ** 53, "100", null]) {
      expect(() => {
        assertMinorUnits(value, "price");
      }).toThrow(MoneyError);
    }
  });
});

describe("addMoney and sumMinorUnits", () => {
  it("adds amounts of one currency", () => {
    expect(addMoney(money(1999, "USD"), money(1, "USD"))).toEqual({
      amount: 2000,
      currency: "USD",
    });
  });

  it("refuses to add different currencies", () => {
    expect(() => addMoney(money(100, "USD"), money(100, "EUR"))).toThrow(/USD to EUR|EUR/);
  });

  it("refuses a sum a double cannot hold exactly", () => {
    expect(() => sumMinorUnits([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError);
    expect(sumMinorUnits([Number.MAX_SAFE_INTEGER, 1, -1])).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("multiply", () => {
  it("multiplies a unit price by a quantity exactly", () => {
    // 1,299 ¢ × 3 = 3,897 ¢
    expect(multiply(1299, 3)).toBe(3897);
    expect(multiply(-50, 2)).toBe(-100);
  });

  it("refuses fractional factors and unsafe products", () => {
    expect(() => multiply(100, 1.5)).toThrow(MoneyError);
    expect(() => multiply(2 ** 30, 2 ** 30)).toThrow(/too large/);
  });
});

describe("percentOf (round half-up to the minor unit)", () => {
  it("rounds an exact half up: 10 % of 125 ¢ = 12.5 ¢ → 13 ¢", () => {
    // 125 × 1,000 bp = 125,000; + 5,000 = 130,000; ÷ 10,000 = 13 (floor)
    expect(percentOf(125, 1000)).toBe(13);
  });

  it("rounds just below a half down: 10 % of 124 ¢ = 12.4 ¢ → 12 ¢", () => {
    expect(percentOf(124, 1000)).toBe(12);
  });

  it("computes New York City's 8.875 % tax on $23.45 as $2.08", () => {
    // 8.875 % = 887.5 bp = 88,750 hundredths of a bp (per 1,000,000).
    // 2,345 ¢ × 88,750 = 208,118,750 → 208.11875 ¢
    // half-up: (208,118,750 + 500,000) ÷ 1,000,000 = 208.61875 → floor 208 ¢ = $2.08
    expect(percentOf(2345, 887.5)).toBe(208);
  });

  it("rounds an exact half cent of 8.875 % up: $4.00 → 35.5 ¢ → 36 ¢", () => {
    // 400 × 88,750 = 35,500,000 → 35.5 ¢; (35,500,000 + 500,000) ÷ 1,000,000 = 36
    expect(percentOf(400, 887.5)).toBe(36);
  });

  it("accepts rates with at most two decimals of a basis point", () => {
    expect(percentOf(10_000, 887.55)).toBe(888); // 10,000 × 8.8755 % = 887.55 → 888
    expect(() => percentOf(10_000, 887.555)).toThrow(/two decimals/);
    expect(() => percentOf(10_000, Number.NaN)).toThrow(MoneyError);
  });

  it("is zero for a zero rate or amount and the whole for 10,000 bp", () => {
    expect(percentOf(0, 875)).toBe(0);
    expect(percentOf(999, 0)).toBe(0);
    expect(percentOf(999, 10_000)).toBe(999);
  });

  it("refuses negative amounts and rates, where half-up would be ambiguous", () => {
    expect(() => percentOf(-125, 1000)).toThrow(MoneyError);
    expect(() => percentOf(125, -1000)).toThrow(MoneyError);
  });

  it("always returns a safe integer, exact to half-up rounding (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amount, centiBasisPoints) => {
          const result = percentOf(amount, centiBasisPoints / 100);
          expect(Number.isSafeInteger(result)).toBe(true);
          // The exact value is amount × cbp / D with D = 1,000,000. Half-up means
          // r − ½ ≤ exact < r + ½, i.e. in integers: 2rD − D ≤ 2·amount·cbp < 2rD + D.
          const divisor = 1_000_000n;
          const twiceExact = 2n * BigInt(amount) * BigInt(centiBasisPoints);
          const twiceResult = 2n * BigInt(result) * divisor;
          expect(twiceResult - divisor <= twiceExact).toBe(true);
          expect(twiceExact < twiceResult + divisor).toBe(true);
        },
      ),
    );
  });

  it("rounds every exact .5 up (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (whole) => {
        // 50 % of an odd amount 2w + 1 is exactly w + ½, which must round to w + 1.
        expect(percentOf(2 * whole + 1, 5000)).toBe(whole + 1);
      }),
    );
  });

  it("never exceeds the amount for rates up to 100 % (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, basisPoints) => {
          const result = percentOf(amount, basisPoints);
          expect(result).toBeGreaterThanOrEqual(0);
          expect(result).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });
});
