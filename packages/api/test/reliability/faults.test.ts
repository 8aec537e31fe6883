/**
 * Faults, against a stack of this file's own (so stopping Postgres or Redis disturbs no other
 * file): Postgres stopped in the middle of checkouts, the limiter's Redis down, and a latency
 * spike on the database link. Requests must fail fast with a clear, retryable error, never
 * hang, never leave a partial order, and succeed again when the service returns, with no
 * restart of the app.
 */
import net from "node:net";

import type { Devstack } from "@dishpatch/devstack";
import type { DatabaseHandle } from "@dishpatch/db";
import { createDatabase } from "@dishpatch/db";
import { migrateDatabase } from "@dishpatch/db/migrate";
import { pickFreePort, startDevstack } from "@dishpatch/devstack";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Kitchen, PlaceInput } from "../fixtures-orders";
import type { TestUser } from "../support";
import type { Caller, CallResult } from "./http";
import { createUpstashLimiter, rateLimitPolicies } from "../../src";
import { checkout, createKitchen, expectLedgersBalanced } from "../fixtures-orders";
import { createUser } from "../support";
import { callOverHttp, placeRetrying, unlimited } from "./http";

/** Every request, however the database misbehaves, is answered within this. */
const ANSWER_WITHIN_MS = 8_000;

let stack: Devstack;
let admin: DatabaseHandle;
let url: string;
let kitchen: Kitchen;
let customers: TestUser[];

const connect = (config: { queryTimeoutMs?: number } = {}) =>
  createDatabase({ url, wsProxy: stack.relay.wsProxy, ...config });

beforeAll(async () => {
  stack = await startDevstack({ redis: true });
  await stack.postgres.createDatabase("faults");
  url = stack.postgres.url("faults");
  await migrateDatabase({ url, wsProxy: stack.relay.wsProxy });
  admin = connect();
  const owner = await createUser(admin.db);
  kitchen = await createKitchen(admin.db, [[owner, "owner"]], { soupStock: 10_000 });
  customers = await Promise.all(Array.from({ length: 10 }, () => createUser(admin.db)));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(async () => {
  await admin.end();
  await stack.stop();
});

const httpCaller = (overrides: Partial<Caller> = {}): Caller => ({
  createDatabase: () => connect(),
  limiter: unlimited,
  ...overrides,
});

const place = (caller: Caller, input: PlaceInput, who: TestUser) =>
  callOverHttp(caller, "order.place", "mutation", input, who);

function customer(i: number): TestUser {
  const who = customers[i % customers.length];
  if (!who) throw new Error("no customers");
  return who;
}

function orderIdIn(data: unknown): string {
  const id = /"orderId":"([^"]+)"/.exec(JSON.stringify(data))?.[1];
  if (!id) throw new Error(`no order id in ${JSON.stringify(data)}`);
  return id;
}

function codeOf(result: CallResult) {
  return result.code ?? "OK";
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const checker = connect();
  try {
    const { rows } = await checker.db.execute<{ n: string | number }>(query);
    return Number(rows[0]?.n ?? -1);
  } finally {
    await checker.end();
  }
}

/** No order is ever half-written: items, its charge and its first event always come along. */
async function expectWholeOrders() {
  const checker = connect();
  try {
    await expectLedgersBalanced(checker.db);
  } finally {
    await checker.end();
  }
  expect(
    await count(sql`select count(*) as n from orders o
      where not exists (select 1 from order_items i where i.order_id = o.id)
         or (select count(*) from order_events e
             where e.order_id = o.id and e.from_status is null and e.to_status = 'placed') <> 1`),
  ).toBe(0);
}

function expectRetryableUnavailable(result: CallResult) {
  expect(result.code, result.text).toBe("SERVICE_UNAVAILABLE");
  expect(result.status).toBe(503);
  expect(Number(result.retryAfter)).toBeGreaterThan(0);
  expect(result.text).not.toMatch(/Failed query|select |insert into/i);
}

const tally = (results: CallResult[]) => {
  const counts: Record<string, number> = {};
  for (const r of results) counts[codeOf(r)] = (counts[codeOf(r)] ?? 0) + 1;
  return JSON.stringify(counts);
};
const slowest = (results: CallResult[]) => Math.round(Math.max(...results.map((r) => r.ms)));

