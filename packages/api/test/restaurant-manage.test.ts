import type { TestDatabase } from "@dishpatch/db/testing";
import { openingHours, restaurantMembers, restaurants } from "@dishpatch/db/schema";
import { createTestDatabase } from "@dishpatch/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { RouterInputs } from "../src";
import type { TestUser } from "./support";
import { appRouter } from "../src";
import {
  accessRuleOf,
  codeOf,
  createOwnedRestaurant,
  fieldsOf,
  insertOrder,
  outcomeOf,
} from "./fixtures-owner";
import { callerAs, createUser } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

const as = (user: TestUser | null) => callerAs(database.db, user).caller;

const application = (slug: string): RouterInputs["restaurant"]["create"] => ({
  name: "Noodle Bar",
  slug,
  cuisine: "Japanese",
  description: "Hand-pulled noodles.",
  currency: "JPY",
  taxRateBasisPoints: 1000,
  deliveryFee: 300,
  minimumOrder: 1500,
  timeZone: "Asia/Tokyo",
});

/** An owner, a staff member, an outsider and a restaurant of their own for each test. */
async function team() {
  const owner = await createUser(database.db);
  const staff = await createUser(database.db);
  const outsider = await createUser(database.db);
  const restaurant = await createOwnedRestaurant(database.db, [
    [owner, "owner"],
    [staff, "staff"],
  ]);
  return { owner, staff, outsider, restaurant, restaurantId: restaurant.id };
}

describe("access rules", () => {
  it("declares who may call each management procedure", () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures;
    const accessOf = (path: string) => accessRuleOf(procedures, path);
    expect({
      create: accessOf("restaurant.create"),
      update: accessOf("restaurant.update"),
      setHours: accessOf("restaurant.setHours"),
      setAcceptingOrders: accessOf("restaurant.setAcceptingOrders"),
      addStaff: accessOf("restaurant.addStaff"),
      removeStaff: accessOf("restaurant.removeStaff"),
      mine: accessOf("restaurant.mine"),
    }).toEqual({
      create: "user",
      update: "restaurant:owner",
      setHours: "restaurant:owner",
      setAcceptingOrders: "restaurant:staff",
      addStaff: "restaurant:owner",
      removeStaff: "restaurant:owner",
      mine: "user",
    });
  });
});

