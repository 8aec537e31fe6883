import { getOrderForChange } from "@dishpatch/db";
import type { TestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { transitionOrder } from "../src/services/transition-order";
import type { Kitchen } from "./fixtures-orders";
import {
  advanceOrder,
  checkout,
  createOrderWorld,
  expectCode,
  expectLedgersBalanced,
  placeOrderAs,
  stockOf,
} from "./fixtures-orders";
import type { TestUser } from "./support";
import { callerAs, createUser } from "./support";

let database: TestDatabase;
let kitchen: Kitchen;
let otherKitchen: Kitchen;
let cast: Awaited<ReturnType<typeof createOrderWorld>>["cast"];

beforeAll(async () => {
  ({ database, cast, kitchen, otherKitchen } = await createOrderWorld("staff"));
});
afterAll(async () => {
  await expectLedgersBalanced(database.db);
  await database.drop();
});

const db = () => database.db;
const as = (user: TestUser | null) => callerAs(db(), user).caller;

describe("order.byId", () => {
  it("shows the customer their order in ≤ 2 round trips, with what they may do now", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    const before = database.stats.queries;
    const order = await as(cast.customer).order.byId({ orderId });
    expect(database.stats.queries - before).toBeLessThanOrEqual(2);
    expect(order).toMatchObject({
      id: orderId,
      status: "placed",
      restaurant: { id: kitchen.restaurantId, currency: "USD", timeZone: "UTC" },
      totals: { subtotal: 3500, tax: 350, total: 3850 },
      ledger: { charges: 3850, refunds: 0, balance: 3850 },
      estimatedReadyAt: null,
    });
    expect(order.placedAt).toBeInstanceOf(Date);
    expect(order.acceptDeadline?.getTime()).toBe(order.placedAt.getTime() + 10 * 60_000);
    expect(order.availableTransitions).toEqual([
      { to: "cancelled", by: "customer", requires: null },
    ]);
  });

  it("shows staff of its restaurant the restaurant's moves, and admins may read it", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    const forStaff = await as(cast.staff).order.byId({ orderId });
    expect(forStaff.availableTransitions.map((t) => [t.to, t.requires])).toEqual([
      ["accepted", "prepMinutes"],
      ["rejected", "reason"],
    ]);
    const forAdmin = await as(cast.admin).order.byId({ orderId });
    expect(forAdmin.id).toBe(orderId);
    expect(forAdmin.availableTransitions).toEqual([]);
  });

  it("does not reveal other people's orders: NOT_FOUND, same as a wrong id", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    const foreign = await expectCode(as(cast.otherCustomer).order.byId({ orderId }), "NOT_FOUND");
    const missing = await expectCode(
      as(cast.otherCustomer).order.byId({ orderId: "no-such-order" }),
      "NOT_FOUND",
    );
    expect(foreign.message).toBe(missing.message);
    await expectCode(as(cast.otherStaff).order.byId({ orderId }), "NOT_FOUND");
    await expectCode(as(null).order.byId({ orderId }), "UNAUTHORIZED");
    await expectCode(as(cast.customer).order.byId({ orderId: "x".repeat(65) }), "BAD_REQUEST");
  });
});

