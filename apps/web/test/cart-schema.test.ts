/** The stored cart's hand-written check: a valid cart passes; each kind of corrupt cart is refused. */
import { describe, expect, it } from "vitest";

import type { Cart, CartLine, CartRestaurant } from "../src/cart/cart-schema";
import { emptyCart, parseStoredCart } from "../src/cart/cart-schema";

const restaurant: CartRestaurant = {
  id: "r1",
  slug: "la-tavola",
  name: "La Tavola",
  currency: "USD",
};
const line: CartLine = {
  key: "i1:o1",
  itemId: "i1",
  name: "Margherita",
  quantity: 2,
  optionIds: ["o1"],
  optionNames: ["Large"],
};
const checkout = { key: "k1", forCart: "c1" };
const validCart: Cart = {
  restaurant,
  lines: [line],
  fulfillment: "pickup",
  tipPercent: 15,
  promoCode: "WELCOME10",
  checkout,
};

/** A copy of `fields` without `key`. */
function without(fields: object, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => name !== key));
}
/** As read back from localStorage. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const withCart = (changes: Record<string, unknown>) => stored({ ...validCart, ...changes });
const withLine = (changes: Record<string, unknown>) =>
  withCart({ lines: [{ ...line, ...changes }] });

describe("parseStoredCart", () => {
  it("accepts a valid cart and the empty cart unchanged", () => {
    expect(parseStoredCart(stored(validCart))).toEqual(validCart);
    expect(parseStoredCart(stored(emptyCart))).toEqual(emptyCart);
    expect(parseStoredCart(withCart({ restaurant: null, lines: [], checkout: null }))).toEqual({
      ...validCart,
      restaurant: null,
      lines: [],
      checkout: null,
    });
  });

  it("accepts the limits: 1 and 99 of a dish, a 0 and 100 percent tip", () => {
    for (const quantity of [1, 99]) {
      expect(parseStoredCart(withLine({ quantity }))?.lines[0]?.quantity).toBe(quantity);
    }
    for (const tipPercent of [0, 100]) {
      expect(parseStoredCart(withCart({ tipPercent }))?.tipPercent).toBe(tipPercent);
    }
  });

  it("drops fields it doesn't know", () => {
    const cart = withCart({ extra: "x", lines: [{ ...line, price: 100 }] });
    expect(parseStoredCart(cart)).toEqual(validCart);
  });

  const corruptions: [string, unknown][] = [
    ["no restaurant field", stored(without(validCart, "restaurant"))],
    ["a restaurant that is a string", withCart({ restaurant: "la-tavola" })],
    ["a restaurant without a currency", withCart({ restaurant: without(restaurant, "currency") })],
    ["a restaurant id that is a number", withCart({ restaurant: { ...restaurant, id: 1 } })],
    ["lines that are not an array", withCart({ lines: {} })],
    ["a line that is null", withCart({ lines: [line, null] })],
    ["a line without a key", withCart({ lines: [without(line, "key")] })],
    ["a line without an item id", withCart({ lines: [without(line, "itemId")] })],
    ["a line name that is a number", withLine({ name: 5 })],
    ["a quantity of 0", withLine({ quantity: 0 })],
    ["a quantity of 100", withLine({ quantity: 100 })],
    ["a quantity that is not whole", withLine({ quantity: 1.5 })],
    ["a quantity that is a string", withLine({ quantity: "2" })],
    ["option ids that are a string", withLine({ optionIds: "o1" })],
    ["option ids holding a number", withLine({ optionIds: [1] })],
    ["no option names", withCart({ lines: [without(line, "optionNames")] })],
    ["an unknown fulfillment", withCart({ fulfillment: "drone" })],
    ["a tip below 0", withCart({ tipPercent: -1 })],
    ["a tip above 100", withCart({ tipPercent: 101 })],
    ["a tip that is not whole", withCart({ tipPercent: 12.5 })],
    ["no promo code", stored(without(validCart, "promoCode"))],
    ["a promo code that is null", withCart({ promoCode: null })],
    ["no checkout field", stored(without(validCart, "checkout"))],
    ["a checkout without its cart", withCart({ checkout: without(checkout, "forCart") })],
    ["a checkout key that is a number", withCart({ checkout: { ...checkout, key: 7 } })],
  ];
  it.each(corruptions)("rejects a cart with %s", (_, value) => {
    expect(parseStoredCart(value)).toBeNull();
  });

  it("rejects what isn't a cart object at all", () => {
    for (const value of [null, undefined, "cart", 3, [], [validCart]]) {
      expect(parseStoredCart(value)).toBeNull();
    }
  });
});
