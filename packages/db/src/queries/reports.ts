import { sql } from "drizzle-orm";

import type { Database } from "../client";

export interface SalesDay {
  /** "YYYY-MM-DD" in the restaurant's time zone. */
  date: string;
  orderCount: number;
  /** Σ order totals (what customers were charged), minor units. */
  grossSales: number;
  /** Σ refunds of those orders, minor units. */
  refunds: number;
}

export interface TopItem {
  /** null once the item is deleted from the menu (the snapshot name remains). */
  menuItemId: string | null;
  name: string;
  quantity: number;
  /** Σ line totals (unit price with options × quantity), minor units. */
  revenue: number;
}

export interface SalesData {
  currency: string;
  timeZone: string;
  /** Every day of the range, in order, zeros included. */
  days: SalesDay[];
  /** At most `topItemLimit`, by quantity, then revenue, then name. */
  topItems: TopItem[];
}

/**
 * Sales of one restaurant for the calendar days `from`..`to` ("YYYY-MM-DD", inclusive) in its
 * own time zone: one round trip. An order counts on the local day it was placed unless it was
 * rejected, cancelled or expired (those never became sales, and their automatic refunds are
 * left out with them); refunds of counted orders are reported against the order's day,
 * whenever they were made. Returns null when the restaurant does not exist.
 */
export async function getSalesData(
  db: Database,
  opts: { restaurantId: string; from: string; to: string; topItemLimit: number },
): Promise<SalesData | null> {
  const { rows } = await db.execute<SalesData & Record<string, unknown>>(sql`
    with bounds as (
      select r.id, r.currency, r.time_zone,
             ${opts.from}::date::timestamp at time zone r.time_zone as starts,
             (${opts.to}::date + 1)::timestamp at time zone r.time_zone as ends
      from restaurants r where r.id = ${opts.restaurantId}
    ),
    counted as (
      select o.id, o.total, o.created_at,
             (o.created_at at time zone b.time_zone)::date as day,
             coalesce((select sum(p.amount) from payments p
                       where p.order_id = o.id and p.kind = 'refund'), 0) as refunded
      from orders o join bounds b on o.restaurant_id = b.id
      where o.created_at >= b.starts and o.created_at < b.ends
        and o.status not in ('rejected', 'cancelled', 'expired')
    ),
    live_days as (
      select c.day, count(*)::int as orders, sum(c.total)::bigint as gross,
             sum(c.refunded)::bigint as refunds
      from counted c group by c.day
    ),
    -- Ended days come from the nightly roll-up when it has them (the same rules, kept exact by
    -- the job); today and days not rolled up yet are computed live.
    per_day as (
      select d.day::date as day,
             coalesce(ds.order_count, l.orders, 0)::int as orders,
             coalesce(ds.gross_sales, l.gross, 0)::bigint as gross,
             coalesce(ds.refunds, l.refunds, 0)::bigint as refunds
      from generate_series(${opts.from}::timestamp, ${opts.to}::timestamp, interval '1 day') d(day)
      left join daily_sales ds on ds.restaurant_id = ${opts.restaurantId} and ds.day = d.day::date
      left join live_days l on l.day = d.day::date
    ),
    top_items as (
      select oi.menu_item_id,
             (array_agg(oi.name order by c.created_at desc))[1] as name,
             sum(oi.quantity)::bigint as quantity, sum(oi.line_total)::bigint as revenue
      from order_items oi join counted c on c.id = oi.order_id
      group by oi.menu_item_id, case when oi.menu_item_id is null then oi.name end
    )
    select b.currency, b.time_zone as "timeZone",
      coalesce((select json_agg(json_build_object(
          'date', to_char(pd.day, 'YYYY-MM-DD'), 'orderCount', pd.orders,
          'grossSales', pd.gross, 'refunds', pd.refunds) order by pd.day)
        from per_day pd), '[]'::json) as days,
      coalesce((select json_agg(json_build_object(
          'menuItemId', t.menu_item_id, 'name', t.name, 'quantity', t.quantity,
          'revenue', t.revenue) order by t.quantity desc, t.revenue desc, t.name)
        from (select * from top_items
              order by quantity desc, revenue desc, name limit ${opts.topItemLimit}) t),
        '[]'::json) as "topItems"
    from bounds b`);
  return rows[0] ?? null;
}
