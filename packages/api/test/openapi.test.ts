/**
 * OpenAPI document and the REST endpoints (/api/v1/*), over the Fetch handler in-process, with
 * plain fetch-style requests and JSON: what a non-TypeScript client sees.
 */
import type { TestDatabase } from "@dishpatch/db/testing";
import { sessionCookie } from "@dishpatch/auth";
import { createDatabase, findUserForSignIn } from "@dishpatch/db";
import { seedDatabase } from "@dishpatch/db/seed";
import { createTestDatabase } from "@dishpatch/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { createMemoryLimiter } from "../src";
import { createOpenApiDocument, handleRestRequest } from "../src/openapi";

let database: TestDatabase;
let dinerCookie = "";
const limiter = createMemoryLimiter();
const document = createOpenApiDocument();

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  await seedDatabase(database.db);
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
  dinerCookie = setCookie.split(";")[0] ?? "";
  // Client errors are logged as JSON lines; keep the test output readable.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  await database.drop();
});

function rest(path: string, init?: RequestInit) {
  return handleRestRequest(new Request(`http://dishpatch.test/api/v1${path}`, init), {
    createDatabase: () => createDatabase({ url: database.url, wsProxy: database.wsProxy }),
    limiter,
  });
}

/** Follows a local JSON pointer ("#/components/schemas/X") through the document. */
function resolvePointer(root: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined,
      root,
    );
}

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) collectRefs(child, refs);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the REST routes, each answering something", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBeTruthy();
    expect(document.servers?.[0]?.url).toBe("/api/v1");
    const routes = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      ["get", "post", "put", "patch", "delete"]
        .filter((method) => Reflect.get(item, method) !== undefined)
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        "GET /cuisines",
        "GET /health",
        "GET /me",
        "GET /orders",
        "GET /orders/{orderId}",
        "GET /restaurants",
        "GET /restaurants/{slug}",
        "POST /cart/quote",
        "POST /orders",
      ].sort(),
    );
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
        if (!operation) continue;
        expect(operation.operationId).toBeTruthy();
        expect(Object.keys(operation.responses ?? {})).toContain("200");
      }
    }
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(document);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(resolvePointer(document, ref), ref).toBeDefined();
    }
  });

  it("asks for the session cookie on signed-in routes only", () => {
    expect(document.components?.securitySchemes?.session).toMatchObject({
      type: "apiKey",
      in: "cookie",
    });
    expect(document.paths?.["/orders"]?.get?.security).toEqual([{ session: [] }]);
    expect(document.paths?.["/restaurants"]?.get?.security).toBeUndefined();
  });
});

interface RestError {
  message: string;
  code: string;
  issues?: { path: (string | number)[]; message: string }[];
}

