import type { Database, PlaceOrderRecord, PlacedOrderSummary } from "@dishpatch/db";
import { findIdempotencyKey, getRestaurantWithMenu, placeOrderRecord } from "@dishpatch/db";
import type { PlaceOrderInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import type { CartProblem, PricedCart } from "../domain";
import { cartProblem } from "../domain";
import { CartRefused, isMalformedCart, refusalMessage } from "../cart-refusal";
import { InvalidFields } from "../errors";
import { requestHash } from "../request-hash";
import { quoteCart } from "./quote";

type Checkout = Omit<PlaceOrderInput, "tip" | "notes"> & { tip: number; notes: string };

const IDEMPOTENCY_MISMATCH =
  "This checkout key was already used for a different order. Start a new checkout to order again.";

/**
 * Places an order: re-prices the cart on the server (one round trip), then writes it in one
 * statement (one round trip). A refused cart first checks whether its key already made an
 * order, so a retry of a successful checkout returns that order even if the cart changed
 * state since (an item sold out, say).
 */
export async function placeOrder(
  db: Database,
  customerId: string,
  input: Checkout,
  now: Date,
): Promise<PlacedOrderSummary> {
  const deliveryAddress = input.fulfillment === "delivery" ? (input.deliveryAddress ?? "") : null;
  const hash = await requestHash({
    restaurantId: input.restaurantId,
    lines: input.lines.map((line) => ({
      itemId: line.itemId,
      quantity: line.quantity,
      optionIds: [...(line.optionIds ?? [])].sort(),
    })),
    fulfillment: input.fulfillment,
    tip: input.tip,
    promoCode: input.promoCode ? input.promoCode.toUpperCase() : null,
    deliveryAddress,
    notes: input.notes,
  });
  /** Every refusal first asks whether this key already made an order: then that is the answer. */
  const refuse = async (error: TRPCError): Promise<PlacedOrderSummary> => {
    const earlier = await findIdempotencyKey(db, customerId, input.idempotencyKey);
    if (!earlier?.order) throw error;
    if (earlier.requestHash !== hash) {
      throw new TRPCError({ code: "CONFLICT", message: IDEMPOTENCY_MISMATCH });
    }
    return earlier.order;
  };

  if (deliveryAddress === "") {
    const message = "Tell us where to deliver.";
    return refuse(
      new TRPCError({
        code: "BAD_REQUEST",
        message,
        cause: new InvalidFields({ deliveryAddress: [message] }),
      }),
    );
  }
  const restaurant = await getRestaurantWithMenu(
    db,
    { id: input.restaurantId },
    input.promoCode ? { code: input.promoCode, customerId } : undefined,
  );
  // Pending restaurants are not public (as in cart.quote).
  if (!restaurant || restaurant.status === "pending") {
    return refuse(
      new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." }),
    );
  }
  const priced = quoteCart(restaurant, input, now);
  if (priced.problems.length > 0) return refuse(cartRefusal(priced.problems));

  const result = await placeOrderRecord(db, {
    ...orderRecord(priced, input, customerId, hash, deliveryAddress),
    promoCodeId: priced.promoCode === null ? null : (restaurant.promo?.id ?? null),
  });
  if (result.ok) {
    const { ok: _ok, ...summary } = result;
    return summary;
  }
  // The function claims the key before anything else, so these refusals are of a new key.
  switch (result.reason) {
    case "idempotency-mismatch":
      throw new TRPCError({ code: "CONFLICT", message: IDEMPOTENCY_MISMATCH });
    case "insufficient-stock": {
      const line = priced.lines.find((l) => l.itemId === result.itemId);
      const message = `Not enough ${line?.itemName ?? "of an item"} left: it sold out while you were ordering.`;
      const path = line ? ["lines", line.lineIndex, "quantity"] : ["lines"];
      throw cartRefusal([cartProblem("INSUFFICIENT_STOCK", path, message)]);
    }
    case "promo-used-up":
      throw cartRefusal([
        cartProblem("PROMO_EXHAUSTED", ["promoCode"], "This promo code has been used up."),
      ]);
    case "promo-customer-limit":
      throw cartRefusal([
        cartProblem(
          "PROMO_CUSTOMER_LIMIT_REACHED",
          ["promoCode"],
          "You have already used this promo code as often as allowed.",
        ),
      ]);
  }
}

function cartRefusal(problems: readonly CartProblem[]): TRPCError {
  return new TRPCError({
    code: isMalformedCart(problems) ? "BAD_REQUEST" : "CONFLICT",
    message: refusalMessage(problems),
    cause: new CartRefused(problems),
  });
}

function orderRecord(
  priced: PricedCart,
  input: Checkout,
  customerId: string,
  hash: string,
  deliveryAddress: string | null,
): Omit<PlaceOrderRecord, "promoCodeId"> {
  return {
    customerId,
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    restaurantId: input.restaurantId,
    fulfillment: priced.fulfillment,
    deliveryAddress,
    notes: input.notes,
    currency: priced.currency,
    subtotal: priced.subtotal,
    discount: priced.discount,
    tax: priced.tax,
    deliveryFee: priced.deliveryFee,
    tip: priced.tip,
    total: priced.total,
    lines: priced.lines.map((line) => ({
      itemId: line.itemId,
      name: line.itemName,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      lineTotal: line.lineTotal,
      options: line.options.map((option) => ({
        optionId: option.optionId,
        groupName: option.groupName,
        name: option.optionName,
        priceDelta: option.priceDelta,
      })),
    })),
  };
}
