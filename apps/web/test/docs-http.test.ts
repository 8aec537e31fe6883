/**
 * The API reference page, the OpenAPI document and the REST endpoints on the built app. The
 * page must show every procedure the committed reference snapshot lists (itself checked
 * against the router by packages/api/test/reference.test.ts).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("appBaseUrl");

async function snapshotPaths(): Promise<{ path: string; access: string }[]> {
  const file = new URL("../../../packages/api/src/reference/api-reference.json", import.meta.url);
  return JSON.parse(await readFile(file, "utf8")) as { path: string; access: string }[];
}

describe("/docs/api", () => {
  it("renders every procedure of the reference, with examples for public ones", async () => {
    const res = await fetch(`${baseUrl}/docs/api`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const procedures = await snapshotPaths();
    expect(procedures.length).toBeGreaterThan(40);
    for (const { path } of procedures)
      expect(html, path).toContain(`id="${path.replace(".", "-")}"`);
    expect(html).toContain("Input (JSON Schema)");
    expect(html).toContain("curl &#x27;http://localhost:3000/api/trpc/restaurant.list?input=");
  });
});

describe("/api/openapi.json and /api/v1", () => {
  it("serves the OpenAPI 3.1 document", async () => {
    const res = await fetch(`${baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toContain("/restaurants/{slug}");
  });

  it("answers GET /api/v1/restaurants with plain JSON", async () => {
    const res = await fetch(`${baseUrl}/api/v1/restaurants?limit=3`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { items: { slug: string }[] };
    expect(body.items).toHaveLength(3);
  });

  it("reads path parameters and JSON bodies on the edge route", async () => {
    const restaurant = await fetch(`${baseUrl}/api/v1/restaurants/la-tavola`);
    expect(restaurant.status).toBe(200);
    const menu = (await restaurant.json()) as {
      id: string;
      categories: {
        items: {
          id: string;
          soldOut: boolean;
          price: number;
          optionGroups: { minChoices: number }[];
        }[];
      }[];
    };
    const item = menu.categories
      .flatMap((category) => category.items)
      .find((i) => !i.soldOut && i.optionGroups.every((group) => group.minChoices === 0));
    if (!item) throw new Error("La Tavola has no item without required options");
    const quote = await fetch(`${baseUrl}/api/v1/cart/quote`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        restaurantId: menu.id,
        lines: [{ itemId: item.id, quantity: 2, optionIds: [] }],
        fulfillment: "pickup",
      }),
    });
    expect(quote.status).toBe(200);
    expect(((await quote.json()) as { subtotal: number }).subtotal).toBe(item.price * 2);

    const bad = await fetch(`${baseUrl}/api/v1/cart/quote`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ restaurantId: menu.id, lines: [], fulfillment: "drone" }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/fulfillment/);
  });

  it("answers GET /api/v1/orders without a session with 401 JSON", async () => {
    const res = await fetch(`${baseUrl}/api/v1/orders`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe("UNAUTHORIZED");
  });
});
