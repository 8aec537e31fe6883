import { z } from "zod";

import { id, money } from "./shared";

const restaurantStatus = z.enum(["pending", "active", "suspended"]);

/** restaurant.cuisines */
export const restaurantCuisinesOutput = z.array(z.string());

/** restaurant.list */
export const restaurantListOutput = z
  .object({
    items: z.array(
      z
        .object({
          id,
          slug: z.string(),
          name: z.string(),
          cuisine: z.string(),
          description: z.string(),
          currency: z.string(),
          deliveryFee: money,
          minimumOrder: money,
          timeZone: z.string(),
          openNow: z.boolean(),
        })
        .strict(),
    ),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null at the end."),
  })
  .strict();

const option = z.object({ id, name: z.string(), priceDelta: money }).strict();
const optionGroup = z
  .object({
    id,
    name: z.string(),
    minChoices: z.number().int(),
    maxChoices: z.number().int(),
    options: z.array(option),
  })
  .strict();
const menuItem = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    price: money,
    stock: z.number().int().nullable().describe("null: unlimited"),
    soldOut: z.boolean(),
    optionGroups: z.array(optionGroup),
  })
  .strict();
/** Only read when a cart is priced with a promo code; never part of restaurant.bySlug. */
const promoForQuote = z
  .object({
    id,
    code: z.string(),
    kind: z.enum(["fixed", "percent"]),
    value: z.number().int(),
    minimumSubtotal: money,
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    maxUses: z.number().int().nullable(),
    maxUsesPerCustomer: z.number().int().nullable(),
    uses: z.number().int(),
    active: z.boolean(),
    usesByCustomer: z.number().int(),
  })
  .strict();

/** restaurant.bySlug */
export const restaurantBySlugOutput = z
  .object({
    id,
    slug: z.string(),
    name: z.string(),
    status: restaurantStatus,
    cuisine: z.string(),
    description: z.string(),
    currency: z.string(),
    taxRateBasisPoints: z.number().int(),
    deliveryFee: money,
    minimumOrder: money,
    timeZone: z.string(),
    acceptingOrders: z.boolean(),
    openNow: z.boolean(),
    hours: z.array(
      z
        .object({
          weekday: z.number().int().describe("0 = Sunday"),
          opens: z.string().describe("HH:MM, restaurant time"),
          closes: z.string().describe("HH:MM, restaurant time"),
        })
        .strict(),
    ),
    categories: z.array(z.object({ id, name: z.string(), items: z.array(menuItem) }).strict()),
    promo: promoForQuote.nullable().optional(),
  })
  .strict();
