/**
 * Live order tracking against the running app: the typed client subscribes over SSE (through
 * the eventsource package, with the session cookie), staff move the order, events arrive.
 */
import type { RouterOutputs } from "@dishpatch/client";
import { createDishpatchClient } from "@dishpatch/client";
import { createDatabase } from "@dishpatch/db";
import { installNodeWebSocket } from "@dishpatch/db/node";
import { orderEvents, orders, restaurantMembers, restaurants } from "@dishpatch/db/schema";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { Browserless } from "./http-client";

/** What the stream yields: `{ id, data }`, the id being the event's, for resuming. */
type OrderEvent =
  RouterOutputs["order"]["onUpdate"] extends AsyncIterable<infer Event> ? Event : never;

const base = inject("appBaseUrl");
installNodeWebSocket();
const handle = createDatabase({
  url: inject("appDatabaseUrl"),
  wsProxy: inject("testDatabaseServer").wsProxy,
});
afterAll(() => handle.end());

/** A signed-up, signed-in person and a typed client that carries their session. */
async function person() {
  const http = new Browserless(base);
  const email = `live-${crypto.randomUUID()}@example.com`;
  const password = "a-long-test-passphrase";
  expect((await http.mutation("auth.signUp", { name: "Live Tester", email, password })).ok).toBe(
    true,
  );
  await http.signIn(email, password);
  const client = createDishpatchClient({
    url: base,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return http.fetch(url.pathname + url.search, init);
    },
  });
  const user = await handle.db.query.users.findFirst({
    where: (table, { eq }) => eq(table.email, email),
  });
  return { client, userId: user?.id ?? "" };
}

/** Follows an order until `count` events arrived (or the stream fails or ends). */
function follow(
  client: Awaited<ReturnType<typeof person>>["client"],
  input: { orderId: string; lastEventId?: string },
  count: number,
) {
  return new Promise<{ events: OrderEvent[]; error: string | null }>((resolve) => {
    const events: OrderEvent[] = [];
    const done = (error: string | null) => {
      clearTimeout(timer);
      subscription.unsubscribe();
      resolve({ events, error });
    };
    const timer = setTimeout(() => {
      done("timed out");
    }, 15_000);
    const subscription = client.order.onUpdate.subscribe(input, {
      onData: (event) => {
        events.push(event);
        if (events.length >= count) done(null);
      },
      onError: (error) => {
        done(error.data?.code ?? error.message);
      },
      onComplete: () => {
        done(null);
      },
    });
  });
}

let customer: Awaited<ReturnType<typeof person>>;
let staff: Awaited<ReturnType<typeof person>>;
let stranger: Awaited<ReturnType<typeof person>>;
let restaurantId: string;

beforeAll(async () => {
  [customer, staff, stranger] = await Promise.all([person(), person(), person()]);
  const [restaurant] = await handle.db
    .insert(restaurants)
    .values({
      slug: `live-${crypto.randomUUID().slice(0, 8)}`,
      name: "Live Kitchen",
      status: "active",
    })
    .returning({ id: restaurants.id });
  restaurantId = restaurant?.id ?? "";
  await handle.db
    .insert(restaurantMembers)
    .values({ restaurantId, userId: staff.userId, role: "staff" });
});

/** An order as checkout leaves it: the row and its first event. */
async function placedOrder() {
  const [order] = await handle.db
    .insert(orders)
    .values({
      restaurantId,
      customerId: customer.userId,
      fulfillment: "pickup",
      currency: "USD",
      subtotal: 1000,
      tax: 89,
      total: 1089,
    })
    .returning({ id: orders.id });
  const orderId = order?.id ?? "";
  await handle.db
    .insert(orderEvents)
    .values({ orderId, restaurantId, actorRole: "customer", toStatus: "placed" });
  return orderId;
}

const moves = (events: OrderEvent[]) => events.map((e) => e.data.toStatus);

describe("order.onUpdate against the running app", () => {
  it("shows the customer each move the restaurant makes, as it happens, and resumes after a drop", async () => {
    const orderId = await placedOrder();
    const watching = follow(customer.client, { orderId }, 3);
    await staff.client.merchant.transition.mutate({
      restaurantId,
      orderId,
      to: "accepted",
      prepMinutes: 15,
    });
    await staff.client.merchant.transition.mutate({ restaurantId, orderId, to: "preparing" });
    const live = await watching;
    expect(live.error).toBeNull();
    expect(moves(live.events)).toEqual(["placed", "accepted", "preparing"]);
    expect(live.events[1]?.data.note).toBe("Ready in about 15 minutes");

    // A client that dropped after the first event resumes with exactly what it missed.
    const resumed = await follow(customer.client, { orderId, lastEventId: live.events[0]?.id }, 2);
    expect(moves(resumed.events)).toEqual(["accepted", "preparing"]);
  });

  it("refuses a stranger as if the order did not exist", async () => {
    const orderId = await placedOrder();
    const attempt = await follow(stranger.client, { orderId }, 1);
    expect(attempt.events).toEqual([]);
    expect(attempt.error).toBe("NOT_FOUND");
  });
});
