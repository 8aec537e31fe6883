/**
 * Menu editing by a restaurant's owner or staff. Every statement names the restaurant next to
 * the ids it touches (`WHERE id = … AND restaurant_id = …`), so an id of another restaurant's
 * menu matches nothing: the caller reports it as not found, and nothing else is touched.
 */
import { and, eq, sql } from "drizzle-orm";

import type { Database } from "../client";
import { menuCategories, menuItems } from "../schema";
import { nullWhenReferenceGone } from "./pg-errors";

export interface EditedCategory {
  id: string;
  name: string;
  sortOrder: number;
}

const categoryColumns = {
  id: menuCategories.id,
  name: menuCategories.name,
  sortOrder: menuCategories.sortOrder,
};

/** A new entry goes after the last one of its list. */
const nextCategoryPosition = (restaurantId: string) =>
  sql<number>`(select coalesce(max(c.sort_order) + 1, 0) from menu_categories c
               where c.restaurant_id = ${restaurantId})`;

export async function createCategory(
  db: Database,
  values: { restaurantId: string; name: string; sortOrder?: number | undefined },
): Promise<EditedCategory> {
  const [row] = await db
    .insert(menuCategories)
    .values({
      restaurantId: values.restaurantId,
      name: values.name,
      sortOrder: values.sortOrder ?? nextCategoryPosition(values.restaurantId),
    })
    .returning(categoryColumns);
  if (!row) throw new Error("insert returned no category");
  return row;
}

/** Null when the category is not one of this restaurant's. */
export async function updateCategory(
  db: Database,
  values: { restaurantId: string; id: string; name: string; sortOrder?: number | undefined },
): Promise<EditedCategory | null> {
  const [row] = await db
    .update(menuCategories)
    .set({
      name: values.name,
      ...(values.sortOrder === undefined ? {} : { sortOrder: values.sortOrder }),
    })
    .where(
      and(eq(menuCategories.id, values.id), eq(menuCategories.restaurantId, values.restaurantId)),
    )
    .returning(categoryColumns);
  return row ?? null;
}

/**
 * Deletes an empty category. Items would be lost with it (the foreign key cascades), so a
 * category that still has items is refused. The category row is locked first: inserting or
 * moving an item into it needs a key-share lock on it, so no item can arrive between the check
 * and the delete.
 */
export async function deleteEmptyCategory(
  db: Database,
  where: { restaurantId: string; id: string },
): Promise<"deleted" | "not-found" | "has-items"> {
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: menuCategories.id })
      .from(menuCategories)
      .where(
        and(eq(menuCategories.id, where.id), eq(menuCategories.restaurantId, where.restaurantId)),
      )
      .for("update");
    if (locked.length === 0) return "not-found";
    const deleted = await tx
      .delete(menuCategories)
      .where(
        and(
          eq(menuCategories.id, where.id),
          sql`not exists (select 1 from menu_items i where i.category_id = ${where.id})`,
        ),
      )
      .returning({ id: menuCategories.id });
    return deleted.length > 0 ? "deleted" : "has-items";
  });
}

export interface EditedItem {
  id: string;
  categoryId: string;
  name: string;
  description: string;
  price: number;
  stock: number | null;
  soldOut: boolean;
  sortOrder: number;
}

const itemColumns = {
  id: menuItems.id,
  categoryId: menuItems.categoryId,
  name: menuItems.name,
  description: menuItems.description,
  price: menuItems.price,
  stock: menuItems.stock,
  soldOut: menuItems.soldOut,
  sortOrder: menuItems.sortOrder,
};

export interface ItemValues {
  restaurantId: string;
  categoryId: string;
  name: string;
  description: string;
  price: number;
  stock: number | null;
  soldOut: boolean;
  sortOrder?: number | undefined;
}

/** Null when the category is not one of this restaurant's (checked by the same statement). */
export async function createItem(db: Database, values: ItemValues): Promise<EditedItem | null> {
  const position =
    values.sortOrder ??
    sql`(select coalesce(max(i.sort_order) + 1, 0) from menu_items i where i.category_id = c.id)`;
  // The category is read, then referenced: deleted in between by a concurrent request, it is
  // as gone as if it had never existed.
  const rows = await nullWhenReferenceGone(async () => {
    const result = await db.execute<EditedItem & Record<string, unknown>>(sql`
    insert into menu_items
      (id, restaurant_id, category_id, name, description, price, stock, sold_out, sort_order)
    select ${crypto.randomUUID()}, c.restaurant_id, c.id, ${values.name}, ${values.description},
           ${values.price}, ${values.stock}, ${values.soldOut}, ${position}
    from menu_categories c
    where c.id = ${values.categoryId} and c.restaurant_id = ${values.restaurantId}
    returning id, category_id as "categoryId", name, description, price, stock,
              sold_out as "soldOut", sort_order as "sortOrder"`);
    return result.rows;
  });
  return rows?.[0] ?? null;
}

/** Null when the item or its (new) category is not one of this restaurant's. */
export async function updateItem(
  db: Database,
  values: ItemValues & { id: string },
): Promise<EditedItem | null> {
  const rows = await nullWhenReferenceGone(() =>
    db
      .update(menuItems)
      .set({
        categoryId: values.categoryId,
        name: values.name,
        description: values.description,
        price: values.price,
        stock: values.stock,
        soldOut: values.soldOut,
        ...(values.sortOrder === undefined ? {} : { sortOrder: values.sortOrder }),
      })
      .where(
        and(
          eq(menuItems.id, values.id),
          eq(menuItems.restaurantId, values.restaurantId),
          sql`exists (select 1 from menu_categories c
                    where c.id = ${values.categoryId} and c.restaurant_id = ${values.restaurantId})`,
        ),
      )
      .returning(itemColumns),
  );
  return rows?.[0] ?? null;
}

/**
 * Past orders keep their snapshot: `order_items.menu_item_id` and `order_item_options.option_id`
 * are set null by their foreign keys, names and prices stay.
 */
export async function deleteItem(db: Database, where: { restaurantId: string; id: string }) {
  const deleted = await db
    .delete(menuItems)
    .where(and(eq(menuItems.id, where.id), eq(menuItems.restaurantId, where.restaurantId)))
    .returning({ id: menuItems.id });
  return deleted.length > 0;
}

/** Sets the stock count (null = unlimited) or the sold-out flag of one item. */
export async function setItemAvailability(
  db: Database,
  where: { restaurantId: string; id: string },
  values: { stock: number | null } | { soldOut: boolean },
): Promise<EditedItem | null> {
  const [row] = await db
    .update(menuItems)
    .set(values)
    .where(and(eq(menuItems.id, where.id), eq(menuItems.restaurantId, where.restaurantId)))
    .returning(itemColumns);
  return row ?? null;
}
