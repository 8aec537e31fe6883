import { restaurants, menuItems } from "@dishpatch/db/schema";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createMemoryLimiter } from "../src";
import { CartRefused } from "../src/cart-refusal";
import { InvalidFields, shapeError } from "../src/errors";
import type { Kitchen } from "./fixtures-orders";
import {
  addPromo,
  checkout,
  countOrders,
  createCast,
  createKitchen,
  expectCode,
  expectLedgersBalanced,
  stockOf,
} from "./fixtures-orders";
import type { TestUser } from "./support";
import { callerAs, createUser } from "./support";

let database: TestDatabase;
let kitchen: Kitchen;
let other: Kitchen;
let cast: Awaited<ReturnType<typeof createCast>>;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  cast = await createCast(database.db);
  kitchen = await createKitchen(database.db, [
    [cast.owner, "owner"],
    [cast.staff, "staff"],
  ]);
  other = await createKitchen(database.db, [[cast.otherStaff, "owner"]]);
});
afterAll(async () => {
  await expectLedgersBalanced(database.db);
  await database.drop();
});

const db = () => database.db;
/**
 * Production rate-limit policies in an in-process store: checkout fails closed when the limiter
 * does not answer within 1 s, which the test Redis relay can miss on a loaded 2-core machine.
 */
const fileLimiter = createMemoryLimiter();
const as = (user: TestUser | null) => callerAs(db(), user, { limiter: fileLimiter }).caller;