describe("restaurant.create", () => {
  it("files a pending application with the caller as owner", async () => {
    const applicant = await createUser(database.db);
    const created = await as(applicant).restaurant.create(application("noodle-bar"));
    expect(created).toMatchObject({
      slug: "noodle-bar",
      status: "pending",
      acceptingOrders: false,
      currency: "JPY",
      timeZone: "Asia/Tokyo",
      taxRateBasisPoints: 1000,
    });
    const mine = await as(applicant).restaurant.mine();
    expect(mine).toEqual([
      {
        id: created.id,
        slug: "noodle-bar",
        name: "Noodle Bar",
        status: "pending",
        acceptingOrders: false,
        timeZone: "Asia/Tokyo",
        role: "owner",
      },
    ]);
    // Pending restaurants stay out of the public marketplace.
    expect(await codeOf(as(null).restaurant.bySlug({ slug: "noodle-bar" }))).toBe("NOT_FOUND");
  });

  it("fills optional profile fields with defaults", async () => {
    const applicant = await createUser(database.db);
    const created = await as(applicant).restaurant.create({
      name: "Plain",
      slug: "plain-defaults",
      currency: "EUR",
      timeZone: "Europe/Berlin",
    });
    expect(created).toMatchObject({
      cuisine: "Other",
      description: "",
      taxRateBasisPoints: 0,
      deliveryFee: 0,
      minimumOrder: 0,
    });
  });

  it("refuses the signed-out with UNAUTHORIZED", async () => {
    expect(await codeOf(as(null).restaurant.create(application("anon-bar")))).toBe("UNAUTHORIZED");
  });

  it("refuses a suspended account", async () => {
    const suspended = await createUser(database.db, { status: "suspended" });
    expect(await codeOf(as(suspended).restaurant.create(application("susp-bar")))).toBe(
      "FORBIDDEN",
    );
  });

  it("answers a taken slug with CONFLICT on the slug field, and creates nothing", async () => {
    const first = await createUser(database.db);
    const second = await createUser(database.db);
    await as(first).restaurant.create(application("taken-slug"));
    const outcome = await outcomeOf(as(second).restaurant.create(application("taken-slug")));
    expect(outcome.code).toBe("CONFLICT");
    expect(Object.keys(outcome.fields ?? {})).toEqual(["slug"]);
    expect(await as(second).restaurant.mine()).toEqual([]);
  });

  it("limits how many applications one person may have waiting", async () => {
    const applicant = await createUser(database.db);
    for (const n of [1, 2, 3]) {
      await as(applicant).restaurant.create(application(`flood-${n}`));
    }
    expect(await codeOf(as(applicant).restaurant.create(application("flood-4")))).toBe("CONFLICT");
    // Once one is approved, there is room for another.
    await database.db
      .update(restaurants)
      .set({ status: "active" })
      .where(eq(restaurants.slug, "flood-1"));
    expect(await codeOf(as(applicant).restaurant.create(application("flood-4")))).toBe("OK");
  });

  it("holds the pending limit under concurrent applications", async () => {
    const applicant = await createUser(database.db);
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => codeOf(as(applicant).restaurant.create(application(`race-${n}`)))),
    );
    expect(outcomes.filter((c) => c === "OK")).toHaveLength(3);
    expect(outcomes.filter((c) => c === "CONFLICT")).toHaveLength(2);
  });

  it("answers bad input with BAD_REQUEST and the fields at fault", async () => {
    const caller = as(await createUser(database.db));
    const base = application("bad-input");
    expect(
      await outcomeOf(
        caller.restaurant.create({
          ...base,
          // @ts-expect-error -- not an ISO 4217 code we price in.
          currency: "XYZ",
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      fields: { currency: ["Use a supported ISO 4217 currency code, like USD"] },
    });
    expect(await fieldsOf(caller.restaurant.create({ ...base, timeZone: "Mars/Olympus" }))).toEqual(
      ["timeZone"],
    );
    expect(await fieldsOf(caller.restaurant.create({ ...base, timeZone: "+05:30" }))).toEqual([
      "timeZone",
    ]);
    expect(await fieldsOf(caller.restaurant.create({ ...base, slug: "Not a Slug" }))).toEqual([
      "slug",
    ]);
    expect(await fieldsOf(caller.restaurant.create({ ...base, name: "x".repeat(81) }))).toEqual([
      "name",
    ]);
    expect(
      await fieldsOf(caller.restaurant.create({ ...base, description: "x".repeat(1001) })),
    ).toEqual(["description"]);
    expect(
      await fieldsOf(caller.restaurant.create({ ...base, taxRateBasisPoints: 10_001 })),
    ).toEqual(["taxRateBasisPoints"]);
    expect(await fieldsOf(caller.restaurant.create({ ...base, taxRateBasisPoints: 8.5 }))).toEqual([
      "taxRateBasisPoints",
    ]);
    expect(
      await fieldsOf(caller.restaurant.create({ ...base, deliveryFee: -1, minimumOrder: 1e12 })),
    ).toEqual(["deliveryFee", "minimumOrder"]);
    // @ts-expect-error -- strict input: the status is never the applicant's to choose.
    expect(await codeOf(caller.restaurant.create({ ...base, status: "active" }))).toBe(
      "BAD_REQUEST",
    );
    // @ts-expect-error -- strict input: no id either.
    expect(await codeOf(caller.restaurant.create({ ...base, id: "chosen-id" }))).toBe(
      "BAD_REQUEST",
    );
    const created = await database.db
      .select({ id: restaurants.id })
      .from(restaurants)
      .where(eq(restaurants.slug, "bad-input"));
    expect(created).toEqual([]);
  });
});

