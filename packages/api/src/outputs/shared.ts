import { orderStatuses } from "../domain/order-state";
import { z } from "zod";

/**
 * Building blocks of the REST (OpenAPI) output schemas. Objects are strict: a field the
 * resolver returns but the schema lacks fails the call (and the tests) instead of vanishing
 * silently from the answer.
 */
export const id = z.string();
export const money = z.number().int().describe("Amount in the currency's minor unit (cents).");
export const timestamp = z.date().describe("ISO 8601 date-time over REST; a Date over tRPC.");
export const orderStatusSchema = z.enum(orderStatuses);
export const fulfillmentSchema = z.enum(["delivery", "pickup"]);

export const orderTotals = z
  .object({
    currency: z.string(),
    subtotal: money,
    discount: money,
    tax: money,
    deliveryFee: money,
    tip: money,
    total: money,
  })
  .strict();

export const orderItemLine = z
  .object({
    id,
    menuItemId: id.nullable(),
    name: z.string(),
    unitPrice: money,
    quantity: z.number().int(),
    lineTotal: money,
    options: z.array(
      z
        .object({
          optionId: id.nullable(),
          groupName: z.string(),
          name: z.string(),
          priceDelta: money,
        })
        .strict(),
    ),
  })
  .strict();
