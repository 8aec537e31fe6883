import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { RestaurantCursor } from "../src/queries/restaurants";
import { getRestaurantWithMenu } from "../src/queries/menu";
import { listRestaurants } from "../src/queries/restaurants";
import {
  menuCategories,
  menuItems,
  openingHours,
  optionGroups,
  options,
  restaurants,
} from "../src/schema";
import type { TestDatabase } from "../src/testing";
import { createTestDatabase } from "../src/testing";

let database: TestDatabase;

/** A zone whose local time is well away from midnight now, so day boundaries can't flip a test. */
function zoneAwayFromMidnight(): { timeZone: string; weekday: number } {
  for (const timeZone of [
    "UTC",
    "Asia/Kolkata",
    "America/New_York",
    "Asia/Tokyo",
    "Pacific/Auckland",
  ]) {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hour: "numeric",
      hourCycle: "h23",
      weekday: "short",
    }).formatToParts(new Date());
    const hour = Number(parts.find((p) => p.type === "hour")?.value);
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(
      parts.find((p) => p.type === "weekday")?.value ?? "",
    );
    if (hour >= 2 && hour <= 21) return { timeZone, weekday };
  }
  throw new Error("no zone away from midnight (impossible: they span 24 hours)");
}

const allWeek = (restaurantId: string) =>
  [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
    restaurantId,
    weekday,
    opens: "00:00",
    closes: "00:00",
  }));

async function restaurant(values: Partial<typeof restaurants.$inferInsert> & { slug: string }) {
  const [row] = await database.db
    .insert(restaurants)
    .values({ name: values.slug, status: "active", ...values })
    .returning({ id: restaurants.id });
  if (!row) throw new Error("not inserted");
  return row.id;
}

let zone: { timeZone: string; weekday: number };

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  zone = zoneAwayFromMidnight();
  const open = await Promise.all([
    restaurant({
      slug: "bravo-pizza",
      name: "Bravo Pizza",
      cuisine: "Italian",
      timeZone: zone.timeZone,
    }),
    restaurant({
      slug: "alpha-curry",
      name: "Alpha Curry",
      cuisine: "Indian",
      timeZone: zone.timeZone,
    }),
    restaurant({
      slug: "delta-100-percent",
      name: "Delta 100% Vegan",
      cuisine: "Vegan",
      timeZone: zone.timeZone,
    }),
  ]);
  for (const id of open) await database.db.insert(openingHours).values(allWeek(id));
  // Closed: no hours today; yesterday's overnight interval covers today until 23:59.
  const overnight = await restaurant({
    slug: "echo-late",
    name: "Echo Late",
    cuisine: "Italian",
    timeZone: zone.timeZone,
  });
  await database.db.insert(openingHours).values({
    restaurantId: overnight,
    weekday: (zone.weekday + 6) % 7,
    opens: "23:59",
    closes: "23:59",
  });
  const tomorrowOnly = await restaurant({
    slug: "charlie-tomorrow",
    name: "Charlie Tomorrow",
    cuisine: "Italian",
    timeZone: zone.timeZone,
  });
  await database.db.insert(openingHours).values({
    restaurantId: tomorrowOnly,
    weekday: (zone.weekday + 1) % 7,
    opens: "09:00",
    closes: "17:00",
  });
  const paused = await restaurant({
    slug: "foxtrot-paused",
    name: "Foxtrot Paused",
    cuisine: "Indian",
    acceptingOrders: false,
    timeZone: zone.timeZone,
  });
  await database.db.insert(openingHours).values(allWeek(paused));
  await restaurant({ slug: "golf-pending", name: "Golf Pending", status: "pending" });
  await restaurant({ slug: "hotel-suspended", name: "Hotel Suspended", status: "suspended" });
});
afterAll(async () => {
  await database.drop();
});

