import { createDatabase } from "@dishpatch/db";
import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createCaller, createContextInner } from "../src";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
});
afterAll(async () => {
  await database.drop();
});

describe("health.check", () => {
  it("reports ok with the database latency, version and time", async () => {
    const caller = createCaller(createContextInner({ db: database.db }));
    const before = new Date();
    const result = await caller.health.check();
    expect(result.status).toBe("ok");
    expect(result.database.reachable).toBe(true);
    expect(result.database.latencyMs).toBeGreaterThan(0);
    expect(result.version).toMatch(/\S/);
    expect(result.time.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it("reports degraded, not an error, when the database is down", async () => {
    const unreachable = createDatabase({
      url: "postgres://postgres:postgres@localhost:1/none",
      wsProxy: database.wsProxy,
    });
    try {
      const caller = createCaller(createContextInner({ db: unreachable.db }));
      const result = await caller.health.check();
      expect(result.status).toBe("degraded");
      expect(result.database).toEqual({ reachable: false, latencyMs: null });
    } finally {
      await unreachable.end();
    }
  });
});
