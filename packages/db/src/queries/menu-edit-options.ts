/**
 * Option groups and their options. A group belongs to an item of the restaurant; its option
 * list is replaced as a whole, atomically, keeping the ids of options that stay so past orders'
 * links to them survive.
 */
import { sql } from "drizzle-orm";

import type { Database } from "../client";
import { isForeignKeyViolation } from "./pg-errors";
import type { Transaction } from "./transaction";

export interface OptionValues {
  /** Absent: a new option. */
  id?: string | undefined;
  name: string;
  priceDelta: number;
}

export interface OptionGroupValues {
  restaurantId: string;
  /** Absent: a new group. */
  id?: string | undefined;
  itemId: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  sortOrder?: number | undefined;
  options: OptionValues[];
}

export interface EditedOptionGroup {
  id: string;
  itemId: string;
  name: string;
  minChoices: number;
  maxChoices: number;
  sortOrder: number;
  options: { id: string; name: string; priceDelta: number; sortOrder: number }[];
}

export type UpsertOptionGroupResult =
  | { ok: true; group: EditedOptionGroup }
  | { ok: false; reason: "not-found" }
  /** An option id that is not one of this group's options (index into `options`). */
  | { ok: false; reason: "unknown-option"; index: number };

/** Thrown inside the transaction to roll it back; never escapes this module. */
class Rollback extends Error {
  constructor(readonly result: UpsertOptionGroupResult) {
    super("rollback");
  }
}

export async function upsertOptionGroup(
  db: Database,
  values: OptionGroupValues,
): Promise<UpsertOptionGroupResult> {
  try {
    return await db.transaction(async (tx) => {
      const group = await writeGroup(tx, values);
      if (!group) throw new Rollback({ ok: false, reason: "not-found" });
      const options = values.options.map((option, index) => ({
        id: option.id ?? crypto.randomUUID(),
        isNew: option.id === undefined,
        name: option.name,
        priceDelta: option.priceDelta,
        sortOrder: index,
      }));
      const kept = await replaceOptions(tx, group.id, options);
      const unknown = options.findIndex((o) => !o.isNew && !kept.has(o.id));
      if (unknown >= 0) throw new Rollback({ ok: false, reason: "unknown-option", index: unknown });
      return {
        ok: true as const,
        group: {
          ...group,
          options: options.map(({ id, name, priceDelta, sortOrder }) => ({
            id,
            name,
            priceDelta,
            sortOrder,
          })),
        },
      };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    // The item (or group) was deleted by a concurrent request after this one read it.
    if (isForeignKeyViolation(error)) return { ok: false, reason: "not-found" };
    throw error;
  }
}

type GroupRow = Omit<EditedOptionGroup, "options">;
const groupReturning = sql`returning id, item_id as "itemId", name, min_choices as "minChoices",
  max_choices as "maxChoices", sort_order as "sortOrder"`;

/**
 * Creates the group on an item of this restaurant, or updates a group of this restaurant on
 * that same item (which also locks it against a concurrent edit). Null when either is foreign.
 */
async function writeGroup(tx: Transaction, values: OptionGroupValues): Promise<GroupRow | null> {
  if (values.id === undefined) {
    const position =
      values.sortOrder ??
      sql`(select coalesce(max(g.sort_order) + 1, 0) from option_groups g where g.item_id = i.id)`;
    const { rows } = await tx.execute<GroupRow & Record<string, unknown>>(sql`
      insert into option_groups (id, item_id, name, min_choices, max_choices, sort_order)
      select ${crypto.randomUUID()}, i.id, ${values.name}, ${values.minChoices},
             ${values.maxChoices}, ${position}
      from menu_items i
      where i.id = ${values.itemId} and i.restaurant_id = ${values.restaurantId}
      ${groupReturning}`);
    return rows[0] ?? null;
  }
  const { rows } = await tx.execute<GroupRow & Record<string, unknown>>(sql`
    update option_groups g
    set name = ${values.name}, min_choices = ${values.minChoices},
        max_choices = ${values.maxChoices},
        sort_order = coalesce(${values.sortOrder ?? null}::int, g.sort_order)
    from menu_items i
    where g.id = ${values.id} and g.item_id = ${values.itemId}
      and i.id = g.item_id and i.restaurant_id = ${values.restaurantId}
    returning g.id, g.item_id as "itemId", g.name, g.min_choices as "minChoices",
              g.max_choices as "maxChoices", g.sort_order as "sortOrder"`);
  return rows[0] ?? null;
}

/**
 * One statement: deletes the group's options that are not listed, updates the listed existing
 * ones (only if they belong to this group) and inserts the new ones. Returns the ids it updated;
 * a listed id missing from them was not this group's, and the caller rolls back.
 */
async function replaceOptions(
  tx: Transaction,
  groupId: string,
  options: { id: string; isNew: boolean; name: string; priceDelta: number; sortOrder: number }[],
): Promise<Set<string>> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    with wanted as (
      select * from jsonb_to_recordset(${JSON.stringify(options)}::jsonb)
        as w(id text, "isNew" boolean, name text, "priceDelta" int, "sortOrder" int)
    ),
    removed as (
      delete from options o
      where o.group_id = ${groupId}
        and o.id not in (select w.id from wanted w where not w."isNew")
    ),
    inserted as (
      insert into options (id, group_id, name, price_delta, sort_order)
      select w.id, ${groupId}, w.name, w."priceDelta", w."sortOrder" from wanted w where w."isNew"
    )
    update options o
    set name = w.name, price_delta = w."priceDelta", sort_order = w."sortOrder"
    from wanted w
    where not w."isNew" and o.id = w.id and o.group_id = ${groupId}
    returning o.id`);
  return new Set(rows.map((r) => r.id));
}

/** Its options go with it; past orders keep their snapshot (option links are set null). */
export async function deleteOptionGroup(
  db: Database,
  where: { restaurantId: string; id: string },
): Promise<boolean> {
  const { rows } = await db.execute<{ id: string }>(sql`
    delete from option_groups g
    using menu_items i
    where g.id = ${where.id} and i.id = g.item_id and i.restaurant_id = ${where.restaurantId}
    returning g.id`);
  return rows.length > 0;
}
