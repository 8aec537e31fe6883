// zod/mini: the same checks in a few kB instead of ~30 kB of gzipped script on every page that
// shows the cart (the restaurant page's JS budget is 180 kB; see scripts/page-js.ts).
import { z } from "zod/mini";

/**
 * The browser's cart as stored in localStorage. Names and the currency are kept only to draw the
 * cart before the server's quote arrives; prices always come from `cart.quote`.
 */
export const storedCartLine = z.object({
  /** The item and its chosen options: adding the same choice again raises the quantity. */
  key: z.string(),
  itemId: z.string(),
  name: z.string(),
  quantity: z.int().check(z.minimum(1), z.maximum(99)),
  optionIds: z.array(z.string()),
  optionNames: z.array(z.string()),
});
export type CartLine = z.infer<typeof storedCartLine>;

export const storedCart = z.object({
  restaurant: z.nullable(
    z.object({ id: z.string(), slug: z.string(), name: z.string(), currency: z.string() }),
  ),
  lines: z.array(storedCartLine),
  fulfillment: z.enum(["delivery", "pickup"]),
  /** Tip as a percentage of the subtotal; the amount is worked out from the quote. */
  tipPercent: z.int().check(z.minimum(0), z.maximum(100)),
  promoCode: z.string(),
  /** One idempotency key per cart content, kept until the order is placed (see checkout). */
  checkout: z.nullable(z.object({ key: z.string(), forCart: z.string() })),
});
export type Cart = z.infer<typeof storedCart>;
export type CartRestaurant = NonNullable<Cart["restaurant"]>;

export const emptyCart: Cart = {
  restaurant: null,
  lines: [],
  fulfillment: "delivery",
  tipPercent: 0,
  promoCode: "",
  checkout: null,
};
