import type { OrderForChange, Viewer } from "@dishpatch/db";
import {
  getOrderDetail,
  getOrderForChange,
  insertReview,
  listOrdersOfCustomer,
} from "@dishpatch/db";
import {
  cancelOrderInput,
  listMyOrdersInput,
  orderIdInput,
  placeOrderInput,
  reviewOrderInput,
} from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { decodeCursor, encodeCursor } from "../cursor";
import { onUpdate } from "../live/order-updates";
import { orderDetailView, relationToOrder } from "../order-views";
import { enforceRateLimit } from "../ratelimit";
import { placeOrder } from "../services/place-order";
import { transitionOrder } from "../services/transition-order";
import { protectedProcedure, router } from "../trpc";
import { orderByIdOutput, orderListMineOutput, orderPlaceOutput } from "../outputs";

const ORDER_NOT_FOUND = "We couldn't find that order.";

/** Orders of other people do not exist for the caller: the same answer as a wrong id. */
function orderNotFound(): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: ORDER_NOT_FOUND });
}

async function ownOrder(
  ctx: { db: Parameters<typeof getOrderForChange>[0]; viewer: Viewer },
  orderId: string,
): Promise<OrderForChange> {
  const order = await getOrderForChange(ctx.db, orderId);
  if (order?.customerId !== ctx.viewer.id) throw orderNotFound();
  return order;
}

const listCursor = z.object({
  createdAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:\d{2})?)$/),
  id: z.string().min(1).max(64),
});

export const orderRouter = router({
  /** Live events of one order (SSE): see live/order-updates.ts. */
  onUpdate,
  /**
   * Checkout. The server prices the cart again and writes the order in one statement: the
   * viewer, the menu and the write are the only round trips (a refused cart adds one, to
   * answer a retried key with its order). Idempotent per (user, idempotencyKey).
   */
  place: protectedProcedure
    .meta({
      summary: "Places an order (idempotent per idempotencyKey).",
      errors: ["NOT_FOUND", "CONFLICT"],
      openapi: { method: "POST", path: "/orders", tags: ["orders"], protect: true },
    })
    .output(orderPlaceOutput)
    .input(placeOrderInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit({
        limiter: ctx.limiter,
        policy: "placeOrderPerUser",
        key: `user:${ctx.viewer.id}`,
        resHeaders: ctx.resHeaders,
      });
      return placeOrder(ctx.db, ctx.viewer.id, input, new Date());
    }),

  /** One order for its customer, its restaurant's members and admins; others get NOT_FOUND. */
  byId: protectedProcedure
    .meta({
      summary: "One order with its items and timeline.",
      errors: ["NOT_FOUND"],
      openapi: { method: "GET", path: "/orders/{orderId}", tags: ["orders"], protect: true },
    })
    .output(orderByIdOutput)
    .input(orderIdInput)
    .query(async ({ ctx, input }) => {
      const row = await getOrderDetail(ctx.db, input.orderId);
      if (!row) throw orderNotFound();
      const relation = relationToOrder(ctx.viewer, row);
      if (!relation.isCustomer && !relation.isMember && !relation.isAdmin) throw orderNotFound();
      return orderDetailView(row, ctx.viewer);
    }),

  /** The caller's orders, newest first. */
  listMine: protectedProcedure
    .meta({
      summary: "The caller's orders, newest first; cursor-paginated.",
      errors: [],
      openapi: { method: "GET", path: "/orders", tags: ["orders"], protect: true },
    })
    .output(orderListMineOutput)
    .input(listMyOrdersInput)
    .query(async ({ ctx, input }) => {
      const after = input.cursor ? decodeCursor(input.cursor, listCursor) : null;
      const rows = await listOrdersOfCustomer(ctx.db, {
        customerId: ctx.viewer.id,
        limit: input.limit + 1,
        after,
      });
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return {
        orders: page.map(
          ({ createdAt, currency, subtotal, discount, tax, deliveryFee, tip, total, ...rest }) => ({
            ...rest,
            placedAt: new Date(createdAt),
            totals: { currency, subtotal, discount, tax, deliveryFee, tip, total },
          }),
        ),
        nextCursor:
          rows.length > input.limit && last
            ? encodeCursor({ createdAt: last.createdAt, id: last.id })
            : null,
      };
    }),

  /** The customer cancels while the order is still `placed`: full refund, stock back. */
  cancel: protectedProcedure
    .meta({
      summary: "Cancels the caller's order while it is still placed.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(cancelOrderInput)
    .mutation(async ({ ctx, input }) => {
      const order = await ownOrder(ctx, input.orderId);
      const outcome = await transitionOrder(ctx.db, {
        order,
        to: "cancelled",
        actor: "customer",
        actorId: ctx.viewer.id,
        data: { now: new Date(), ...(input.note ? { note: input.note } : {}) },
      });
      return { id: order.id, status: outcome.status, refunded: outcome.refunded };
    }),

  /** One review per order, once it was delivered or picked up. */
  review: protectedProcedure
    .meta({
      summary: "Rates a delivered or picked-up order once.",
      errors: ["NOT_FOUND", "CONFLICT"],
    })
    .input(reviewOrderInput)
    .mutation(async ({ ctx, input }) => {
      const order = await ownOrder(ctx, input.orderId);
      if (order.status !== "delivered" && order.status !== "picked_up") {
        throw new TRPCError({
          code: "CONFLICT",
          message: "You can review an order once it has been delivered or picked up.",
        });
      }
      const result = await insertReview(ctx.db, {
        orderId: order.id,
        restaurantId: order.restaurantId,
        customerId: ctx.viewer.id,
        rating: input.rating,
        comment: input.comment,
      });
      if (!result.ok) {
        throw new TRPCError({ code: "CONFLICT", message: "You have already reviewed this order." });
      }
      return { orderId: order.id, rating: input.rating, comment: input.comment };
    }),
});
