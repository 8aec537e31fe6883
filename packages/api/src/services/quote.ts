import type { PromoForQuote, RestaurantWithMenu } from "@dishpatch/db";
import type { CartInput } from "@dishpatch/validators";

import type { MenuItemForPricing, PricedCart, PromoLookup } from "../domain";
import { isCurrencyCode, isOpenAt, priceCart } from "../domain";

/**
 * Prices a cart against the restaurant and menu as loaded (one round trip, by the caller).
 * Shared by `cart.quote` and `order.place`, so both price a cart the same way.
 */
export function quoteCart(
  restaurant: RestaurantWithMenu,
  cart: Omit<CartInput, "tip"> & { tip: number },
  now: Date,
): PricedCart {
  const { currency } = restaurant;
  // Stored currencies are checked by the database; an unknown one here is a bug, not input.
  if (!isCurrencyCode(currency))
    throw new Error(`restaurant ${restaurant.id} has currency ${currency}`);
  const items: MenuItemForPricing[] = restaurant.categories.flatMap((category) =>
    category.items.map((item) => ({ ...item, restaurantId: restaurant.id })),
  );
  return priceCart({
    restaurant: {
      id: restaurant.id,
      status: restaurant.status,
      acceptingOrders: restaurant.acceptingOrders,
      openNow: isOpenAt(restaurant.hours, restaurant.timeZone, now),
      currency,
      taxRateBasisPoints: restaurant.taxRateBasisPoints,
      deliveryFee: restaurant.deliveryFee,
      minimumOrder: restaurant.minimumOrder,
    },
    items,
    lines: cart.lines.map((line) => ({ ...line, optionIds: line.optionIds ?? [] })),
    fulfillment: cart.fulfillment,
    tip: cart.tip,
    promo: cart.promoCode
      ? promoLookup(restaurant.id, cart.promoCode, restaurant.promo ?? null)
      : null,
    now,
  });
}

function promoLookup(restaurantId: string, code: string, promo: PromoForQuote | null): PromoLookup {
  return {
    code: code.toUpperCase(),
    definition: promo && {
      restaurantId,
      code: promo.code,
      discount:
        promo.kind === "percent"
          ? { kind: "percent", basisPoints: promo.value }
          : { kind: "fixed", amount: promo.value },
      minimumSubtotal: promo.minimumSubtotal,
      startsAt: promo.startsAt ? new Date(promo.startsAt) : null,
      endsAt: promo.endsAt ? new Date(promo.endsAt) : null,
      maxUses: promo.maxUses,
      maxUsesPerCustomer: promo.maxUsesPerCustomer,
      active: promo.active,
    },
    usesSoFar: promo?.uses ?? 0,
    usesByCustomer: promo?.usesByCustomer ?? 0,
  };
}