describe("restaurant.update", () => {
  it("changes any subset of the profile for an owner", async () => {
    const { owner, restaurantId, restaurant } = await team();
    const slug = `${restaurant.slug}-new`;
    const updated = await as(owner).restaurant.update({
      restaurantId,
      name: "  Renamed  ",
      slug,
      timeZone: "america/santiago",
      currency: "CLP",
    });
    expect(updated).toMatchObject({
      id: restaurantId,
      name: "Renamed",
      slug,
      timeZone: "America/Santiago",
      currency: "CLP",
      status: "active",
    });
    const again = await as(owner).restaurant.update({ restaurantId, deliveryFee: 0 });
    expect(again).toMatchObject({ name: "Renamed", deliveryFee: 0 });
  });

  it("answers a taken slug with CONFLICT on the slug field", async () => {
    const { owner, restaurantId } = await team();
    const other = await createOwnedRestaurant(database.db, []);
    const outcome = await outcomeOf(
      as(owner).restaurant.update({ restaurantId, slug: other.slug }),
    );
    expect(outcome).toEqual({ code: "CONFLICT", fields: { slug: ["This slug is already taken"] } });
  });

  it("keeps the currency once the restaurant has orders", async () => {
    const { owner, outsider, restaurantId } = await team();
    await insertOrder(database.db, {
      restaurantId,
      customerId: outsider.userId,
      createdAt: new Date(),
      lines: [{ name: "Tea", unitPrice: 300, quantity: 1 }],
    });
    const outcome = await outcomeOf(as(owner).restaurant.update({ restaurantId, currency: "EUR" }));
    expect(outcome.code).toBe("CONFLICT");
    expect(Object.keys(outcome.fields ?? {})).toEqual(["currency"]);
    // Restating the current currency is no change and goes through.
    expect(await codeOf(as(owner).restaurant.update({ restaurantId, currency: "USD" }))).toBe("OK");
  });

  it("is for owners of that restaurant only", async () => {
    const { owner, staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    const change = { restaurantId, name: "Hijacked" };
    expect(await codeOf(as(null).restaurant.update(change))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).restaurant.update(change))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).restaurant.update(change))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.owner).restaurant.update(change))).toBe("FORBIDDEN");
    expect(await codeOf(as(owner).restaurant.update({ ...change, restaurantId: "nope" }))).toBe(
      "FORBIDDEN",
    );
    const [row] = await database.db
      .select({ name: restaurants.name })
      .from(restaurants)
      .where(eq(restaurants.id, restaurantId));
    expect(row?.name).not.toBe("Hijacked");
  });

  it("refuses status, ids, members and empty changes", async () => {
    const { owner, restaurantId } = await team();
    const caller = as(owner).restaurant;
    // @ts-expect-error -- strict: an owner cannot approve their own restaurant.
    expect(await codeOf(caller.update({ restaurantId, status: "active" }))).toBe("BAD_REQUEST");
    // @ts-expect-error -- strict: nor change its id.
    expect(await codeOf(caller.update({ restaurantId, id: "x" }))).toBe("BAD_REQUEST");
    // @ts-expect-error -- strict: members change through addStaff/removeStaff only.
    expect(await codeOf(caller.update({ restaurantId, members: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.update({ restaurantId }))).toBe("BAD_REQUEST");
    expect(
      await fieldsOf(
        caller.update({
          restaurantId,
          // @ts-expect-error -- not a currency code.
          currency: "usd1",
        }),
      ),
    ).toEqual(["currency"]);
    expect(await fieldsOf(caller.update({ restaurantId, timeZone: "Nowhere/Else" }))).toEqual([
      "timeZone",
    ]);
  });
});

