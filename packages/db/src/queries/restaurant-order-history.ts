import { sql } from "drizzle-orm";

import type { Database } from "../client";
import type { FulfillmentValue, OrderStatusValue, OrderTotals } from "./order-reads";
import type { TimeCursor } from "./sql-helpers";
import { afterTimeCursor } from "./sql-helpers";

export interface HistoryOrderRow extends OrderTotals {
  id: string;
  status: OrderStatusValue;
  fulfillment: FulfillmentValue;
  customerName: string | null;
  /** ISO timestamp with microseconds: exact enough to resume a page after it. */
  createdAt: string;
  itemCount: number;
  /** What the payments ledger has refunded so far (minor units). */
  refunded: number;
}

export interface RestaurantOrderHistory {
  /** The restaurant's zone, so its pages show times as the kitchen lived them. */
  timeZone: string;
  orders: HistoryOrderRow[];
}

/**
 * A restaurant's orders, newest first, keyset-paginated on (created_at, id), optionally only
 * some statuses. The restaurant row carries the page, so the time zone comes along and the
 * whole read is one round trip. Null when there is no such restaurant.
 */
export async function listRestaurantOrderHistory(
  db: Database,
  opts: {
    restaurantId: string;
    statuses: readonly OrderStatusValue[] | null;
    limit: number;
    cursor: TimeCursor | null;
  },
): Promise<RestaurantOrderHistory | null> {
  const statusFilter = opts.statuses
    ? sql`and o.status::text in (${sql.join(
        opts.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`
    : sql``;
  const { rows } = await db.execute<{ history: RestaurantOrderHistory }>(sql`
    select json_build_object(
      'timeZone', r.time_zone,
      'orders', coalesce((
        select json_agg(json_build_object(
          'id', o.id, 'status', o.status, 'fulfillment', o.fulfillment, 'customerName', u.name,
          'currency', o.currency, 'subtotal', o.subtotal, 'discount', o.discount, 'tax', o.tax,
          'deliveryFee', o.delivery_fee, 'tip', o.tip, 'total', o.total,
          'createdAt', o.created_at,
          'itemCount', (select coalesce(sum(oi.quantity), 0)::int
                        from order_items oi where oi.order_id = o.id),
          'refunded', (select coalesce(sum(p.amount), 0)::int
                       from payments p where p.order_id = o.id and p.kind = 'refund'))
          order by o.created_at desc, o.id desc)
        from (
          select * from orders o
          where o.restaurant_id = r.id ${statusFilter}
            ${afterTimeCursor(sql`o.created_at`, sql`o.id`, opts.cursor, "desc")}
          order by o.created_at desc, o.id desc
          limit ${opts.limit}
        ) o
        join users u on u.id = o.customer_id), '[]'::json)
    ) as history
    from restaurants r
    where r.id = ${opts.restaurantId}`);
  return rows[0]?.history ?? null;
}
