/**
 * The client against the real server, in-process: its `fetch` hands each request to
 * `handleTrpcRequest`, so batching, jsonl streaming and superjson go over the real wire
 * format without a server process.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { createMemoryLimiter, handleTrpcRequest } from "@dishpatch/api";
import { sessionCookie } from "@dishpatch/auth";
import { createDatabase } from "@dishpatch/db";
import { seedDatabase } from "@dishpatch/db/seed";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

import type { AppRouter, DishpatchHeaders } from "../src";
import { firstOrderableLine } from "../examples/pick";
import { createDishpatchClient, isTRPCClientError } from "../src";

let database: TestDatabase;
const limiter = createMemoryLimiter();
/** Every request the client sent, as the server received it. */
let requests: Request[] = [];

const inProcessFetch: typeof globalThis.fetch = (input, init) => {
  const request = new Request(input, init);
  requests.push(request.clone());
  return handleTrpcRequest(request, {
    endpoint: "/api/trpc",
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
    limiter,
  });
};

function clientWith(headers?: () => Promise<DishpatchHeaders>) {
  return createDishpatchClient({ url: "http://dishpatch.test", fetch: inProcessFetch, headers });
}

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  await seedDatabase(database.db);
  // Client errors are logged as JSON lines; keep the test output readable.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  requests = [];
});

async function rejection(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => new Error("expected the call to fail"),
    (cause: unknown) => cause,
  );
  if (!isTRPCClientError<AppRouter>(error)) throw error;
  return error;
}

describe("createDishpatchClient against the real server", () => {
  const client = clientWith();

  it("gets health.check with its time as a Date", async () => {
    const health = await client.health.check.query();
    expect(health.status).toBe("ok");
    expect(health.time).toBeInstanceOf(Date);
    expect(requests[0]?.url).toMatch(
      /^http:\/\/dishpatch\.test\/api\/trpc\/health\.check\?batch=1&/,
    );
    // Queries stream: the link asks for a jsonl response.
    expect(requests[0]?.headers.get("trpc-accept")).toBe("application/jsonl");
  });

  it("lists the seeded restaurants and reads one by slug", async () => {
    const page = await client.restaurant.list.query({ limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(typeof page.items[0]?.openNow).toBe("boolean");
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await client.restaurant.list.query({ limit: 50, cursor: page.nextCursor });
    const slugs = [...page.items, ...next.items].map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);

    const first = page.items[0];
    if (!first) throw new Error("no restaurants seeded");
    const restaurant = await client.restaurant.bySlug.query({ slug: first.slug });
    expect(restaurant.name).toBe(first.name);
    expect(restaurant.categories.length).toBeGreaterThan(0);
  });

  it("prices a cart", async () => {
    const restaurant = await client.restaurant.bySlug.query({ slug: "la-tavola" });
    const line = firstOrderableLine(restaurant);
    if (!line) throw new Error("la-tavola has nothing to order");
    const quote = await client.cart.quote.query({
      restaurantId: restaurant.id,
      lines: [line, line],
      fulfillment: "pickup",
      tip: 100,
    });
    expect(quote.restaurant.slug).toBe("la-tavola");
    expect(quote.lines).toHaveLength(2);
    expect(quote.subtotal).toBeGreaterThan(0);
    expect(quote.total).toBe(
      quote.subtotal - quote.discount + quote.tax + quote.deliveryFee + quote.tip,
    );
    // The only acceptable problem is the clock: the restaurant may be closed right now.
    expect(quote.problems.filter((p) => p.code !== "RESTAURANT_CLOSED")).toEqual([]);
  });

  it("sends queries made together as one batched request", async () => {
    const [health, page] = await Promise.all([
      client.health.check.query(),
      client.restaurant.list.query({ limit: 1 }),
    ]);
    expect(health.time).toBeInstanceOf(Date);
    expect(page.items).toHaveLength(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toContain("/api/trpc/health.check,restaurant.list?batch=1");
  });

  it("sends mutations as a POST", async () => {
    const email = `new-${crypto.randomUUID()}@example.com`;
    const user = await client.auth.signUp.mutate({
      name: "New Diner",
      email,
      password: "a-long-test-passphrase",
    });
    expect(user).toEqual({ id: user.id, email, name: "New Diner" });
    expect(user.id).not.toBe("");
    expect(requests.map((r) => r.method)).toEqual(["POST"]);
    expect(requests[0]?.headers.get("trpc-accept")).toBeNull();
  });

  it("reports a conflict as a TRPCClientError with its code", async () => {
    const error = await rejection(
      client.auth.signUp.mutate({
        name: "Dee Again",
        email: "diner@dishpatch.dev",
        password: "a-long-test-passphrase",
      }),
    );
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.data?.httpStatus).toBe(409);
    expect(error.message).toMatch(/already exists/);
  });

  it("reports bad input with field errors", async () => {
    const error = await rejection(
      client.auth.signUp.mutate({ name: "", email: "not-an-email", password: "short" }),
    );
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.data?.fieldErrors ?? {}).sort()).toEqual([
      "email",
      "name",
      "password",
    ]);
  });

  it("reports an unknown restaurant as NOT_FOUND", async () => {
    const error = await rejection(client.restaurant.bySlug.query({ slug: "no-such-place" }));
    expect(error.data?.code).toBe("NOT_FOUND");
  });

  it("calls a headers function per request, e.g. to send a session cookie", async () => {
    expect(await client.auth.me.query()).toBeNull();

    const email = `me-${crypto.randomUUID()}@example.com`;
    const user = await client.auth.signUp.mutate({
      name: "Me",
      email,
      password: "a-long-test-passphrase",
    });
    const setCookie = await sessionCookie(
      { userId: user.id, sessionVersion: 1, email, name: user.name },
      false,
    );
    const cookie = setCookie.split(";")[0] ?? "";
    const headersFn = vi.fn(() => Promise.resolve({ cookie }));
    const signedIn = clientWith(headersFn);
    const me = await signedIn.auth.me.query();
    expect(me).toMatchObject({ id: user.id, email, name: "Me", role: "customer" });
    expect(headersFn).toHaveBeenCalledTimes(1);
  });
});

describe("the README's curl calls", () => {
  it("answers a GET query with URL-encoded superjson input", async () => {
    const res = await inProcessFetch(
      "http://dishpatch.test/api/trpc/restaurant.list?input=%7B%22json%22%3A%7B%22limit%22%3A5%7D%7D",
    );
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toHaveProperty("result.data.json.items.length", 5);
  });

  it("answers a POST mutation with a {json} body", async () => {
    const res = await inProcessFetch("http://dishpatch.test/api/trpc/auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        json: { name: "Dee", email: "dee@example.com", password: "a-long-passphrase" },
      }),
    });
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(body).toMatchObject({ result: { data: { json: { email: "dee@example.com" } } } });
  });
});
