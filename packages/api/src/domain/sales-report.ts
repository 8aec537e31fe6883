import type { MinorUnits } from "./money";
import { assertNonNegativeMinorUnits, sumMinorUnits } from "./money";

export interface SalesDayFigures {
  readonly orderCount: number;
  readonly grossSales: MinorUnits;
  readonly refunds: MinorUnits;
}

export interface SalesTotals {
  readonly orderCount: number;
  readonly grossSales: MinorUnits;
  readonly refunds: MinorUnits;
  /** Gross sales minus refunds. */
  readonly netSales: MinorUnits;
  /** Gross sales per order, rounded half-up to the minor unit; 0 without orders. */
  readonly averageTicket: MinorUnits;
}

/** `amount / count` rounded half-up, exactly (BigInt), for non-negative amounts. */
export function averageOf(amount: MinorUnits, count: number): MinorUnits {
  assertNonNegativeMinorUnits(amount, "amount");
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError("count must be a whole number");
  if (count === 0) return 0;
  const divisor = BigInt(count);
  return Number((BigInt(amount) * 2n + divisor) / (2n * divisor));
}

/** Totals of a report's days. */
export function salesTotals(days: readonly SalesDayFigures[]): SalesTotals {
  const orderCount = days.reduce((sum, day) => sum + day.orderCount, 0);
  const grossSales = sumMinorUnits(days.map((day) => day.grossSales));
  const refunds = sumMinorUnits(days.map((day) => day.refunds));
  return {
    orderCount,
    grossSales,
    refunds,
    netSales: grossSales - refunds,
    averageTicket: averageOf(grossSales, orderCount),
  };
}
