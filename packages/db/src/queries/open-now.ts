import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";

/**
 * True when the restaurant aliased `alias` is open for orders at this moment, in its own time
 * zone (Postgres applies the zone's DST rules). An interval whose close is at or before its
 * open runs past midnight and also covers the early hours of the next day. Paused, pending or
 * suspended restaurants are never open for orders.
 */
export function openNowSql(alias: string): SQL<boolean> {
  const r = sql.identifier(alias);
  const local = sql`(now() at time zone ${r}.time_zone)`;
  return sql<boolean>`(${r}.status = 'active' and ${r}.accepting_orders and exists (
    select 1 from opening_hours h
    where h.restaurant_id = ${r}.id and (
      (h.weekday = extract(dow from ${local}) and h.opens <= ${local}::time
        and (h.closes > ${local}::time or h.closes <= h.opens))
      or (h.weekday = (extract(dow from ${local})::int + 6) % 7 and h.closes <= h.opens
        and ${local}::time < h.closes)
    )))`;
}
