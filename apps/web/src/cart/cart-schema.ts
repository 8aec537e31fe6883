/**
 * The browser's cart as stored in localStorage, checked by hand: a schema library costs ~20 kB of
 * gzipped script on every page that shows the cart (the restaurant page's JS budget is 180 kB;
 * see scripts/page-js.ts), and these few rules don't need one. Names and the currency are kept
 * only to draw the cart before the server's quote arrives; prices always come from `cart.quote`.
 */
export interface CartLine {
  /** The item and its chosen options: adding the same choice again raises the quantity. */
  key: string;
  itemId: string;
  name: string;
  /** A whole number from 1 to 99. */
  quantity: number;
  optionIds: string[];
  optionNames: string[];
}

export interface CartRestaurant {
  id: string;
  slug: string;
  name: string;
  currency: string;
}

export interface Cart {
  restaurant: CartRestaurant | null;
  lines: CartLine[];
  fulfillment: "delivery" | "pickup";
  /** Tip as a percentage of the subtotal (whole number, 0–100); the amount comes from the quote. */
  tipPercent: number;
  promoCode: string;
  /** One idempotency key per cart content, kept until the order is placed (see checkout). */
  checkout: { key: string; forCart: string } | null;
}

export const emptyCart: Cart = {
  restaurant: null,
  lines: [],
  fulfillment: "delivery",
  tipPercent: 0,
  promoCode: "",
  checkout: null,
};

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** The strings of `value`, copied, or null when it isn't an array of strings only. */
function stringsOf(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const strings: string[] = [];
  for (const entry of value) {
    if (typeof entry !== "string") return null;
    strings.push(entry);
  }
  return strings;
}

function cartLineOf(value: unknown): CartLine | null {
  if (!isRecord(value)) return null;
  const { key, itemId, name, quantity } = value;
  const optionIds = stringsOf(value.optionIds);
  const optionNames = stringsOf(value.optionNames);
  if (typeof key !== "string" || typeof itemId !== "string" || typeof name !== "string") {
    return null;
  }
  if (!isWholeNumberIn(quantity, 1, 99) || !optionIds || !optionNames) return null;
  return { key, itemId, name, quantity, optionIds, optionNames };
}

function restaurantOf(value: unknown): CartRestaurant | null {
  if (!isRecord(value)) return null;
  const { id, slug, name, currency } = value;
  if (
    typeof id !== "string" ||
    typeof slug !== "string" ||
    typeof name !== "string" ||
    typeof currency !== "string"
  ) {
    return null;
  }
  return { id, slug, name, currency };
}

function checkoutOf(value: unknown): Cart["checkout"] | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { key, forCart } = value;
  return typeof key === "string" && typeof forCart === "string" ? { key, forCart } : undefined;
}

/**
 * The cart in `value` (parsed JSON), or null when anything in it breaks the rules above. The
 * result is a fresh object holding only the known fields, so unknown keys are dropped.
 */
export function parseStoredCart(value: unknown): Cart | null {
  if (!isRecord(value)) return null;
  const restaurant = value.restaurant === null ? null : restaurantOf(value.restaurant);
  if (value.restaurant !== null && !restaurant) return null;
  if (!Array.isArray(value.lines)) return null;
  const lines: CartLine[] = [];
  for (const entry of value.lines) {
    const line = cartLineOf(entry);
    if (!line) return null;
    lines.push(line);
  }
  const { fulfillment, tipPercent, promoCode } = value;
  if (fulfillment !== "delivery" && fulfillment !== "pickup") return null;
  if (!isWholeNumberIn(tipPercent, 0, 100) || typeof promoCode !== "string") return null;
  const checkout = checkoutOf(value.checkout);
  if (checkout === undefined) return null;
  return { restaurant, lines, fulfillment, tipPercent, promoCode, checkout };
}
