import { numberFormat } from "./intl-formats";
import { currencyDigits } from "./money-input";

/**
 * Formats integer minor units in their currency. The scale comes from the API's ISO 4217 table
 * (JPY 0, USD 2, HUF 2), the same one the server stores amounts in, so ¥980 is stored as 980 and
 * $9.80 as 980. Intl only decides how many decimals to show (it shows HUF without any).
 * English by default, like the rest of the interface: the server and every browser then write
 * the same text (a German browser's "14,00 $" would not match the server's HTML on hydration).
 */
export function formatMoney(minorUnits: number, currency: string, locale = "en"): string {
  return numberFormat(locale, { style: "currency", currency }).format(
    minorUnits / 10 ** currencyDigits(currency),
  );
}