describe("order.place", () => {
  it("re-prices the cart, writes the whole order in one statement, within 4 round trips", async () => {
    const customer = await createUser(db());
    const soupBefore = await stockOf(db(), kitchen.soup);
    const before = database.stats.queries;
    const placed = await as(customer).order.place(
      checkout(kitchen, {
        fulfillment: "delivery",
        deliveryAddress: "  1 Main St  ",
        tip: 150,
        notes: "Ring twice",
      }),
    );
    const roundTrips = database.stats.queries - before;
    expect(roundTrips).toBeLessThanOrEqual(4);
    // viewer + menu + the place_order statement
    expect(roundTrips).toBe(3);
    // 1200 + (1400 + 500 + 400) = 3500; tax 10 % = 350; delivery 300; tip 150.
    expect(placed).toMatchObject({
      status: "placed",
      currency: "USD",
      subtotal: 3500,
      discount: 0,
      tax: 350,
      deliveryFee: 300,
      tip: 150,
      total: 4300,
      replayed: false,
    });
    expect(await stockOf(db(), kitchen.soup)).toBe((soupBefore ?? 0) - 1);

    const order = await as(customer).order.byId({ orderId: placed.orderId });
    expect(order).toMatchObject({
      status: "placed",
      fulfillment: "delivery",
      deliveryAddress: "1 Main St",
      notes: "Ring twice",
      customer: { id: customer.userId },
      ledger: { charges: 4300, refunds: 0, balance: 4300 },
      review: null,
    });
    expect(order.items.map((i) => [i.name, i.unitPrice, i.quantity, i.lineTotal]).sort()).toEqual([
      ["Pizza", 2300, 1, 2300],
      ["Soup", 1200, 1, 1200],
    ]);
    const pizza = order.items.find((i) => i.name === "Pizza");
    expect(pizza?.options.map((o) => [o.groupName, o.name, o.priceDelta])).toEqual([
      ["Extras", "Burrata", 400],
      ["Size", "Large", 500],
    ]);
    expect(order.events).toHaveLength(1);
    expect(order.events[0]).toMatchObject({
      fromStatus: null,
      toStatus: "placed",
      actorRole: "customer",
    });
    expect(order.ledger.entries).toHaveLength(1);
  });

  it("snapshots names and prices: a later menu edit leaves the order as it was", async () => {
    const customer = await createUser(db());
    const placed = await as(customer).order.place(checkout(kitchen));
    await db()
      .update(menuItems)
      .set({ price: 9999, name: "Renamed" })
      .where(eq(menuItems.id, kitchen.soup));
    try {
      const order = await as(customer).order.byId({ orderId: placed.orderId });
      expect(order.items.find((i) => i.menuItemId === kitchen.soup)).toMatchObject({
        name: "Soup",
        unitPrice: 1200,
      });
      expect(order.totals.total).toBe(placed.total);
    } finally {
      await db()
        .update(menuItems)
        .set({ price: 1200, name: "Soup" })
        .where(eq(menuItems.id, kitchen.soup));
    }
  });

  it("applies a promo, records the redemption and counts the use", async () => {
    const customer = await createUser(db());
    const promoId = await addPromo(db(), kitchen.restaurantId, { code: "TENOFF", maxUses: 5 });
    const placed = await as(customer).order.place(checkout(kitchen, { promoCode: "tenoff" }));
    // 10 % of 3500 = 350; tax 10 % of 3150 = 315; pickup.
    expect(placed).toMatchObject({ subtotal: 3500, discount: 350, tax: 315, total: 3465 });
    const { rows } = await db().execute<{
      uses: number;
      redemptions: number;
      promo: string | null;
    }>(sql`
      select (select uses from promo_codes where id = ${promoId}) as uses,
        (select count(*)::int from promo_redemptions where promo_code_id = ${promoId}) as redemptions,
        (select promo_code_id from orders where id = ${placed.orderId}) as promo`);
    expect(rows[0]).toEqual({ uses: 1, redemptions: 1, promo: promoId });
  });

  it("is idempotent: the same key and cart give the first order, once", async () => {
    const customer = await createUser(db());
    const input = checkout(kitchen);
    const first = await as(customer).order.place(input);
    const stockAfterFirst = await stockOf(db(), kitchen.soup);
    const ordersAfterFirst = await countOrders(db());
    const again = await as(customer).order.place(input);
    expect(again).toMatchObject({ orderId: first.orderId, total: first.total, replayed: true });
    expect(await countOrders(db())).toBe(ordersAfterFirst);
    expect(await stockOf(db(), kitchen.soup)).toBe(stockAfterFirst);
  });

  it("answers a retried key with its order even after the item sold out meanwhile", async () => {
    const customer = await createUser(db());
    const limited = await createKitchen(db(), [], { soupStock: 1 });
    const input = checkout(limited, {
      lines: [{ itemId: limited.soup, quantity: 1, optionIds: [] }],
    });
    const first = await as(customer).order.place(input);
    expect(await stockOf(db(), limited.soup)).toBe(0);
    const again = await as(customer).order.place(input);
    expect(again.orderId).toBe(first.orderId);
    // A new key for the same cart is a new order, and there is nothing left.
    await expectCode(
      as(customer).order.place({ ...input, idempotencyKey: "another-key-1" }),
      "CONFLICT",
    );
  });

  it("refuses the same key with a different cart (CONFLICT), and another user's key is their own", async () => {
    const customer = await createUser(db());
    const input = checkout(kitchen);
    const first = await as(customer).order.place(input);
    const error = await expectCode(as(customer).order.place({ ...input, tip: 100 }), "CONFLICT");
    expect(error.message).toMatch(/already used for a different order/);
    // Also on the refusal path (a cart that could not be placed anyway).
    await expectCode(
      as(customer).order.place({
        ...input,
        lines: [{ itemId: kitchen.cake, quantity: 1, optionIds: [] }],
      }),
      "CONFLICT",
    );
    const someoneElse = await as(cast.otherCustomer).order.place(input);
    expect(someoneElse.orderId).not.toBe(first.orderId);
  });

  it("requires a signed-in, active account", async () => {
    await expectCode(as(null).order.place(checkout(kitchen)), "UNAUTHORIZED");
    const suspended = await createUser(db(), { status: "suspended" });
    await expectCode(as(suspended).order.place(checkout(kitchen)), "FORBIDDEN");
  });

  it("rate-limits checkout per user (10 a minute), each user on their own", async () => {
    // The Redis-backed limiter itself is covered by ratelimit.test.ts.
    const limiter = createMemoryLimiter();
    const customer = await createUser(db());
    const neighbour = await createUser(db());
    const { caller } = callerAs(db(), customer, { limiter });
    const lines = [{ itemId: kitchen.pizza, quantity: 1, optionIds: [kitchen.regular] }];
    for (let i = 0; i < 10; i++) await caller.order.place(checkout(kitchen, { lines }));
    const limited = await expectCode(
      caller.order.place(checkout(kitchen, { lines })),
      "TOO_MANY_REQUESTS",
    );
    expect(limited.message).toMatch(/Too many orders/);
    const other = callerAs(db(), neighbour, { limiter }).caller;
    expect((await other.order.place(checkout(kitchen, { lines }))).status).toBe("placed");
  });
});

