import type { Cart, CartLine, CartRestaurant } from "./cart-schema";
import { emptyCart } from "./cart-schema";
import { writeCart } from "./cart-store";

export const MAX_LINE_QUANTITY = 99;

export interface NewCartLine {
  itemId: string;
  name: string;
  quantity: number;
  optionIds: string[];
  optionNames: string[];
}

function lineKey(itemId: string, optionIds: readonly string[]) {
  return [itemId, ...[...optionIds].sort()].join(":");
}

/** True when adding from `restaurant` would replace a cart from another restaurant. */
export function needsReplace(cart: Cart, restaurant: CartRestaurant) {
  return cart.restaurant !== null && cart.restaurant.id !== restaurant.id && cart.lines.length > 0;
}

/** Adds a line; the same item with the same options raises that line's quantity. */
export function addToCart(restaurant: CartRestaurant, line: NewCartLine) {
  writeCart((cart) => {
    // One restaurant per cart: the caller has asked before replacing another restaurant's cart.
    const base: Cart = needsReplace(cart, restaurant) ? emptyCart : cart;
    const key = lineKey(line.itemId, line.optionIds);
    const existing = base.lines.find((l) => l.key === key);
    const lines: CartLine[] = existing
      ? base.lines.map((l) =>
          l.key === key
            ? { ...l, quantity: Math.min(MAX_LINE_QUANTITY, l.quantity + line.quantity) }
            : l,
        )
      : [...base.lines, { ...line, key }];
    return { ...base, restaurant, lines };
  });
}

export function setLineQuantity(key: string, quantity: number) {
  writeCart((cart) => ({
    ...cart,
    lines:
      quantity <= 0
        ? cart.lines.filter((l) => l.key !== key)
        : cart.lines.map((l) =>
            l.key === key ? { ...l, quantity: Math.min(MAX_LINE_QUANTITY, quantity) } : l,
          ),
  }));
}

export function setFulfillment(fulfillment: Cart["fulfillment"]) {
  writeCart((cart) => ({ ...cart, fulfillment }));
}

export function setTipPercent(tipPercent: number) {
  writeCart((cart) => ({ ...cart, tipPercent }));
}

export function setPromoCode(promoCode: string) {
  writeCart((cart) => ({ ...cart, promoCode: promoCode.trim().toUpperCase() }));
}

/** Fills the cart with an earlier order's lines (reorder), replacing what was there. */
export function replaceCart(restaurant: CartRestaurant, lines: NewCartLine[]) {
  writeCart(() => ({
    ...emptyCart,
    restaurant,
    lines: lines.map((line) => ({ ...line, key: lineKey(line.itemId, line.optionIds) })),
  }));
}
