import type { Figure } from "./figures";
import type { Call, RoundTripCounter } from "./round-trips";
import { measureRoundTrips } from "./round-trips";
import type { Cart } from "./wire";
import { freshIdempotencyKey, mutationBody, queryPath, randomClientIp, validCart } from "./wire";

/** ARCHITECTURE.md budgets: public reads 1, signed-in reads ≤ 2, order.place ≤ 4. */
export async function roundTripFigures(
  relay: RoundTripCounter,
  baseUrl: string,
  restaurantId: string,
  staffCookie: string,
): Promise<{ figures: Figure[]; cart: Cart }> {
  const get = (path: string, cookie?: string) => () =>
    fetch(`${baseUrl}${path}`, {
      headers: { "x-real-ip": randomClientIp(), ...(cookie ? { cookie } : {}) },
    });
  const menuRes = await get(queryPath("restaurant.bySlug", { slug: "la-tavola" }))();
  const menu = (
    (await menuRes.json()) as { result: { data: { json: Parameters<typeof validCart>[0] } } }
  ).result.data.json;
  const cart = validCart(menu);

  const figures: Figure[] = [];
  const measure = async (call: Call) => {
    const { figure, response } = await measureRoundTrips(relay, call);
    figures.push(figure);
    return response;
  };
  await measure({
    procedure: "restaurant.list",
    kind: "public read",
    budget: 1,
    send: get(queryPath("restaurant.list", {})),
  });
  await measure({
    procedure: "restaurant.bySlug",
    kind: "public read",
    budget: 1,
    send: get(queryPath("restaurant.bySlug", { slug: "la-tavola" })),
  });
  await measure({
    procedure: "cart.quote",
    kind: "public read",
    budget: 1,
    send: get(queryPath("cart.quote", cart)),
  });
  const placed = await measure({
    procedure: "order.place",
    kind: "signed-in write",
    budget: 4,
    send: () =>
      fetch(`${baseUrl}/api/trpc/order.place`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: staffCookie,
          "x-real-ip": randomClientIp(),
        },
        body: mutationBody({ ...cart, idempotencyKey: freshIdempotencyKey() }),
      }),
  });
  if (!placed.ok) throw new Error(`order.place failed: ${placed.status} ${await placed.text()}`);
  const { orderId } = ((await placed.json()) as { result: { data: { json: { orderId: string } } } })
    .result.data.json;
  await measure({
    procedure: "order.byId",
    kind: "signed-in read",
    budget: 2,
    send: get(queryPath("order.byId", { orderId }), staffCookie),
  });
  await measure({
    procedure: "order.listMine",
    kind: "signed-in read",
    budget: 2,
    send: get(queryPath("order.listMine", {}), staffCookie),
  });
  await measure({
    procedure: "merchant.queue",
    kind: "signed-in read",
    budget: 2,
    send: get(queryPath("merchant.queue", { restaurantId }), staffCookie),
  });
  return { figures, cart };
}
