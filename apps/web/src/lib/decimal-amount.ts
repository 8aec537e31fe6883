import { isCurrencyCode, minorUnitDigits } from "@dishpatch/api/domain";

/**
 * Amounts as people type them ("12.5", "12,50", "1 200") turned into integer minor units
 * of the currency, with exact string arithmetic (no float rounding: "0.29" is 29, not 28.99…).
 * Returns null for anything that is not a plain non-negative amount with at most the
 * currency's decimals (ISO 4217: 2 for USD, 0 for JPY, 3 for KWD).
 */
export function parseDecimalAmount(text: string, currency: string): number | null {
  const digits = isCurrencyCode(currency) ? minorUnitDigits(currency) : 2;
  return parseScaled(text, digits);
}

/** Minor units back as the plain decimal text the amount fields accept ("12.50"). */
export function decimalAmountText(minorUnits: number, currency: string): string {
  const digits = isCurrencyCode(currency) ? minorUnitDigits(currency) : 2;
  if (digits === 0) return String(minorUnits);
  const text = String(minorUnits).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** A percentage with at most two decimals ("8.875" is refused, "15" is 1,500) as basis points. */
export function parsePercentBasisPoints(text: string): number | null {
  return parseScaled(text, 2);
}

function parseScaled(text: string, digits: number): number | null {
  // Spaces group thousands; a lone comma is read as the decimal point ("12,50").
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(/,(?=\d*$)/, ".");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned) ?? /^\.(\d+)$/.exec(cleaned);
  if (!match) return null;
  const [whole, fraction] =
    match.length === 3 ? [match[1] ?? "0", match[2] ?? ""] : ["0", match[1] ?? ""];
  if (fraction.length > digits) return null;
  const value = Number(whole + fraction.padEnd(digits, "0"));
  return Number.isSafeInteger(value) ? value : null;
}
