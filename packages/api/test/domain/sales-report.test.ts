import { describe, expect, it } from "vitest";

import { averageOf, salesTotals } from "../../src/domain/sales-report";

describe("averageOf", () => {
  it("rounds half-up to the minor unit", () => {
    expect(averageOf(5, 2)).toBe(3);
    expect(averageOf(6, 4)).toBe(2);
    expect(averageOf(5, 4)).toBe(1);
    expect(averageOf(7, 4)).toBe(2);
    expect(averageOf(2750, 3)).toBe(917);
  });

  it("is 0 without orders and refuses nonsense", () => {
    expect(averageOf(0, 0)).toBe(0);
    expect(() => averageOf(-1, 2)).toThrow();
    expect(() => averageOf(10, 1.5)).toThrow();
  });
});

describe("salesTotals", () => {
  it("sums days and derives net sales and the average ticket", () => {
    expect(
      salesTotals([
        { orderCount: 2, grossSales: 1001, refunds: 100 },
        { orderCount: 0, grossSales: 0, refunds: 0 },
        { orderCount: 2, grossSales: 1001, refunds: 0 },
      ]),
    ).toEqual({
      orderCount: 4,
      grossSales: 2002,
      refunds: 100,
      netSales: 1902,
      averageTicket: 501,
    });
  });
});
