import { isCurrencyCode, minorUnitDigits } from "./domain";

/** "12.50 USD" for messages: minor units shown in the currency's own decimals. */
export function formatAmount(amount: number, currency: string): string {
  const digits = isCurrencyCode(currency) ? minorUnitDigits(currency) : 2;
  return `${(amount / 10 ** digits).toFixed(digits)} ${currency}`;
}
