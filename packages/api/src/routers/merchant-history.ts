import { listRestaurantOrderHistory } from "@dishpatch/db";
import { merchantHistoryInput } from "@dishpatch/validators";
import { TRPCError } from "@trpc/server";

import { decodeCursor, encodeCursor, timeCursor } from "../cursor";
import { restaurantProcedure } from "../trpc";

export const merchantHistoryProcedures = {
  /**
   * Every order of the restaurant, finished ones included, newest first and a page at a time:
   * how an owner finds yesterday's delivered order to refund it. One round trip after the
   * viewer. Like `queue`, not part of the public HTTP API: it serves the dashboard.
   */
  history: restaurantProcedure("staff")
    .meta({
      summary: "A restaurant's orders in any status, newest first; cursor-paginated.",
      errors: ["NOT_FOUND"],
    })
    .input(merchantHistoryInput)
    .query(async ({ ctx, input }) => {
      const history = await listRestaurantOrderHistory(ctx.db, {
        restaurantId: input.restaurantId,
        statuses: input.statuses ?? null,
        // One extra row tells whether another page exists without a count query.
        limit: input.limit + 1,
        cursor: input.cursor ? decodeCursor(input.cursor, timeCursor) : null,
      });
      if (!history) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We couldn't find that restaurant." });
      }
      const rows = history.orders.slice(0, input.limit);
      const last = rows.at(-1);
      return {
        timeZone: history.timeZone,
        orders: rows.map(
          ({ createdAt, currency, subtotal, discount, tax, deliveryFee, tip, total, ...rest }) => ({
            ...rest,
            placedAt: new Date(createdAt),
            totals: { currency, subtotal, discount, tax, deliveryFee, tip, total },
          }),
        ),
        nextCursor:
          history.orders.length > input.limit && last
            ? encodeCursor({ at: last.createdAt, id: last.id })
            : null,
      };
    }),
};
