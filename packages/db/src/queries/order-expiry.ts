import { and, asc, eq, lt } from "drizzle-orm";

import type { Database } from "../client";
import type { OrderForChange } from "./order-reads";
import { orders } from "../schema";

/** Orders still `placed` that were placed before `placedBefore`, oldest first. */
export async function listUnacceptedOrders(
  db: Database,
  opts: { placedBefore: Date; limit: number },
): Promise<OrderForChange[]> {
  return db
    .select({
      id: orders.id,
      restaurantId: orders.restaurantId,
      customerId: orders.customerId,
      status: orders.status,
      fulfillment: orders.fulfillment,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(and(eq(orders.status, "placed"), lt(orders.createdAt, opts.placedBefore)))
    .orderBy(asc(orders.createdAt))
    .limit(opts.limit);
}
