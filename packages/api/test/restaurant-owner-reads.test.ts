import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestUser } from "./support";
import { appRouter } from "../src";
import { accessRuleOf, codeOf, createOwnedRestaurant } from "./fixtures-owner";
import { callerAs, createUser } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

const as = (user: TestUser | null) => callerAs(database.db, user).caller;

describe("restaurant.members", () => {
  it("is declared owner-only, like restaurant.settings", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    expect(accessRuleOf(procedures, "restaurant.members")).toBe("restaurant:owner");
    expect(accessRuleOf(procedures, "restaurant.settings")).toBe("restaurant:owner");
  });

  it("lists owners first, then staff, with names and emails, in two round trips", async () => {
    const owner = await createUser(database.db);
    const staff = await createUser(database.db);
    const restaurant = await createOwnedRestaurant(database.db, [
      [staff, "staff"],
      [owner, "owner"],
    ]);
    await createOwnedRestaurant(database.db, [[await createUser(database.db), "owner"]]);
    const { caller } = callerAs(database.db, owner);
    const before = database.stats.queries;
    const members = await caller.restaurant.members({ restaurantId: restaurant.id });
    expect(database.stats.queries - before).toBe(2);
    expect(members.map(({ userId, email, role }) => ({ userId, email, role }))).toEqual([
      { userId: owner.userId, email: owner.email, role: "owner" },
      { userId: staff.userId, email: staff.email, role: "staff" },
    ]);
    expect(members[0]?.addedAt).toBeInstanceOf(Date);
  });

  it("is refused to staff, outsiders and the signed-out", async () => {
    const owner = await createUser(database.db);
    const staff = await createUser(database.db);
    const outsider = await createUser(database.db);
    const { id: restaurantId } = await createOwnedRestaurant(database.db, [
      [owner, "owner"],
      [staff, "staff"],
    ]);
    expect(await codeOf(as(staff).restaurant.members({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(outsider).restaurant.members({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(null).restaurant.members({ restaurantId }))).toBe("UNAUTHORIZED");
  });
});

describe("restaurant.settings", () => {
  it("returns the stored profile of a restaurant in any status, to its owners only", async () => {
    const owner = await createUser(database.db);
    const staff = await createUser(database.db);
    const { id: restaurantId } = await createOwnedRestaurant(
      database.db,
      [
        [owner, "owner"],
        [staff, "staff"],
      ],
      { status: "pending" },
    );
    const settings = await as(owner).restaurant.settings({ restaurantId });
    expect(settings).toMatchObject({ id: restaurantId, status: "pending" });
    expect(settings.currency).toMatch(/^[A-Z]{3}$/);
    expect(typeof settings.timeZone).toBe("string");
    expect(await codeOf(as(staff).restaurant.settings({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(null).restaurant.settings({ restaurantId }))).toBe("UNAUTHORIZED");
  });
});