describe("order.listMine", () => {
  it("lists the caller's orders newest first, in pages, in ≤ 2 round trips", async () => {
    const customer = await createUser(db());
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await placeOrderAs(db(), customer, checkout(kitchen)));
    await placeOrderAs(db(), cast.otherCustomer, checkout(kitchen));

    const before = database.stats.queries;
    const first = await as(customer).order.listMine({ limit: 2 });
    expect(database.stats.queries - before).toBeLessThanOrEqual(2);
    expect(first.orders.map((o) => o.id)).toEqual([ids[4], ids[3]]);
    expect(first.orders[0]).toMatchObject({
      status: "placed",
      itemCount: 2,
      restaurant: { id: kitchen.restaurantId },
      totals: { total: 3850, currency: "USD" },
    });
    const second = await as(customer).order.listMine({ limit: 2, cursor: first.nextCursor });
    expect(second.orders.map((o) => o.id)).toEqual([ids[2], ids[1]]);
    const third = await as(customer).order.listMine({ limit: 2, cursor: second.nextCursor });
    expect(third.orders.map((o) => o.id)).toEqual([ids[0]]);
    expect(third.nextCursor).toBeNull();
  });

  it("refuses bad input and signed-out callers", async () => {
    await expectCode(as(null).order.listMine({}), "UNAUTHORIZED");
    await expectCode(as(cast.customer).order.listMine({ limit: 51 }), "BAD_REQUEST");
    await expectCode(as(cast.customer).order.listMine({ cursor: "not-a-cursor" }), "BAD_REQUEST");
    const forged = btoa(JSON.stringify({ createdAt: "yesterday", id: "x" }));
    await expectCode(as(cast.customer).order.listMine({ cursor: forged }), "BAD_REQUEST");
  });
});

describe("order.cancel", () => {
  it("cancels a placed order: full refund, stock back, an event by the customer", async () => {
    const stockBefore = await stockOf(db(), kitchen.soup);
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    expect(await stockOf(db(), kitchen.soup)).toBe((stockBefore ?? 0) - 1);
    const result = await as(cast.customer).order.cancel({ orderId, note: "Changed my mind" });
    expect(result).toEqual({ id: orderId, status: "cancelled", refunded: 3850 });
    expect(await stockOf(db(), kitchen.soup)).toBe(stockBefore);
    const order = await as(cast.customer).order.byId({ orderId });
    expect(order.ledger).toMatchObject({ charges: 3850, refunds: 3850, balance: 0 });
    expect(order.events.at(-1)).toMatchObject({
      fromStatus: "placed",
      toStatus: "cancelled",
      actorRole: "customer",
      note: "Changed my mind",
    });
    // Twice is a conflict, and nothing more is refunded.
    await expectCode(as(cast.customer).order.cancel({ orderId }), "CONFLICT");
    const again = await as(cast.customer).order.byId({ orderId });
    expect(again.ledger.refunds).toBe(3850);
  });

  it("is too late once the restaurant accepted (CONFLICT)", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, orderId, ["accepted"]);
    const error = await expectCode(as(cast.customer).order.cancel({ orderId }), "CONFLICT");
    expect(error.message).toMatch(/accepted/);
  });

  it("only the customer may cancel their order: others get NOT_FOUND", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    await expectCode(as(cast.otherCustomer).order.cancel({ orderId }), "NOT_FOUND");
    // Staff cancel through merchant.transition, with a reason, not as a customer.
    await expectCode(as(cast.staff).order.cancel({ orderId }), "NOT_FOUND");
    await expectCode(as(null).order.cancel({ orderId }), "UNAUTHORIZED");
    await expectCode(
      as(cast.customer).order.cancel({ orderId, note: "x".repeat(501) }),
      "BAD_REQUEST",
    );
    await expectCode(
      as(cast.customer).order.cancel({ orderId, ...{ status: "cancelled" } }),
      "BAD_REQUEST",
    );
    expect((await as(cast.customer).order.byId({ orderId })).status).toBe("placed");
  });
});

