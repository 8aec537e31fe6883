import { z } from "zod";

import {
  fulfillmentSchema,
  id,
  money,
  orderItemLine,
  orderStatusSchema,
  orderTotals,
  timestamp,
} from "./shared";

/** order.place */
export const orderPlaceOutput = z
  .object({
    orderId: id,
    status: orderStatusSchema,
    currency: z.string(),
    subtotal: money,
    discount: money,
    tax: money,
    deliveryFee: money,
    tip: money,
    total: money,
    replayed: z
      .boolean()
      .describe("true: this idempotencyKey was used before; its order is returned."),
  })
  .strict();

/** order.listMine */
export const orderListMineOutput = z
  .object({
    orders: z.array(
      z
        .object({
          id,
          status: orderStatusSchema,
          fulfillment: fulfillmentSchema,
          itemCount: z.number().int(),
          restaurant: z.object({ id, name: z.string(), slug: z.string() }).strict(),
          placedAt: timestamp,
          totals: orderTotals,
        })
        .strict(),
    ),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null at the end."),
  })
  .strict();

/** order.byId */
export const orderByIdOutput = z
  .object({
    id,
    status: orderStatusSchema,
    fulfillment: fulfillmentSchema,
    deliveryAddress: z.string().nullable(),
    notes: z.string(),
    customer: z.object({ id, name: z.string().nullable() }).strict(),
    restaurant: z
      .object({
        id,
        name: z.string(),
        slug: z.string(),
        currency: z.string(),
        timeZone: z.string(),
      })
      .strict(),
    totals: orderTotals,
    items: z.array(orderItemLine),
    prepMinutes: z.number().int().nullable(),
    estimatedReadyAt: timestamp.nullable(),
    acceptDeadline: timestamp.nullable(),
    placedAt: timestamp,
    updatedAt: timestamp,
    events: z.array(
      z
        .object({
          id: z.number().int(),
          actorRole: z.enum(["customer", "restaurant", "admin", "system"]),
          fromStatus: orderStatusSchema.nullable(),
          toStatus: orderStatusSchema,
          note: z.string(),
          createdAt: timestamp,
        })
        .strict(),
    ),
    ledger: z
      .object({
        entries: z.array(
          z
            .object({
              id,
              kind: z.enum(["charge", "refund"]),
              amount: money,
              method: z.string(),
              reason: z.string(),
              createdAt: timestamp,
            })
            .strict(),
        ),
        charges: money,
        refunds: money,
        balance: money,
      })
      .strict(),
    review: z
      .object({ rating: z.number().int(), comment: z.string(), createdAt: timestamp })
      .strict()
      .nullable(),
    availableTransitions: z.array(
      z
        .object({
          to: orderStatusSchema,
          by: z.enum(["customer", "restaurant", "system"]),
          requires: z.enum(["prepMinutes", "reason"]).nullable(),
        })
        .strict(),
    ),
  })
  .strict();
