import { sql } from "drizzle-orm";

import type { Database } from "../client";
import { openNowSql } from "./open-now";

export interface MenuOption {
  id: string;
  name: string;
  priceDelta: number;
}
export interface MenuOptionGroup {
  id: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  options: MenuOption[];
}
export interface MenuItem {
  id: string;
  name: string;
  description: string;
  price: number;
  /** null = unlimited. */
  stock: number | null;
  soldOut: boolean;
  optionGroups: MenuOptionGroup[];
}
export interface MenuCategory {
  id: string;
  name: string;
  items: MenuItem[];
}
export interface OpeningInterval {
  weekday: number;
  /** "HH:MM" in the restaurant's time zone. */
  opens: string;
  closes: string;
}
/** A promo code as stored, with its redemption counts (for pricing a cart). */
export interface PromoForQuote {
  id: string;
  code: string;
  kind: "percent" | "fixed";
  value: number;
  minimumSubtotal: number;
  startsAt: string | null;
  endsAt: string | null;
  maxUses: number | null;
  maxUsesPerCustomer: number | null;
  uses: number;
  active: boolean;
  usesByCustomer: number;
}

export interface RestaurantWithMenu {
  id: string;
  slug: string;
  name: string;
  status: "pending" | "active" | "suspended";
  cuisine: string;
  description: string;
  currency: string;
  taxRateBasisPoints: number;
  deliveryFee: number;
  minimumOrder: number;
  timeZone: string;
  acceptingOrders: boolean;
  openNow: boolean;
  hours: OpeningInterval[];
  categories: MenuCategory[];
  /** Only when asked for with `promoCode`: that code at this restaurant, or null. */
  promo?: PromoForQuote | null;
}

/**
 * A restaurant's profile, opening hours, open-now flag and full menu (categories → items →
 * option groups → options, each in its sort order) in one statement: one database round trip.
 */
export async function getRestaurantWithMenu(
  db: Database,
  where: { slug: string } | { id: string },
  /** Also read this promo code (case-insensitive) and, with `customerId`, their uses of it. */
  promo?: { code: string; customerId: string | null },
): Promise<RestaurantWithMenu | null> {
  const match = "slug" in where ? sql`r.slug = ${where.slug}` : sql`r.id = ${where.id}`;
  const promoColumn = promo
    ? sql`, (select json_build_object(
          'id', p.id, 'code', p.code, 'kind', p.kind, 'value', p.value,
          'minimumSubtotal', p.minimum_subtotal, 'startsAt', p.starts_at, 'endsAt', p.ends_at,
          'maxUses', p.max_uses, 'maxUsesPerCustomer', p.max_uses_per_customer,
          'uses', p.uses, 'active', p.active,
          'usesByCustomer', (select count(*)::int from promo_redemptions pr
                             where pr.promo_code_id = p.id and pr.user_id = ${promo.customerId}))
        from promo_codes p where p.restaurant_id = r.id and p.code = upper(${promo.code})) as promo`
    : sql``;
  const { rows } = await db.execute<RestaurantWithMenu & Record<string, unknown>>(sql`
    select r.id, r.slug, r.name, r.status, r.cuisine, r.description, r.currency,
      r.tax_rate_basis_points as "taxRateBasisPoints", r.delivery_fee as "deliveryFee",
      r.minimum_order as "minimumOrder", r.time_zone as "timeZone",
      r.accepting_orders as "acceptingOrders", ${openNowSql("r")} as "openNow",
      coalesce((
        select json_agg(json_build_object(
          'weekday', h.weekday, 'opens', to_char(h.opens, 'HH24:MI'), 'closes', to_char(h.closes, 'HH24:MI'))
          order by h.weekday, h.opens)
        from opening_hours h where h.restaurant_id = r.id), '[]'::json) as hours,
      coalesce((
        select json_agg(json_build_object('id', c.id, 'name', c.name, 'items', coalesce((
          select json_agg(json_build_object(
            'id', i.id, 'name', i.name, 'description', i.description, 'price', i.price,
            'stock', i.stock, 'soldOut', i.sold_out or coalesce(i.stock = 0, false), 'optionGroups', coalesce((
              select json_agg(json_build_object(
                'id', g.id, 'name', g.name, 'minChoices', g.min_choices,
                'maxChoices', g.max_choices, 'options', coalesce((
                  select json_agg(json_build_object('id', o.id, 'name', o.name, 'priceDelta', o.price_delta)
                    order by o.sort_order, o.name)
                  from options o where o.group_id = g.id), '[]'::json))
                order by g.sort_order, g.name)
              from option_groups g where g.item_id = i.id), '[]'::json))
            order by i.sort_order, i.name)
          from menu_items i where i.category_id = c.id), '[]'::json))
          order by c.sort_order, c.name)
        from menu_categories c where c.restaurant_id = r.id), '[]'::json) as categories
      ${promoColumn}
    from restaurants r
    where ${match}
    limit 1`);
  return rows[0] ?? null;
}