describe("restaurant.setHours", () => {
  const week = [
    { weekday: 5, opens: "18:00", closes: "02:00" },
    { weekday: 1, opens: "11:00", closes: "15:00" },
    { weekday: 1, opens: "15:00", closes: "22:00" },
    { weekday: 0, opens: "00:00", closes: "00:00" },
  ];

  async function storedHours(restaurantId: string) {
    const rows = await database.db
      .select({ weekday: openingHours.weekday })
      .from(openingHours)
      .where(eq(openingHours.restaurantId, restaurantId));
    return rows.length;
  }

  it("replaces the weekly schedule, overnight and 24-hour intervals included", async () => {
    const { owner, restaurantId, restaurant } = await team();
    const saved = await as(owner).restaurant.setHours({ restaurantId, hours: week });
    expect(saved.hours).toEqual([
      { weekday: 0, opens: "00:00", closes: "00:00" },
      { weekday: 1, opens: "11:00", closes: "15:00" },
      { weekday: 1, opens: "15:00", closes: "22:00" },
      { weekday: 5, opens: "18:00", closes: "02:00" },
    ]);
    const profile = await as(null).restaurant.bySlug({ slug: restaurant.slug });
    expect(profile.hours).toEqual(saved.hours);

    const replaced = await as(owner).restaurant.setHours({
      restaurantId,
      hours: [{ weekday: 3, opens: "09:30", closes: "17:00" }],
    });
    expect(replaced.hours).toHaveLength(1);
    expect(await storedHours(restaurantId)).toBe(1);
    await as(owner).restaurant.setHours({ restaurantId, hours: [] });
    expect(await storedHours(restaurantId)).toBe(0);
  });

  it("leaves one schedule, not a mix, when two replacements race", async () => {
    const { owner, restaurantId } = await team();
    const a = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      opens: "08:00",
      closes: "12:00",
    }));
    const b = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      opens: "10:00",
      closes: "14:00",
    }));
    await Promise.all([
      as(owner).restaurant.setHours({ restaurantId, hours: a }),
      as(owner).restaurant.setHours({ restaurantId, hours: b }),
    ]);
    const rows = await database.db
      .select({ opens: openingHours.opens })
      .from(openingHours)
      .where(eq(openingHours.restaurantId, restaurantId));
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.opens)).size).toBe(1);
  });

  it("refuses overlaps and malformed times with field errors, keeping the old hours", async () => {
    const { owner, restaurantId } = await team();
    const caller = as(owner).restaurant;
    await caller.setHours({ restaurantId, hours: week });
    expect(
      await fieldsOf(
        caller.setHours({
          restaurantId,
          hours: [
            { weekday: 2, opens: "11:00", closes: "15:00" },
            { weekday: 2, opens: "14:00", closes: "18:00" },
          ],
        }),
      ),
    ).toEqual(["hours.1"]);
    // Saturday night runs into Sunday morning.
    expect(
      await fieldsOf(
        caller.setHours({
          restaurantId,
          hours: [
            { weekday: 6, opens: "22:00", closes: "02:00" },
            { weekday: 0, opens: "01:00", closes: "03:00" },
          ],
        }),
      ),
    ).toEqual(["hours.1"]);
    expect(
      await fieldsOf(
        caller.setHours({
          restaurantId,
          hours: [
            { weekday: 1, opens: "9:00", closes: "17:00" },
            { weekday: 7, opens: "09:00", closes: "24:00" },
          ],
        }),
      ),
    ).toEqual(["hours.0.opens", "hours.1.closes", "hours.1.weekday"]);
    const tooMany = Array.from({ length: 29 }, (_, i) => ({
      weekday: i % 7,
      opens: `${String(Math.floor(i / 7) * 5).padStart(2, "0")}:00`,
      closes: `${String(Math.floor(i / 7) * 5 + 1).padStart(2, "0")}:00`,
    }));
    expect(await fieldsOf(caller.setHours({ restaurantId, hours: tooMany }))).toEqual(["hours"]);
    expect(
      await codeOf(
        caller.setHours({
          restaurantId,
          // @ts-expect-error -- strict intervals: nothing but weekday, opens and closes.
          hours: [{ weekday: 1, opens: "09:00", closes: "10:00", id: "x" }],
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await storedHours(restaurantId)).toBe(week.length);
  });

  it("is for owners of that restaurant only", async () => {
    const { owner, staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    const input = { restaurantId, hours: [] };
    expect(await codeOf(as(null).restaurant.setHours(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).restaurant.setHours(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(staff).restaurant.setHours(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.owner).restaurant.setHours(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(owner).restaurant.setHours(input))).toBe("OK");
  });
});

describe("restaurant.setAcceptingOrders", () => {
  it("lets staff pause and owners resume ordering", async () => {
    const { owner, staff, restaurantId } = await team();
    expect(
      await as(staff).restaurant.setAcceptingOrders({ restaurantId, acceptingOrders: false }),
    ).toEqual({ id: restaurantId, acceptingOrders: false });
    expect(
      await as(owner).restaurant.setAcceptingOrders({ restaurantId, acceptingOrders: true }),
    ).toEqual({ id: restaurantId, acceptingOrders: true });
  });

  it("is for members of that restaurant only", async () => {
    const { outsider, restaurantId } = await team();
    const elsewhere = await team();
    const input = { restaurantId, acceptingOrders: false };
    expect(await codeOf(as(null).restaurant.setAcceptingOrders(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(outsider).restaurant.setAcceptingOrders(input))).toBe("FORBIDDEN");
    expect(await codeOf(as(elsewhere.staff).restaurant.setAcceptingOrders(input))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(as(elsewhere.owner).restaurant.setAcceptingOrders(input))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses anything but a boolean", async () => {
    const { staff, restaurantId } = await team();
    expect(
      await fieldsOf(
        as(staff).restaurant.setAcceptingOrders({
          restaurantId,
          // @ts-expect-error -- a boolean, not a string.
          acceptingOrders: "no",
        }),
      ),
    ).toEqual(["acceptingOrders"]);
  });
});

describe("restaurant.addStaff and removeStaff", () => {
  async function roleOf(restaurantId: string, userId: string) {
    const [row] = await database.db
      .select({ role: restaurantMembers.role })
      .from(restaurantMembers)
      .where(
        and(eq(restaurantMembers.restaurantId, restaurantId), eq(restaurantMembers.userId, userId)),
      );
    return row?.role ?? null;
  }

  it("adds a member by email, effective on their next request", async () => {
    const { owner, outsider, restaurantId } = await team();
    const input = { restaurantId, acceptingOrders: false };
    expect(await codeOf(as(outsider).restaurant.setAcceptingOrders(input))).toBe("FORBIDDEN");
    const member = await as(owner).restaurant.addStaff({
      restaurantId,
      email: `  ${outsider.email.toUpperCase()} `,
      role: "staff",
    });
    expect(member).toEqual({
      userId: outsider.userId,
      email: outsider.email,
      name: "Test User",
      role: "staff",
    });
    expect(await codeOf(as(outsider).restaurant.setAcceptingOrders(input))).toBe("OK");
    expect(await codeOf(as(outsider).restaurant.setHours({ restaurantId, hours: [] }))).toBe(
      "FORBIDDEN",
    );
  });

  it("adds co-owners", async () => {
    const { owner, outsider, restaurantId } = await team();
    await as(owner).restaurant.addStaff({ restaurantId, email: outsider.email, role: "owner" });
    expect(await roleOf(restaurantId, outsider.userId)).toBe("owner");
    expect(await codeOf(as(outsider).restaurant.setHours({ restaurantId, hours: [] }))).toBe("OK");
  });

  it("answers unknown emails with NOT_FOUND and members with CONFLICT", async () => {
    const { owner, staff, restaurantId } = await team();
    const unknown = await outcomeOf(
      as(owner).restaurant.addStaff({ restaurantId, email: "nobody@example.com", role: "staff" }),
    );
    expect(unknown).toEqual({
      code: "NOT_FOUND",
      fields: { email: ["No account with this email"] },
    });
    expect(
      await codeOf(
        as(owner).restaurant.addStaff({ restaurantId, email: staff.email, role: "owner" }),
      ),
    ).toBe("CONFLICT");
    // Already staff: the CONFLICT did not promote them.
    expect(await roleOf(restaurantId, staff.userId)).toBe("staff");
  });

  it("refuses bad emails, unknown roles and extra fields", async () => {
    const { owner, outsider, restaurantId } = await team();
    const caller = as(owner).restaurant;
    expect(
      await fieldsOf(caller.addStaff({ restaurantId, email: "not-an-email", role: "staff" })),
    ).toEqual(["email"]);
    expect(
      // @ts-expect-error -- only owner or staff.
      await fieldsOf(caller.addStaff({ restaurantId, email: outsider.email, role: "admin" })),
    ).toEqual(["role"]);
    expect(
      await codeOf(
        // @ts-expect-error -- strict: no user ids smuggled in.
        caller.addStaff({ restaurantId, email: outsider.email, role: "staff", userId: "x" }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("removes a member, effective on their next request", async () => {
    const { owner, staff, restaurantId } = await team();
    const input = { restaurantId, acceptingOrders: false };
    expect(await codeOf(as(staff).restaurant.setAcceptingOrders(input))).toBe("OK");
    expect(await as(owner).restaurant.removeStaff({ restaurantId, userId: staff.userId })).toEqual({
      restaurantId,
      userId: staff.userId,
    });
    expect(await codeOf(as(staff).restaurant.setAcceptingOrders(input))).toBe("FORBIDDEN");
    expect(await as(staff).restaurant.mine()).toEqual([]);
    expect(
      await codeOf(as(owner).restaurant.removeStaff({ restaurantId, userId: staff.userId })),
    ).toBe("NOT_FOUND");
  });

  it("never removes the last owner, even when two owners remove each other at once", async () => {
    const { owner, outsider, restaurantId } = await team();
    expect(
      await codeOf(as(owner).restaurant.removeStaff({ restaurantId, userId: owner.userId })),
    ).toBe("CONFLICT");
    await as(owner).restaurant.addStaff({ restaurantId, email: outsider.email, role: "owner" });
    const outcomes = await Promise.all([
      codeOf(as(owner).restaurant.removeStaff({ restaurantId, userId: outsider.userId })),
      codeOf(as(outsider).restaurant.removeStaff({ restaurantId, userId: owner.userId })),
    ]);
    // One removal wins. The other is refused: CONFLICT when the two overlap, FORBIDDEN when the
    // winner committed before the loser's own ownership was checked (it is no owner any more).
    const [loser, winner] = outcomes.sort();
    expect(winner).toBe("OK");
    expect(["CONFLICT", "FORBIDDEN"]).toContain(loser);
    const owners = await database.db
      .select({ userId: restaurantMembers.userId })
      .from(restaurantMembers)
      .where(
        and(eq(restaurantMembers.restaurantId, restaurantId), eq(restaurantMembers.role, "owner")),
      );
    expect(owners).toHaveLength(1);
  });

  it("lets an owner step down while another owner remains", async () => {
    const { owner, outsider, restaurantId } = await team();
    await as(owner).restaurant.addStaff({ restaurantId, email: outsider.email, role: "owner" });
    expect(
      await codeOf(as(owner).restaurant.removeStaff({ restaurantId, userId: owner.userId })),
    ).toBe("OK");
    expect(await roleOf(restaurantId, owner.userId)).toBeNull();
  });

  it("is for owners of that restaurant only", async () => {
    const { owner, staff, outsider, restaurantId } = await team();
    const elsewhere = await team();
    const add = { restaurantId, email: outsider.email, role: "owner" as const };
    const remove = { restaurantId, userId: owner.userId };
    for (const user of [staff, outsider, elsewhere.owner]) {
      expect(await codeOf(as(user).restaurant.addStaff(add))).toBe("FORBIDDEN");
      expect(await codeOf(as(user).restaurant.removeStaff(remove))).toBe("FORBIDDEN");
    }
    expect(await codeOf(as(null).restaurant.addStaff(add))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).restaurant.removeStaff(remove))).toBe("UNAUTHORIZED");
    // Owner of another restaurant cannot pull a member out of this one via their own id.
    expect(
      await codeOf(
        as(elsewhere.owner).restaurant.removeStaff({
          restaurantId: elsewhere.restaurantId,
          userId: staff.userId,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await roleOf(restaurantId, staff.userId)).toBe("staff");
  });
});

describe("restaurant.mine", () => {
  it("lists the caller's restaurants with their role in two round trips", async () => {
    const person = await createUser(database.db);
    const owned = await createOwnedRestaurant(database.db, [[person, "owner"]], {
      name: "Beta Grill",
    });
    const staffed = await createOwnedRestaurant(database.db, [[person, "staff"]], {
      name: "Alpha Cafe",
      status: "suspended",
      acceptingOrders: false,
      timeZone: "Asia/Tokyo",
    });
    await createOwnedRestaurant(database.db, [], { name: "Not Mine" });
    const { caller } = callerAs(database.db, person);
    const before = database.stats.queries;
    const mine = await caller.restaurant.mine();
    expect(database.stats.queries - before).toBe(2);
    expect(mine).toEqual([
      {
        id: staffed.id,
        slug: staffed.slug,
        name: "Alpha Cafe",
        status: "suspended",
        acceptingOrders: false,
        timeZone: "Asia/Tokyo",
        role: "staff",
      },
      {
        id: owned.id,
        slug: owned.slug,
        name: "Beta Grill",
        status: "active",
        acceptingOrders: true,
        timeZone: "UTC",
        role: "owner",
      },
    ]);
  });

  it("is empty for a plain customer and refuses the signed-out", async () => {
    expect(await as(await createUser(database.db)).restaurant.mine()).toEqual([]);
    expect(await codeOf(as(null).restaurant.mine())).toBe("UNAUTHORIZED");
  });
});
