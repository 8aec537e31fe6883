import type { RouterOutputs } from "@dishpatch/api";

/**
 * What each menu mutation returns, folded into the cached menu, so the editor shows the saved
 * state at once without reading the whole menu again. Pure functions. The editor caches the
 * owner's `restaurant.editable`, which has the public `restaurant.bySlug` shape (one output
 * schema), so these also fold into a `bySlug` copy (the dashboard's sold-out list).
 */
export type Menu = RouterOutputs["restaurant"]["editable"];
export type MenuCategory = Menu["categories"][number];
type Item = MenuCategory["items"][number];
type SavedItem = Omit<Item, "optionGroups"> & { categoryId: string };
type SavedGroup = RouterOutputs["menu"]["upsertOptionGroup"];

export function withCategory(menu: Menu, saved: { id: string; name: string }): Menu {
  const exists = menu.categories.some((c) => c.id === saved.id);
  return {
    ...menu,
    categories: exists
      ? menu.categories.map((c) => (c.id === saved.id ? { ...c, name: saved.name } : c))
      : [...menu.categories, { id: saved.id, name: saved.name, items: [] }],
  };
}

export function withoutCategory(menu: Menu, categoryId: string): Menu {
  return { ...menu, categories: menu.categories.filter((c) => c.id !== categoryId) };
}

/** A saved item replaces its old self (keeping its option groups), or joins its category last. */
export function withItem(menu: Menu, saved: SavedItem): Menu {
  const previous = menu.categories.flatMap((c) => c.items).find((i) => i.id === saved.id);
  const item: Item = {
    id: saved.id,
    name: saved.name,
    description: saved.description,
    price: saved.price,
    stock: saved.stock,
    soldOut: saved.soldOut,
    optionGroups: previous?.optionGroups ?? [],
  };
  return {
    ...menu,
    categories: menu.categories.map((category) => {
      const has = category.items.some((i) => i.id === saved.id);
      if (category.id !== saved.categoryId) {
        return has
          ? { ...category, items: category.items.filter((i) => i.id !== saved.id) }
          : category;
      }
      return {
        ...category,
        items: has
          ? category.items.map((i) => (i.id === saved.id ? item : i))
          : [...category.items, item],
      };
    }),
  };
}

export function withoutItem(menu: Menu, itemId: string): Menu {
  return mapItems(menu, (items) => items.filter((i) => i.id !== itemId));
}

export function withSoldOut(menu: Menu, itemId: string, soldOut: boolean): Menu {
  return mapItems(menu, (items) => items.map((i) => (i.id === itemId ? { ...i, soldOut } : i)));
}

export function withGroup(menu: Menu, saved: SavedGroup): Menu {
  const group = {
    id: saved.id,
    name: saved.name,
    minChoices: saved.minChoices,
    maxChoices: saved.maxChoices,
    options: saved.options.map((o) => ({ id: o.id, name: o.name, priceDelta: o.priceDelta })),
  };
  return mapItems(menu, (items) =>
    items.map((item) => {
      if (item.id !== saved.itemId) return item;
      const has = item.optionGroups.some((g) => g.id === saved.id);
      return {
        ...item,
        optionGroups: has
          ? item.optionGroups.map((g) => (g.id === saved.id ? group : g))
          : [...item.optionGroups, group],
      };
    }),
  );
}

export function withoutGroup(menu: Menu, groupId: string): Menu {
  return mapItems(menu, (items) =>
    items.map((item) => ({
      ...item,
      optionGroups: item.optionGroups.filter((g) => g.id !== groupId),
    })),
  );
}

/** Lists in the given id order; used for both categories and one category's items. */
export function inOrder<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(list.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [entry] : [];
  });
}

export function withCategoryOrder(menu: Menu, ids: readonly string[]): Menu {
  return { ...menu, categories: inOrder(menu.categories, ids) };
}

export function withItemOrder(menu: Menu, categoryId: string, ids: readonly string[]): Menu {
  return {
    ...menu,
    categories: menu.categories.map((c) =>
      c.id === categoryId ? { ...c, items: inOrder(c.items, ids) } : c,
    ),
  };
}

/** The id list with one entry moved one place up (-1) or down (+1). */
export function moved(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

function mapItems(menu: Menu, update: (items: Item[]) => Item[]): Menu {
  return {
    ...menu,
    categories: menu.categories.map((c) => ({ ...c, items: update(c.items) })),
  };
}
