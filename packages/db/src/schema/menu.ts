import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text } from "drizzle-orm/pg-core";

import { uuidPrimaryKey } from "./columns";
import { restaurants } from "./restaurants";

export const menuCategories = pgTable(
  "menu_categories",
  {
    id: uuidPrimaryKey(),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [index("menu_categories_restaurant_idx").on(t.restaurantId, t.sortOrder)],
);

/** A dish. `stock` null = unlimited; a count is decremented by orders and never below 0. */
export const menuItems = pgTable(
  "menu_items",
  {
    id: uuidPrimaryKey(),
    restaurantId: text()
      .notNull()
      .references(() => restaurants.id, { onDelete: "cascade" }),
    categoryId: text()
      .notNull()
      .references(() => menuCategories.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    price: integer().notNull(),
    stock: integer(),
    soldOut: boolean().notNull().default(false),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    index("menu_items_category_idx").on(t.categoryId, t.sortOrder),
    index("menu_items_restaurant_idx").on(t.restaurantId),
    check("menu_items_price_nonnegative", sql`${t.price} >= 0`),
    check("menu_items_stock_nonnegative", sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

/** E.g. Size (pick exactly 1) or Extras (pick 0–3). */
export const optionGroups = pgTable(
  "option_groups",
  {
    id: uuidPrimaryKey(),
    itemId: text()
      .notNull()
      .references(() => menuItems.id, { onDelete: "cascade" }),
    name: text().notNull(),
    minChoices: integer().notNull().default(0),
    maxChoices: integer().notNull().default(1),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    index("option_groups_item_idx").on(t.itemId, t.sortOrder),
    check(
      "option_groups_choices_range",
      sql`${t.minChoices} >= 0 and ${t.maxChoices} >= ${t.minChoices} and ${t.maxChoices} >= 1`,
    ),
  ],
);

export const options = pgTable(
  "options",
  {
    id: uuidPrimaryKey(),
    groupId: text()
      .notNull()
      .references(() => optionGroups.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Added to the item price; may be negative ("no cheese"), never below a free item. */
    priceDelta: integer().notNull().default(0),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [index("options_group_idx").on(t.groupId, t.sortOrder)],
);
