import { readFile } from "node:fs/promises";

import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import {
  dailySales,
  idempotencyKeys,
  orderEvents,
  orders,
  payments,
  restaurants,
} from "@dishpatch/db/schema";
import { createTestDatabase } from "@dishpatch/db/testing";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";

import type { TestUser } from "./support";
import { createMemoryLimiter, cronJobs, handleCronRequest } from "../src";
import {
  checkout,
  createKitchen,
  expectLedgersBalanced,
  placeOrderAs,
  stockOf,
} from "./fixtures-orders";
import { callerAs, createUser } from "./support";

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

describe("the schedule", () => {
  it("has vercel.json run exactly the jobs the API has", async () => {
    const config: unknown = JSON.parse(
      await readFile(new URL("../../../vercel.json", import.meta.url), "utf8"),
    );
    const scheduled = z
      .object({ crons: z.array(z.object({ path: z.string() })) })
      .parse(config)
      .crons.map((cron) => cron.path);
    expect(scheduled.sort()).toEqual(
      Object.keys(cronJobs)
        .map((job) => `/api/cron/${job}`)
        .sort(),
    );
  });
});

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

const expiryResult = z.object({ result: z.object({ expired: z.number(), skipped: z.number() }) });

describe("expire-orders", () => {
  it("expires orders not accepted within 10 minutes, once even when two runs overlap", async () => {
    const db = database.db;
    const kitchen = await createKitchen(db, [[user, "owner"]]);
    const customer = await createUser(db);
    const [late1, late2, fresh] = await Promise.all(
      [1, 2, 3].map(() => placeOrderAs(db, customer, checkout(kitchen))),
    );
    expect(await stockOf(db, kitchen.soup)).toBe(7);
    const overdue = [late1 ?? "", late2 ?? ""];
    await db
      .update(orders)
      .set({ createdAt: sql`now() - interval '11 minutes'` })
      .where(inArray(orders.id, overdue));

    const runs = await Promise.all([
      runJob("expire-orders", `Bearer ${secret}`),
      runJob("expire-orders", `Bearer ${secret}`),
    ]);
    const expired = await Promise.all(
      runs.map(async (res) => {
        expect(res.status).toBe(200);
        return expiryResult.parse(await res.json()).result.expired;
      }),
    );
    // Between them, the two runs expired each overdue order exactly once.
    const total = expired.reduce((sum, n) => sum + n, 0);
    expect(total).toBe(2);

    const statuses = await db
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(inArray(orders.id, [...overdue, fresh ?? ""]));
    expect(Object.fromEntries(statuses.map((o) => [o.id, o.status]))).toEqual({
      [late1 ?? ""]: "expired",
      [late2 ?? ""]: "expired",
      [fresh ?? ""]: "placed",
    });
    const events = await db
      .select({ orderId: orderEvents.orderId, actorRole: orderEvents.actorRole })
      .from(orderEvents)
      .where(and(inArray(orderEvents.orderId, overdue), eq(orderEvents.toStatus, "expired")));
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.actorRole === "system")).toBe(true);
    // Restocked (one soup each) and refunded in full (the ledger check covers every order).
    expect(await stockOf(db, kitchen.soup)).toBe(9);
    await expectLedgersBalanced(db);
  });
});

describe("roll-up-sales", () => {
  it("rolls up ended days so the report reads the same numbers, late refunds included", async () => {
    const db = database.db;
    const owner = await createUser(db);
    const kitchen = await createKitchen(db, [[owner, "owner"]]);
    await db
      .update(restaurants)
      .set({ timeZone: "America/New_York" })
      .where(eq(restaurants.id, kitchen.restaurantId));
    const customer = await createUser(db);
    const daysAgo = [2, 3, 3, 10];
    const placed = await Promise.all(
      daysAgo.map(() => placeOrderAs(db, customer, checkout(kitchen))),
    );
    for (const [index, orderId] of placed.entries()) {
      await db
        .update(orders)
        .set({ createdAt: sql`now() - make_interval(days => ${daysAgo[index] ?? 0})` })
        .where(eq(orders.id, orderId));
    }
    const { caller } = callerAs(db, owner, { limiter: createMemoryLimiter() });
    const range = { restaurantId: kitchen.restaurantId, from: localDate(-12), to: localDate(0) };
    const report = () => caller.merchant.report(range);
    const live = await report();
    expect(live.totals.orderCount).toBe(4);

    const first = await runJob("roll-up-sales", `Bearer ${secret}`);
    expect(first.status).toBe(200);
    const rolled = await db
      .select({ day: dailySales.day, orderCount: dailySales.orderCount })
      .from(dailySales)
      .where(eq(dailySales.restaurantId, kitchen.restaurantId));
    // The last seven ended days; the order of ten days ago is older than the window.
    expect(rolled).toHaveLength(7);
    expect(rolled.reduce((sum, day) => sum + day.orderCount, 0)).toBe(3);
    expect(await report()).toEqual(live);
    // The report really reads the rolled-up rows for ended days:
    await db
      .update(dailySales)
      .set({ grossSales: sql`${dailySales.grossSales} + 1` })
      .where(
        and(eq(dailySales.restaurantId, kitchen.restaurantId), eq(dailySales.day, localDate(-2))),
      );
    expect((await report()).totals.grossSales).toBe(live.totals.grossSales + 1);

    // A refund today against the ten-day-old order: the next run rolls that day up too.
    await db.insert(payments).values({ orderId: placed[3] ?? "", kind: "refund", amount: 250 });
    const [again, overlapping] = await Promise.all([
      runJob("roll-up-sales", `Bearer ${secret}`),
      runJob("roll-up-sales", `Bearer ${secret}`),
    ]);
    expect([again.status, overlapping.status]).toEqual([200, 200]);
    const afterRefund = await report();
    expect(afterRefund.totals.refunds).toBe(live.totals.refunds + 250);
    // And it matches the report computed from the orders alone.
    await db.delete(dailySales).where(eq(dailySales.restaurantId, kitchen.restaurantId));
    expect(await report()).toEqual(afterRefund);
  });
});

/** The New York calendar date `offset` days from today, "YYYY-MM-DD". */
function localDate(offset: number): string {
  const day = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(day);
}
