import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { migrateDatabase } from "../src/migrate";
import { restaurants, users } from "../src/schema";
import { demoAccounts, demoMemberships, demoMenus, seedDatabase } from "../src/seed";
import { loadViewer } from "../src/queries/users";
import { demoOrders } from "../src/seed/order-scenarios";
import { demoRestaurants } from "../src/seed/restaurants";
import type { TestDatabase } from "../src/testing";
import { createTestDatabase } from "../src/testing";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

describe("committed migrations", () => {
  it("create every table in the cloned template", async () => {
    const { rows } = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "accounts",
      "audit_log",
      "daily_sales",
      "idempotency_keys",
      "menu_categories",
      "menu_items",
      "opening_hours",
      "option_groups",
      "options",
      "order_events",
      "order_item_options",
      "order_items",
      "orders",
      "payments",
      "promo_codes",
      "promo_redemptions",
      "restaurant_members",
      "restaurants",
      "reviews",
      "users",
    ]);
  });

  it("are recorded, so applying them again changes nothing", async () => {
    await migrateDatabase({ url: database.url, wsProxy: database.wsProxy });
    const { rows } = await database.db.execute<{ count: string }>(
      sql`select count(*)::text as count from drizzle.__drizzle_migrations`,
    );
    expect(Number(rows[0]?.count)).toBeGreaterThanOrEqual(1);
  });

  it("enforce lower-case unique emails", async () => {
    await expect(database.db.insert(users).values({ email: "Ada@Example.com" })).rejects.toThrow();
    await database.db.insert(users).values({ email: "ada@example.com" });
    await expect(database.db.insert(users).values({ email: "ada@example.com" })).rejects.toThrow();
  });
});

describe("seed", () => {
  it("inserts the demo restaurants once and is safe to run again", async () => {
    const first = await seedDatabase(database.db);
    const second = await seedDatabase(database.db);
    expect(first).toEqual({
      restaurants: demoRestaurants.length,
      users: demoAccounts.length,
      orders: demoOrders.length,
    });
    expect(second).toEqual({ restaurants: 0, users: 0, orders: 0 });
    const rows = await database.db.select({ slug: restaurants.slug }).from(restaurants);
    expect(rows.map((r) => r.slug).sort()).toEqual(demoRestaurants.map((r) => r.slug).sort());
  });

  it("gives every demo restaurant hours and a menu, once, with sold-out and limited items", async () => {
    await seedDatabase(database.db);
    const { rows } = await database.db.execute<{
      slug: string;
      hours: number;
      categories: number;
    }>(sql`
      select r.slug,
        (select count(*)::int from opening_hours h where h.restaurant_id = r.id) as hours,
        (select count(*)::int from menu_categories c where c.restaurant_id = r.id) as categories
      from restaurants r order by r.slug`);
    expect(rows).toHaveLength(demoRestaurants.length);
    for (const row of rows) {
      expect(row.hours).toBeGreaterThan(0);
      expect(row.categories).toBe(demoMenus[row.slug]?.length);
    }
    const { rows: flags } = await database.db.execute<{ sold_out: number; limited: number }>(sql`
      select count(*) filter (where sold_out)::int as sold_out,
             count(*) filter (where stock is not null)::int as limited from menu_items`);
    expect(flags[0]?.sold_out).toBeGreaterThan(0);
    expect(flags[0]?.limited).toBeGreaterThan(0);
  });

  it("gives the demo owner and staff their memberships", async () => {
    const [owner] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "owner@dishpatch.dev"));
    const viewer = await loadViewer(database.db, owner?.id ?? "");
    const expected = demoMemberships.filter(([email]) => email === "owner@dishpatch.dev");
    expect(viewer?.memberships.map((m) => [m.slug, m.role]).sort()).toEqual(
      expected.map(([, slug, role]) => [slug, role]).sort(),
    );
  });
});
