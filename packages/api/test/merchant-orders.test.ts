import type { AnyTRPCProcedure } from "@trpc/server";
import type { TestDatabase } from "@dishpatch/db/testing";
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
  stockOf,
} from "./fixtures-orders";
import type { TestUser } from "./support";
import { callerAs } from "./support";

let database: TestDatabase;
let kitchen: Kitchen;
let otherKitchen: Kitchen;
let cast: Awaited<ReturnType<typeof createOrderWorld>>["cast"];

beforeAll(async () => {
  ({ database, cast, kitchen, otherKitchen } = await createOrderWorld("owner"));
});
afterAll(async () => {
  await expectLedgersBalanced(database.db);
  await database.drop();
});

const db = () => database.db;
const as = (user: TestUser | null) => callerAs(db(), user).caller;
const place = (input = checkout(kitchen)) => placeOrderAs(db(), cast.customer, input);

function isProcedure(value: unknown): value is AnyTRPCProcedure {
  return typeof value === "function" && "_def" in value;
}

describe("access rules of the order procedures", () => {
  it("declare who may call them", () => {
    const procedures = new Map(
      Object.entries(appRouter._def.procedures as Record<string, unknown>),
    );
    const access = (path: string) => {
      const procedure = procedures.get(path);
      const meta: unknown = isProcedure(procedure) ? procedure._def.meta : undefined;
      return typeof meta === "object" && meta !== null && "access" in meta
        ? meta.access
        : undefined;
    };
    expect(
      Object.fromEntries(
        [
          "order.place",
          "order.byId",
          "order.listMine",
          "order.cancel",
          "order.review",
          "merchant.queue",
          "merchant.transition",
          "merchant.refund",
        ].map((path) => [path, access(path)]),
      ),
    ).toEqual({
      "order.place": "user",
      "order.byId": "user",
      "order.listMine": "user",
      "order.cancel": "user",
      "order.review": "user",
      "merchant.queue": "restaurant:staff",
      "merchant.transition": "restaurant:staff",
      "merchant.refund": "restaurant:owner",
    });
  });
});

describe("merchant.queue", () => {
  it("lists active orders oldest first with items, customer and deadlines, in ≤ 2 round trips", async () => {
    const first = await place();
    const second = await place(
      checkout(kitchen, {
        fulfillment: "delivery",
        deliveryAddress: "3 Elm St",
        notes: "No onions",
      }),
    );
    const done = await place();
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, done, [
      "accepted",
      "preparing",
      "ready",
      "picked_up",
    ]);
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, first, ["accepted"]);
    await place(checkout(otherKitchen));

    const before = database.stats.queries;
    const queue = await as(cast.staff).merchant.queue({ restaurantId: kitchen.restaurantId });
    expect(database.stats.queries - before).toBeLessThanOrEqual(2);
    const ids = queue.map((o) => o.id);
    expect(ids).toContain(first);
    expect(ids).not.toContain(done);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    const accepted = queue.find((o) => o.id === first);
    expect(accepted).toMatchObject({ status: "accepted", prepMinutes: 15, acceptDeadline: null });
    expect(accepted?.estimatedReadyAt).toBeInstanceOf(Date);
    const placed = queue.find((o) => o.id === second);
    expect(placed).toMatchObject({
      status: "placed",
      fulfillment: "delivery",
      deliveryAddress: "3 Elm St",
      notes: "No onions",
      customerName: "Test User",
      totals: { total: 4150, currency: "USD" },
      estimatedReadyAt: null,
    });
    expect(placed?.acceptDeadline?.getTime()).toBe((placed?.placedAt.getTime() ?? 0) + 600_000);
    expect(placed?.items.map((i) => i.name).sort()).toEqual(["Pizza", "Soup"]);

    const finished = await as(cast.owner).merchant.queue({
      restaurantId: kitchen.restaurantId,
      statuses: ["picked_up"],
    });
    expect(finished.map((o) => o.id)).toEqual([done]);
  });

  it("is for members of that restaurant only", async () => {
    await expectCode(
      as(null).merchant.queue({ restaurantId: kitchen.restaurantId }),
      "UNAUTHORIZED",
    );
    await expectCode(
      as(cast.customer).merchant.queue({ restaurantId: kitchen.restaurantId }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.otherStaff).merchant.queue({ restaurantId: kitchen.restaurantId }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.staff).merchant.queue({
        restaurantId: kitchen.restaurantId,
        statuses: ["eaten" as "placed"],
      }),
      "BAD_REQUEST",
    );
    await expectCode(
      as(cast.staff).merchant.queue({ restaurantId: kitchen.restaurantId, statuses: [] }),
      "BAD_REQUEST",
    );
  });
});

