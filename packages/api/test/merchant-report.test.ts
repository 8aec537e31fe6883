import type { TestDatabase } from "@dishpatch/db/testing";
import { menuCategories, menuItems } from "@dishpatch/db/schema";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestUser } from "./support";
import { appRouter } from "../src";
import {
  accessRuleOf,
  codeOf,
  createOwnedRestaurant,
  fieldsOf,
  insertOrder,
} from "./fixtures-owner";
import { callerAs, createUser } from "./support";

let database: TestDatabase;
let owner: TestUser;
let staff: TestUser;
let customer: TestUser;
let otherOwner: TestUser;
let restaurantId: string;
let otherRestaurantId: string;

const as = (user: TestUser | null) => callerAs(database.db, user).caller;

/**
 * New York, November 2026: EDT (UTC−4) until 2026-11-01 06:00Z, EST (UTC−5) after. Orders sit
 * either side of local midnight, where UTC and local dates differ.
 */
beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  const db = database.db;
  [owner, staff, customer, otherOwner] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
  ]);
  const restaurant = await createOwnedRestaurant(
    db,
    [
      [owner, "owner"],
      [staff, "staff"],
    ],
    { timeZone: "America/New_York", currency: "USD" },
  );
  restaurantId = restaurant.id;
  otherRestaurantId = (await createOwnedRestaurant(db, [[otherOwner, "owner"]])).id;
  const order = (
    createdAt: string,
    rest: Omit<Parameters<typeof insertOrder>[1], "restaurantId" | "customerId" | "createdAt">,
  ) =>
    insertOrder(db, {
      restaurantId,
      customerId: customer.userId,
      createdAt: new Date(createdAt),
      ...rest,
    });

  // Nov 7 23:59 local: before the range.
  await order("2026-11-08T04:59:00Z", { lines: [{ name: "Burger", unitPrice: 500, quantity: 9 }] });
  // Nov 9 23:30 local (Nov 10 in UTC).
  await order("2026-11-10T04:30:00Z", { lines: [{ name: "Burger", unitPrice: 500, quantity: 2 }] });
  // Nov 10 00:30 local, partly refunded, with a tip.
  await order("2026-11-10T05:30:00Z", {
    lines: [
      { name: "Fries", unitPrice: 300, quantity: 3 },
      { name: "Burger", unitPrice: 500, quantity: 1 },
    ],
    tip: 100,
    refunds: [200],
  });
  // Nov 10 noon local, still in progress: it counts.
  await order("2026-11-10T17:00:00Z", {
    status: "placed",
    lines: [{ name: "Soda", unitPrice: 250, quantity: 1 }],
  });
  // Nov 10 evening local, cancelled and refunded in full: never a sale.
  await order("2026-11-10T23:00:00Z", {
    status: "cancelled",
    lines: [{ name: "Lobster", unitPrice: 9999, quantity: 1 }],
    refunds: [9999],
  });
  await order("2026-11-10T23:10:00Z", {
    status: "rejected",
    lines: [{ name: "Lobster", unitPrice: 9999, quantity: 1 }],
  });
  await order("2026-11-10T23:20:00Z", {
    status: "expired",
    lines: [{ name: "Lobster", unitPrice: 9999, quantity: 1 }],
  });
  // Nov 12 00:00 local: after the range.
  await order("2026-11-12T05:00:00Z", { lines: [{ name: "Burger", unitPrice: 500, quantity: 9 }] });
  // Another restaurant's order inside the range.
  await insertOrder(db, {
    restaurantId: otherRestaurantId,
    customerId: customer.userId,
    createdAt: new Date("2026-11-10T17:00:00Z"),
    lines: [{ name: "Burger", unitPrice: 500, quantity: 50 }],
  });
  // Around the DST change: Oct 31 23:30 EDT, Nov 1 00:30 EDT, Nov 1 23:30 EST.
  await order("2026-11-01T03:30:00Z", { lines: [{ name: "Tea", unitPrice: 100, quantity: 1 }] });
  await order("2026-11-01T04:30:00Z", { lines: [{ name: "Tea", unitPrice: 100, quantity: 2 }] });
  await order("2026-11-02T04:30:00Z", { lines: [{ name: "Tea", unitPrice: 100, quantity: 3 }] });
});
afterAll(async () => {
  await database.drop();
});

