import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import {
  menuCategories,
  menuItems,
  openingHours,
  optionGroups,
  options,
  promoCodes,
  restaurants,
} from "@dishpatch/db/schema";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { callerAs } from "./support";

let database: TestDatabase;
const ids = {} as Record<
  "restaurant" | "pizza" | "regular" | "large" | "burrata" | "soup" | "cake",
  string
>;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  const db = database.db;
  const [r] = await db
    .insert(restaurants)
    .values({
      slug: "quote-kitchen",
      name: "Quote Kitchen",
      status: "active",
      currency: "USD",
      taxRateBasisPoints: 888,
      deliveryFee: 399,
      minimumOrder: 1500,
      timeZone: "America/New_York",
    })
    .returning({ id: restaurants.id });
  ids.restaurant = r?.id ?? "";
  // Open around the clock, so the test never depends on the time it runs.
  await db.insert(openingHours).values(
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      restaurantId: ids.restaurant,
      weekday,
      opens: "00:00",
      closes: "00:00",
    })),
  );
  const [c] = await db
    .insert(menuCategories)
    .values({ restaurantId: ids.restaurant, name: "All" })
    .returning({ id: menuCategories.id });
  const [pizza, soup, cake] = await db
    .insert(menuItems)
    .values([
      { restaurantId: ids.restaurant, categoryId: c?.id ?? "", name: "Pizza", price: 1400 },
      { restaurantId: ids.restaurant, categoryId: c?.id ?? "", name: "Soup", price: 650, stock: 1 },
      {
        restaurantId: ids.restaurant,
        categoryId: c?.id ?? "",
        name: "Cake",
        price: 500,
        soldOut: true,
      },
    ])
    .returning({ id: menuItems.id });
  Object.assign(ids, { pizza: pizza?.id, soup: soup?.id, cake: cake?.id });
  const [size, extras] = await db
    .insert(optionGroups)
    .values([
      { itemId: ids.pizza, name: "Size", minChoices: 1, maxChoices: 1 },
      { itemId: ids.pizza, name: "Extras", minChoices: 0, maxChoices: 3, sortOrder: 1 },
    ])
    .returning({ id: optionGroups.id });
  const [regular, large, burrata] = await db
    .insert(options)
    .values([
      { groupId: size?.id ?? "", name: "Regular", priceDelta: 0 },
      { groupId: size?.id ?? "", name: "Large", priceDelta: 500 },
      { groupId: extras?.id ?? "", name: "Burrata", priceDelta: 400 },
    ])
    .returning({ id: options.id });
  Object.assign(ids, { regular: regular?.id, large: large?.id, burrata: burrata?.id });
  await db.insert(promoCodes).values([
    { restaurantId: ids.restaurant, code: "SAVE10", kind: "percent", value: 1000 },
    {
      restaurantId: ids.restaurant,
      code: "ONELEFT",
      kind: "fixed",
      value: 500,
      maxUses: 1,
      uses: 1,
    },
  ]);
});
afterAll(async () => {
  await database.drop();
});

const twoLargeWithBurrata = () => [
  { itemId: ids.pizza, quantity: 2, optionIds: [ids.large, ids.burrata] },
];

describe("cart.quote", () => {
  it("prices a cart on the server, in one round trip", async () => {
    const { caller } = callerAs(database.db, null);
    const before = database.stats.queries;
    const quote = await caller.cart.quote({
      restaurantId: ids.restaurant,
      lines: twoLargeWithBurrata(),
      fulfillment: "delivery",
      tip: 200,
    });
    expect(database.stats.queries - before).toBe(1);
    // (1400 + 500 + 400) × 2 = 4600; tax 8.88 % of 4600 = 408.48 → 408; + 399 delivery + 200 tip.
    expect(quote).toMatchObject({
      currency: "USD",
      subtotal: 4600,
      discount: 0,
      tax: 408,
      deliveryFee: 399,
      tip: 200,
      total: 5607,
      problems: [],
    });
    expect(quote.lines[0]).toMatchObject({ itemName: "Pizza", quantity: 2 });
  });

  it("charges no delivery fee for pickup", async () => {
    const { caller } = callerAs(database.db, null);
    const quote = await caller.cart.quote({
      restaurantId: ids.restaurant,
      lines: twoLargeWithBurrata(),
      fulfillment: "pickup",
    });
    expect(quote).toMatchObject({ deliveryFee: 0, tip: 0, total: 4600 + 408 });
  });

  it("applies a promo code typed in any case, taxing the discounted subtotal", async () => {
    const { caller } = callerAs(database.db, null);
    const quote = await caller.cart.quote({
      restaurantId: ids.restaurant,
      lines: twoLargeWithBurrata(),
      fulfillment: "delivery",
      tip: 200,
      promoCode: "save10",
    });
    // 10 % of 4600 = 460; tax 8.88 % of 4140 = 367.632 → 368; 4140 + 368 + 399 + 200 = 5107.
    expect(quote).toMatchObject({
      discount: 460,
      promoCode: "SAVE10",
      tax: 368,
      total: 5107,
      problems: [],
    });
  });

  it("lists every problem at once", async () => {
    const { caller } = callerAs(database.db, null);
    const quote = await caller.cart.quote({
      restaurantId: ids.restaurant,
      lines: [
        { itemId: ids.pizza, quantity: 1, optionIds: [] },
        { itemId: ids.soup, quantity: 2, optionIds: [] },
        { itemId: ids.cake, quantity: 1, optionIds: [] },
        { itemId: "no-such-item", quantity: 1, optionIds: [] },
      ],
      fulfillment: "delivery",
      promoCode: "ONELEFT",
    });
    const codes = quote.problems.map((p) => p.code).sort();
    expect(codes).toEqual([
      "INSUFFICIENT_STOCK",
      "ITEM_SOLD_OUT",
      "PROMO_EXHAUSTED",
      "TOO_FEW_OPTIONS",
      "UNKNOWN_ITEM",
    ]);
  });

  it("reports an order below the minimum", async () => {
    const { caller } = callerAs(database.db, null);
    const quote = await caller.cart.quote({
      restaurantId: ids.restaurant,
      lines: [{ itemId: ids.soup, quantity: 1, optionIds: [] }],
      fulfillment: "pickup",
    });
    expect(quote.problems.map((p) => p.code)).toEqual(["BELOW_MINIMUM_ORDER"]);
  });

  it("refuses unknown restaurants and smuggled prices", async () => {
    const { caller } = callerAs(database.db, null);
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "OK",
        (e: unknown) => (e instanceof TRPCError ? e.code : "THROWN"),
      );
    expect(
      await code(caller.cart.quote({ restaurantId: "nope", lines: [], fulfillment: "pickup" })),
    ).toBe("NOT_FOUND");
    const smuggled = caller.cart.quote({
      restaurantId: ids.restaurant,
      // @ts-expect-error -- strict schemas: a client cannot send a price.
      lines: [{ itemId: ids.soup, quantity: 1, optionIds: [], price: 1 }],
      fulfillment: "pickup",
    });
    expect(await code(smuggled)).toBe("BAD_REQUEST");
  });
});
