import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { auditLog, restaurants, users } from "@dishpatch/db/schema";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestUser } from "./support";
import { accessOf, callAs, codeOf, errorOf, insertOrder } from "./fixtures-menu-admin";
import { createRestaurant, createUser } from "./support";

let database: TestDatabase;
let admin: TestUser;
let customer: TestUser;
let owner: TestUser;
let restaurantId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  [admin, customer, owner] = await Promise.all([
    createUser(database.db, { role: "admin" }),
    createUser(database.db),
    createUser(database.db),
  ]);
  restaurantId = await createRestaurant(database.db, [[owner, "owner"]]);
});
afterAll(async () => {
  await database.drop();
});

async function auditRowsFor(targetId: string) {
  return database.db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
}

/** A restaurant in a given state, applied for at a given time, owned by a new user. */
async function restaurantAt(
  name: string,
  status: "pending" | "active" | "suspended",
  createdAt: Date,
) {
  const applicant = await createUser(database.db);
  const id = await createRestaurant(database.db, [[applicant, "owner"]]);
  await database.db
    .update(restaurants)
    .set({ name, status, createdAt })
    .where(eq(restaurants.id, id));
  return { id, ownerEmail: applicant.email };
}

/** A valid call of every admin procedure. */
const adminCalls: [string, (caller: ReturnType<typeof callAs>) => Promise<unknown>][] = [
  ["restaurants", (c) => c.admin.restaurants({})],
  [
    "setRestaurantStatus",
    (c) => c.admin.setRestaurantStatus({ restaurantId, status: "suspended", reason: "Audit" }),
  ],
  ["users", (c) => c.admin.users({})],
  ["setUserRole", (c) => c.admin.setUserRole({ userId: customer.userId, role: "admin" })],
  [
    "suspendUser",
    (c) => c.admin.suspendUser({ userId: customer.userId, suspended: true, reason: "Spam" }),
  ],
  ["orders", (c) => c.admin.orders({})],
  ["auditLog", (c) => c.admin.auditLog({})],
];

describe("admin access", () => {
  it("declares admin for every procedure", () => {
    for (const [name] of adminCalls) expect(accessOf(`admin.${name}`), name).toBe("admin");
  });

  it("refuses the signed out, customers and restaurant owners, changing nothing", async () => {
    for (const [name, call] of adminCalls) {
      expect(await codeOf(call(callAs(database.db, null))), name).toBe("UNAUTHORIZED");
      expect(await codeOf(call(callAs(database.db, customer))), name).toBe("FORBIDDEN");
      expect(await codeOf(call(callAs(database.db, owner))), name).toBe("FORBIDDEN");
    }
    const [restaurant] = await database.db
      .select({ status: restaurants.status })
      .from(restaurants)
      .where(eq(restaurants.id, restaurantId));
    expect(restaurant?.status).toBe("active");
    const [user] = await database.db.select().from(users).where(eq(users.id, customer.userId));
    expect(user).toMatchObject({ role: "customer", status: "active", sessionVersion: 1 });
    expect(await database.db.select().from(auditLog)).toEqual([]);
  });
});

