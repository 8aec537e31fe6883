import { describe, expect, it } from "vitest";

import type { CartLine, PricedCart } from "../../src/domain";
import { MoneyError, priceCart } from "../../src/domain";
import { cartInput, luigis, promoDefinition, tiramisu } from "./menu-fixture";

const codes = (cart: PricedCart) => cart.problems.map((problem) => problem.code);
const problem = (cart: PricedCart, code: string) => cart.problems.find((p) => p.code === code);

// 2 × Margherita, Large + Olives + Burrata: (1,200 + 300 + 75 + 250) = 1,825 ¢ × 2 = 3,650 ¢
const pizzaLine: CartLine = {
  itemId: "margherita",
  quantity: 2,
  optionIds: ["large", "olives", "burrata"],
};
// 1 × Tiramisu: 650 ¢
const tiramisuLine: CartLine = { itemId: "tiramisu", quantity: 1, optionIds: [] };

describe("priceCart: the arithmetic", () => {
  it("prices lines from item price and option deltas, then tax, fee, tip and total", () => {
    const cart = priceCart(cartInput({ lines: [pizzaLine, tiramisuLine], tip: 500 }));
    expect(cart.problems).toEqual([]);
    expect(cart.lines.map((line) => [line.unitPrice, line.lineTotal])).toEqual([
      [1825, 3650],
      [650, 650],
    ]);
    // subtotal 3,650 + 650 = 4,300
    expect(cart.subtotal).toBe(4300);
    expect(cart.discount).toBe(0);
    // tax 4,300 × 8.875 % = 381.625 ¢ → half-up → 382 ¢
    expect(cart.tax).toBe(382);
    expect(cart.deliveryFee).toBe(299);
    expect(cart.tip).toBe(500);
    // total 4,300 − 0 + 382 + 299 + 500 = 5,481
    expect(cart.total).toBe(5481);
    expect(cart.currency).toBe("USD");
  });

  it("snapshots names and puts options in menu order whatever order they came in", () => {
    const reordered = { ...pizzaLine, optionIds: ["burrata", "olives", "large"] };
    const [line] = priceCart(cartInput({ lines: [reordered] })).lines;
    expect(line?.itemName).toBe("Margherita");
    expect(line?.options.map((option) => `${option.groupName}: ${option.optionName}`)).toEqual([
      "Size: Large",
      "Extras: Olives",
      "Extras: Burrata",
    ]);
  });

  it("applies a negative option delta: Small takes $2 off", () => {
    const small = { itemId: "margherita", quantity: 3, optionIds: ["small"] };
    // (1,200 − 200) × 3 = 3,000
    expect(priceCart(cartInput({ lines: [small] })).subtotal).toBe(3000);
  });

  it("taxes $23.45 at 8.875 % as $2.08", () => {
    // Large + Burrata + Olives = 1,825 ¢, plus garlic bread 520 ¢ = 2,345 ¢
    // 2,345 × 88,750 = 208,118,750 per million → 208.11875 ¢; + 0.5 → 208.61875 → floor 208
    const cart = priceCart(
      cartInput({
        lines: [
          { ...pizzaLine, quantity: 1 },
          { itemId: "garlic-bread", quantity: 1, optionIds: [] },
        ],
      }),
    );
    expect(cart.subtotal).toBe(2345);
    expect(cart.tax).toBe(208);
  });

  it("charges no delivery fee for pickup; nothing else changes", () => {
    const lines = [pizzaLine, tiramisuLine];
    const delivery = priceCart(cartInput({ lines, tip: 500 }));
    const pickup = priceCart(cartInput({ lines, tip: 500, fulfillment: "pickup" }));
    expect(pickup.deliveryFee).toBe(0);
    // 4,300 + 382 + 0 + 500 = 5,182
    expect(pickup.total).toBe(5182);
    expect(delivery.total - pickup.total).toBe(299);
  });

  it("taxes the subtotal after a percent promo", () => {
    const cart = priceCart(
      cartInput({
        lines: [pizzaLine, tiramisuLine],
        tip: 500,
        promo: { code: "pizza15", definition: promoDefinition(), usesSoFar: 0, usesByCustomer: 0 },
      }),
    );
    // discount 15 % of 4,300 = 645; taxed 3,655 × 8.875 % = 324.38125 → 324
    // total 4,300 − 645 + 324 + 299 + 500 = 4,778
    expect(cart.discount).toBe(645);
    expect(cart.promoCode).toBe("PIZZA15");
    expect(cart.tax).toBe(324);
    expect(cart.total).toBe(4778);
  });

  it("caps a fixed promo larger than the subtotal: no negative totals", () => {
    const fiftyOff = promoDefinition({ code: "FIFTY", discount: { kind: "fixed", amount: 5000 } });
    const cart = priceCart(
      cartInput({
        restaurant: { ...luigis, minimumOrder: 0 },
        lines: [tiramisuLine],
        promo: { code: "FIFTY", definition: fiftyOff, usesSoFar: 0, usesByCustomer: 0 },
      }),
    );
    // discount min(5,000, 650) = 650; tax on 0 = 0; total = 0 + 0 + 299 + 0
    expect(cart.discount).toBe(650);
    expect(cart.tax).toBe(0);
    expect(cart.total).toBe(299);
    expect(cart.problems).toEqual([]);
  });

  it("prices in zero-decimal currencies the same way (yen)", () => {
    const cart = priceCart(
      cartInput({
        restaurant: { ...luigis, currency: "JPY", taxRateBasisPoints: 1000, minimumOrder: 0 },
        lines: [{ itemId: "garlic-bread", quantity: 1, optionIds: [] }],
        fulfillment: "pickup",
      }),
    );
    // ¥520 × 10 % = ¥52
    expect(cart.currency).toBe("JPY");
    expect(cart.tax).toBe(52);
    expect(cart.total).toBe(572);
  });
});