describe("merchant.transition", () => {
  it("accepts with prep minutes (estimated ready time), then advances to picked up", async () => {
    const orderId = await place();
    const accepted = await as(cast.staff).merchant.transition({
      restaurantId: kitchen.restaurantId,
      orderId,
      to: "accepted",
      prepMinutes: 20,
    });
    expect(accepted).toMatchObject({ id: orderId, status: "accepted", refunded: 0 });
    const readyIn = (accepted.estimatedReadyAt?.getTime() ?? 0) - Date.now();
    expect(readyIn).toBeGreaterThan(19 * 60_000);
    expect(readyIn).toBeLessThanOrEqual(20 * 60_000);
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, orderId, [
      "preparing",
      "ready",
      "picked_up",
    ]);
    const order = await as(cast.customer).order.byId({ orderId });
    expect(order.status).toBe("picked_up");
    expect(order.prepMinutes).toBe(20);
    expect(order.events.map((e) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      [null, "placed", "customer"],
      ["placed", "accepted", "restaurant"],
      ["accepted", "preparing", "restaurant"],
      ["preparing", "ready", "restaurant"],
      ["ready", "picked_up", "restaurant"],
    ]);
    expect(order.ledger.balance).toBe(order.totals.total);
  });

  it("rejects with a reason: full refund, stock back, the reason in the timeline", async () => {
    const stockBefore = await stockOf(db(), kitchen.soup);
    const orderId = await place();
    const noReason = await expectCode(
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        orderId,
        to: "rejected",
      }),
      "BAD_REQUEST",
    );
    expect(noReason.message).toMatch(/reason/);
    const rejected = await as(cast.staff).merchant.transition({
      restaurantId: kitchen.restaurantId,
      orderId,
      to: "rejected",
      reason: "Kitchen closed early",
    });
    expect(rejected).toMatchObject({ status: "rejected", refunded: 3850 });
    expect(await stockOf(db(), kitchen.soup)).toBe(stockBefore);
    const order = await as(cast.customer).order.byId({ orderId });
    expect(order.ledger).toMatchObject({ refunds: 3850, balance: 0 });
    expect(order.events.at(-1)).toMatchObject({
      toStatus: "rejected",
      note: "Kitchen closed early",
    });
  });

  it("cancels an accepted order with a reason, refunding what is left after a partial refund", async () => {
    const orderId = await place();
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, orderId, ["accepted"]);
    await as(cast.owner).merchant.refund({
      restaurantId: kitchen.restaurantId,
      orderId,
      amount: 850,
      reason: "Late",
    });
    const cancelled = await as(cast.staff).merchant.transition({
      restaurantId: kitchen.restaurantId,
      orderId,
      to: "cancelled",
      reason: "Out of dough",
    });
    expect(cancelled.refunded).toBe(3000);
  });

  it("refuses what the state machine refuses, with the right code", async () => {
    const orderId = await place();
    const move = (
      to: "accepted" | "preparing" | "out_for_delivery" | "expired" | "delivered",
      extra = {},
    ) =>
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        orderId,
        to,
        ...extra,
      });
    await expectCode(move("accepted"), "BAD_REQUEST");
    await expectCode(move("accepted", { prepMinutes: 0 }), "BAD_REQUEST");
    await expectCode(move("accepted", { prepMinutes: 241 }), "BAD_REQUEST");
    await expectCode(move("accepted", { prepMinutes: 2.5 }), "BAD_REQUEST");
    await expectCode(move("preparing"), "CONFLICT");
    await expectCode(move("delivered"), "CONFLICT");
    await expectCode(move("expired"), "FORBIDDEN");
    await move("accepted", { prepMinutes: 10 });
    await expectCode(move("accepted", { prepMinutes: 10 }), "CONFLICT");
    await move("preparing");
    await expectCode(
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        orderId,
        to: "cancelled",
        reason: "x".repeat(501),
      }),
      "BAD_REQUEST",
    );
    await advanceOrder(db(), cast.staff, kitchen.restaurantId, orderId, ["ready"]);
    // A pickup order is never out for delivery, and a ready order can no longer be cancelled.
    await expectCode(move("out_for_delivery"), "CONFLICT");
    await expectCode(
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        orderId,
        to: "cancelled",
        reason: "Too late",
      }),
      "CONFLICT",
    );
    expect((await as(cast.staff).order.byId({ orderId })).status).toBe("ready");
  });

  it("keeps restaurants to their own orders", async () => {
    const orderId = await place();
    const input = { orderId, to: "accepted" as const, prepMinutes: 10 };
    await expectCode(
      as(null).merchant.transition({ restaurantId: kitchen.restaurantId, ...input }),
      "UNAUTHORIZED",
    );
    await expectCode(
      as(cast.customer).merchant.transition({ restaurantId: kitchen.restaurantId, ...input }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.otherStaff).merchant.transition({ restaurantId: kitchen.restaurantId, ...input }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.otherStaff).merchant.transition({
        restaurantId: otherKitchen.restaurantId,
        ...input,
      }),
      "NOT_FOUND",
    );
    await expectCode(
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        ...input,
        orderId: "nope",
      }),
      "NOT_FOUND",
    );
    await expectCode(
      as(cast.staff).merchant.transition({
        restaurantId: kitchen.restaurantId,
        ...input,
        ...{ status: "delivered" },
      }),
      "BAD_REQUEST",
    );
    expect((await as(cast.staff).order.byId({ orderId })).status).toBe("placed");
  });
});

