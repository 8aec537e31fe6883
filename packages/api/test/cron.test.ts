import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import { idempotencyKeys } from "@dishpatch/db/schema";
import { createTestDatabase } from "@dishpatch/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import type { TestUser } from "./support";
import { handleCronRequest } from "../src";
import { createUser } from "./support";

let database: TestDatabase;
let user: TestUser;
const secret = "a-test-cron-secret-of-some-length";

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  user = await createUser(database.db);
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

function runJob(job: string, authorization?: string, now?: Date) {
  const headers = authorization ? { authorization } : undefined;
  return handleCronRequest(new Request(`http://dishpatch.test/api/cron/${job}`, { headers }), {
    job,
    secret,
    now,
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
  });
}

describe("cron jobs over HTTP", () => {
  it("refuses callers without the secret, or with a wrong one, as 401", async () => {
    for (const authorization of [
      undefined,
      "Bearer wrong",
      `Bearer ${secret}x`,
      secret,
      `Basic ${secret}`,
    ]) {
      const res = await runJob("purge-idempotency-keys", authorization);
      expect(res.status).toBe(401);
    }
  });

  it("answers 404 for a job that does not exist", async () => {
    const res = await runJob("drop-everything", `Bearer ${secret}`);
    expect(res.status).toBe(404);
  });
});

describe("purge-idempotency-keys", () => {
  it("forgets keys older than a day and keeps newer ones; a second run deletes nothing", async () => {
    const now = new Date();
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    await database.db.insert(idempotencyKeys).values([
      { userId: user.userId, key: "old-1", requestHash: "h", createdAt: hoursAgo(30) },
      { userId: user.userId, key: "old-2", requestHash: "h", createdAt: hoursAgo(25) },
      { userId: user.userId, key: "fresh", requestHash: "h", createdAt: hoursAgo(23) },
    ]);
    const first = await runJob("purge-idempotency-keys", `Bearer ${secret}`, now);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ result: { deleted: 2 } });
    const second = await runJob("purge-idempotency-keys", `Bearer ${secret}`, now);
    expect(await second.json()).toMatchObject({ result: { deleted: 0 } });
    const left = await database.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.userId, user.userId));
    expect(left.map((k) => k.key)).toEqual(["fresh"]);
  });
});
