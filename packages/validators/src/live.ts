import { z } from "zod";

/**
 * The id of the last event a client received. httpSubscriptionLink adds it to the input
 * when it reconnects, so the stream resumes after it.
 */
export const lastEventId = z
  .string()
  .regex(/^\d{1,15}$/, "Use the id of an event you received")
  .nullish();

export const orderUpdatesInput = z
  .object({ orderId: z.string().min(1).max(64), lastEventId })
  .strict();

export const newOrdersInput = z
  .object({ restaurantId: z.string().min(1).max(64), lastEventId })
  .strict();
