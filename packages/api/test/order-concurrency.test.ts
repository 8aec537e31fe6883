import type { DatabaseHandle } from "@dishpatch/db";
import { createDatabase } from "@dishpatch/db";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createMemoryLimiter } from "../src";
import type { PlaceInput } from "./fixtures-orders";
import {
  addPromo,
  checkout,
  createKitchen,
  expectLedgersBalanced,
  stockOf,
} from "./fixtures-orders";
import type { TestUser } from "./support";
import { callerAs, createUser } from "./support";

let database: TestDatabase;
/** Extra handles so simultaneous calls really run on separate connections (a pool holds 4). */
const handles: DatabaseHandle[] = [];

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await expectLedgersBalanced(database.db);
  await Promise.all(handles.map((h) => h.end()));
  await database.drop();
});

/**
 * The production policies in an in-process store: this file is about the database under
 * concurrency, and 50 simultaneous calls through the test Redis relay on a busy 2-core machine
 * can exceed the limiter's 1 s timeout (checkout then fails closed, by design). Distinct users
 * share one limiter, so per-user limits still apply as in production.
 */
const sharedLimiter = createMemoryLimiter();

/** A caller on a database handle of its own, like a separate edge request. */
function separateCaller(user: TestUser, opts: { ownLimiter?: boolean } = {}) {
  const handle = createDatabase({ url: database.url, wsProxy: database.wsProxy });
  handles.push(handle);
  // A fresh limiter per call only where one user must make 20 simultaneous calls (the
  // idempotency test); the 10/minute checkout policy itself is unchanged.
  const limiter = opts.ownLimiter ? createMemoryLimiter() : sharedLimiter;
  return callerAs(handle.db, user, { limiter }).caller;
}

type Outcome = { ok: true; orderId: string; discount: number } | { ok: false; code: string };

async function attempt(user: TestUser, input: PlaceInput, ownLimiter = false): Promise<Outcome> {
  try {
    const placed = await separateCaller(user, { ownLimiter }).order.place(input);
    return { ok: true, orderId: placed.orderId, discount: placed.discount };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code };
    throw error;
  }
}

describe("order.place under concurrency", () => {
  it("never oversells: 50 simultaneous checkouts for 10 portions → exactly 10 orders", async () => {
    const kitchen = await createKitchen(database.db, [], { soupStock: 10 });
    const customers = await Promise.all(Array.from({ length: 50 }, () => createUser(database.db)));
    const input = () =>
      checkout(kitchen, { lines: [{ itemId: kitchen.soup, quantity: 1, optionIds: [] }] });
    const outcomes = await Promise.all(customers.map((c) => attempt(c, input())));
    const placed = outcomes.filter((o) => o.ok);
    const refused = outcomes.filter((o) => !o.ok);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(new Set(refused.map((o) => o.code))).toEqual(new Set(["CONFLICT"]));
    expect(await stockOf(database.db, kitchen.soup)).toBe(0);
    const { rows } = await database.db.execute<{ orders: number; portions: number }>(sql`
      select count(distinct o.id)::int as orders, coalesce(sum(oi.quantity), 0)::int as portions
      from orders o join order_items oi on oi.order_id = o.id
      where o.restaurant_id = ${kitchen.restaurantId}`);
    expect(rows[0]).toEqual({ orders: 10, portions: 10 });
  });

  it("makes one order from 20 simultaneous calls with one key, and all 20 get its id", async () => {
    const kitchen = await createKitchen(database.db, [], { soupStock: 100 });
    const customer = await createUser(database.db);
    const input = checkout(kitchen);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => attempt(customer, input, true)),
    );
    const ids = outcomes.map((o) => (o.ok ? o.orderId : o.code));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(1);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const { rows } = await database.db.execute<{ orders: number; keys: number }>(sql`
      select (select count(*)::int from orders where customer_id = ${customer.userId}) as orders,
        (select count(*)::int from idempotency_keys where user_id = ${customer.userId}) as keys`);
    expect(rows[0]).toEqual({ orders: 1, keys: 1 });
    expect(await stockOf(database.db, kitchen.soup)).toBe(99);
  });

  it("redeems a code with one use left exactly once among 20 simultaneous checkouts", async () => {
    const kitchen = await createKitchen(database.db, []);
    const promoId = await addPromo(database.db, kitchen.restaurantId, {
      code: "LASTONE",
      maxUses: 5,
      uses: 4,
    });
    const customers = await Promise.all(Array.from({ length: 20 }, () => createUser(database.db)));
    const lines = [{ itemId: kitchen.pizza, quantity: 1, optionIds: [kitchen.regular] }];
    const outcomes = await Promise.all(
      customers.map((c) => attempt(c, checkout(kitchen, { lines, promoCode: "LASTONE" }))),
    );
    const placed = outcomes.filter((o) => o.ok);
    expect(placed).toHaveLength(1);
    // The winner got the discount; nobody got a silently undiscounted order.
    expect(placed[0]?.ok && placed[0].discount).toBe(140);
    expect(outcomes.filter((o) => !o.ok && o.code === "CONFLICT")).toHaveLength(19);
    const { rows } = await database.db.execute<{
      uses: number;
      redemptions: number;
      orders: number;
    }>(sql`
      select (select uses from promo_codes where id = ${promoId}) as uses,
        (select count(*)::int from promo_redemptions where promo_code_id = ${promoId}) as redemptions,
        (select count(*)::int from orders where restaurant_id = ${kitchen.restaurantId}) as orders`);
    expect(rows[0]).toEqual({ uses: 5, redemptions: 1, orders: 1 });
  });
});