describe("merchant.refund", () => {
  it("lets the owner refund part and then the rest, never more than the balance", async () => {
    const orderId = await place();
    const refund = (amount: number) =>
      as(cast.owner).merchant.refund({
        restaurantId: kitchen.restaurantId,
        orderId,
        amount,
        reason: "Cold food",
      });
    expect(await refund(1000)).toEqual({ orderId, refunded: 1000, balance: 2850 });
    const over = await expectCode(refund(2851), "CONFLICT");
    expect(over.message).toBe("Only 28.50 USD can be refunded.");
    expect(await refund(2850)).toEqual({ orderId, refunded: 2850, balance: 0 });
    const again = await expectCode(refund(1), "CONFLICT");
    expect(again.message).toMatch(/refunded in full/);
    const order = await as(cast.owner).order.byId({ orderId });
    expect(order.ledger).toMatchObject({ charges: 3850, refunds: 3850, balance: 0 });
    expect(order.ledger.entries.filter((e) => e.kind === "refund").map((e) => e.reason)).toEqual([
      "Cold food",
      "Cold food",
    ]);
  });

  it("never refunds more than the balance under concurrent refunds", async () => {
    const orderId = await place();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        as(cast.owner).merchant.refund({
          restaurantId: kitchen.restaurantId,
          orderId,
          amount: 1000,
          reason: "Race",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const order = await as(cast.owner).order.byId({ orderId });
    expect(order.ledger).toMatchObject({ refunds: 3000, balance: 850 });
  });

  it("is for the owner of that restaurant, with a valid amount and a reason", async () => {
    const orderId = await place();
    const input = { orderId, amount: 100, reason: "Sorry" };
    await expectCode(
      as(null).merchant.refund({ restaurantId: kitchen.restaurantId, ...input }),
      "UNAUTHORIZED",
    );
    await expectCode(
      as(cast.customer).merchant.refund({ restaurantId: kitchen.restaurantId, ...input }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.staff).merchant.refund({ restaurantId: kitchen.restaurantId, ...input }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.otherStaff).merchant.refund({ restaurantId: kitchen.restaurantId, ...input }),
      "FORBIDDEN",
    );
    await expectCode(
      as(cast.otherStaff).merchant.refund({ restaurantId: otherKitchen.restaurantId, ...input }),
      "NOT_FOUND",
    );
    for (const amount of [0, -100, 1.5]) {
      await expectCode(
        as(cast.owner).merchant.refund({ restaurantId: kitchen.restaurantId, ...input, amount }),
        "BAD_REQUEST",
      );
    }
    await expectCode(
      as(cast.owner).merchant.refund({
        restaurantId: kitchen.restaurantId,
        ...input,
        reason: "  ",
      }),
      "BAD_REQUEST",
    );
    await expectCode(
      as(cast.owner).merchant.refund({
        restaurantId: kitchen.restaurantId,
        ...input,
        reason: "x".repeat(501),
      }),
      "BAD_REQUEST",
    );
    const order = await as(cast.owner).order.byId({ orderId });
    expect(order.ledger.refunds).toBe(0);
  });
});
