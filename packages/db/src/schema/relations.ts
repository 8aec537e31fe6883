import { relations } from "drizzle-orm";

import { menuCategories, menuItems, optionGroups, options } from "./menu";
import { openingHours, restaurants } from "./restaurants";

/** For relational queries that read a restaurant and its whole menu in one statement. */
export const restaurantRelations = relations(restaurants, ({ many }) => ({
  categories: many(menuCategories),
  hours: many(openingHours),
}));

export const openingHoursRelations = relations(openingHours, ({ one }) => ({
  restaurant: one(restaurants, {
    fields: [openingHours.restaurantId],
    references: [restaurants.id],
  }),
}));

export const menuCategoryRelations = relations(menuCategories, ({ one, many }) => ({
  restaurant: one(restaurants, {
    fields: [menuCategories.restaurantId],
    references: [restaurants.id],
  }),
  items: many(menuItems),
}));

export const menuItemRelations = relations(menuItems, ({ one, many }) => ({
  category: one(menuCategories, {
    fields: [menuItems.categoryId],
    references: [menuCategories.id],
  }),
  optionGroups: many(optionGroups),
}));

export const optionGroupRelations = relations(optionGroups, ({ one, many }) => ({
  item: one(menuItems, { fields: [optionGroups.itemId], references: [menuItems.id] }),
  options: many(options),
}));

export const optionRelations = relations(options, ({ one }) => ({
  group: one(optionGroups, { fields: [options.groupId], references: [optionGroups.id] }),
}));
