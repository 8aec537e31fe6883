import { describe, expect, it } from "vitest";

import { formatMoney } from "../src/lib/money";

describe("formatMoney", () => {
  it("reads minor units with each currency's own decimals", () => {
    expect(formatMoney(1499, "USD", "en-US")).toBe("$14.99");
    expect(formatMoney(980, "JPY", "en-US")).toBe("¥980");
    expect(formatMoney(15000, "KRW", "en-US")).toBe("₩15,000");
    expect(formatMoney(250, "EUR", "de-DE")).toBe("2,50\u00a0€");
    expect(formatMoney(0, "GBP", "en-GB")).toBe("£0.00");
    expect(formatMoney(1234, "KWD", "en-US")).toBe("KWD\u00a01.234");
  });

  it("scales by the server's ISO 4217 digits even where Intl shows fewer", () => {
    // The API stores HUF in fillér (2 digits); Intl displays whole forints.
    expect(formatMoney(120000, "HUF", "en-US")).toBe("HUF\u00a01,200");
  });
});
