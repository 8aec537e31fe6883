import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { openingHours, restaurants } from "@dishpatch/db/schema";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { callerAs } from "./support";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  const inserted = await database.db
    .insert(restaurants)
    .values([
      ...["Alder", "Birch", "Cedar", "Damson", "Elm"].map((name) => ({
        slug: name.toLowerCase(),
        name,
        status: "active" as const,
        cuisine: "Nordic",
      })),
      { slug: "fig", name: "Fig", status: "active" as const, cuisine: "Levantine" },
      {
        slug: "hidden-pending",
        name: "Hidden Pending",
        status: "pending" as const,
        cuisine: "Secret",
      },
    ])
    .returning({ id: restaurants.id, slug: restaurants.slug });
  const cedar = inserted.find((r) => r.slug === "cedar");
  await database.db.insert(openingHours).values(
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      restaurantId: cedar?.id ?? "",
      weekday,
      opens: "00:00",
      closes: "00:00",
    })),
  );
});
afterAll(async () => {
  await database.drop();
});

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("restaurant.cuisines", () => {
  it("lists the cuisines of active restaurants once each, alphabetically, in one round trip", async () => {
    const { caller } = callerAs(database.db, null);
    const before = database.stats.queries;
    // "Secret" belongs to a pending restaurant: not listed.
    expect(await caller.restaurant.cuisines()).toEqual(["Levantine", "Nordic"]);
    expect(database.stats.queries - before).toBe(1);
  });
});

describe("restaurant.list", () => {
  it("pages through active restaurants, open first, with an opaque cursor", async () => {
    const { caller } = callerAs(database.db, null);
    const first = await caller.restaurant.list({ limit: 2 });
    expect(first.items.map((r) => r.name)).toEqual(["Cedar", "Alder"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await caller.restaurant.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((r) => r.name)).toEqual(["Birch", "Damson"]);
    const third = await caller.restaurant.list({ limit: 2, cursor: second.nextCursor });
    expect(third.items.map((r) => r.name)).toEqual(["Elm", "Fig"]);
    expect(third.nextCursor).toBeNull();
  });

  it("filters by cuisine, by name and to the restaurants open now", async () => {
    const { caller } = callerAs(database.db, null);
    const names = async (input: Parameters<typeof caller.restaurant.list>[0]) =>
      (await caller.restaurant.list(input)).items.map((r) => r.name);
    expect(await names({ cuisine: "levantine" })).toEqual(["Fig"]);
    expect(await names({ search: "ED", cuisine: "Nordic" })).toEqual(["Cedar"]);
    expect(await names({ openNow: true })).toEqual(["Cedar"]);
    expect(await names({ openNow: true, cuisine: "Levantine" })).toEqual([]);
    expect(await names({ openNow: false, limit: 3 })).toEqual(["Cedar", "Alder", "Birch"]);
  });

  it("pages through the open-now filter with the same cursor", async () => {
    const { caller } = callerAs(database.db, null);
    const first = await caller.restaurant.list({ openNow: true, limit: 1 });
    expect(first.items.map((r) => r.name)).toEqual(["Cedar"]);
    expect(first.nextCursor).toBeNull();
  });

  it("costs one database round trip per page", async () => {
    const { caller } = callerAs(database.db, null);
    const before = database.stats.queries;
    await caller.restaurant.list({ search: "e", limit: 3 });
    expect(database.stats.queries - before).toBe(1);
  });

  it("answers a forged cursor, unknown fields and absurd limits with BAD_REQUEST", async () => {
    const { caller } = callerAs(database.db, null);
    expect(await codeOf(caller.restaurant.list({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
    expect(await codeOf(caller.restaurant.list({ cursor: btoa('{"openNow":"yes"}') }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(caller.restaurant.list({ limit: 1000 }))).toBe("BAD_REQUEST");
    // @ts-expect-error -- strict schema: a client cannot smuggle extra fields.
    expect(await codeOf(caller.restaurant.list({ status: "pending" }))).toBe("BAD_REQUEST");
  });
});

describe("restaurant.bySlug", () => {
  it("returns an active restaurant with its menu in one round trip", async () => {
    const { caller } = callerAs(database.db, null);
    const before = database.stats.queries;
    const cedar = await caller.restaurant.bySlug({ slug: "cedar" });
    expect(database.stats.queries - before).toBe(1);
    expect(cedar).toMatchObject({ name: "Cedar", openNow: true, categories: [] });
    expect(cedar.hours).toHaveLength(7);
  });

  it("hides pending restaurants and unknown slugs alike", async () => {
    const { caller } = callerAs(database.db, null);
    expect(await codeOf(caller.restaurant.bySlug({ slug: "hidden-pending" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.restaurant.bySlug({ slug: "nowhere" }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.restaurant.bySlug({ slug: "Not A Slug!" }))).toBe("BAD_REQUEST");
  });
});
