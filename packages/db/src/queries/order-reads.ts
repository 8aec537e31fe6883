import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import type { Database } from "../client";
import type { orders } from "../schema";

export type OrderStatusValue = (typeof orders.$inferSelect)["status"];
export type FulfillmentValue = (typeof orders.$inferSelect)["fulfillment"];

export interface OrderItemView {
  id: string;
  /** The live menu item; null once it was deleted from the menu. */
  menuItemId: string | null;
  name: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  options: { optionId: string | null; groupName: string; name: string; priceDelta: number }[];
}

export interface OrderTotals {
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  deliveryFee: number;
  tip: number;
  total: number;
}

/** Timestamps arrive as ISO strings from JSON; callers turn them into Dates. */
export interface OrderDetailRow extends OrderTotals {
  id: string;
  restaurantId: string;
  customerId: string;
  customerName: string | null;
  status: OrderStatusValue;
  fulfillment: FulfillmentValue;
  deliveryAddress: string | null;
  notes: string;
  prepMinutes: number | null;
  estimatedReadyAt: string | null;
  createdAt: string;
  updatedAt: string;
  restaurant: { name: string; slug: string; timeZone: string };
  items: OrderItemView[];
  events: {
    id: number;
    actorRole: "customer" | "restaurant" | "admin" | "system";
    fromStatus: OrderStatusValue | null;
    toStatus: OrderStatusValue;
    note: string;
    createdAt: string;
  }[];
  payments: {
    id: string;
    kind: "charge" | "refund";
    amount: number;
    method: string;
    reason: string;
    createdAt: string;
  }[];
  review: { rating: number; comment: string; createdAt: string } | null;
}

/** Items of order `o` with their options, as a json array (for embedding in a select). */
const itemsOf = (alias: string): SQL =>
  sql.raw(`coalesce((
    select json_agg(json_build_object(
      'id', oi.id, 'menuItemId', oi.menu_item_id, 'name', oi.name, 'unitPrice', oi.unit_price,
      'quantity', oi.quantity, 'lineTotal', oi.line_total,
      'options', coalesce((
        select json_agg(json_build_object('optionId', oo.option_id, 'groupName', oo.group_name,
          'name', oo.name, 'priceDelta', oo.price_delta) order by oo.group_name, oo.name)
        from order_item_options oo where oo.order_item_id = oi.id), '[]'::json))
      order by oi.name, oi.id)
    from order_items oi where oi.order_id = ${alias}.id), '[]'::json)`);

const totalsOf = (alias: string): SQL =>
  sql.raw(`'currency', ${alias}.currency, 'subtotal', ${alias}.subtotal,
    'discount', ${alias}.discount, 'tax', ${alias}.tax, 'deliveryFee', ${alias}.delivery_fee,
    'tip', ${alias}.tip, 'total', ${alias}.total`);

/**
 * One order with everything its page shows (items, timeline, ledger, review, restaurant) in
 * one round trip. Authorization is the caller's: this reads any order by id.
 */
export async function getOrderDetail(
  db: Database,
  orderId: string,
): Promise<OrderDetailRow | null> {
  const { rows } = await db.execute<{ detail: OrderDetailRow }>(sql`
    select json_build_object(
      'id', o.id, 'restaurantId', o.restaurant_id, 'customerId', o.customer_id,
      'customerName', u.name, 'status', o.status, 'fulfillment', o.fulfillment,
      'deliveryAddress', o.delivery_address, 'notes', o.notes, ${totalsOf("o")},
      'prepMinutes', o.prep_minutes, 'estimatedReadyAt', o.estimated_ready_at,
      'createdAt', o.created_at, 'updatedAt', o.updated_at,
      'restaurant', json_build_object('name', r.name, 'slug', r.slug, 'timeZone', r.time_zone),
      'items', ${itemsOf("o")},
      'events', coalesce((
        select json_agg(json_build_object('id', e.id, 'actorRole', e.actor_role,
          'fromStatus', e.from_status, 'toStatus', e.to_status, 'note', e.note,
          'createdAt', e.created_at) order by e.id)
        from order_events e where e.order_id = o.id), '[]'::json),
      'payments', coalesce((
        select json_agg(json_build_object('id', p.id, 'kind', p.kind, 'amount', p.amount,
          'method', p.method, 'reason', p.reason, 'createdAt', p.created_at)
          order by p.created_at, p.id)
        from payments p where p.order_id = o.id), '[]'::json),
      'review', (select json_build_object('rating', v.rating, 'comment', v.comment,
          'createdAt', v.created_at) from reviews v where v.order_id = o.id)
    ) as detail
    from orders o
    join restaurants r on r.id = o.restaurant_id
    join users u on u.id = o.customer_id
    where o.id = ${orderId}
    limit 1`);
  return rows[0]?.detail ?? null;
}

