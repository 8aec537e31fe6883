/** The database itself refuses states the business rules forbid, whatever the code does. */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { menuCategories, menuItems, promoCodes, restaurants } from "../src/schema";
import type { TestDatabase } from "../src/testing";
import { createTestDatabase } from "../src/testing";

let database: TestDatabase;
let restaurantId: string;
let itemId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  const [restaurant] = await database.db
    .insert(restaurants)
    .values({ slug: "checks", name: "Checks" })
    .returning({ id: restaurants.id });
  restaurantId = restaurant?.id ?? "";
  const [category] = await database.db
    .insert(menuCategories)
    .values({ restaurantId, name: "Mains" })
    .returning({ id: menuCategories.id });
  const [item] = await database.db
    .insert(menuItems)
    .values({ restaurantId, categoryId: category?.id ?? "", name: "Soup", price: 650, stock: 1 })
    .returning({ id: menuItems.id });
  itemId = item?.id ?? "";
});
afterAll(async () => {
  await database.drop();
});

describe("check constraints", () => {
  it("never lets stock go below zero, even by a blind decrement", async () => {
    await expect(
      database.db
        .update(menuItems)
        .set({ stock: sql`${menuItems.stock} - 2` })
        .where(eq(menuItems.id, itemId)),
    ).rejects.toThrow();
  });

  it("refuses negative prices, bad slugs, bad currencies and absurd tax rates", async () => {
    await expect(
      database.db.update(menuItems).set({ price: -1 }).where(eq(menuItems.id, itemId)),
    ).rejects.toThrow();
    for (const values of [
      { slug: "Not A Slug", name: "x" },
      { slug: "ok-slug", name: "x", currency: "usd" },
      { slug: "ok-slug-2", name: "x", taxRateBasisPoints: 10_001 },
    ]) {
      await expect(database.db.insert(restaurants).values(values)).rejects.toThrow();
    }
  });

  it("keeps promo uses within their limit and codes upper-case", async () => {
    await expect(
      database.db
        .insert(promoCodes)
        .values({ restaurantId, code: "LOWER", kind: "percent", value: 1000, maxUses: 1, uses: 2 }),
    ).rejects.toThrow();
    await expect(
      database.db
        .insert(promoCodes)
        .values({ restaurantId, code: "lower", kind: "fixed", value: 100 }),
    ).rejects.toThrow();
  });
});
