/**
 * The REST (OpenAPI) output schemas must describe what the resolvers really return. tRPC
 * already refuses (at compile time) a resolver whose result does not fit its schema; these
 * checks add the other direction against the functions the resolvers return from, so a schema
 * cannot promise a field or a wider type the API does not produce. (Type-checked by
 * `pnpm typecheck`; the runtime part checks the strictness that catches extra fields.)
 */
import type {
  CustomerOrderRow,
  PlacedOrderSummary,
  getRestaurantWithMenu,
  listRestaurants,
  Viewer,
} from "@dishpatch/db";
import type { z } from "zod";
import { describe, expect, expectTypeOf, it } from "vitest";

import type { orderDetailView } from "../src/order-views";
import type { quoteCart } from "../src/services/quote";
import type {
  cartQuoteOutput,
  meOutput,
  orderByIdOutput,
  orderListMineOutput,
  restaurantBySlugOutput,
  restaurantListOutput,
} from "../src/outputs";
import { orderPlaceOutput } from "../src/outputs";

type Listed = Awaited<ReturnType<typeof listRestaurants>>[number];
type WithMenu = NonNullable<Awaited<ReturnType<typeof getRestaurantWithMenu>>>;
type Quote = ReturnType<typeof quoteCart> & {
  restaurant: { id: string; name: string; slug: string };
};
type Me = Pick<Viewer, "id" | "email" | "name" | "image" | "role" | "hasPassword" | "memberships">;
type ListedOrder = Omit<
  CustomerOrderRow,
  "createdAt" | "currency" | "subtotal" | "discount" | "tax" | "deliveryFee" | "tip" | "total"
>;

describe("output schemas match the resolvers' results", () => {
  it("in both directions, at the type level", () => {
    expectTypeOf<z.output<typeof restaurantListOutput>["items"][number]>().toExtend<Listed>();
    expectTypeOf<Listed>().toExtend<z.output<typeof restaurantListOutput>["items"][number]>();
    expectTypeOf<z.output<typeof restaurantBySlugOutput>>().toExtend<WithMenu>();
    expectTypeOf<WithMenu>().toExtend<z.output<typeof restaurantBySlugOutput>>();
    expectTypeOf<z.output<typeof cartQuoteOutput>>().toExtend<Quote>();
    expectTypeOf<Quote>().toExtend<z.output<typeof cartQuoteOutput>>();
    expectTypeOf<z.output<typeof meOutput>>().toExtend<Me | null>();
    expectTypeOf<Me | null>().toExtend<z.output<typeof meOutput>>();
    expectTypeOf<z.output<typeof orderPlaceOutput>>().toExtend<PlacedOrderSummary>();
    expectTypeOf<PlacedOrderSummary>().toExtend<z.output<typeof orderPlaceOutput>>();
    expectTypeOf<z.output<typeof orderByIdOutput>>().toExtend<ReturnType<typeof orderDetailView>>();
    expectTypeOf<ReturnType<typeof orderDetailView>>().toExtend<z.output<typeof orderByIdOutput>>();
    type Order = z.output<typeof orderListMineOutput>["orders"][number];
    expectTypeOf<Omit<Order, "placedAt" | "totals">>().toExtend<ListedOrder>();
    expectTypeOf<ListedOrder>().toExtend<Omit<Order, "placedAt" | "totals">>();
  });

  it("refuse fields the schema does not name (so nothing is dropped silently)", () => {
    const extra = { orderId: "o1", status: "placed", currency: "USD", subtotal: 1, discount: 0 };
    const result = orderPlaceOutput.safeParse({
      ...extra,
      tax: 0,
      deliveryFee: 0,
      tip: 0,
      total: 1,
      replayed: false,
      secret: "x",
    });
    expect(result.success).toBe(false);
  });
});
