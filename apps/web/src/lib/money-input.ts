import { isCurrencyCode, minorUnitDigits } from "@dishpatch/api/currencies";

/**
 * Money as people type it ("12.50", "12,5", "1 200") and as the API keeps it (integer minor
 * units). Parsed from the text itself, digit by digit, so no float ever rounds a price
 * ("0.29" is 29, not 28.999…).
 */

/**
 * Decimals of a currency's minor unit (USD 2, JPY 0, KWD 3). Taken from the API's ISO 4217
 * table, not Intl: CLDR shows HUF or IDR without decimals while the server stores them with 2,
 * and the server is the one that reads the number we send.
 */
export function currencyDigits(currency: string): number {
  return isCurrencyCode(currency) ? minorUnitDigits(currency) : 2;
}

/**
 * A typed amount in minor units, or null when it is not an amount with at most `digits`
 * decimals that fits a safe integer. Spaces group thousands ("1 200"); a comma works as the
 * decimal mark ("4,50"), but comma grouping ("1,000.00") is refused rather than guessed at.
 * Negative amounts only with `allowNegative` (an option that makes a dish cheaper).
 */
export function minorFromDecimal(
  text: string,
  digits: number,
  options: { allowNegative?: boolean } = {},
): number | null {
  const cleaned = text.replace(/\s/g, "");
  const match = /^(-)?(\d*)(?:[.,](\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, minus, whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  if (minus && !options.allowNegative) return null;
  if (fraction.length > digits) return null;
  const value = Number(`${whole}${fraction.padEnd(digits, "0")}` || "0");
  if (!Number.isSafeInteger(value)) return null;
  // "-0" is just zero; never hand the API a negative zero.
  return minus && value !== 0 ? -value : value;
}

/** Minor units as a plain decimal for an input's value: 1250 → "12.50", -50 → "-0.50". */
export function decimalFromMinor(minorUnits: number, digits: number): string {
  const sign = minorUnits < 0 ? "-" : "";
  const abs = String(Math.abs(minorUnits));
  if (digits === 0) return `${sign}${abs}`;
  const padded = abs.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** A percentage with at most two decimals ("8.875" is refused, "15" is 1,500) as basis points. */
export function parsePercentBasisPoints(text: string): number | null {
  return minorFromDecimal(text, 2);
}

/** The message for an amount that did not parse, with an example in the currency's shape. */
export function amountHint(digits: number): string {
  return digits === 0
    ? "Enter a whole amount, like 980"
    : `Enter an amount like 12.${"5".padEnd(digits, "0")}`;
}
