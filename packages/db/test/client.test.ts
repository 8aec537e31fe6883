import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createDatabase } from "../src/client";
import { checkDatabase } from "../src/queries/health";
import { restaurants } from "../src/schema";
import type { TestDatabase } from "../src/testing";
import { createTestDatabase } from "../src/testing";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

describe("createDatabase over the Neon driver and the local relay", () => {
  it("runs queries and counts them for Server-Timing", async () => {
    const before = database.stats.queries;
    const { rows } = await database.db.execute<{ answer: number }>(sql`select 6 * 7 as answer`);
    expect(rows[0]?.answer).toBe(42);
    expect(database.stats.queries).toBe(before + 1);
    expect(database.stats.durationMs).toBeGreaterThan(0);
  });

  it("rolls back an interactive transaction that throws", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(restaurants).values({ slug: "rolled-back", name: "Rolled Back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const found = await database.db
      .select()
      .from(restaurants)
      .where(eq(restaurants.slug, "rolled-back"));
    expect(found).toEqual([]);
  });

  it("commits an interactive transaction", async () => {
    await database.db.transaction(async (tx) => {
      await tx.insert(restaurants).values({ slug: "committed", name: "Committed" });
    });
    const found = await database.db
      .select({ name: restaurants.name })
      .from(restaurants)
      .where(eq(restaurants.slug, "committed"));
    expect(found).toEqual([{ name: "Committed" }]);
  });
});

describe("checkDatabase", () => {
  it("reports a reachable database with its latency", async () => {
    const result = await checkDatabase(database.db);
    expect(result.reachable).toBe(true);
    expect(result.latencyMs).toBeGreaterThan(0);
  });

  it("reports an unreachable database instead of throwing", async () => {
    // Port 1 on loopback: nothing listens there, so the relay's TCP connect is refused.
    const unreachable = createDatabase({
      url: "postgres://postgres:postgres@localhost:1/none",
      wsProxy: database.wsProxy,
    });
    try {
      await expect(checkDatabase(unreachable.db, 2_000)).resolves.toEqual({
        reachable: false,
        latencyMs: null,
      });
    } finally {
      await unreachable.end();
    }
  });
});