describe("REST under /api/v1", () => {
  it("GET /restaurants lists the seeded restaurants as plain JSON", async () => {
    const res = await rest("/restaurants?limit=50");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("server-timing")).toMatch(/db;dur=[\d.]+;desc="1 queries"/);
    const body = (await res.json()) as { items: { slug: string; openNow: boolean }[] };
    expect(body.items.map((r) => r.slug)).toContain("la-tavola");
    // Pending restaurants are not part of the marketplace.
    expect(body.items.map((r) => r.slug)).not.toContain("seoul-kitchen");
    expect(typeof body.items[0]?.openNow).toBe("boolean");
  });

  it("POST /cart/quote prices a cart", async () => {
    const restaurant = (await (await rest("/restaurants/la-tavola")).json()) as {
      id: string;
      categories: {
        items: {
          id: string;
          price: number;
          soldOut: boolean;
          optionGroups: { minChoices: number }[];
        }[];
      }[];
    };
    const item = restaurant.categories
      .flatMap((c) => c.items)
      .find((i) => !i.soldOut && i.optionGroups.every((g) => g.minChoices === 0));
    if (!item) throw new Error("La Tavola has no simple item");
    const res = await rest("/cart/quote", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        restaurantId: restaurant.id,
        fulfillment: "pickup",
        lines: [{ itemId: item.id, quantity: 2 }],
      }),
    });
    expect(res.status).toBe(200);
    const quote = (await res.json()) as {
      subtotal: number;
      total: number;
      lines: { lineTotal: number }[];
      restaurant: { slug: string };
    };
    expect(quote.restaurant.slug).toBe("la-tavola");
    expect(quote.lines).toHaveLength(1);
    expect(quote.subtotal).toBe(item.price * 2);
    expect(quote.total).toBeGreaterThanOrEqual(quote.subtotal);
  });

  it("GET /orders without a session is a 401 JSON error", async () => {
    const res = await rest("/orders");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as RestError;
    expect(body).toMatchObject({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  });

  it("GET /orders with the session cookie lists the diner's orders, then one by id", async () => {
    const res = await rest("/orders?limit=5", { headers: { cookie: dinerCookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const body = (await res.json()) as { orders: { id: string; placedAt: string }[] };
    expect(body.orders.length).toBeGreaterThan(0);
    // Plain JSON: dates are ISO strings, not superjson.
    expect(body.orders[0]?.placedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const first = body.orders[0]?.id ?? "";
    const detail = await rest(`/orders/${first}`, { headers: { cookie: dinerCookie } });
    expect(detail.status).toBe(200);
    const order = (await detail.json()) as { id: string; events: unknown[] };
    expect(order.id).toBe(first);
    expect(order.events.length).toBeGreaterThan(0);
  });

  it("GET /me answers null when signed out and the diner when signed in", async () => {
    expect(await (await rest("/me")).json()).toBeNull();
    const me = await rest("/me", { headers: { cookie: dinerCookie } });
    expect(await me.json()).toMatchObject({ email: "diner@dishpatch.dev" });
  });

  it("bad input is a 400 that says which field is wrong", async () => {
    const res = await rest("/restaurants?limit=1000");
    expect(res.status).toBe(400);
    const body = (await res.json()) as RestError;
    expect(body.code).toBe("BAD_REQUEST");
    expect(body.message).toMatch(/limit/i);
    expect(body.issues?.[0]?.path).toEqual(["limit"]);
  });

  it("reads each query value as the type its field declares", async () => {
    const two = (await (await rest("/restaurants?limit=2")).json()) as { items: unknown[] };
    expect(two.items).toHaveLength(2);
    const res = await rest("/restaurants?limit=two");
    expect(res.status).toBe(400);
    expect(((await res.json()) as RestError).issues?.[0]?.path).toEqual(["limit"]);
    // Unknown parameters are refused by the strict schema, not silently ignored.
    const unknown = await rest("/restaurants?colour=red");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as RestError).message).toMatch(/colour/);
  });

  it("refuses a body that is not JSON (400) or not sent as JSON (415)", async () => {
    const broken = await rest("/cart/quote", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as RestError).message).toMatch(/not valid JSON/);
    const form = await rest("/cart/quote", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "restaurantId=x",
    });
    expect(form.status).toBe(415);
  });

  it("another diner's order is a 404, like a missing one", async () => {
    const mine = (await (
      await rest("/orders?limit=1", { headers: { cookie: dinerCookie } })
    ).json()) as {
      orders: { id: string }[];
    };
    const orderId = mine.orders[0]?.id ?? "";
    const noor = await findUserForSignIn(database.db, "noor@dishpatch.dev");
    if (!noor) throw new Error("the seed has no noor");
    const noorCookie = (
      await sessionCookie(
        {
          userId: noor.id,
          sessionVersion: noor.sessionVersion,
          email: noor.email,
          name: noor.name,
        },
        false,
      )
    ).split(";")[0];
    const res = await rest(`/orders/${orderId}`, { headers: { cookie: noorCookie ?? "" } });
    expect(res.status).toBe(404);
    const missing = await rest("/orders/00000000-0000-4000-8000-000000000000", {
      headers: { cookie: noorCookie ?? "" },
    });
    // Same answer as for an order that does not exist: nothing tells the two apart.
    expect(((await res.json()) as RestError).message).toBe(
      ((await missing.json()) as RestError).message,
    );
    const badEscape = await rest("/orders/%E0%A4%A", { headers: { cookie: dinerCookie } });
    expect(badEscape.status).toBe(400);
  });

  it("an unknown route is a 404 JSON error", async () => {
    const res = await rest("/nope");
    expect(res.status).toBe(404);
    expect(((await res.json()) as RestError).code).toBe("NOT_FOUND");
  });
});
