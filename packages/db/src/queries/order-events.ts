import { and, asc, eq, gt, sql } from "drizzle-orm";

import type { Database } from "../client";
import { orderEvents } from "../schema";

/** One entry of an order's event log, as live streams deliver it. */
export interface OrderEventRecord {
  id: number;
  orderId: string;
  fromStatus: (typeof orderEvents.$inferSelect)["fromStatus"];
  toStatus: (typeof orderEvents.$inferSelect)["toStatus"];
  actorRole: (typeof orderEvents.$inferSelect)["actorRole"];
  note: string;
  at: Date;
}

const eventColumns = {
  id: orderEvents.id,
  orderId: orderEvents.orderId,
  fromStatus: orderEvents.fromStatus,
  toStatus: orderEvents.toStatus,
  actorRole: orderEvents.actorRole,
  note: orderEvents.note,
  at: orderEvents.createdAt,
};

/**
 * Events of one order after `afterId`, oldest first. Per order, ids are in commit order:
 * every transition updates the order row (taking its lock) before it appends its event.
 */
export async function listOrderEventsAfter(
  db: Database,
  opts: { orderId: string; afterId: number; limit: number },
): Promise<OrderEventRecord[]> {
  return db
    .select(eventColumns)
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, opts.orderId), gt(orderEvents.id, opts.afterId)))
    .orderBy(asc(orderEvents.id))
    .limit(opts.limit);
}

/** The newest event id of a restaurant (0 when it has none): where a fresh queue stream starts. */
export async function latestRestaurantEventId(db: Database, restaurantId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${orderEvents.id}), 0)::bigint`.mapWith(Number) })
    .from(orderEvents)
    .where(eq(orderEvents.restaurantId, restaurantId));
  return row?.id ?? 0;
}

/**
 * "Placed" events of a restaurant after `afterId`, plus those of the last `lookbackSeconds`:
 * orders placed concurrently can commit out of id order, so a stream re-reads a short window
 * and skips what it already delivered.
 */
export async function listNewOrderEvents(
  db: Database,
  opts: { restaurantId: string; afterId: number; lookbackSeconds: number; limit: number },
): Promise<OrderEventRecord[]> {
  return db
    .select(eventColumns)
    .from(orderEvents)
    .where(
      and(
        eq(orderEvents.restaurantId, opts.restaurantId),
        eq(orderEvents.toStatus, "placed"),
        sql`(${orderEvents.id} > ${opts.afterId} or ${orderEvents.createdAt} > now() - make_interval(secs => ${opts.lookbackSeconds}))`,
      ),
    )
    .orderBy(asc(orderEvents.id))
    .limit(opts.limit);
}
