/**
 * Money as people type it ("12.50") and as the API keeps it (1250 minor units). Parsed from the
 * text itself, digit by digit, so no float ever rounds a price.
 */

/** Decimals of a currency's minor unit (USD 2, JPY 0), as Intl knows them. */
export function currencyDigits(currency: string): number {
  const format = new Intl.NumberFormat("en", { style: "currency", currency });
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as a plain decimal for an input's value: 1250 → "12.50", -50 → "-0.50". */
export function decimalFromMinor(minorUnits: number, digits: number): string {
  const sign = minorUnits < 0 ? "-" : "";
  const abs = Math.abs(minorUnits);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const fraction = String(abs % scale).padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/**
 * A typed amount in minor units, or null when it is not an amount with at most `digits`
 * decimals. A comma works as the decimal mark too ("4,50"); grouping separators do not.
 */
export function minorFromDecimal(
  text: string,
  digits: number,
  options: { allowNegative?: boolean } = {},
): number | null {
  const match = /^(-)?(\d{0,9})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, minus, whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  if (minus && !options.allowNegative) return null;
  if (fraction.length > digits) return null;
  const value = Number(whole || "0") * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return minus ? -value : value;
}

/** The message for an amount that did not parse, with an example in the currency's shape. */
export function amountHint(digits: number): string {
  return digits === 0
    ? "Enter a whole amount, like 980"
    : `Enter an amount like 12.${"5".padEnd(digits, "0")}`;
}
