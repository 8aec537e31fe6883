import type { TestDatabase } from "@dishpatch/db/testing";
import { createDatabase } from "@dishpatch/db";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";

import type { TestUser } from "./support";
import { handleTrpcRequest } from "../src";
import { appendEvent, insertPlacedOrder } from "./live/fixtures";
import { cookieOf, readEvents, subscriptionPath } from "./live/sse";
import { createRestaurant, createUser, testLimiter } from "./support";

let database: TestDatabase;
let customer: TestUser;
let stranger: TestUser;
let staff: TestUser;
let otherStaff: TestUser;
let admin: TestUser;
let restaurantId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  const db = database.db;
  [customer, stranger, staff, otherStaff, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "admin" }),
  ]);
  restaurantId = await createRestaurant(db, [[staff, "staff"]]);
  await createRestaurant(db, [[otherStaff, "staff"]]);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

/** Opens a subscription over HTTP as `who` (null: signed out), like httpSubscriptionLink. */
async function subscribe(path: string, input: unknown, who: TestUser | null) {
  const headers = new Headers({ accept: "text/event-stream" });
  if (who) headers.set("cookie", await cookieOf(who));
  return handleTrpcRequest(
    new Request(`http://dishpatch.test/api/trpc/${subscriptionPath(path, input)}`, { headers }),
    {
      endpoint: "/api/trpc",
      createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
      limiter: testLimiter(),
    },
  );
}

// Event data travels as superjson: { json: <the event> }.
const eventData = z.object({
  json: z.object({
    orderId: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
  }),
});
function parse(events: { id: string | null; data: unknown }[]) {
  return events.map(({ id, data }) => ({ id: Number(id), ...eventData.parse(data).json }));
}
const moves = (events: { fromStatus: string | null; toStatus: string }[]) =>
  events.map((e) => `${e.fromStatus ?? "∅"}→${e.toStatus}`);

describe("order.onUpdate over SSE", () => {
  it("streams the timeline so far, then each change as it is committed, in order", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    const response = await subscribe("order.onUpdate", { orderId }, customer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reading = readEvents(response, { count: 3 });
    await appendEvent(database.db, { orderId, restaurantId, from: "placed", to: "accepted" });
    await appendEvent(database.db, { orderId, restaurantId, from: "accepted", to: "preparing" });
    const events = parse((await reading).events);
    expect(moves(events)).toEqual(["∅→placed", "placed→accepted", "accepted→preparing"]);
    const ids = events.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it("resumes after the last event id with exactly the missed events", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    const first = await readEvents(await subscribe("order.onUpdate", { orderId }, customer), {
      count: 1,
    });
    const lastEventId = first.events[0]?.id ?? "";
    // While the client was away:
    await appendEvent(database.db, { orderId, restaurantId, from: "placed", to: "accepted" });
    await appendEvent(database.db, { orderId, restaurantId, from: "accepted", to: "preparing" });
    const again = await subscribe("order.onUpdate", { orderId, lastEventId }, customer);
    // Asking for one more than were missed proves nothing else (no repeat) arrives.
    const resumed = parse((await readEvents(again, { count: 3, timeoutMs: 2_500 })).events);
    expect(moves(resumed)).toEqual(["placed→accepted", "accepted→preparing"]);
  });

  it("ends the stream once the order reaches a final status", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    await appendEvent(database.db, { orderId, restaurantId, from: "placed", to: "rejected" });
    const read = await readEvents(await subscribe("order.onUpdate", { orderId }, customer), {
      count: 5,
    });
    expect(read.ended).toBe(true);
    expect(moves(parse(read.events))).toEqual(["∅→placed", "placed→rejected"]);
  });

  it("lets the restaurant's members and admins follow the order", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    for (const who of [staff, admin]) {
      const read = await readEvents(await subscribe("order.onUpdate", { orderId }, who), {
        count: 1,
      });
      expect(moves(parse(read.events))).toEqual(["∅→placed"]);
    }
  });

  it("refuses strangers, other restaurants' staff and unknown ids alike", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    for (const [who, id] of [
      [stranger, orderId],
      [otherStaff, orderId],
      [customer, crypto.randomUUID()],
    ] as const) {
      const read = await readEvents(await subscribe("order.onUpdate", { orderId: id }, who), {
        count: 1,
      });
      expect(read.events).toEqual([]);
      expect(read.error).toMatchObject({ json: { data: { code: "NOT_FOUND" } } });
    }
  });

  it("asks the signed out to sign in, and refuses a malformed last event id", async () => {
    const orderId = await insertPlacedOrder(database.db, customer, restaurantId);
    const signedOut = await subscribe("order.onUpdate", { orderId }, null);
    expect((await readEvents(signedOut, { count: 1 })).error).toMatchObject({
      json: { data: { code: "UNAUTHORIZED" } },
    });
    const malformed = await subscribe(
      "order.onUpdate",
      { orderId, lastEventId: "1; drop table orders" },
      customer,
    );
    expect((await readEvents(malformed, { count: 1 })).error).toMatchObject({
      json: { data: { code: "BAD_REQUEST" } },
    });
  });
});

describe("merchant.onNewOrder over SSE", () => {
  it("announces orders placed after the stream opened, not older ones", async () => {
    await insertPlacedOrder(database.db, customer, restaurantId);
    const response = await subscribe("merchant.onNewOrder", { restaurantId }, staff);
    const reading = readEvents(response, { count: 2 });
    // Let the stream take its starting point before the new orders land.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await insertPlacedOrder(database.db, customer, restaurantId);
    const second = await insertPlacedOrder(database.db, stranger, restaurantId);
    const events = parse((await reading).events);
    expect(events.map((e) => e.orderId)).toEqual([first, second]);
  });

  it("is for the restaurant's own members only", async () => {
    for (const who of [otherStaff, customer]) {
      const read = await readEvents(await subscribe("merchant.onNewOrder", { restaurantId }, who), {
        count: 1,
      });
      expect(read.error).toMatchObject({ json: { data: { code: "FORBIDDEN" } } });
    }
  });
});
