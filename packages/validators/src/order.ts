import { z } from "zod";

import { cartInput } from "./cart";

import { orderStatusValues } from "./order-status";

/** Client-generated, one per checkout attempt: a retried or double-clicked place reuses it. */
export const idempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, "Use letters, digits, '-' and '_' only.");

export const MAX_DELIVERY_ADDRESS_LENGTH = 300;
export const MAX_ORDER_NOTES_LENGTH = 500;
export const MAX_REVIEW_COMMENT_LENGTH = 1000;
export const MAX_ORDER_REASON_LENGTH = 500;

/**
 * Checkout: the cart (ids and counts only, never a price) plus where it goes. A delivery
 * without an address is refused by the procedure with a field error on `deliveryAddress`.
 */
export const placeOrderInput = cartInput
  .extend({
    idempotencyKey,
    deliveryAddress: z.string().trim().max(MAX_DELIVERY_ADDRESS_LENGTH).optional(),
    notes: z.string().trim().max(MAX_ORDER_NOTES_LENGTH).default(""),
  })
  .strict();
export type PlaceOrderInput = z.input<typeof placeOrderInput>;

export const orderIdInput = z.object({ orderId: z.string().min(1).max(64) }).strict();

export const listMyOrdersInput = z
  .object({
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.string().max(500).nullish(),
  })
  .strict();

export const cancelOrderInput = z
  .object({
    orderId: z.string().min(1).max(64),
    note: z.string().trim().max(MAX_ORDER_REASON_LENGTH).optional(),
  })
  .strict();

export const reviewOrderInput = z
  .object({
    orderId: z.string().min(1).max(64),
    rating: z.number().int().min(1).max(5),
    comment: z.string().trim().max(MAX_REVIEW_COMMENT_LENGTH).default(""),
  })
  .strict();

export { orderStatusValues };

export const merchantQueueInput = z
  .object({
    restaurantId: z.string().min(1).max(64),
    statuses: z.array(z.enum(orderStatusValues)).min(1).max(10).optional(),
  })
  .strict();

/** A restaurant's past and present orders, newest first; optionally only some statuses. */
export const merchantHistoryInput = z
  .object({
    restaurantId: z.string().min(1).max(64),
    statuses: z.array(z.enum(orderStatusValues)).min(1).max(10).optional(),
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.string().max(500).nullish(),
  })
  .strict();

export const merchantTransitionInput = z
  .object({
    restaurantId: z.string().min(1).max(64),
    orderId: z.string().min(1).max(64),
    to: z.enum(orderStatusValues),
    // Bounds and presence are the state machine's to judge (with a clear message); these
    // only keep absurd payloads out.
    prepMinutes: z.number().int().min(-10_000).max(10_000).optional(),
    reason: z.string().max(2_000).optional(),
  })
  .strict();

export const merchantRefundInput = z
  .object({
    restaurantId: z.string().min(1).max(64),
    orderId: z.string().min(1).max(64),
    amount: z.number().int().min(1).max(100_000_000),
    reason: z.string().trim().min(1, "Give a reason for the refund.").max(MAX_ORDER_REASON_LENGTH),
  })
  .strict();