describe("listRestaurants", () => {
  it("lists active restaurants, open ones first, each part by name, in one round trip", async () => {
    const before = database.stats.queries;
    const rows = await listRestaurants(database.db, { limit: 50 });
    expect(database.stats.queries - before).toBe(1);
    expect(rows.map((r) => [r.slug, r.openNow])).toEqual([
      ["alpha-curry", true],
      ["bravo-pizza", true],
      ["delta-100-percent", true],
      ["echo-late", true],
      ["charlie-tomorrow", false],
      ["foxtrot-paused", false],
    ]);
  });

  it("searches names case-insensitively, with % and _ taken literally", async () => {
    expect(
      (await listRestaurants(database.db, { search: "PIZZA", limit: 10 })).map((r) => r.slug),
    ).toEqual(["bravo-pizza"]);
    expect(
      (await listRestaurants(database.db, { search: "100%", limit: 10 })).map((r) => r.slug),
    ).toEqual(["delta-100-percent"]);
    expect(await listRestaurants(database.db, { search: "%", limit: 10 })).toEqual([
      expect.objectContaining({ slug: "delta-100-percent" }),
    ]);
  });

  it("filters by cuisine", async () => {
    const rows = await listRestaurants(database.db, { cuisine: "indian", limit: 10 });
    expect(rows.map((r) => r.slug)).toEqual(["alpha-curry", "foxtrot-paused"]);
  });

  it("pages with a cursor through every row exactly once", async () => {
    const seen: string[] = [];
    let cursor: RestaurantCursor | null = null;
    for (let page = 0; page < 10; page++) {
      const rows = await listRestaurants(database.db, { limit: 2, cursor });
      seen.push(...rows.map((r) => r.slug));
      const last = rows.at(-1);
      if (rows.length < 2 || !last) break;
      cursor = { openNow: last.openNow, name: last.name, id: last.id };
    }
    expect(seen).toEqual([
      "alpha-curry",
      "bravo-pizza",
      "delta-100-percent",
      "echo-late",
      "charlie-tomorrow",
      "foxtrot-paused",
    ]);
  });
});

describe("getRestaurantWithMenu", () => {
  it("reads the profile, hours and the whole menu in sort order in one round trip", async () => {
    const restaurantId = await restaurant({
      slug: "menu-house",
      name: "Menu House",
      taxRateBasisPoints: 875,
      timeZone: zone.timeZone,
    });
    // Open only on a day that is neither today nor yesterday there (an overnight interval
    // from yesterday would reach into today), so it is closed whenever the test runs.
    const weekday = (zone.weekday + 3) % 7;
    await database.db
      .insert(openingHours)
      .values({ restaurantId, weekday, opens: "18:00", closes: "02:00" });
    const [drinks, mains] = await database.db
      .insert(menuCategories)
      .values([
        { restaurantId, name: "Drinks", sortOrder: 2 },
        { restaurantId, name: "Mains", sortOrder: 1 },
      ])
      .returning({ id: menuCategories.id });
    const [pizza, soldOut] = await database.db
      .insert(menuItems)
      .values([
        {
          restaurantId,
          categoryId: mains?.id ?? "",
          name: "Margherita",
          price: 1200,
          sortOrder: 1,
        },
        {
          restaurantId,
          categoryId: mains?.id ?? "",
          name: "Calzone",
          price: 1400,
          stock: 0,
          sortOrder: 2,
        },
        { restaurantId, categoryId: drinks?.id ?? "", name: "Lemonade", price: 350 },
      ])
      .returning({ id: menuItems.id });
    const [size] = await database.db
      .insert(optionGroups)
      .values({ itemId: pizza?.id ?? "", name: "Size", minChoices: 1, maxChoices: 1 })
      .returning({ id: optionGroups.id });
    await database.db.insert(options).values([
      { groupId: size?.id ?? "", name: "Large", priceDelta: 400, sortOrder: 2 },
      { groupId: size?.id ?? "", name: "Regular", priceDelta: 0, sortOrder: 1 },
    ]);

    const before = database.stats.queries;
    const menu = await getRestaurantWithMenu(database.db, { slug: "menu-house" });
    expect(database.stats.queries - before).toBe(1);
    expect(menu).toMatchObject({ name: "Menu House", taxRateBasisPoints: 875, openNow: false });
    expect(menu?.hours).toEqual([{ weekday, opens: "18:00", closes: "02:00" }]);
    expect(menu?.categories.map((c) => c.name)).toEqual(["Mains", "Drinks"]);
    const margherita = menu?.categories[0]?.items[0];
    expect(margherita).toMatchObject({
      id: pizza?.id,
      name: "Margherita",
      price: 1200,
      stock: null,
      soldOut: false,
    });
    expect(margherita?.optionGroups[0]?.options.map((o) => [o.name, o.priceDelta])).toEqual([
      ["Regular", 0],
      ["Large", 400],
    ]);
    // Out of stock reads as sold out.
    expect(menu?.categories[0]?.items[1]).toMatchObject({
      id: soldOut?.id,
      stock: 0,
      soldOut: true,
    });
  });

  it("is null for an unknown slug", async () => {
    expect(await getRestaurantWithMenu(database.db, { slug: "no-such-place" })).toBeNull();
  });
});
