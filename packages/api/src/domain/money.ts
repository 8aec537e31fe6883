import type { CurrencyCode } from "./currencies";

/**
 * An amount in a currency's minor unit (cents for USD, yen for JPY): always a safe integer.
 * Inside one priced cart every amount is in the restaurant's currency, so arithmetic there works on
 * plain minor units; `Money` pairs an amount with its currency wherever amounts cross a boundary.
 */
export type MinorUnits = number;

export interface Money {
  readonly amount: MinorUnits;
  readonly currency: CurrencyCode;
}

/** 10,000 basis points make a whole: 875 bp = 8.75 %, 887.5 bp = 8.875 %. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

export type MoneyErrorCode =
  "NOT_MINOR_UNITS" | "NEGATIVE_AMOUNT" | "CURRENCY_MISMATCH" | "NOT_A_RATE" | "OUT_OF_RANGE";

/** A bug, not a customer mistake: money arithmetic was handed something that is not money. */
export class MoneyError extends Error {
  override readonly name = "MoneyError";
  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isMinorUnits(value: unknown): value is MinorUnits {
  return Number.isSafeInteger(value);
}

/** Throws unless `value` is a safe integer: floats, NaN and ±Infinity never become money. */
export function assertMinorUnits(value: unknown, what = "amount"): asserts value is MinorUnits {
  if (!isMinorUnits(value)) {
    throw new MoneyError("NOT_MINOR_UNITS", `${what} must be a whole number of minor units`);
  }
}

export function assertNonNegativeMinorUnits(
  value: unknown,
  what = "amount",
): asserts value is MinorUnits {
  assertMinorUnits(value, what);
  if (value < 0) throw new MoneyError("NEGATIVE_AMOUNT", `${what} must not be negative`);
}

export function money(amount: MinorUnits, currency: CurrencyCode): Money {
  assertMinorUnits(amount);
  return { amount, currency };
}

/** Converts an exact BigInt result back, refusing anything a double cannot hold exactly. */
function toMinorUnits(value: bigint, what: string): MinorUnits {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError("OUT_OF_RANGE", `${what} is too large to represent exactly`);
  }
  return Number(value);
}

/** Exact sum of minor-unit amounts; throws rather than lose precision past 2^53. */
export function sumMinorUnits(amounts: readonly MinorUnits[]): MinorUnits {
  let total = 0n;
  for (const amount of amounts) {
    assertMinorUnits(amount);
    total += BigInt(amount);
  }
  return toMinorUnits(total, "sum");
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new MoneyError("CURRENCY_MISMATCH", `cannot add ${a.currency} to ${b.currency}`);
  }
  return { amount: sumMinorUnits([a.amount, b.amount]), currency: a.currency };
}

/** `amount × factor` (a unit price times a quantity), computed exactly. */
export function multiply(amount: MinorUnits, factor: number): MinorUnits {
  assertMinorUnits(amount);
  assertMinorUnits(factor, "factor");
  return toMinorUnits(BigInt(amount) * BigInt(factor), "product");
}

/**
 * Basis points as an exact integer count of hundredths of a basis point. Rates are not money: real
 * sales-tax rates need a fraction of a basis point (New York City's 8.875 % is 887.5 bp), so a rate
 * may carry up to two decimals, which this turns into an integer before any arithmetic.
 */
function centiBasisPoints(basisPoints: number): bigint {
  const scaled = Math.round(basisPoints * 100);
  // The tolerance only absorbs binary representation error (887.55 × 100 = 88755.00000000001).
  if (!Number.isSafeInteger(scaled) || scaled < 0 || Math.abs(basisPoints * 100 - scaled) > 1e-6) {
    throw new MoneyError(
      "NOT_A_RATE",
      "basis points must be a non-negative number with at most two decimals",
    );
  }
  return BigInt(scaled);
}

/** Throws unless `basisPoints` is a rate `percentOf` accepts (≥ 0, at most two decimals). */
export function assertBasisPoints(basisPoints: number): void {
  centiBasisPoints(basisPoints);
}

/**
 * `amount × basisPoints / 10,000`, rounded half-up to the minor unit: a remainder of exactly half
 * rounds up (10 % of 125 ¢ = 12.5 ¢ → 13 ¢), anything less rounds down (12.49 → 12).
 *
 * Only non-negative inputs are accepted: for negative values "half-up" is ambiguous (towards +∞ or
 * away from zero?) and nothing we price (tax, percent discounts) is negative. The arithmetic is
 * exact BigInt on integers, so the only failure is a result beyond 2^53.
 */
export function percentOf(amount: MinorUnits, basisPoints: number): MinorUnits {
  assertNonNegativeMinorUnits(amount);
  const divisor = BigInt(BASIS_POINTS_PER_WHOLE) * 100n;
  // Adding half the divisor before a floor division rounds exact halves up.
  const rounded = (BigInt(amount) * centiBasisPoints(basisPoints) + divisor / 2n) / divisor;
  return toMinorUnits(rounded, "percentage");
}
