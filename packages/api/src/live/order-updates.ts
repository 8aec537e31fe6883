import { getOrderForChange, listOrderEventsAfter } from "@dishpatch/db";
import { orderUpdatesInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { isTerminalStatus } from "../domain";
import { relationToOrder } from "../order-views";
import { protectedProcedure } from "../trpc";
import { followLog, LIVE_PAGE_SIZE } from "./follow";

/**
 * `order.onUpdate`: the order's events as they happen — the whole timeline first, then each
 * change. For its customer, its restaurant's members and admins; anyone else hears NOT_FOUND,
 * as if the order did not exist. The stream ends once the order reaches a final status.
 */
export const onUpdate = protectedProcedure
  .meta({ summary: "Live status events of one order (SSE).", errors: ["NOT_FOUND"] })
  .input(orderUpdatesInput)
  .subscription(async function* ({ ctx, input, signal }) {
    const order = await getOrderForChange(ctx.db, input.orderId);
    const relation = order && relationToOrder(ctx.viewer, order);
    if (!relation || !(relation.isCustomer || relation.isMember || relation.isAdmin)) {
      throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that order." });
    }
    yield* followLog({
      startAfter: input.lastEventId ? Number(input.lastEventId) : 0,
      read: (afterId) =>
        listOrderEventsAfter(ctx.db, { orderId: input.orderId, afterId, limit: LIVE_PAGE_SIZE }),
      isLast: (event) => isTerminalStatus(event.toStatus),
      signal,
    });
  });
