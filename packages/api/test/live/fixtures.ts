/** Orders and their event log as rows, for live-stream tests that need no checkout. */
import type { Database } from "@dishpatch/db";
import { orderEvents, orders } from "@dishpatch/db/schema";

import type { TestUser } from "../support";

export async function insertPlacedOrder(db: Database, customer: TestUser, restaurantId: string) {
  const [order] = await db
    .insert(orders)
    .values({
      restaurantId,
      customerId: customer.userId,
      fulfillment: "pickup",
      currency: "USD",
      subtotal: 1000,
      tax: 89,
      total: 1089,
    })
    .returning({ id: orders.id });
  if (!order) throw new Error("order not created");
  await appendEvent(db, { orderId: order.id, restaurantId, from: null, to: "placed" });
  return order.id;
}

type Status = (typeof orderEvents.$inferInsert)["toStatus"];

export async function appendEvent(
  db: Database,
  event: { orderId: string; restaurantId: string; from: Status | null; to: Status },
) {
  const [row] = await db
    .insert(orderEvents)
    .values({
      orderId: event.orderId,
      restaurantId: event.restaurantId,
      actorRole: event.from === null ? "customer" : "restaurant",
      fromStatus: event.from,
      toStatus: event.to,
    })
    .returning({ id: orderEvents.id });
  if (!row) throw new Error("event not appended");
  return row.id;
}
