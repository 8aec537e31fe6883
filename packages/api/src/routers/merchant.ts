import { getOrderForChange, listRestaurantQueue, refundOrder } from "@dishpatch/db";
import {
  merchantQueueInput,
  merchantRefundInput,
  merchantTransitionInput,
} from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { acceptDeadline } from "../domain";
import type { OrderStatus } from "../domain";
import { formatAmount } from "../format-amount";
import { onNewOrder } from "../live/new-orders";
import { merchantHistoryProcedures } from "./merchant-history";
import { merchantReportProcedures } from "./merchant-report";
import { transitionOrder } from "../services/transition-order";
import { restaurantProcedure, router } from "../trpc";

/** What a kitchen works on: everything not yet finished. */
const activeStatuses: readonly OrderStatus[] = [
  "placed",
  "accepted",
  "preparing",
  "ready",
  "out_for_delivery",
];

function notThisRestaurantsOrder(): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: "This restaurant has no such order." });
}

export const merchantRouter = router({
  ...merchantReportProcedures,
  ...merchantHistoryProcedures,
  /** Each new order of the restaurant, live (SSE): see live/new-orders.ts. */
  onNewOrder,
  /** The restaurant's orders in the given statuses (default: active), oldest first. */
  queue: restaurantProcedure("staff")
    .meta({ summary: "A restaurant's open orders, oldest first.", errors: [] })
    .input(merchantQueueInput)
    .query(async ({ ctx, input }) => {
      const rows = await listRestaurantQueue(ctx.db, {
        restaurantId: input.restaurantId,
        statuses: input.statuses ?? activeStatuses,
      });
      return rows.map(
        ({
          createdAt,
          estimatedReadyAt,
          currency,
          subtotal,
          discount,
          tax,
          deliveryFee,
          tip,
          total,
          ...rest
        }) => {
          const placedAt = new Date(createdAt);
          return {
            ...rest,
            totals: { currency, subtotal, discount, tax, deliveryFee, tip, total },
            placedAt,
            acceptDeadline: rest.status === "placed" ? acceptDeadline(placedAt) : null,
            estimatedReadyAt: estimatedReadyAt ? new Date(estimatedReadyAt) : null,
          };
        },
      );
    }),

  /** Accept (with prep minutes), reject (with a reason), advance or cancel an order. */
  transition: restaurantProcedure("staff")
    .meta({ summary: "Moves an order to its next status.", errors: ["NOT_FOUND", "CONFLICT"] })
    .input(merchantTransitionInput)
    .mutation(async ({ ctx, input }) => {
      const order = await getOrderForChange(ctx.db, input.orderId);
      if (order?.restaurantId !== input.restaurantId) throw notThisRestaurantsOrder();
      const outcome = await transitionOrder(ctx.db, {
        order,
        to: input.to,
        actor: "restaurant",
        actorId: ctx.viewer.id,
        data: {
          now: new Date(),
          ...(input.prepMinutes === undefined ? {} : { prepMinutes: input.prepMinutes }),
          ...(input.reason === undefined ? {} : { reason: input.reason, note: input.reason }),
        },
      });
      return { id: order.id, ...outcome };
    }),

  /** A full or partial refund by the owner, never more than what is left to refund. */
  refund: restaurantProcedure("owner")
    .meta({ summary: "Refunds part or all of an order.", errors: ["NOT_FOUND", "CONFLICT"] })
    .input(merchantRefundInput)
    .mutation(async ({ ctx, input }) => {
      const result = await refundOrder(ctx.db, {
        orderId: input.orderId,
        restaurantId: input.restaurantId,
        amount: input.amount,
        reason: input.reason,
        createdBy: ctx.viewer.id,
      });
      if (result.ok) {
        return { orderId: input.orderId, refunded: result.refunded, balance: result.balance };
      }
      if (result.reason === "not-found") throw notThisRestaurantsOrder();
      throw new TRPCError({
        code: "CONFLICT",
        message:
          result.balance === 0
            ? "This order has been refunded in full already."
            : `Only ${formatAmount(result.balance, result.currency)} can be refunded.`,
      });
    }),
});
