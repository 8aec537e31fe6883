import type { Database } from "@dishpatch/db";
import { listUnacceptedOrders } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";

import { ACCEPT_WINDOW_MINUTES } from "../domain";
import { transitionOrder } from "../services/transition-order";

/** Orders per run; a backlog larger than this clears over the next runs. */
const BATCH_SIZE = 100;

/**
 * Expires orders no restaurant accepted within the accept window: the same transition as every
 * other (event, full refund, restock), made by the system. Two overlapping runs expire each
 * order once: the status update is guarded by `placed`, and the loser's CONFLICT is counted
 * as skipped (as is an order the restaurant accepted at the last moment).
 */
export async function expireUnacceptedOrders(db: Database, now: Date) {
  const overdue = await listUnacceptedOrders(db, {
    placedBefore: new Date(now.getTime() - ACCEPT_WINDOW_MINUTES * 60_000),
    limit: BATCH_SIZE,
  });
  let expired = 0;
  let skipped = 0;
  for (const order of overdue) {
    try {
      await transitionOrder(db, {
        order,
        to: "expired",
        actor: "system",
        actorId: null,
        data: { now },
      });
      expired++;
    } catch (error) {
      if (!(error instanceof TRPCError && error.code === "CONFLICT")) throw error;
      skipped++;
    }
  }
  return { expired, skipped };
}
