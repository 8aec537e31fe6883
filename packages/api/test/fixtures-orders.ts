/** Order fixtures: a restaurant open around the clock with a small menu, people, and checks. */
import type { Database } from "@dishpatch/db";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import {
  menuCategories,
  menuItems,
  optionGroups,
  options,
  promoCodes,
  restaurants,
} from "@dishpatch/db/schema";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { expect, inject } from "vitest";

import type { RouterInputs } from "../src";
import { createMemoryLimiter } from "../src";
import type { TestUser } from "./support";
import { callerAs, createRestaurant, createUser, openAroundTheClock } from "./support";

export interface Kitchen {
  restaurantId: string;
  /** Unlimited, with Size (exactly 1: regular +0 / large +500) and Extras (0–3: burrata +400). */
  pizza: string;
  regular: string;
  large: string;
  burrata: string;
  /** Counted stock (10 unless given). */
  soup: string;
  /** Sold out by flag. */
  cake: string;
}

/**
 * An active restaurant (USD, tax 10 %, delivery 300, minimum 1000) open every day all day,
 * so no test depends on the time it runs.
 */
export async function createKitchen(
  db: Database,
  members: [TestUser, "owner" | "staff"][],
  opts: { soupStock?: number } = {},
): Promise<Kitchen> {
  const restaurantId = await createRestaurant(db, members);
  await db
    .update(restaurants)
    .set({ taxRateBasisPoints: 1000, deliveryFee: 300, minimumOrder: 1000, currency: "USD" })
    .where(eq(restaurants.id, restaurantId));
  await openAroundTheClock(db, restaurantId);
  const [category] = await db
    .insert(menuCategories)
    .values({ restaurantId, name: "All" })
    .returning({ id: menuCategories.id });
  const categoryId = category?.id ?? "";
  const [pizza, soup, cake] = await db
    .insert(menuItems)
    .values([
      { restaurantId, categoryId, name: "Pizza", price: 1400 },
      { restaurantId, categoryId, name: "Soup", price: 1200, stock: opts.soupStock ?? 10 },
      { restaurantId, categoryId, name: "Cake", price: 1500, soldOut: true },
    ])
    .returning({ id: menuItems.id });
  const [size, extras] = await db
    .insert(optionGroups)
    .values([
      { itemId: pizza?.id ?? "", name: "Size", minChoices: 1, maxChoices: 1 },
      { itemId: pizza?.id ?? "", name: "Extras", minChoices: 0, maxChoices: 3, sortOrder: 1 },
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
  return {
    restaurantId,
    pizza: pizza?.id ?? "",
    regular: regular?.id ?? "",
    large: large?.id ?? "",
    burrata: burrata?.id ?? "",
    soup: soup?.id ?? "",
    cake: cake?.id ?? "",
  };
}

export async function addPromo(
  db: Database,
  restaurantId: string,
  values: Partial<typeof promoCodes.$inferInsert> & { code: string },
) {
  const [promo] = await db
    .insert(promoCodes)
    .values({ restaurantId, kind: "percent", value: 1000, ...values })
    .returning({ id: promoCodes.id });
  return promo?.id ?? "";
}

export type PlaceInput = RouterInputs["order"]["place"];

/** A valid checkout: one soup and a large pizza with burrata, picked up. */
export function checkout(kitchen: Kitchen, overrides: Partial<PlaceInput> = {}): PlaceInput {
  return {
    restaurantId: kitchen.restaurantId,
    lines: [
      { itemId: kitchen.soup, quantity: 1, optionIds: [] },
      { itemId: kitchen.pizza, quantity: 1, optionIds: [kitchen.large, kitchen.burrata] },
    ],
    fulfillment: "pickup",
    idempotencyKey: `key-${crypto.randomUUID()}`,
    ...overrides,
  };
}

/**
 * Places an order as `customer` and returns its id. Set-up, not the subject: a limiter of its
 * own keeps fixtures clear of the 10-a-minute checkout limit (order-place.test.ts tests it).
 */
export async function placeOrderAs(
  db: Database,
  customer: TestUser,
  input: PlaceInput,
): Promise<string> {
  const { caller } = callerAs(db, customer, { limiter: createMemoryLimiter() });
  const placed = await caller.order.place(input);
  return placed.orderId;
}

/** The tRPC error a call fails with (the test fails if it succeeds or throws something else). */
export async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

export async function expectCode(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await trpcErrorOf(promise);
  expect(error.code, error.message).toBe(code);
  return error;
}

export async function stockOf(db: Database, itemId: string): Promise<number | null> {
  const [row] = await db
    .select({ stock: menuItems.stock })
    .from(menuItems)
    .where(eq(menuItems.id, itemId));
  return row?.stock ?? null;
}

export async function countOrders(db: Database): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from orders`);
  return rows[0]?.n ?? 0;
}

/**
 * Money invariant over every order in the database: the charge is the total, the balance is
 * total − refunds and never negative, and refunded endings (cancelled, rejected, expired) are
 * at zero. Call at the end of a file.
 */
export async function expectLedgersBalanced(db: Database) {
  const { rows } = await db.execute<{
    id: string;
    status: string;
    total: number;
    charges: number;
    refunds: number;
  }>(sql`
    select o.id, o.status, o.total,
      coalesce((select sum(p.amount) from payments p where p.order_id = o.id and p.kind = 'charge'), 0)::int as charges,
      coalesce((select sum(p.amount) from payments p where p.order_id = o.id and p.kind = 'refund'), 0)::int as refunds
    from orders o`);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.charges, `charge of ${row.id}`).toBe(row.total);
    const balance = row.charges - row.refunds;
    expect(balance, `balance of ${row.id}`).toBeGreaterThanOrEqual(0);
    if (["cancelled", "rejected", "expired"].includes(row.status)) {
      expect(balance, `refunded ${row.status} order ${row.id}`).toBe(0);
    }
  }
}

/** Owner, staff, a second restaurant's staff, two customers and an admin. */
export async function createCast(db: Database) {
  const [owner, staff, otherStaff, customer, otherCustomer, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "admin" }),
  ]);
  return { owner, staff, otherStaff, customer, otherCustomer, admin };
}

/** Moves an order along as the restaurant would: accept (15 min), then each next step given. */
export async function advanceOrder(
  db: Database,
  staff: TestUser,
  restaurantId: string,
  orderId: string,
  steps: ("accepted" | "preparing" | "ready" | "out_for_delivery" | "delivered" | "picked_up")[],
) {
  const { caller } = callerAs(db, staff);
  for (const to of steps) {
    await caller.merchant.transition({
      restaurantId,
      orderId,
      to,
      ...(to === "accepted" ? { prepMinutes: 15 } : {}),
    });
  }
}

/**
 * A database of its own with the cast, their kitchen (owner + staff, 1000 soups) and a second
 * kitchen where `cast.otherStaff` has `otherRole`: the world the order test files share.
 */
export async function createOrderWorld(otherRole: "owner" | "staff") {
  const database: TestDatabase = await createTestDatabase(inject("testDatabaseServer"));
  const cast = await createCast(database.db);
  const kitchen = await createKitchen(
    database.db,
    [
      [cast.owner, "owner"],
      [cast.staff, "staff"],
    ],
    { soupStock: 1000 },
  );
  const otherKitchen = await createKitchen(database.db, [[cast.otherStaff, otherRole]]);
  return { database, cast, kitchen, otherKitchen };
}
