import type { TestDatabase } from "@dishpatch/db/testing";
import { orders } from "@dishpatch/db/schema";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "../src";
import type { Kitchen } from "./fixtures-orders";
import {
  advanceOrder,
  checkout,
  createOrderWorld,
  expectCode,
  expectLedgersBalanced,
  placeOrderAs,
} from "./fixtures-orders";
import { accessRuleOf } from "./fixtures-owner";
import type { TestUser } from "./support";
import { callerAs } from "./support";

let database: TestDatabase;
let kitchen: Kitchen;
let otherKitchen: Kitchen;
let cast: Awaited<ReturnType<typeof createOrderWorld>>["cast"];
/** Oldest first, as placed. */
let placed: string[];
let delivered: string;
let cancelled: string;

beforeAll(async () => {
  ({ database, cast, kitchen, otherKitchen } = await createOrderWorld("staff"));
  placed = [];
  for (let i = 0; i < 7; i += 1) {
    placed.push(await placeOrderAs(database.db, cast.customer, checkout(kitchen)));
  }
  // Two orders placed in the same instant: the id breaks the tie, and paging must neither
  // repeat nor skip one of them.
  const tied = placed.slice(2, 4);
  await database.db
    .update(orders)
    .set({ createdAt: new Date("2026-11-20T12:00:00.123Z") })
    .where(inArray(orders.id, tied));
  await database.db
    .update(orders)
    .set({ createdAt: new Date("2026-11-20T11:00:00Z") })
    .where(inArray(orders.id, placed.slice(0, 2)));
  delivered = placed[4] ?? "";
  cancelled = placed[5] ?? "";
  await advanceOrder(database.db, cast.staff, kitchen.restaurantId, delivered, [
    "accepted",
    "preparing",
    "ready",
    "picked_up",
  ]);
  await callerAs(database.db, cast.owner).caller.merchant.refund({
    restaurantId: kitchen.restaurantId,
    orderId: delivered,
    amount: 250,
    reason: "Cold soup",
  });
  await callerAs(database.db, cast.customer).caller.order.cancel({ orderId: cancelled });
  await placeOrderAs(database.db, cast.customer, checkout(otherKitchen));
});
afterAll(async () => {
  await expectLedgersBalanced(database.db);
  await database.drop();
});

const as = (user: TestUser | null) => callerAs(database.db, user).caller;

/** Every order of the kitchen, newest first, as the database orders them. */
async function expectedNewestFirst(statuses?: string[]) {
  const rows = await database.db
    .select({ id: orders.id, createdAt: orders.createdAt, status: orders.status })
    .from(orders)
    .where(inArray(orders.restaurantId, [kitchen.restaurantId]));
  return rows
    .filter((row) => !statuses || statuses.includes(row.status))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((row) => row.id);
}

describe("merchant.history", () => {
  it("is declared for the restaurant's staff and owners, like merchant.queue", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    expect(accessRuleOf(procedures, "merchant.history")).toBe("restaurant:staff");
  });

  it("lists every order of the restaurant, finished ones too, newest first, in ≤ 2 round trips", async () => {
    const before = database.stats.queries;
    const page = await as(cast.staff).merchant.history({ restaurantId: kitchen.restaurantId });
    expect(database.stats.queries - before).toBeLessThanOrEqual(2);
    expect(page.orders.map((o) => o.id)).toEqual(await expectedNewestFirst());
    expect(page.nextCursor).toBeNull();
    expect(page.timeZone).toBe("UTC");
    const times = page.orders.map((o) => o.placedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.orders.find((o) => o.id === delivered)).toMatchObject({
      status: "picked_up",
      fulfillment: "pickup",
      customerName: "Test User",
      itemCount: 2,
      refunded: 250,
      totals: { currency: "USD", total: 3850 },
    });
    expect(page.orders.find((o) => o.id === cancelled)).toMatchObject({
      status: "cancelled",
      refunded: 3850,
    });
    expect(page.orders.find((o) => o.id === placed[6])?.refunded).toBe(0);
  });

  it("pages with a cursor without repeating or skipping an order, ties included", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof as>["merchant"]["history"]>> = await as(
        cast.owner,
      ).merchant.history({ restaurantId: kitchen.restaurantId, limit: 2, cursor });
      expect(page.orders.length).toBeLessThanOrEqual(2);
      seen.push(...page.orders.map((o) => o.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(await expectedNewestFirst());
    expect(new Set(seen).size).toBe(placed.length);
    expect(pages).toBe(4);
  });

  it("filters by status", async () => {
    const finished = await as(cast.owner).merchant.history({
      restaurantId: kitchen.restaurantId,
      statuses: ["picked_up", "delivered"],
    });
    expect(finished.orders.map((o) => o.id)).toEqual([delivered]);
    const open = await as(cast.owner).merchant.history({
      restaurantId: kitchen.restaurantId,
      statuses: ["placed"],
      limit: 3,
    });
    expect(open.orders.map((o) => o.id)).toEqual(
      (await expectedNewestFirst(["placed"])).slice(0, 3),
    );
    expect(open.nextCursor).not.toBeNull();
  });

  it("refuses a cursor it did not make, as a bad request", async () => {
    await expectCode(
      as(cast.owner).merchant.history({ restaurantId: kitchen.restaurantId, cursor: "nonsense" }),
      "BAD_REQUEST",
    );
  });

  it("is for members of that restaurant only", async () => {
    const restaurantId = kitchen.restaurantId;
    await expectCode(as(null).merchant.history({ restaurantId }), "UNAUTHORIZED");
    await expectCode(as(cast.customer).merchant.history({ restaurantId }), "FORBIDDEN");
    await expectCode(as(cast.otherStaff).merchant.history({ restaurantId }), "FORBIDDEN");
    await expectCode(as(cast.admin).merchant.history({ restaurantId }), "FORBIDDEN");
    // Their own restaurant's history holds only their orders.
    const theirs = await as(cast.otherStaff).merchant.history({
      restaurantId: otherKitchen.restaurantId,
    });
    expect(theirs.orders).toHaveLength(1);
    expect(theirs.orders.some((o) => placed.includes(o.id))).toBe(false);
  });
});