describe("admin.restaurants", () => {
  it("lists the approval queue oldest first, with owners and counts, a page per call", async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12));
    const late = await restaurantAt("Queue Late", "pending", day(3));
    const early = await restaurantAt("Queue Early", "pending", day(1));
    const middle = await restaurantAt("Queue Middle", "pending", day(2));
    await insertOrder(database.db, { restaurantId: middle.id, customerId: customer.userId });
    const caller = callAs(database.db, admin);

    const first = await caller.admin.restaurants({ status: "pending", search: "queue", limit: 2 });
    expect(first.items.map((r) => r.name)).toEqual(["Queue Early", "Queue Middle"]);
    expect(first.items[1]).toMatchObject({
      id: middle.id,
      status: "pending",
      ownerEmails: [middle.ownerEmail],
      staffCount: 0,
      menuItemCount: 0,
      orderCount: 1,
      reviewCount: 0,
      averageRating: null,
    });
    expect(first.items[0]?.createdAt).toEqual(day(1));
    expect(first.items[0]).not.toHaveProperty("cursorAt");
    const second = await caller.admin.restaurants({
      status: "pending",
      search: "queue",
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map((r) => r.id)).toEqual([late.id]);
    expect(second.nextCursor).toBeNull();
    expect(early.id).toBe(first.items[0]?.id);
  });

  it("lists other statuses newest first, and searches by name", async () => {
    const older = await restaurantAt(
      "Suspended Older",
      "suspended",
      new Date("2026-10-01T00:00:00Z"),
    );
    const newer = await restaurantAt(
      "Suspended Newer",
      "suspended",
      new Date("2026-10-05T00:00:00Z"),
    );
    const caller = callAs(database.db, admin);
    const listed = await caller.admin.restaurants({ status: "suspended", search: "Suspended " });
    expect(listed.items.map((r) => r.id)).toEqual([newer.id, older.id]);
    const all = await caller.admin.restaurants({ search: "suspended new" });
    expect(all.items.map((r) => r.id)).toEqual([newer.id]);
  });

  it("costs two round trips: the viewer and one query", async () => {
    const before = database.stats.queries;
    await callAs(database.db, admin).admin.restaurants({ status: "all", search: "a" });
    expect(database.stats.queries - before).toBe(2);
  });

  it("answers a forged cursor and unknown filters with BAD_REQUEST", async () => {
    const caller = callAs(database.db, admin);
    expect(await codeOf(caller.admin.restaurants({ cursor: "forged" }))).toBe("BAD_REQUEST");
    // @ts-expect-error -- there is no such status.
    expect(await codeOf(caller.admin.restaurants({ status: "deleted" }))).toBe("BAD_REQUEST");
  });
});

describe("admin.setRestaurantStatus", () => {
  it("approves, suspends with a reason, reinstates: one audit row each, with actor and details", async () => {
    const { id } = await restaurantAt("Approve Me", "pending", new Date());
    const caller = callAs(database.db, admin);

    expect(await caller.admin.setRestaurantStatus({ restaurantId: id, status: "active" })).toEqual({
      status: "active",
      action: "restaurant.approve",
    });
    let rows = await auditRowsFor(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.userId,
      action: "restaurant.approve",
      targetType: "restaurant",
      targetId: id,
      details: { from: "pending", to: "active", reason: "" },
    });

    await caller.admin.setRestaurantStatus({
      restaurantId: id,
      status: "suspended",
      reason: "Health inspection failed",
    });
    rows = await auditRowsFor(id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.action === "restaurant.suspend")?.details).toEqual({
      from: "active",
      to: "suspended",
      reason: "Health inspection failed",
    });
    const [slug] = await database.db
      .select({ slug: restaurants.slug })
      .from(restaurants)
      .where(eq(restaurants.id, id));
    expect(
      await codeOf(callAs(database.db, null).restaurant.bySlug({ slug: slug?.slug ?? "" })),
    ).toBe("NOT_FOUND");

    await caller.admin.setRestaurantStatus({
      restaurantId: id,
      status: "active",
      reason: "Passed re-inspection",
    });
    rows = await auditRowsFor(id);
    expect(rows.map((r) => r.action).sort()).toEqual([
      "restaurant.approve",
      "restaurant.reinstate",
      "restaurant.suspend",
    ]);
  });

  it("refuses moves that are not allowed, writing no audit row", async () => {
    const { id } = await restaurantAt("Already Active", "active", new Date());
    const caller = callAs(database.db, admin);
    const same = await errorOf(
      caller.admin.setRestaurantStatus({ restaurantId: id, status: "active" }),
    );
    expect(same.code).toBe("CONFLICT");
    const noReason = await errorOf(
      caller.admin.setRestaurantStatus({ restaurantId: id, status: "suspended" }),
    );
    expect(noReason).toMatchObject({ code: "BAD_REQUEST" });
    expect(noReason.fields).toHaveProperty("reason");
    expect(
      // @ts-expect-error -- nothing goes back to pending.
      await codeOf(caller.admin.setRestaurantStatus({ restaurantId: id, status: "pending" })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        caller.admin.setRestaurantStatus({ restaurantId: "no-such-restaurant", status: "active" }),
      ),
    ).toBe("NOT_FOUND");
    expect(await auditRowsFor(id)).toEqual([]);
  });
});

