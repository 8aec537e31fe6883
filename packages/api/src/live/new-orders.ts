import { latestRestaurantEventId, listNewOrderEvents } from "@dishpatch/db";
import { newOrdersInput } from "@dishpatch/validators";

import { restaurantProcedure } from "../trpc";
import { followLog, LIVE_PAGE_SIZE } from "./follow";

/** Orders placed concurrently may commit out of id order; re-reading this window catches them. */
const LATE_COMMIT_LOOKBACK_SECONDS = 10;

/**
 * `merchant.onNewOrder`: each order placed at the restaurant from now on (or after
 * `lastEventId` on reconnect), for its staff and owners. A screen refreshes its queue on each
 * event; an event may repeat after a reconnect, never go missing.
 */
export const onNewOrder = restaurantProcedure("staff")
  .meta({ summary: "Live feed of a restaurant's new and changed orders (SSE).", errors: [] })
  .input(newOrdersInput)
  .subscription(async function* ({ ctx, input, signal }) {
    // A fresh stream starts now: what was already placed is on the screen's first queue read.
    const resumeAfter = input.lastEventId ? Number(input.lastEventId) : null;
    const now = resumeAfter ?? (await latestRestaurantEventId(ctx.db, input.restaurantId));
    yield* followLog({
      startAfter: now,
      skipThrough: resumeAfter === null ? now : 0,
      read: (afterId) =>
        listNewOrderEvents(ctx.db, {
          restaurantId: input.restaurantId,
          afterId,
          lookbackSeconds: LATE_COMMIT_LOOKBACK_SECONDS,
          limit: LIVE_PAGE_SIZE,
        }),
      signal,
    });
  });
