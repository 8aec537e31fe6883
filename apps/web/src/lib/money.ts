/**
 * Formats integer minor units in their currency. The currency's own number of decimals comes
 * from Intl (JPY 0, USD 2, …), so ¥980 is stored as 980 and $9.80 as 980.
 */
export function formatMoney(minorUnits: number, currency: string, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