describe("admin.users", () => {
  it("searches, filters and pages users, never showing a password hash", async () => {
    const marked = await Promise.all([
      createUser(database.db),
      createUser(database.db),
      createUser(database.db),
    ]);
    await database.db
      .update(users)
      .set({ name: "Zebediah Findme" })
      .where(eq(users.id, marked[0].userId));
    await database.db
      .update(users)
      .set({ name: "Zebediah Findme", status: "suspended" })
      .where(eq(users.id, marked[1].userId));
    const caller = callAs(database.db, admin);

    const byName = await caller.admin.users({ search: "zebediah" });
    expect(byName.items.map((u) => u.id).sort()).toEqual(
      [marked[0].userId, marked[1].userId].sort(),
    );
    for (const user of byName.items) {
      expect(Object.keys(user).sort()).toEqual(
        [
          "createdAt",
          "email",
          "id",
          "membershipCount",
          "name",
          "orderCount",
          "role",
          "status",
        ].sort(),
      );
    }
    const byEmail = await caller.admin.users({ search: marked[2].email.toUpperCase() });
    expect(byEmail.items.map((u) => u.id)).toEqual([marked[2].userId]);
    const suspended = await caller.admin.users({ search: "zebediah", status: "suspended" });
    expect(suspended.items.map((u) => u.id)).toEqual([marked[1].userId]);
    const admins = await caller.admin.users({ role: "admin" });
    expect(admins.items.every((u) => u.role === "admin")).toBe(true);
    expect(admins.items.map((u) => u.id)).toContain(admin.userId);
    const owners = await caller.admin.users({ search: owner.email });
    expect(owners.items[0]).toMatchObject({ membershipCount: 1 });

    // Every user exactly once across pages.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.admin.users>> = await caller.admin.users({
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    const everyone = await database.db.select({ id: users.id }).from(users);
    expect(seen.sort()).toEqual(everyone.map((u) => u.id).sort());
  });

  it("costs two round trips", async () => {
    const before = database.stats.queries;
    await callAs(database.db, admin).admin.users({ search: "example" });
    expect(database.stats.queries - before).toBe(2);
  });
});

describe("admin.setUserRole", () => {
  it("grants admin at once: old sessions end, the new one may act as admin; audited", async () => {
    const promoted = await createUser(database.db);
    const caller = callAs(database.db, admin);
    expect(await caller.admin.setUserRole({ userId: promoted.userId, role: "admin" })).toEqual({
      role: "admin",
      action: "user.grant_admin",
    });
    const rows = await auditRowsFor(promoted.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.userId,
      action: "user.grant_admin",
      targetType: "user",
      details: { from: "customer", to: "admin" },
    });
    expect(await codeOf(callAs(database.db, promoted).admin.users({}))).toBe("UNAUTHORIZED");
    const renewed = { ...promoted, sessionVersion: 2 };
    expect(await codeOf(callAs(database.db, renewed).admin.users({}))).toBe("OK");

    await caller.admin.setUserRole({ userId: promoted.userId, role: "customer" });
    expect((await auditRowsFor(promoted.userId)).map((r) => r.action).sort()).toEqual([
      "user.grant_admin",
      "user.revoke_admin",
    ]);
    expect(
      await codeOf(callAs(database.db, { ...promoted, sessionVersion: 3 }).admin.users({})),
    ).toBe("FORBIDDEN");
  });

  it("refuses demoting yourself, a role already held and unknown users", async () => {
    const caller = callAs(database.db, admin);
    const self = await errorOf(
      caller.admin.setUserRole({ userId: admin.userId, role: "customer" }),
    );
    expect(self.code).toBe("CONFLICT");
    expect(
      await codeOf(caller.admin.setUserRole({ userId: customer.userId, role: "customer" })),
    ).toBe("CONFLICT");
    expect(await codeOf(caller.admin.setUserRole({ userId: "nobody", role: "admin" }))).toBe(
      "NOT_FOUND",
    );
    expect(
      // @ts-expect-error -- platform roles only; restaurant roles are memberships.
      await codeOf(caller.admin.setUserRole({ userId: customer.userId, role: "owner" })),
    ).toBe("BAD_REQUEST");
    expect(await auditRowsFor(admin.userId)).toEqual([]);
    expect(await auditRowsFor(customer.userId)).toEqual([]);
  });

  it("never leaves the marketplace without an admin when two admins demote each other at once", async () => {
    const [a, b] = await Promise.all([
      createUser(database.db, { role: "admin" }),
      createUser(database.db, { role: "admin" }),
    ]);
    const results = await Promise.all([
      codeOf(callAs(database.db, a).admin.setUserRole({ userId: b.userId, role: "customer" })),
      codeOf(callAs(database.db, b).admin.setUserRole({ userId: a.userId, role: "customer" })),
    ]);
    expect(results.filter((code) => code === "OK")).toHaveLength(1);
    const roles = await database.db
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, results[0] === "OK" ? a.userId : b.userId));
    expect(roles[0]?.role).toBe("admin");
  });
});

