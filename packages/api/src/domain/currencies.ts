// No zod here: the web app imports this table into every page (@dishpatch/api/currencies).
/** Every currency a restaurant may price in (ISO 4217 codes), alphabetically. */
export const currencyCodes = [
  "AED",
  "ARS",
  "AUD",
  "BHD",
  "BRL",
  "CAD",
  "CHF",
  "CLP",
  "CNY",
  "COP",
  "CZK",
  "DKK",
  "EGP",
  "EUR",
  "GBP",
  "HKD",
  "HUF",
  "IDR",
  "ILS",
  "INR",
  "ISK",
  "JOD",
  "JPY",
  "KES",
  "KRW",
  "KWD",
  "MXN",
  "MYR",
  "NGN",
  "NOK",
  "NZD",
  "OMR",
  "PEN",
  "PHP",
  "PLN",
  "RON",
  "SAR",
  "SEK",
  "SGD",
  "THB",
  "TND",
  "TRY",
  "TWD",
  "UGX",
  "USD",
  "VND",
  "ZAR",
] as const;

export type CurrencyCode = (typeof currencyCodes)[number];

/**
 * ISO 4217 minor-unit exponents: how many decimal places a currency's minor unit has. Amounts are
 * stored as integers of that minor unit (cents for USD, yen for JPY, fils for KWD).
 *
 * Values follow ISO 4217, not CLDR's display digits: CLDR (and so `Intl.NumberFormat`) shows HUF,
 * IDR and COP without decimals, while ISO 4217 defines 2. Storing the ISO exponent keeps amounts
 * exact; the UI may still display fewer digits.
 */
const minorUnitDigitsByCurrency = {
  AED: 2,
  ARS: 2,
  AUD: 2,
  BHD: 3,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CNY: 2,
  COP: 2,
  CZK: 2,
  DKK: 2,
  EGP: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KES: 2,
  KRW: 0,
  KWD: 3,
  MXN: 2,
  MYR: 2,
  NGN: 2,
  NOK: 2,
  NZD: 2,
  OMR: 3,
  PEN: 2,
  PHP: 2,
  PLN: 2,
  RON: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TND: 3,
  TRY: 2,
  TWD: 2,
  UGX: 0,
  USD: 2,
  VND: 0,
  ZAR: 2,
} as const satisfies Record<CurrencyCode, 0 | 2 | 3>;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(minorUnitDigitsByCurrency, value);
}

/** Decimal places of the currency's minor unit: 2 for USD (cents), 0 for JPY and KRW, 3 for KWD. */
export function minorUnitDigits(currency: CurrencyCode): 0 | 2 | 3 {
  return minorUnitDigitsByCurrency[currency];
}
