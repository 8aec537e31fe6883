import { z } from "zod";

import { cartProblemCodes } from "../domain/cart-problems";
import { currencyCodeSchema } from "../domain/currency-schema";
import { fulfillmentSchema, id, money } from "./shared";

const chosenOption = z
  .object({
    groupId: id,
    groupName: z.string(),
    optionId: id,
    optionName: z.string(),
    priceDelta: money,
  })
  .strict();

const pricedLine = z
  .object({
    lineIndex: z.number().int().describe("Position of the line in the cart input."),
    itemId: id,
    itemName: z.string(),
    quantity: z.number().int(),
    options: z.array(chosenOption).readonly(),
    unitPrice: money,
    lineTotal: money,
  })
  .strict();

const cartProblem = z
  .object({
    code: z.enum(cartProblemCodes),
    path: z
      .array(z.union([z.string(), z.number()]))
      .readonly()
      .describe('Where in the cart input, e.g. ["lines", 2]; [] = the whole cart.'),
    message: z.string(),
    details: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .readonly()
      .optional(),
  })
  .strict();

/** cart.quote */
export const cartQuoteOutput = z
  .object({
    currency: currencyCodeSchema,
    fulfillment: fulfillmentSchema,
    lines: z.array(pricedLine).readonly(),
    subtotal: money,
    discount: money,
    promoCode: z.string().nullable(),
    tax: money,
    deliveryFee: money,
    tip: money,
    total: money,
    problems: z
      .array(cartProblem)
      .readonly()
      .describe("Everything that keeps this cart from being ordered; empty when it can be."),
    restaurant: z.object({ id, name: z.string(), slug: z.string() }).strict(),
  })
  .strict();
