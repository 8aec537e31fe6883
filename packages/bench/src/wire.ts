import type { RouterInputs, RouterOutputs } from "@dishpatch/api";

/** tRPC's wire format for one (non-batched) call: superjson's `{ json }` envelope. */
export function queryPath(path: string, input: unknown): string {
  return `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export function mutationBody(input: unknown): string {
  return JSON.stringify({ json: input });
}

/** A fresh address per request: each simulated client gets its own public-read limit. */
export function randomClientIp(): string {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

export function freshIdempotencyKey(): string {
  return `bench-${crypto.randomUUID()}`;
}

type Menu = RouterOutputs["restaurant"]["bySlug"];
export type Cart = RouterInputs["cart"]["quote"];

/**
 * A pickup cart the restaurant accepts: its first orderable item with the fewest choices each
 * required option group allows, enough of it to pass the minimum order.
 */
export function validCart(menu: Menu): Cart {
  const item = menu.categories.flatMap((c) => c.items).find((i) => !i.soldOut);
  if (!item) throw new Error(`${menu.slug} has no orderable item`);
  const optionIds = item.optionGroups.flatMap((group) =>
    group.options.slice(0, group.minChoices).map((option) => option.id),
  );
  const quantity = Math.max(1, Math.ceil(menu.minimumOrder / Math.max(1, item.price)));
  return {
    restaurantId: menu.id,
    lines: [{ itemId: item.id, quantity, optionIds }],
    fulfillment: "pickup",
  };
}