describe("priceCart: problems", () => {
  it("reports an empty cart and the minimum order", () => {
    const cart = priceCart(cartInput({ lines: [] }));
    expect(codes(cart)).toEqual(["EMPTY_CART", "BELOW_MINIMUM_ORDER"]);
    expect(problem(cart, "EMPTY_CART")?.path).toEqual(["lines"]);
  });

  it("reports too many lines", () => {
    const lines = Array.from({ length: 51 }, () => ({
      itemId: "garlic-bread",
      quantity: 1,
      optionIds: [],
    }));
    expect(codes(priceCart(cartInput({ lines })))).toEqual(["TOO_MANY_LINES"]);
  });

  it("reports unknown items and items of another restaurant, and leaves them unpriced", () => {
    const cart = priceCart(
      cartInput({
        lines: [
          pizzaLine,
          { itemId: "ghost", quantity: 1, optionIds: [] },
          { itemId: "nigiri", quantity: 1, optionIds: [] },
        ],
      }),
    );
    expect(cart.problems).toMatchObject([
      { code: "UNKNOWN_ITEM", path: ["lines", 1, "itemId"] },
      { code: "ITEM_FROM_OTHER_RESTAURANT", path: ["lines", 2, "itemId"] },
    ]);
    expect(cart.lines.map((line) => line.lineIndex)).toEqual([0]);
    expect(cart.subtotal).toBe(3650);
  });

  it("reports sold-out items (flag or zero stock) but still shows their price", () => {
    const cart = priceCart(
      cartInput({
        lines: [
          pizzaLine,
          { itemId: "soda", quantity: 2, optionIds: [] },
          { itemId: "cannoli", quantity: 1, optionIds: [] },
        ],
      }),
    );
    expect(cart.problems).toMatchObject([
      { code: "ITEM_SOLD_OUT", path: ["lines", 1, "itemId"], message: "Soda is sold out." },
      { code: "ITEM_SOLD_OUT", path: ["lines", 2, "itemId"] },
    ]);
    expect(cart.lines.map((line) => line.lineTotal)).toEqual([3650, 500, 400]);
  });

  it("counts stock across lines of the same item and marks each of them", () => {
    const cart = priceCart(
      cartInput({ lines: [pizzaLine, { ...tiramisuLine, quantity: 2 }, tiramisuLine] }),
    );
    expect(cart.problems).toEqual([
      {
        code: "INSUFFICIENT_STOCK",
        path: ["lines", 1, "quantity"],
        message: "Only 2 Tiramisu left.",
        details: { available: 2, requested: 3 },
      },
      {
        code: "INSUFFICIENT_STOCK",
        path: ["lines", 2, "quantity"],
        message: "Only 2 Tiramisu left.",
        details: { available: 2, requested: 3 },
      },
    ]);
    // Exactly the stock is fine.
    expect(
      priceCart(cartInput({ lines: [pizzaLine, { ...tiramisuLine, quantity: 2 }] })).problems,
    ).toEqual([]);
  });

  it("refuses quantities that are not whole, not positive or above 50, leaving the line unpriced", () => {
    for (const quantity of [0, -1, 1.5, Number.NaN, Infinity]) {
      const cart = priceCart(cartInput({ lines: [pizzaLine, { ...tiramisuLine, quantity }] }));
      expect(cart.problems, String(quantity)).toMatchObject([
        { code: "QUANTITY_INVALID", path: ["lines", 1, "quantity"] },
      ]);
      expect(cart.lines).toHaveLength(1);
    }
    const tooMany = priceCart(cartInput({ lines: [{ ...pizzaLine, quantity: 51 }] }));
    expect(tooMany.problems).toMatchObject([
      { code: "QUANTITY_TOO_LARGE", path: ["lines", 0, "quantity"], details: { max: 50 } },
      // The only line is unpriced, so the cart is empty as far as money goes.
      { code: "BELOW_MINIMUM_ORDER" },
    ]);
    expect(priceCart(cartInput({ lines: [{ ...pizzaLine, quantity: 50 }] })).problems).toEqual([]);
  });

  it("reports options of other items, unknown and repeated options, and prices the rest", () => {
    const cart = priceCart(
      cartInput({
        lines: [
          { itemId: "margherita", quantity: 1, optionIds: ["large", "nope", "olives", "olives"] },
          { itemId: "tiramisu", quantity: 1, optionIds: ["basil"] },
        ],
      }),
    );
    expect(cart.problems).toMatchObject([
      { code: "UNKNOWN_OPTION", path: ["lines", 0, "optionIds", 1] },
      { code: "DUPLICATE_OPTION", path: ["lines", 0, "optionIds", 3] },
      { code: "UNKNOWN_OPTION", path: ["lines", 1, "optionIds", 0] },
    ]);
    expect(cart.problems).toHaveLength(3);
    // Large + Olives once: 1,200 + 300 + 75 = 1,575; tiramisu 650
    expect(cart.lines.map((line) => line.unitPrice)).toEqual([1575, 650]);
  });

  it("enforces option group rules: Size exactly 1, Extras at most 3", () => {
    const noSize = priceCart(cartInput({ lines: [{ ...pizzaLine, optionIds: ["olives"] }] }));
    expect(noSize.problems).toMatchObject([
      {
        code: "TOO_FEW_OPTIONS",
        path: ["lines", 0, "optionIds"],
        message: "Choose exactly 1 for Size.",
        details: { optionGroupId: "size", minChoices: 1, maxChoices: 1 },
      },
    ]);
    const twoSizes = priceCart(
      cartInput({ lines: [{ ...pizzaLine, optionIds: ["small", "large"] }] }),
    );
    expect(codes(twoSizes)).toEqual(["TOO_MANY_OPTIONS"]);
    const fourExtras = priceCart(
      cartInput({
        lines: [{ ...pizzaLine, optionIds: ["medium", "olives", "basil", "burrata", "anchovies"] }],
      }),
    );
    expect(fourExtras.problems).toMatchObject([
      { code: "TOO_MANY_OPTIONS", message: "Choose at most 3 for Extras." },
    ]);
  });

  it("applies the minimum order to the subtotal after discount", () => {
    // 1,200 + 520 = 1,720 ≥ 1,500, but $3 off leaves 1,420 < 1,500
    const lines = [
      { itemId: "margherita", quantity: 1, optionIds: ["medium"] },
      { itemId: "garlic-bread", quantity: 1, optionIds: [] },
    ];
    const threeOff = promoDefinition({ discount: { kind: "fixed", amount: 300 } });
    const cart = priceCart(
      cartInput({
        lines,
        promo: { code: "X", definition: threeOff, usesSoFar: 0, usesByCustomer: 0 },
      }),
    );
    expect(cart.problems).toEqual([
      {
        code: "BELOW_MINIMUM_ORDER",
        path: [],
        message: "Your order is below the restaurant's minimum.",
        details: { minimumOrder: 1500, shortBy: 80 },
      },
    ]);
    expect(priceCart(cartInput({ lines })).problems).toEqual([]);
  });

  it("refuses negative or fractional tips and tips above the subtotal, counting them as 0", () => {
    for (const tip of [-1, 0.5, Number.NaN]) {
      const cart = priceCart(cartInput({ lines: [pizzaLine], tip }));
      expect(codes(cart), String(tip)).toEqual(["TIP_INVALID"]);
      expect(cart.tip).toBe(0);
    }
    const generous = priceCart(cartInput({ lines: [pizzaLine], tip: 3651 }));
    expect(generous.problems).toMatchObject([
      { code: "TIP_TOO_LARGE", path: ["tip"], details: { max: 3650 } },
    ]);
    expect(generous.total).toBe(3650 + 324 + 299); // 3,650 × 8.875 % = 323.9375 → 324
    expect(priceCart(cartInput({ lines: [pizzaLine], tip: 3650 })).problems).toEqual([]);
  });

  it("reports promo codes that do not exist here, and promo rule problems", () => {
    const lookup = { code: "NOPE", usesSoFar: 0, usesByCustomer: 0 };
    const missing = priceCart(
      cartInput({ lines: [pizzaLine], promo: { ...lookup, definition: null } }),
    );
    expect(missing.problems).toMatchObject([{ code: "PROMO_NOT_FOUND", path: ["promoCode"] }]);
    const elsewhere = promoDefinition({ restaurantId: "sakura" });
    const foreign = priceCart(
      cartInput({ lines: [pizzaLine], promo: { ...lookup, definition: elsewhere } }),
    );
    expect(codes(foreign)).toEqual(["PROMO_NOT_FOUND"]);
    const used = promoDefinition({ maxUsesPerCustomer: 1 });
    const again = priceCart(
      cartInput({ lines: [pizzaLine], promo: { ...lookup, definition: used, usesByCustomer: 1 } }),
    );
    expect(again.problems).toMatchObject([
      { code: "PROMO_CUSTOMER_LIMIT_REACHED", path: ["promoCode"] },
    ]);
    expect(again.discount).toBe(0);
    expect(again.promoCode).toBeNull();
  });

  it("reports every reason the restaurant cannot take orders", () => {
    const statuses = [
      [{ status: "pending" }, ["RESTAURANT_PENDING"]],
      [{ status: "suspended" }, ["RESTAURANT_SUSPENDED"]],
      [{ acceptingOrders: false }, ["RESTAURANT_PAUSED"]],
      [{ openNow: false }, ["RESTAURANT_CLOSED"]],
      [{ status: "suspended", openNow: false }, ["RESTAURANT_SUSPENDED", "RESTAURANT_CLOSED"]],
    ] as const;
    for (const [change, expected] of statuses) {
      const cart = priceCart(
        cartInput({ restaurant: { ...luigis, ...change }, lines: [pizzaLine] }),
      );
      expect(codes(cart)).toEqual(expected);
      expect(cart.problems.every((p) => p.path.length === 0)).toBe(true);
      expect(cart.total).toBe(3650 + 324 + 299);
    }
  });

  it("lists every problem at once, not just the first", () => {
    const cart = priceCart(
      cartInput({
        restaurant: { ...luigis, openNow: false },
        lines: [
          { itemId: "margherita", quantity: 0, optionIds: ["olives", "olives"] },
          { itemId: "soda", quantity: 1, optionIds: [] },
          { itemId: "ghost", quantity: 1, optionIds: [] },
        ],
        tip: -5,
        promo: {
          code: "OLD",
          definition: promoDefinition({ active: false }),
          usesSoFar: 0,
          usesByCustomer: 0,
        },
      }),
    );
    expect(codes(cart)).toEqual([
      "RESTAURANT_CLOSED",
      "QUANTITY_INVALID",
      "DUPLICATE_OPTION",
      "TOO_FEW_OPTIONS",
      "ITEM_SOLD_OUT",
      "UNKNOWN_ITEM",
      "PROMO_INACTIVE",
      "BELOW_MINIMUM_ORDER",
      "TIP_INVALID",
    ]);
  });
});