describe("Postgres stops in the middle of checkouts", () => {
  it("fails fast with a retryable error, leaves no partial order, recovers without a restart", async () => {
    const caller = httpCaller();
    const sent: { input: PlaceInput; who: TestUser; result: Promise<CallResult> }[] = [];
    // Checkouts keep arriving, 10 every 50 ms; Postgres stops once the first wave is
    // answered, with later waves in flight and more still to come.
    let stopped: Promise<void> | undefined;
    for (let wave = 0; wave < 8; wave++) {
      for (let i = 0; i < 10; i++) {
        const who = customer(wave * 10 + i);
        const input = checkout(kitchen);
        sent.push({ input, who, result: place(caller, input, who) });
      }
      if (wave === 3) {
        await Promise.all(sent.slice(0, 10).map((s) => s.result));
        stopped = stack.postgres.stop();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await stopped;
    const results = await Promise.all(sent.map((s) => s.result));
    console.info(`[faults] postgres down: ${tally(results)}; slowest ${slowest(results)} ms`);
    expect(slowest(results)).toBeLessThan(ANSWER_WITHIN_MS);
    for (const result of results) {
      if (result.code !== null) expectRetryableUnavailable(result);
    }
    expect(results.filter((r) => r.code === null).length).toBeGreaterThanOrEqual(10);
    expect(results.filter((r) => r.code === "SERVICE_UNAVAILABLE").length).toBeGreaterThan(0);

    // Still down: a new request fails just as clearly, and fast.
    const whileDown = await place(caller, checkout(kitchen), customer(0));
    expectRetryableUnavailable(whileDown);

    await stack.postgres.start();
    // The same app (same handler, same process) serves again at once...
    const first = await place(caller, checkout(kitchen), customer(3));
    expect(first.code, first.text).toBeNull();
    // ...and every checkout, retried with its key as the client does (a connect may still
    // time out on a busy machine: retryable), ends with exactly one order.
    const retried = await Promise.all(sent.map((s) => placeRetrying(caller, s.input, s.who)));
    console.info(
      `[faults] after recovery, retries: ${tally(retried)}; slowest ${slowest(retried)} ms`,
    );
    expect(retried.filter((r) => r.code !== null).map((r) => r.text.slice(0, 200))).toEqual([]);
    sent.forEach((s, i) => {
      const before = results[i];
      // The same order again (the answer says it was replayed).
      if (before?.code === null) {
        expect(JSON.stringify(retried[i]?.data)).toContain(orderIdIn(before.data));
      }
    });
    expect(await count(sql`select count(*) as n from orders`)).toBe(sent.length + 1);
    await expectWholeOrders();
  });
});

describe("the rate limiter's Redis is unreachable or hangs", () => {
  let silent: net.Server;
  let silentPort: number;
  const held = new Set<net.Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers: a Redis that hangs.
    silent = net.createServer((socket) => held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  /** A call guarded by each policy, and the policy table's word on outages. */
  const guarded = [
    { path: "order.place", policy: "placeOrderPerUser", kind: "mutation" },
    { path: "auth.signUp", policy: "signUpPerIp", kind: "mutation" },
    { path: "auth.updateProfile", policy: "writePerActor", kind: "mutation" },
    { path: "restaurant.list", policy: "readPerIp", kind: "query" },
    { path: "cart.quote", policy: "readPerIp", kind: "query" },
  ] as const;

  const inputFor = (path: (typeof guarded)[number]["path"]): unknown => {
    switch (path) {
      case "order.place":
        return checkout(kitchen);
      case "auth.signUp":
        return {
          name: "Dee",
          email: `dee-${crypto.randomUUID()}@example.com`,
          password: "a-long-test-passphrase",
        };
      case "auth.updateProfile":
        return { name: "Renamed" };
      case "restaurant.list":
        return {};
      case "cart.quote":
        return {
          restaurantId: kitchen.restaurantId,
          fulfillment: "pickup",
          lines: [{ itemId: kitchen.soup, quantity: 1, optionIds: [] }],
        };
    }
  };

  it.each(["unreachable", "hanging"] as const)(
    "%s: the policy table's fail-open / fail-closed choice holds, within bounded time",
    async (mode) => {
      const port = mode === "unreachable" ? await pickFreePort() : silentPort;
      const limiter = createUpstashLimiter({ url: `http://127.0.0.1:${port}`, token: "t" });
      const caller = httpCaller({ limiter });
      for (const { path, policy, kind } of guarded) {
        const result = await callOverHttp(caller, path, kind, inputFor(path), customers[1] ?? null);
        expect(result.ms, path).toBeLessThan(3_000);
        if (rateLimitPolicies[policy].onOutage === "closed") {
          expectRetryableUnavailable(result);
        } else {
          expect(result.code, `${path}: ${result.text.slice(0, 200)}`).toBeNull();
        }
      }
    },
  );
});

describe("the database link's latency spikes", () => {
  it("times requests out cleanly, then serves them again when it calms down", async () => {
    // The production timeout is 10 s; the test uses 1.5 s to stay quick.
    const caller = httpCaller({ createDatabase: () => connect({ queryTimeoutMs: 1_500 }) });
    const who = customer(2);
    stack.relay.setLatency(2_500);
    let spiked: CallResult[];
    try {
      spiked = await Promise.all([
        place(caller, checkout(kitchen), who),
        callOverHttp(caller, "restaurant.list", "query", {}, null),
        callOverHttp(caller, "order.listMine", "query", {}, who),
      ]);
    } finally {
      stack.relay.setLatency(0);
    }
    console.info(`[faults] latency spike: ${tally(spiked)}; slowest ${slowest(spiked)} ms`);
    for (const result of spiked) {
      expectRetryableUnavailable(result);
      expect(result.ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    const calm = await place(caller, checkout(kitchen), who);
    expect(calm.code, calm.text).toBeNull();
    await expectWholeOrders();
  });
});