describe("order.place refuses what cannot be ordered, and writes nothing", () => {
  const refusals: [string, () => Parameters<ReturnType<typeof as>["order"]["place"]>[0], string][] =
    [
      ["an empty cart", () => checkout(kitchen, { lines: [] }), "BAD_REQUEST"],
      [
        "an unknown item",
        () =>
          checkout(kitchen, { lines: [{ itemId: "no-such-item", quantity: 1, optionIds: [] }] }),
        "BAD_REQUEST",
      ],
      [
        "an item of another restaurant",
        () => checkout(kitchen, { lines: [{ itemId: other.soup, quantity: 1, optionIds: [] }] }),
        "BAD_REQUEST",
      ],
      [
        "options of another item",
        () =>
          checkout(kitchen, {
            lines: [{ itemId: kitchen.soup, quantity: 1, optionIds: [kitchen.large] }],
          }),
        "BAD_REQUEST",
      ],
      [
        "options of another restaurant's item",
        () =>
          checkout(kitchen, {
            lines: [{ itemId: kitchen.pizza, quantity: 1, optionIds: [other.large] }],
          }),
        "BAD_REQUEST",
      ],
      [
        "a missing required option",
        () => checkout(kitchen, { lines: [{ itemId: kitchen.pizza, quantity: 1, optionIds: [] }] }),
        "BAD_REQUEST",
      ],
      [
        "quantity 0",
        () => checkout(kitchen, { lines: [{ itemId: kitchen.soup, quantity: 0, optionIds: [] }] }),
        "BAD_REQUEST",
      ],
      [
        "a negative quantity",
        () => checkout(kitchen, { lines: [{ itemId: kitchen.soup, quantity: -2, optionIds: [] }] }),
        "BAD_REQUEST",
      ],
      [
        "quantity over the limit",
        () =>
          checkout(kitchen, {
            lines: [{ itemId: kitchen.pizza, quantity: 51, optionIds: [kitchen.regular] }],
          }),
        "BAD_REQUEST",
      ],
      [
        "a sold-out item",
        () => checkout(kitchen, { lines: [{ itemId: kitchen.cake, quantity: 1, optionIds: [] }] }),
        "CONFLICT",
      ],
      [
        "more than the stock",
        () => checkout(kitchen, { lines: [{ itemId: kitchen.soup, quantity: 11, optionIds: [] }] }),
        "CONFLICT",
      ],
      [
        "an order below the minimum",
        () =>
          checkout(kitchen, {
            lines: [{ itemId: kitchen.pizza, quantity: 1, optionIds: [kitchen.regular] }],
            promoCode: "HALF",
          }),
        "CONFLICT",
      ],
      ["an unknown promo code", () => checkout(kitchen, { promoCode: "NOPE" }), "BAD_REQUEST"],
      ["an expired promo code", () => checkout(kitchen, { promoCode: "OLD" }), "CONFLICT"],
      ["an exhausted promo code", () => checkout(kitchen, { promoCode: "GONE" }), "CONFLICT"],
      [
        "a delivery without an address",
        () => checkout(kitchen, { fulfillment: "delivery" }),
        "BAD_REQUEST",
      ],
      [
        "a delivery with a blank address",
        () => checkout(kitchen, { fulfillment: "delivery", deliveryAddress: "   " }),
        "BAD_REQUEST",
      ],
      [
        "an oversized address",
        () => checkout(kitchen, { fulfillment: "delivery", deliveryAddress: "x".repeat(301) }),
        "BAD_REQUEST",
      ],
      ["oversized notes", () => checkout(kitchen, { notes: "x".repeat(501) }), "BAD_REQUEST"],
      [
        "a malformed idempotency key",
        () => checkout(kitchen, { idempotencyKey: "short" }),
        "BAD_REQUEST",
      ],
      [
        "an idempotency key with spaces",
        () => checkout(kitchen, { idempotencyKey: "has spaces in it" }),
        "BAD_REQUEST",
      ],
      ["an unknown restaurant", () => checkout(kitchen, { restaurantId: "nope" }), "NOT_FOUND"],
      ["a smuggled price", () => ({ ...checkout(kitchen), price: 1 }), "BAD_REQUEST"],
      ["a smuggled status", () => ({ ...checkout(kitchen), status: "delivered" }), "BAD_REQUEST"],
      [
        "a smuggled customerId",
        () => ({ ...checkout(kitchen), customerId: cast.otherCustomer.userId }),
        "BAD_REQUEST",
      ],
      [
        "a smuggled line price",
        () =>
          checkout(kitchen, {
            lines: [{ itemId: kitchen.soup, quantity: 1, optionIds: [], ...{ unitPrice: 1 } }],
          }),
        "BAD_REQUEST",
      ],
      ["a negative tip", () => checkout(kitchen, { tip: -5 }), "BAD_REQUEST"],
      ["a fractional tip", () => checkout(kitchen, { tip: 1.5 }), "BAD_REQUEST"],
    ];

  beforeAll(async () => {
    await addPromo(db(), kitchen.restaurantId, { code: "HALF", value: 5000 });
    await addPromo(db(), kitchen.restaurantId, {
      code: "OLD",
      startsAt: new Date("2025-01-01T00:00:00Z"),
      endsAt: new Date("2025-02-01T00:00:00Z"),
    });
    await addPromo(db(), kitchen.restaurantId, { code: "GONE", maxUses: 3, uses: 3 });
  });

  it.each(refusals)("refuses %s", async (_name, input, code) => {
    const customer = await createUser(db());
    const ordersBefore = await countOrders(db());
    const soupBefore = await stockOf(db(), kitchen.soup);
    await expectCode(as(customer).order.place(input()), code as "BAD_REQUEST");
    expect(await countOrders(db())).toBe(ordersBefore);
    expect(await stockOf(db(), kitchen.soup)).toBe(soupBefore);
  });

  it("says which fields are wrong: the address, or the cart's problem paths", async () => {
    const customer = await createUser(db());
    const noAddress = await expectCode(
      as(customer).order.place(checkout(kitchen, { fulfillment: "delivery" })),
      "BAD_REQUEST",
    );
    expect(noAddress.cause).toBeInstanceOf(InvalidFields);
    expect(noAddress.cause instanceof InvalidFields && noAddress.cause.fields).toHaveProperty(
      "deliveryAddress",
    );

    const soldOut = await expectCode(
      as(customer).order.place(
        checkout(kitchen, { lines: [{ itemId: kitchen.cake, quantity: 1, optionIds: [] }] }),
      ),
      "CONFLICT",
    );
    expect(soldOut.message).toMatch(/Cake is sold out/);
    expect(soldOut.cause).toBeInstanceOf(CartRefused);
    if (!(soldOut.cause instanceof CartRefused)) return;
    expect(soldOut.cause.problems.map((p) => p.code)).toContain("ITEM_SOLD_OUT");
    expect(soldOut.cause.fields).toHaveProperty(["lines.0.itemId"]);
    // What an HTTP client receives: the message, field errors and the problems with their codes.
    const shaped = shapeError({
      shape: {
        message: soldOut.message,
        code: -32009,
        data: { code: soldOut.code, httpStatus: 409, path: "order.place" },
      },
      error: soldOut,
      requestId: "r",
      isProduction: true,
    });
    expect(shaped.data.fieldErrors).toHaveProperty(["lines.0.itemId"]);
    expect(shaped.data.cartProblems?.map((p) => p.code)).toEqual(["ITEM_SOLD_OUT"]);
  });

  it.each([
    ["paused", { acceptingOrders: false }],
    ["suspended", { status: "suspended" as const }],
  ])("refuses a %s restaurant with CONFLICT", async (_name, change) => {
    const customer = await createUser(db());
    const closedKitchen = await createKitchen(db(), []);
    await db()
      .update(restaurants)
      .set(change)
      .where(eq(restaurants.id, closedKitchen.restaurantId));
    await expectCode(as(customer).order.place(checkout(closedKitchen)), "CONFLICT");
  });

  it("refuses a closed restaurant (no opening hours today) with CONFLICT", async () => {
    const customer = await createUser(db());
    const closedKitchen = await createKitchen(db(), []);
    await db().execute(
      sql`delete from opening_hours where restaurant_id = ${closedKitchen.restaurantId}`,
    );
    const error = await expectCode(as(customer).order.place(checkout(closedKitchen)), "CONFLICT");
    expect(error.cause instanceof CartRefused && error.cause.problems.map((p) => p.code)).toContain(
      "RESTAURANT_CLOSED",
    );
  });

  it("does not reveal pending restaurants (NOT_FOUND)", async () => {
    const customer = await createUser(db());
    const pending = await createKitchen(db(), []);
    await db()
      .update(restaurants)
      .set({ status: "pending" })
      .where(eq(restaurants.id, pending.restaurantId));
    await expectCode(as(customer).order.place(checkout(pending)), "NOT_FOUND");
  });

  it("refuses a customer who used a code as often as allowed", async () => {
    const customer = await createUser(db());
    await addPromo(db(), kitchen.restaurantId, { code: "ONCEEACH", maxUsesPerCustomer: 1 });
    await as(customer).order.place(checkout(kitchen, { promoCode: "ONCEEACH" }));
    await expectCode(
      as(customer).order.place(checkout(kitchen, { promoCode: "ONCEEACH" })),
      "CONFLICT",
    );
  });
});