describe("priceCart: trusted restaurant data", () => {
  it("throws on malformed prices and rates: a bug, not a customer problem", () => {
    expect(() =>
      priceCart(cartInput({ restaurant: { ...luigis, deliveryFee: 2.99 }, lines: [pizzaLine] })),
    ).toThrow(MoneyError);
    expect(() =>
      priceCart(cartInput({ restaurant: { ...luigis, taxRateBasisPoints: 10_001 }, lines: [] })),
    ).toThrow(RangeError);
    expect(() =>
      priceCart(
        cartInput({
          items: [
            {
              id: "bad",
              restaurantId: "luigis",
              name: "Bad",
              price: 9.5,
              stock: null,
              soldOut: false,
              optionGroups: [],
            },
          ],
          lines: [{ itemId: "bad", quantity: 1, optionIds: [] }],
        }),
      ),
    ).toThrow(MoneyError);
    expect(() =>
      priceCart(
        cartInput({
          items: [{ ...tiramisu, stock: -1 }],
          lines: [{ itemId: "tiramisu", quantity: 1, optionIds: [] }],
        }),
      ),
    ).toThrow(/stock/);
  });

  it("never lets negative option deltas make an item cost less than nothing", () => {
    const cart = priceCart(
      cartInput({
        restaurant: { ...luigis, minimumOrder: 0 },
        items: [
          {
            id: "water",
            restaurantId: "luigis",
            name: "Water",
            price: 100,
            stock: null,
            soldOut: false,
            optionGroups: [
              {
                id: "g",
                name: "Bottle",
                minChoices: 0,
                maxChoices: 1,
                options: [{ id: "bring-own", name: "Bring your own", priceDelta: -500 }],
              },
            ],
          },
        ],
        lines: [{ itemId: "water", quantity: 2, optionIds: ["bring-own"] }],
      }),
    );
    expect(cart.lines[0]?.unitPrice).toBe(0);
    expect(cart.subtotal).toBe(0);
  });
});
