import { sql } from "drizzle-orm";

import type { Database } from "../client";

/**
 * Recomputes `daily_sales` in one statement for every restaurant's last `days` ended local days
 * (today, still running, is left to the live report) and for any older day with an order that
 * was refunded in the last two days — a refund counts against its order's day, so a late one
 * changes a day long closed. Run at least daily, this keeps every rolled-up day exact. An upsert
 * of computed values: running it twice, or twice at once, leaves the same rows. Returns the
 * number of rows written.
 */
export async function rollUpDailySales(
  db: Database,
  opts: { now: Date; days: number },
): Promise<number> {
  const { rows } = await db.execute<{ written: number }>(sql`
    with clock as (select ${opts.now.toISOString()}::timestamptz as now),
    days as (
      select r.id as restaurant_id, r.time_zone, d::date as day
      from restaurants r, clock,
        generate_series(
          (clock.now at time zone r.time_zone)::date - ${opts.days}::int,
          (clock.now at time zone r.time_zone)::date - 1,
          interval '1 day') d
      union
      select o.restaurant_id, r.time_zone, (o.created_at at time zone r.time_zone)::date
      from payments p
      join orders o on o.id = p.order_id
      join restaurants r on r.id = o.restaurant_id, clock
      where p.kind = 'refund' and p.created_at > clock.now - interval '2 days'
        and (o.created_at at time zone r.time_zone)::date < (clock.now at time zone r.time_zone)::date
    ),
    counted as (
      select d.restaurant_id, d.day, o.id, o.total,
        coalesce((select sum(p.amount) from payments p
                  where p.order_id = o.id and p.kind = 'refund'), 0) as refunded
      from days d
      join orders o on o.restaurant_id = d.restaurant_id
        and o.created_at >= d.day::timestamp at time zone d.time_zone
        and o.created_at < (d.day + 1)::timestamp at time zone d.time_zone
        and o.status not in ('rejected', 'cancelled', 'expired')
    ),
    totals as (
      select d.restaurant_id, d.day, count(c.id)::int as order_count,
        coalesce(sum(c.total), 0)::bigint as gross_sales,
        coalesce(sum(c.refunded), 0)::bigint as refunds
      from days d
      left join counted c on c.restaurant_id = d.restaurant_id and c.day = d.day
      group by d.restaurant_id, d.day
    ),
    written as (
      insert into daily_sales (restaurant_id, day, order_count, gross_sales, refunds)
      select restaurant_id, day, order_count, gross_sales, refunds from totals
      on conflict (restaurant_id, day) do update set
        order_count = excluded.order_count, gross_sales = excluded.gross_sales,
        refunds = excluded.refunds, rolled_up_at = now()
      returning 1
    )
    select count(*)::int as written from written`);
  return rows[0]?.written ?? 0;
}