describe("admin.suspendUser", () => {
  it("suspends at once (sessions end; a current one is refused as suspended), then reinstates", async () => {
    const target = await createUser(database.db);
    const caller = callAs(database.db, admin);
    expect(await codeOf(callAs(database.db, target).auth.updateProfile({ name: "Before" }))).toBe(
      "OK",
    );

    expect(
      await caller.admin.suspendUser({
        userId: target.userId,
        suspended: true,
        reason: "Chargeback fraud",
      }),
    ).toEqual({ status: "suspended", action: "user.suspend" });
    // The session they had is over…
    expect(await codeOf(callAs(database.db, target).auth.updateProfile({ name: "After" }))).toBe(
      "UNAUTHORIZED",
    );
    // …and a session of the current version is refused because the account is suspended.
    const current = { ...target, sessionVersion: 2 };
    const refused = await errorOf(
      callAs(database.db, current).auth.updateProfile({ name: "After" }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/suspended/);

    expect(await caller.admin.suspendUser({ userId: target.userId, suspended: false })).toEqual({
      status: "active",
      action: "user.reinstate",
    });
    expect(await codeOf(callAs(database.db, current).auth.updateProfile({ name: "Back" }))).toBe(
      "OK",
    );
    const rows = await auditRowsFor(target.userId);
    expect(rows.map((r) => [r.action, r.actorId, r.details])).toEqual(
      expect.arrayContaining([
        [
          "user.suspend",
          admin.userId,
          { from: "active", to: "suspended", reason: "Chargeback fraud" },
        ],
        ["user.reinstate", admin.userId, { from: "suspended", to: "active", reason: "" }],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it("refuses suspending yourself, a missing reason, repeats and unknown users", async () => {
    const caller = callAs(database.db, admin);
    expect(
      await codeOf(
        caller.admin.suspendUser({ userId: admin.userId, suspended: true, reason: "Oops" }),
      ),
    ).toBe("CONFLICT");
    const noReason = await errorOf(
      caller.admin.suspendUser({ userId: customer.userId, suspended: true }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(noReason.fields).toHaveProperty("reason");
    expect(
      await codeOf(caller.admin.suspendUser({ userId: customer.userId, suspended: false })),
    ).toBe("CONFLICT");
    expect(
      await codeOf(caller.admin.suspendUser({ userId: "nobody", suspended: true, reason: "Spam" })),
    ).toBe("NOT_FOUND");
    expect(await auditRowsFor(customer.userId)).toEqual([]);
  });
});

describe("admin.orders", () => {
  it("lists every order newest first with restaurant, customer and totals; filters; pages", async () => {
    const other = await createRestaurant(database.db, [[await createUser(database.db), "owner"]]);
    const buyer = await createUser(database.db);
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 12, minute));
    const first = await insertOrder(database.db, {
      restaurantId,
      customerId: buyer.userId,
      createdAt: at(1),
      quantity: 2,
    });
    const second = await insertOrder(database.db, {
      restaurantId: other,
      customerId: buyer.userId,
      createdAt: at(2),
      status: "delivered",
    });
    const third = await insertOrder(database.db, {
      restaurantId,
      customerId: customer.userId,
      createdAt: at(3),
    });
    const caller = callAs(database.db, admin);

    const mine = await caller.admin.orders({ customerEmail: buyer.email.toUpperCase() });
    expect(mine.items.map((o) => o.id)).toEqual([second.id, first.id]);
    expect(mine.items[1]).toMatchObject({
      status: "placed",
      currency: "USD",
      subtotal: 2400,
      total: first.total,
      itemCount: 2,
      customer: { id: buyer.userId, email: buyer.email },
      restaurant: { id: restaurantId },
    });
    expect(mine.items[1]?.restaurant.name).toMatch(/^Restaurant /);
    expect((await caller.admin.orders({ status: "delivered" })).items.map((o) => o.id)).toEqual([
      second.id,
    ]);
    expect((await caller.admin.orders({ restaurantId })).items.map((o) => o.id)).toEqual([
      third.id,
      first.id,
    ]);

    // Pages of two add up to the whole list, newest first.
    const all = (await caller.admin.orders({ limit: 100 })).items;
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.admin.orders>> = await caller.admin.orders({
        limit: 2,
        cursor,
      });
      paged.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((o) => o.id));
    const times = all.map((o) => o.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(paged.filter((id) => [first.id, second.id, third.id].includes(id))).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
  });

  it("costs two round trips", async () => {
    const before = database.stats.queries;
    await callAs(database.db, admin).admin.orders({ status: "placed" });
    expect(database.stats.queries - before).toBe(2);
  });
});

describe("admin.auditLog", () => {
  it("reads newest first with the actor's email, filtered by target or action, paged", async () => {
    const { id } = await restaurantAt("Audited", "pending", new Date());
    const caller = callAs(database.db, admin);
    await caller.admin.setRestaurantStatus({ restaurantId: id, status: "active" });
    await caller.admin.setRestaurantStatus({
      restaurantId: id,
      status: "suspended",
      reason: "Complaints",
    });

    const log = await caller.admin.auditLog({ targetType: "restaurant", targetId: id });
    expect(log.items.map((e) => e.action)).toEqual(["restaurant.suspend", "restaurant.approve"]);
    expect(log.items[0]).toMatchObject({
      actorEmail: admin.email,
      actorName: "Test User",
      actorId: admin.userId,
      targetId: id,
      // The restaurant's current name, so the log reads without looking ids up.
      targetLabel: "Audited",
    });
    expect(log.items[0]?.createdAt).toBeInstanceOf(Date);

    const suspensions = await caller.admin.auditLog({ action: "restaurant.suspend" });
    expect(suspensions.items.every((e) => e.action === "restaurant.suspend")).toBe(true);
    expect(suspensions.items.map((e) => e.targetId)).toContain(id);

    const page1 = await caller.admin.auditLog({ limit: 1 });
    const page2 = await caller.admin.auditLog({ limit: 1, cursor: page1.nextCursor });
    expect(page1.items[0]?.action).toBe("restaurant.suspend");
    expect(page2.items[0]?.id).toBeLessThan(page1.items[0]?.id ?? 0);
  });

  it("names a user target by email", async () => {
    const target = await createUser(database.db);
    const caller = callAs(database.db, admin);
    await caller.admin.suspendUser({ userId: target.userId, suspended: true, reason: "Spam" });
    const log = await caller.admin.auditLog({ targetType: "user", targetId: target.userId });
    expect(log.items.map((e) => [e.action, e.targetLabel])).toEqual([
      ["user.suspend", target.email],
    ]);
  });

  it("costs two round trips", async () => {
    const before = database.stats.queries;
    await callAs(database.db, admin).admin.auditLog({ action: "user.suspend" });
    expect(database.stats.queries - before).toBe(2);
  });
});