export interface CustomerOrderRow extends OrderTotals {
  id: string;
  status: OrderStatusValue;
  fulfillment: FulfillmentValue;
  /** ISO timestamp with microseconds: exact enough to resume a page after it. */
  createdAt: string;
  itemCount: number;
  restaurant: { id: string; name: string; slug: string };
}

/** Newest first, keyset-paginated on (createdAt, id). One round trip. */
export async function listOrdersOfCustomer(
  db: Database,
  opts: { customerId: string; limit: number; after: { createdAt: string; id: string } | null },
): Promise<CustomerOrderRow[]> {
  const { after } = opts;
  const { rows } = await db.execute<{ row: CustomerOrderRow }>(sql`
    select json_build_object(
      'id', o.id, 'status', o.status, 'fulfillment', o.fulfillment, ${totalsOf("o")},
      'createdAt', o.created_at,
      'itemCount', (select coalesce(sum(oi.quantity), 0)::int from order_items oi where oi.order_id = o.id),
      'restaurant', json_build_object('id', r.id, 'name', r.name, 'slug', r.slug)
    ) as row
    from orders o
    join restaurants r on r.id = o.restaurant_id
    where o.customer_id = ${opts.customerId}
      ${after ? sql`and (o.created_at, o.id) < (${after.createdAt}::timestamptz, ${after.id})` : sql``}
    order by o.created_at desc, o.id desc
    limit ${opts.limit}`);
  return rows.map((r) => r.row);
}

export interface QueueOrderRow extends OrderTotals {
  id: string;
  status: OrderStatusValue;
  fulfillment: FulfillmentValue;
  customerName: string | null;
  deliveryAddress: string | null;
  notes: string;
  prepMinutes: number | null;
  estimatedReadyAt: string | null;
  createdAt: string;
  items: OrderItemView[];
}

/** Most orders a queue shows at once; older ones are for the reports. */
export const MAX_QUEUE_ORDERS = 200;

/** A restaurant's orders in the given statuses, oldest first, with items. One round trip. */
export async function listRestaurantQueue(
  db: Database,
  opts: { restaurantId: string; statuses: readonly OrderStatusValue[] },
): Promise<QueueOrderRow[]> {
  const statuses = sql.join(
    opts.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const { rows } = await db.execute<{ row: QueueOrderRow }>(sql`
    select json_build_object(
      'id', o.id, 'status', o.status, 'fulfillment', o.fulfillment, 'customerName', u.name,
      'deliveryAddress', o.delivery_address, 'notes', o.notes, ${totalsOf("o")},
      'prepMinutes', o.prep_minutes, 'estimatedReadyAt', o.estimated_ready_at,
      'createdAt', o.created_at, 'items', ${itemsOf("o")}
    ) as row
    from orders o
    join users u on u.id = o.customer_id
    where o.restaurant_id = ${opts.restaurantId} and o.status::text in (${statuses})
    order by o.created_at, o.id
    limit ${MAX_QUEUE_ORDERS}`);
  return rows.map((r) => r.row);
}

export interface OrderForChange {
  id: string;
  restaurantId: string;
  customerId: string;
  status: OrderStatusValue;
  fulfillment: FulfillmentValue;
  createdAt: Date;
}

/** What deciding a status change, refund or review needs to know about an order. */
export async function getOrderForChange(
  db: Database,
  orderId: string,
): Promise<OrderForChange | null> {
  const { rows } = await db.execute<{
    row: Omit<OrderForChange, "createdAt"> & { createdAt: string };
  }>(sql`
    select json_build_object('id', o.id, 'restaurantId', o.restaurant_id,
      'customerId', o.customer_id, 'status', o.status, 'fulfillment', o.fulfillment,
      'createdAt', o.created_at) as row
    from orders o where o.id = ${orderId} limit 1`);
  const row = rows[0]?.row;
  return row ? { ...row, createdAt: new Date(row.createdAt) } : null;
}
