import { sql } from "drizzle-orm";

import type { Database } from "../client";
import { openNowSql } from "./open-now";

export interface RestaurantCard {
  id: string;
  slug: string;
  name: string;
  cuisine: string;
  description: string;
  currency: string;
  deliveryFee: number;
  minimumOrder: number;
  timeZone: string;
  openNow: boolean;
}

/** Position after the last row of a page: (open first, then name, then id). */
export interface RestaurantCursor {
  openNow: boolean;
  name: string;
  id: string;
}

/**
 * Active restaurants, open ones first, then by name — one round trip. Keyset pagination on
 * (not open, lower(name), id) keeps pages stable as rows are added.
 */
export async function listRestaurants(
  db: Database,
  opts: {
    search?: string;
    cuisine?: string;
    openNow?: boolean;
    limit: number;
    cursor?: RestaurantCursor | null;
  },
): Promise<RestaurantCard[]> {
  const search = opts.search?.trim();
  const cursor = opts.cursor;
  const { rows } = await db.execute<RestaurantCard & Record<string, unknown>>(sql`
    select * from (
      select r.id, r.slug, r.name, r.cuisine, r.description, r.currency,
             r.delivery_fee as "deliveryFee", r.minimum_order as "minimumOrder",
             r.time_zone as "timeZone", ${openNowSql("r")} as "openNow"
      from restaurants r
      where r.status = 'active'
        ${search ? sql`and r.name ilike ${`%${escapeLike(search)}%`}` : sql``}
        ${opts.cuisine ? sql`and lower(r.cuisine) = lower(${opts.cuisine})` : sql``}
    ) listed
    where true
      ${opts.openNow ? sql`and listed."openNow"` : sql``}
      ${
        cursor
          ? sql`and (not listed."openNow", lower(listed.name), listed.id)
                  > (${!cursor.openNow}, lower(${cursor.name}), ${cursor.id})`
          : sql``
      }
    order by not listed."openNow", lower(listed.name), listed.id
    limit ${opts.limit}`);
  return rows;
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Cuisines of active restaurants, alphabetically, for the home page's filter. One round trip. */
export async function listCuisines(db: Database): Promise<string[]> {
  const { rows } = await db.execute<{ cuisine: string }>(
    sql`select distinct cuisine from restaurants where status = 'active' order by cuisine`,
  );
  return rows.map((r) => r.cuisine);
}
