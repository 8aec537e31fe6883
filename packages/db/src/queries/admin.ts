/** What admins read: every restaurant, user and order, each list in one round trip. */
import { sql } from "drizzle-orm";

import type { Database } from "../client";
import type { orders } from "../schema";
import type { TimeCursor } from "./sql-helpers";
import { afterTimeCursor, containsPattern, exactTimestamp, isoTimestamp } from "./sql-helpers";

type RestaurantStatus = "pending" | "active" | "suspended";
type OrderStatus = (typeof orders.$inferSelect)["status"];

export interface AdminRestaurantRow {
  id: string;
  slug: string;
  name: string;
  status: RestaurantStatus;
  cuisine: string;
  createdAt: Date;
  /** Who applied: the owners' emails. */
  ownerEmails: string[];
  staffCount: number;
  menuItemCount: number;
  openingIntervalCount: number;
  orderCount: number;
  reviewCount: number;
  /** Null without reviews. */
  averageRating: number | null;
  /** Exact position for the next page's cursor. */
  cursorAt: string;
}

/**
 * Restaurants with what helps decide on them. The approval queue (pending) lists oldest first,
 * so applications are handled in the order they came; every other view lists newest first.
 */
export async function listAdminRestaurants(
  db: Database,
  opts: {
    status: RestaurantStatus | "all";
    search?: string | undefined;
    limit: number;
    cursor?: TimeCursor | null | undefined;
  },
): Promise<AdminRestaurantRow[]> {
  const direction = restaurantListDirection(opts.status);
  const order = direction === "asc" ? sql`asc` : sql`desc`;
  const search = opts.search?.trim();
  const { rows } = await db.execute<
    Omit<AdminRestaurantRow, "createdAt"> & { createdAt: string }
  >(sql`
    select r.id, r.slug, r.name, r.status, r.cuisine,
      ${isoTimestamp(sql`r.created_at`)} as "createdAt",
      ${exactTimestamp(sql`r.created_at`)} as "cursorAt",
      coalesce((select json_agg(u.email order by u.email)
                from restaurant_members m join users u on u.id = m.user_id
                where m.restaurant_id = r.id and m.role = 'owner'), '[]'::json) as "ownerEmails",
      (select count(*)::int from restaurant_members m
       where m.restaurant_id = r.id and m.role = 'staff') as "staffCount",
      (select count(*)::int from menu_items i where i.restaurant_id = r.id) as "menuItemCount",
      (select count(*)::int from opening_hours h
       where h.restaurant_id = r.id) as "openingIntervalCount",
      (select count(*)::int from orders o where o.restaurant_id = r.id) as "orderCount",
      v.count as "reviewCount", v.average as "averageRating"
    from restaurants r
    cross join lateral (
      select count(*)::int as count, round(avg(rv.rating), 2)::float8 as average
      from reviews rv where rv.restaurant_id = r.id
    ) v
    where true
      ${opts.status === "all" ? sql`` : sql`and r.status = ${opts.status}`}
      ${search ? sql`and (r.name ilike ${containsPattern(search)} or r.slug ilike ${containsPattern(search)})` : sql``}
      ${afterTimeCursor(sql`r.created_at`, sql`r.id`, opts.cursor, direction)}
    order by r.created_at ${order}, r.id ${order}
    limit ${opts.limit}`);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}

export function restaurantListDirection(status: RestaurantStatus | "all"): "asc" | "desc" {
  return status === "pending" ? "asc" : "desc";
}

export interface AdminUserRow {
  id: string;
  email: string;
  name: string | null;
  role: "customer" | "admin";
  status: "active" | "suspended";
  createdAt: Date;
  membershipCount: number;
  orderCount: number;
  cursorAt: string;
}

/** Users, newest first. Never a password hash: the columns are listed one by one. */
export async function listAdminUsers(
  db: Database,
  opts: {
    search?: string | undefined;
    role?: "customer" | "admin" | undefined;
    status?: "active" | "suspended" | undefined;
    limit: number;
    cursor?: TimeCursor | null | undefined;
  },
): Promise<AdminUserRow[]> {
  const search = opts.search?.trim();
  const { rows } = await db.execute<Omit<AdminUserRow, "createdAt"> & { createdAt: string }>(sql`
    select u.id, u.email, u.name, u.role, u.status,
      ${isoTimestamp(sql`u.created_at`)} as "createdAt",
      ${exactTimestamp(sql`u.created_at`)} as "cursorAt",
      (select count(*)::int from restaurant_members m where m.user_id = u.id) as "membershipCount",
      (select count(*)::int from orders o where o.customer_id = u.id) as "orderCount"
    from users u
    where true
      ${search ? sql`and (u.email ilike ${containsPattern(search)} or u.name ilike ${containsPattern(search)})` : sql``}
      ${opts.role ? sql`and u.role = ${opts.role}` : sql``}
      ${opts.status ? sql`and u.status = ${opts.status}` : sql``}
      ${afterTimeCursor(sql`u.created_at`, sql`u.id`, opts.cursor, "desc")}
    order by u.created_at desc, u.id desc
    limit ${opts.limit}`);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}

export interface AdminOrderRow {
  id: string;
  status: OrderStatus;
  fulfillment: "delivery" | "pickup";
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  deliveryFee: number;
  tip: number;
  total: number;
  createdAt: Date;
  restaurant: { id: string; name: string };
  customer: { id: string; email: string };
  /** Portions ordered (Σ quantities). */
  itemCount: number;
  cursorAt: string;
}

/** Every order, newest first. */
export async function listAdminOrders(
  db: Database,
  opts: {
    status?: OrderStatus | undefined;
    restaurantId?: string | undefined;
    customerEmail?: string | undefined;
    limit: number;
    cursor?: TimeCursor | null | undefined;
  },
): Promise<AdminOrderRow[]> {
  const { rows } = await db.execute<Omit<AdminOrderRow, "createdAt"> & { createdAt: string }>(sql`
    select o.id, o.status, o.fulfillment, o.currency, o.subtotal, o.discount, o.tax,
      o.delivery_fee as "deliveryFee", o.tip, o.total,
      ${isoTimestamp(sql`o.created_at`)} as "createdAt",
      ${exactTimestamp(sql`o.created_at`)} as "cursorAt",
      json_build_object('id', r.id, 'name', r.name) as restaurant,
      json_build_object('id', u.id, 'email', u.email) as customer,
      (select coalesce(sum(oi.quantity), 0)::int from order_items oi
       where oi.order_id = o.id) as "itemCount"
    from orders o
    join restaurants r on r.id = o.restaurant_id
    join users u on u.id = o.customer_id
    where true
      ${opts.status ? sql`and o.status = ${opts.status}` : sql``}
      ${opts.restaurantId ? sql`and o.restaurant_id = ${opts.restaurantId}` : sql``}
      ${opts.customerEmail ? sql`and u.email = lower(${opts.customerEmail})` : sql``}
      ${afterTimeCursor(sql`o.created_at`, sql`o.id`, opts.cursor, "desc")}
    order by o.created_at desc, o.id desc
    limit ${opts.limit}`);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
}
