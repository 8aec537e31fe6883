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

describe("restaurant.editable", () => {
  it("is declared owner-only", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    expect(accessRuleOf(procedures, "restaurant.editable")).toBe("restaurant:owner");
  });

  it("lets an applicant build the menu and hours of their pending restaurant, unseen by the public", async () => {
    const applicant = await createUser(database.db);
    const slug = `applied-${crypto.randomUUID().slice(0, 8)}`;
    const created = await as(applicant).restaurant.create({
      name: "Applied Kitchen",
      slug,
      currency: "EUR",
      timeZone: "Europe/Rome",
    });
    const restaurantId = created.id;
    expect(created.status).toBe("pending");

    const category = await as(applicant).menu.upsertCategory({ restaurantId, name: "Starters" });
    await as(applicant).menu.upsertItem({
      restaurantId,
      categoryId: category.id,
      name: "Bruschetta",
      price: 650,
    });
    await as(applicant).restaurant.setHours({
      restaurantId,
      hours: [{ weekday: 1, opens: "12:00", closes: "15:00" }],
    });

    const before = database.stats.queries;
    const editable = await as(applicant).restaurant.editable({ restaurantId });
    expect(database.stats.queries - before).toBe(2);
    expect(editable).toMatchObject({
      id: restaurantId,
      slug,
      status: "pending",
      currency: "EUR",
      timeZone: "Europe/Rome",
      hours: [{ weekday: 1, opens: "12:00", closes: "15:00" }],
      categories: [{ name: "Starters", items: [{ name: "Bruschetta", price: 650 }] }],
    });
    // The public page still does not know the restaurant.
    expect(await codeOf(as(null).restaurant.bySlug({ slug }))).toBe("NOT_FOUND");
  });

  it("has the public shape of bySlug for a live restaurant", async () => {
    const owner = await createUser(database.db);
    const { id: restaurantId, slug } = await createOwnedRestaurant(database.db, [[owner, "owner"]]);
    const editable = await as(owner).restaurant.editable({ restaurantId });
    expect(editable).toEqual(await as(null).restaurant.bySlug({ slug }));
  });

  it("is refused to staff, strangers, owners of another restaurant, admins and the signed-out", async () => {
    const owner = await createUser(database.db);
    const staff = await createUser(database.db);
    const stranger = await createUser(database.db);
    const otherOwner = await createUser(database.db);
    const admin = await createUser(database.db, { role: "admin" });
    const { id: restaurantId } = await createOwnedRestaurant(
      database.db,
      [
        [owner, "owner"],
        [staff, "staff"],
      ],
      { status: "pending" },
    );
    await createOwnedRestaurant(database.db, [[otherOwner, "owner"]]);
    expect(await codeOf(as(staff).restaurant.editable({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(stranger).restaurant.editable({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(otherOwner).restaurant.editable({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(admin).restaurant.editable({ restaurantId }))).toBe("FORBIDDEN");
    expect(await codeOf(as(null).restaurant.editable({ restaurantId }))).toBe("UNAUTHORIZED");
    expect((await as(owner).restaurant.editable({ restaurantId })).status).toBe("pending");
  });
});
