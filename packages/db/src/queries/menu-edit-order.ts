/** Reordering a restaurant's categories, or the items of one category, in one statement. */
import { sql } from "drizzle-orm";

import type { Database } from "../client";

export type ReorderResult =
  | { ok: true }
  | { ok: false; reason: "not-found" }
  /** The ids were not exactly the list: `missing` were left out, `unknown` are not in it. */
  | { ok: false; reason: "mismatch"; missing: string[]; unknown: string[] };

export type ReorderTarget =
  | { kind: "categories"; restaurantId: string }
  | { kind: "items"; restaurantId: string; categoryId: string };

interface ReorderRow extends Record<string, unknown> {
  found: boolean;
  missing: string[];
  unknown: string[];
}

/**
 * Sets each listed id's sort order to its position, only if the ids are exactly the current
 * list. The current rows are locked by the same statement, so the comparison and the update see
 * the same list.
 */
export async function reorderMenu(
  db: Database,
  target: ReorderTarget,
  ids: string[],
): Promise<ReorderResult> {
  const wanted = sql`
    wanted as (
      select w.id, (w.position - 1)::int as position
      from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) with ordinality as w(id, position)
    )`;
  const statement =
    target.kind === "categories"
      ? sql`
        with ${wanted},
        found as (select true as found),
        present as (
          select c.id from menu_categories c where c.restaurant_id = ${target.restaurantId} for update
        ),
        ${comparison},
        updated as (
          update menu_categories c set sort_order = w.position
          from wanted w, verdict v
          where v.ok and c.id = w.id and c.restaurant_id = ${target.restaurantId}
          returning c.id
        )
        ${summary}`
      : sql`
        with ${wanted},
        found as (
          select exists (select 1 from menu_categories c
                         where c.id = ${target.categoryId} and c.restaurant_id = ${target.restaurantId})
            as found
        ),
        present as (
          select i.id from menu_items i
          where i.category_id = ${target.categoryId} and i.restaurant_id = ${target.restaurantId}
          for update
        ),
        ${comparison},
        updated as (
          update menu_items i set sort_order = w.position
          from wanted w, verdict v
          where v.ok and i.id = w.id and i.category_id = ${target.categoryId}
            and i.restaurant_id = ${target.restaurantId}
          returning i.id
        )
        ${summary}`;
  const { rows } = await db.execute<ReorderRow>(statement);
  const row = rows[0];
  if (!row?.found) return { ok: false, reason: "not-found" };
  if (row.missing.length > 0 || row.unknown.length > 0) {
    return { ok: false, reason: "mismatch", missing: row.missing, unknown: row.unknown };
  }
  return { ok: true };
}

/** Which current ids were left out, which listed ids are not current; ok when neither. */
const comparison = sql`
  missing as (select p.id from present p where p.id not in (select w.id from wanted w)),
  unknown as (select w.id from wanted w where w.id not in (select p.id from present p)),
  verdict as (
    select not exists (select 1 from missing) and not exists (select 1 from unknown) as ok
  )`;

const summary = sql`
  select (select found from found) as found,
    coalesce((select json_agg(m.id) from missing m), '[]'::json) as missing,
    coalesce((select json_agg(u.id) from unknown u), '[]'::json) as unknown,
    (select count(*) from updated)::int as updated`;
