import { eq } from "drizzle-orm";

import type { Database } from "@dishpatch/db";
import {
  menuItems,
  openingHours,
  restaurantMembers,
  restaurants,
  users,
} from "@dishpatch/db/schema";
import { DEMO_PASSWORD_HASH } from "@dishpatch/db/seed";

export const BENCH_SLUG = "la-tavola";
export const BENCH_PASSWORD = "dishpatch-demo";

export interface BenchData {
  restaurantId: string;
  /** Fresh customers (the seeded demo accounts keep their sign-in budget). */
  customers: string[];
  /** A customer who is also staff of the bench restaurant, for merchant.queue. */
  staff: string;
}

/**
 * Makes the bench independent of the clock and of stock: the bench restaurant is open around
 * the clock, accepting orders, with unlimited stock, so every order.place under load succeeds.
 * Runs on the bench's own throwaway database only.
 */
export async function arrangeBenchData(db: Database, customerCount: number): Promise<BenchData> {
  const [restaurant] = await db
    .update(restaurants)
    .set({ acceptingOrders: true, status: "active" })
    .where(eq(restaurants.slug, BENCH_SLUG))
    .returning({ id: restaurants.id });
  if (!restaurant) throw new Error(`the seed has no restaurant ${BENCH_SLUG}`);
  await db.delete(openingHours).where(eq(openingHours.restaurantId, restaurant.id));
  // closes <= opens runs past midnight: 00:00–00:00 is the whole day.
  await db.insert(openingHours).values(
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      restaurantId: restaurant.id,
      weekday,
      opens: "00:00",
      closes: "00:00",
    })),
  );
  await db
    .update(menuItems)
    .set({ stock: null, soldOut: false })
    .where(eq(menuItems.restaurantId, restaurant.id));

  const run = crypto.randomUUID().slice(0, 8);
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: customerCount + 1 }, (_, i) => ({
        email: `bench-${run}-${i}@bench.dishpatch.dev`,
        name: `Bench ${i}`,
        passwordHash: DEMO_PASSWORD_HASH,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const [staff, ...customers] = rows;
  if (!staff) throw new Error("no bench users were created");
  await db
    .insert(restaurantMembers)
    .values({ restaurantId: restaurant.id, userId: staff.id, role: "staff" });
  return {
    restaurantId: restaurant.id,
    customers: customers.map((c) => c.email),
    staff: staff.email,
  };
}