describe("order.review", () => {
  it("accepts one review once the order was delivered or picked up", async () => {
    const pickup = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    await expectCode(as(cast.customer).order.review({ orderId: pickup, rating: 5 }), "CONFLICT");
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, pickup, [
      "accepted",
      "preparing",
      "ready",
    ]);
    await expectCode(as(cast.customer).order.review({ orderId: pickup, rating: 5 }), "CONFLICT");
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, pickup, ["picked_up"]);
    const review = await as(cast.customer).order.review({
      orderId: pickup,
      rating: 4,
      comment: " Tasty ",
    });
    expect(review).toEqual({ orderId: pickup, rating: 4, comment: "Tasty" });
    const order = await as(cast.customer).order.byId({ orderId: pickup });
    expect(order.review).toMatchObject({ rating: 4, comment: "Tasty" });
    const twice = await expectCode(
      as(cast.customer).order.review({ orderId: pickup, rating: 1 }),
      "CONFLICT",
    );
    expect(twice.message).toMatch(/already reviewed/);

    const delivery = await placeOrderAs(
      db(),
      cast.customer,
      checkout(kitchen, { fulfillment: "delivery", deliveryAddress: "2 High St" }),
    );
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, delivery, [
      "accepted",
      "preparing",
      "ready",
      "out_for_delivery",
      "delivered",
    ]);
    await as(cast.customer).order.review({ orderId: delivery, rating: 5 });
  });

  it("refuses other people's orders, bad ratings and long comments", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, orderId, [
      "accepted",
      "preparing",
      "ready",
      "picked_up",
    ]);
    await expectCode(as(cast.otherCustomer).order.review({ orderId, rating: 5 }), "NOT_FOUND");
    await expectCode(as(cast.staff).order.review({ orderId, rating: 5 }), "NOT_FOUND");
    await expectCode(as(null).order.review({ orderId, rating: 5 }), "UNAUTHORIZED");
    for (const rating of [0, 6, 2.5, -1]) {
      await expectCode(as(cast.customer).order.review({ orderId, rating }), "BAD_REQUEST");
    }
    await expectCode(
      as(cast.customer).order.review({ orderId, rating: 3, comment: "x".repeat(1001) }),
      "BAD_REQUEST",
    );
    await expectCode(
      as(cast.customer).order.review({
        orderId,
        rating: 3,
        ...{ customerId: cast.otherCustomer.userId },
      }),
      "BAD_REQUEST",
    );
    expect((await as(cast.customer).order.byId({ orderId })).review).toBeNull();
  });
});

describe("an order of another restaurant", () => {
  it("is invisible to staff of this one", async () => {
    const orderId = await placeOrderAs(db(), cast.customer, checkout(otherKitchen));
    await expectCode(as(cast.staff).order.byId({ orderId }), "NOT_FOUND");
    expect((await as(cast.otherStaff).order.byId({ orderId })).id).toBe(orderId);
  });
});

describe("transitionOrder (shared by cancel, merchant.transition and the expiry job)", () => {
  it("lets the system expire an order left unaccepted for 10 minutes: refund and restock", async () => {
    const stockBefore = await stockOf(db(), kitchen.soup);
    const orderId = await placeOrderAs(db(), cast.customer, checkout(kitchen));
    const order = await getOrderForChange(db(), orderId);
    if (!order) throw new Error("order not found");
    const early = transitionOrder(db(), {
      order,
      to: "expired",
      actor: "system",
      actorId: null,
      data: { now: new Date(order.createdAt.getTime() + 9 * 60_000) },
    });
    await expectCode(early, "CONFLICT");
    const outcome = await transitionOrder(db(), {
      order,
      to: "expired",
      actor: "system",
      actorId: null,
      data: { now: new Date(order.createdAt.getTime() + 11 * 60_000) },
    });
    expect(outcome).toMatchObject({ status: "expired", refunded: 3850 });
    expect(await stockOf(db(), kitchen.soup)).toBe(stockBefore);
    const view = await as(cast.customer).order.byId({ orderId });
    expect(view.events.at(-1)).toMatchObject({
      fromStatus: "placed",
      toStatus: "expired",
      actorRole: "system",
      note: "Not accepted within 10 minutes",
    });
    // The decision was made on `placed`; applying it again finds the order moved on.
    await expectCode(
      transitionOrder(db(), {
        order,
        to: "expired",
        actor: "system",
        actorId: null,
        data: { now: new Date(order.createdAt.getTime() + 11 * 60_000) },
      }),
      "CONFLICT",
    );
    expect((await as(cast.customer).order.byId({ orderId })).ledger.refunds).toBe(3850);
  });
});
