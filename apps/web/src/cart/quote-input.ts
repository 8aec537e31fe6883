import type { RouterInputs } from "@dishpatch/api";

import type { Cart } from "./cart-schema";

export type QuoteInput = RouterInputs["cart"]["quote"];

/** What the server prices: ids and counts only, never a price. Null when there is nothing to price. */
export function quoteInputOf(cart: Cart, tip: number): QuoteInput | null {
  if (!cart.restaurant || cart.lines.length === 0) return null;
  return {
    restaurantId: cart.restaurant.id,
    lines: cart.lines.map(({ itemId, quantity, optionIds }) => ({ itemId, quantity, optionIds })),
    fulfillment: cart.fulfillment,
    tip,
    ...(cart.promoCode ? { promoCode: cart.promoCode } : {}),
  };
}

/** A tip of `percent` of the subtotal, in whole minor units. */
export function tipFor(subtotal: number, percent: number) {
  return Math.round((subtotal * percent) / 100);
}