describe("merchant.report", () => {
  it("declares itself owner-only", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    expect(accessRuleOf(procedures, "merchant.report")).toBe("restaurant:owner");
  });

  it("buckets sales by local day, in two round trips", async () => {
    const { caller } = callerAs(database.db, owner);
    const before = database.stats.queries;
    const report = await caller.merchant.report({
      restaurantId,
      from: "2026-11-08",
      to: "2026-11-11",
    });
    expect(database.stats.queries - before).toBe(2);
    expect(report.currency).toBe("USD");
    expect(report.timeZone).toBe("America/New_York");
    expect(report.days).toEqual([
      { date: "2026-11-08", orderCount: 0, grossSales: 0, refunds: 0, netSales: 0 },
      { date: "2026-11-09", orderCount: 1, grossSales: 1000, refunds: 0, netSales: 1000 },
      { date: "2026-11-10", orderCount: 2, grossSales: 1750, refunds: 200, netSales: 1550 },
      { date: "2026-11-11", orderCount: 0, grossSales: 0, refunds: 0, netSales: 0 },
    ]);
    expect(report.totals).toEqual({
      orderCount: 3,
      grossSales: 2750,
      refunds: 200,
      netSales: 2550,
      // 2750 / 3 = 916.67
      averageTicket: 917,
    });
    expect(report.topItems).toEqual([
      { menuItemId: null, name: "Burger", quantity: 3, revenue: 1500 },
      { menuItemId: null, name: "Fries", quantity: 3, revenue: 900 },
      { menuItemId: null, name: "Soda", quantity: 1, revenue: 250 },
    ]);
  });

  it("follows the restaurant's clock across a daylight-saving change", async () => {
    const report = await as(owner).merchant.report({
      restaurantId,
      from: "2026-10-31",
      to: "2026-11-01",
    });
    expect(report.days.map((d) => [d.date, d.orderCount, d.grossSales])).toEqual([
      ["2026-10-31", 1, 100],
      ["2026-11-01", 2, 500],
    ]);
  });

  it("reports zeros for a quiet range and a single day", async () => {
    const report = await as(owner).merchant.report({
      restaurantId,
      from: "2025-02-27",
      to: "2025-03-01",
    });
    expect(report.days.map((d) => d.date)).toEqual(["2025-02-27", "2025-02-28", "2025-03-01"]);
    expect(report.totals).toEqual({
      orderCount: 0,
      grossSales: 0,
      refunds: 0,
      netSales: 0,
      averageTicket: 0,
    });
    expect(report.topItems).toEqual([]);
    const oneDay = await as(owner).merchant.report({
      restaurantId,
      from: "2026-11-09",
      to: "2026-11-09",
    });
    expect(oneDay.days).toHaveLength(1);
    expect(oneDay.totals.grossSales).toBe(1000);
  });

  it("lists at most ten top items", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      name: `Dish ${String(i).padStart(2, "0")}`,
      unitPrice: 100,
      quantity: i + 1,
    }));
    await insertOrder(database.db, {
      restaurantId: otherRestaurantId,
      customerId: customer.userId,
      createdAt: new Date("2026-06-15T12:00:00Z"),
      lines,
    });
    const report = await as(otherOwner).merchant.report({
      restaurantId: otherRestaurantId,
      from: "2026-06-15",
      to: "2026-06-15",
    });
    expect(report.topItems.map((item) => item.quantity)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it("groups a menu item under its latest name, and deleted items by name", async () => {
    const db = database.db;
    const [category] = await db
      .insert(menuCategories)
      .values({ restaurantId: otherRestaurantId, name: "Mains" })
      .returning({ id: menuCategories.id });
    const [burger] = await db
      .insert(menuItems)
      .values({
        restaurantId: otherRestaurantId,
        categoryId: category?.id ?? "",
        name: "Cheeseburger",
        price: 600,
      })
      .returning({ id: menuItems.id });
    const menuItemId = burger?.id ?? "";
    const sell = (
      at: string,
      line: { name: string; unitPrice: number; quantity: number; menuItemId: string | null },
    ) =>
      insertOrder(db, {
        restaurantId: otherRestaurantId,
        customerId: customer.userId,
        createdAt: new Date(at),
        lines: [line],
      });
    await sell("2026-07-01T10:00:00Z", { name: "Burger", unitPrice: 500, quantity: 2, menuItemId });
    await sell("2026-07-01T12:00:00Z", {
      name: "Cheeseburger",
      unitPrice: 600,
      quantity: 1,
      menuItemId,
    });
    // An item since deleted from the menu keeps its snapshot name.
    await sell("2026-07-01T13:00:00Z", {
      name: "Burger",
      unitPrice: 500,
      quantity: 1,
      menuItemId: null,
    });
    const report = await as(otherOwner).merchant.report({
      restaurantId: otherRestaurantId,
      from: "2026-07-01",
      to: "2026-07-01",
    });
    expect(report.topItems).toEqual([
      { menuItemId, name: "Cheeseburger", quantity: 3, revenue: 1600 },
      { menuItemId: null, name: "Burger", quantity: 1, revenue: 500 },
    ]);
  });

  it("covers up to 366 days", async () => {
    const report = await as(owner).merchant.report({
      restaurantId,
      from: "2026-01-01",
      to: "2027-01-01",
    });
    expect(report.days).toHaveLength(366);
    // Every counted order of the year: the three above, both edges of the range test, three teas.
    expect(report.totals.orderCount).toBe(8);
  });

  it("refuses impossible dates and ranges with field errors", async () => {
    const report = (from: string, to: string) =>
      fieldsOf(as(owner).merchant.report({ restaurantId, from, to }));
    expect(await report("2026-02-30", "2026-03-01")).toEqual(["from"]);
    expect(await report("2026-1-01", "2026-01-02")).toEqual(["from"]);
    expect(await report("2026-01-01", "yesterday")).toEqual(["to"]);
    expect(await report("2026-01-02", "2026-01-01")).toEqual(["to"]);
    expect(await report("2026-01-01", "2027-01-02")).toEqual(["to"]);
    expect(
      await codeOf(
        as(owner).merchant.report({
          restaurantId,
          from: "2026-01-01",
          to: "2026-01-02",
          // @ts-expect-error -- strict input.
          currency: "EUR",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("is for owners of that restaurant only", async () => {
    const input = { restaurantId, from: "2026-11-01", to: "2026-11-30" };
    expect(await codeOf(as(null).merchant.report(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(customer).merchant.report(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).merchant.report(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(otherOwner).merchant.report(input))).toBe("FORBIDDEN");
  });
});
