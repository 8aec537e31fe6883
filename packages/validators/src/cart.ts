import { z } from "zod";

/** What a client sends to price or place a cart: ids and counts, never a price. */
export const cartLineInput = z
  .object({
    itemId: z.string().min(1).max(64),
    // Limits are enforced with clear cart problems by the pricing function; these bounds only
    // keep absurd payloads out.
    quantity: z.number().int().min(-1000).max(1000),
    optionIds: z.array(z.string().min(1).max(64)).max(30).default([]),
  })
  .strict();

export const cartInput = z
  .object({
    restaurantId: z.string().min(1).max(64),
    lines: z.array(cartLineInput).max(100),
    fulfillment: z.enum(["delivery", "pickup"]),
    tip: z.number().int().min(0).max(100_000_000).default(0),
    promoCode: z.string().trim().max(32).optional(),
  })
  .strict();
export type CartInput = z.input<typeof cartInput>;
