import type { Database } from "../client";
import { menuCategories, menuItems, optionGroups, options } from "../schema";
import type { DemoMenu } from "./menus";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Inserts one restaurant's demo menu: categories, items, option groups, options. */
export async function insertMenu(tx: Transaction, restaurantId: string, menu: DemoMenu) {
  const categories = await tx
    .insert(menuCategories)
    .values(menu.map((c, index) => ({ restaurantId, name: c.category, sortOrder: index })))
    .returning({ id: menuCategories.id });
  const items = menu.flatMap((c, ci) =>
    c.items.map((item, index) => ({
      item,
      categoryId: categories[ci]?.id ?? "",
      sortOrder: index,
    })),
  );
  const insertedItems = await tx
    .insert(menuItems)
    .values(
      items.map(({ item, categoryId, sortOrder }) => ({
        restaurantId,
        categoryId,
        name: item.name,
        description: item.description,
        price: item.price,
        stock: item.stock ?? null,
        soldOut: item.soldOut ?? false,
        sortOrder,
      })),
    )
    .returning({ id: menuItems.id });
  const groups = items.flatMap(({ item }, ii) =>
    (item.groups ?? []).map((group, index) => ({
      group,
      itemId: insertedItems[ii]?.id ?? "",
      sortOrder: index,
    })),
  );
  if (groups.length === 0) return;
  const insertedGroups = await tx
    .insert(optionGroups)
    .values(
      groups.map(({ group, itemId, sortOrder }) => ({
        itemId,
        name: group.name,
        minChoices: group.min,
        maxChoices: group.max,
        sortOrder,
      })),
    )
    .returning({ id: optionGroups.id });
  await tx.insert(options).values(
    groups.flatMap(({ group }, gi) =>
      group.options.map(([name, priceDelta], index) => ({
        groupId: insertedGroups[gi]?.id ?? "",
        name,
        priceDelta,
        sortOrder: index,
      })),
    ),
  );
}
