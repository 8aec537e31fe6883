/**
 * Following an order live with the client: `order.onUpdate` over server-sent events, through
 * the client's own fetch (so the session cookie flows) handed in-process to the real server.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createMemoryLimiter, handleTrpcRequest } from "@dishpatch/api";
import { sessionCookie } from "@dishpatch/auth";
import { createDatabase, findUserForSignIn } from "@dishpatch/db";
import { seedDatabase } from "@dishpatch/db/seed";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import type { OrderUpdate } from "../examples/follow";
import { followOrder } from "../examples/follow";
import { createDishpatchClient } from "../src";

let database: TestDatabase;
const limiter = createMemoryLimiter();

const inProcessFetch: typeof globalThis.fetch = (input, init) =>
  handleTrpcRequest(new Request(input, init), {
    endpoint: "/api/trpc",
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
    limiter,
  });

async function dinerClient() {
  const diner = await findUserForSignIn(database.db, "diner@dishpatch.dev");
  if (!diner) throw new Error("the seed has no diner");
  const setCookie = await sessionCookie(
    {
      userId: diner.id,
      sessionVersion: diner.sessionVersion,
      email: diner.email,
      name: diner.name,
    },
    false,
  );
  const cookie = setCookie.split(";")[0] ?? "";
  return createDishpatchClient({
    url: "http://dishpatch.test",
    fetch: inProcessFetch,
    headers: () => Promise.resolve({ cookie }),
  });
}

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  await seedDatabase(database.db);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

describe("order.onUpdate through the client", () => {
  it("reports a follow that ran out of time as timed out, not as a final order", async () => {
    const client = await dinerClient();
    const { orders } = await client.order.listMine.query({ limit: 50 });
    const placed = orders.find((order) => order.status === "placed");
    if (!placed) throw new Error("the seeded diner has no placed order");

    const statuses: string[] = [];
    const outcome = await followOrder(client, placed.id, 1, (update) => {
      statuses.push(update.data.toStatus);
    });
    expect(outcome).toBe("timed out");
    expect(statuses).toEqual(["placed"]);
  });

  it("sends the timeline, then an event appended after subscribing, then ends", async () => {
    const client = await dinerClient();
    const { orders } = await client.order.listMine.query({ limit: 50 });
    const placed = orders.find((order) => order.status === "placed");
    if (!placed) throw new Error("the seeded diner has no placed order");

    const updates: OrderUpdate[] = [];
    let heardTimeline: () => void = () => undefined;
    const timelineHeard = new Promise<void>((resolve) => (heardTimeline = resolve));
    const following = followOrder(client, placed.id, 20, (update) => {
      updates.push(update);
      heardTimeline();
    });

    await timelineHeard;
    expect(updates.map((u) => u.data.toStatus)).toEqual(["placed"]);
    // Appended only now, while the subscription is open.
    await client.order.cancel.mutate({ orderId: placed.id, note: "changed my mind" });

    // The stream ends by itself once the order is final (cancelled), long before 20 s.
    await expect(following).resolves.toBe("finished");
    expect(updates.map((u) => u.data.toStatus)).toEqual(["placed", "cancelled"]);
    const cancelled = updates[1];
    expect(cancelled?.data.at).toBeInstanceOf(Date);
    expect(cancelled?.data.note).toBe("changed my mind");
    // Tracked events carry their id, so a reconnect resumes after the last one seen.
    expect(Number(cancelled?.id)).toBeGreaterThan(Number(updates[0]?.id));
  });
});
