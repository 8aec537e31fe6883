import { describe, expect, it } from "vitest";

import type { Menu } from "../src/components/menu/menu-cache";
import {
  moved,
  withCategoryOrder,
  withGroup,
  withItem,
  withoutCategory,
} from "../src/components/menu/menu-cache";

const group = { id: "g1", name: "Size", minChoices: 1, maxChoices: 1, options: [] };
const menu: Menu = {
  id: "r1",
  slug: "pizzeria",
  name: "Pizzeria",
  status: "active",
  cuisine: "Pizza",
  description: "",
  currency: "USD",
  taxRateBasisPoints: 0,
  deliveryFee: 0,
  minimumOrder: 0,
  timeZone: "Europe/Rome",
  acceptingOrders: true,
  openNow: true,
  hours: [],
  categories: [
    {
      id: "c1",
      name: "Pizze",
      items: [
        {
          id: "i1",
          name: "Margherita",
          description: "",
          price: 1200,
          stock: null,
          soldOut: false,
          optionGroups: [group],
        },
        {
          id: "i2",
          name: "Calzone",
          description: "",
          price: 1400,
          stock: 3,
          soldOut: false,
          optionGroups: [],
        },
      ],
    },
    { id: "c2", name: "Dolci", items: [] },
  ],
};

describe("menu cache updates", () => {
  it("moves an id one place and leaves the ends alone", () => {
    expect(moved(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
  });

  it("keeps an edited item's option groups, and moves it when its category changed", () => {
    const edited = withItem(menu, {
      id: "i1",
      categoryId: "c2",
      name: "Margherita",
      description: "",
      price: 1375,
      stock: null,
      soldOut: false,
    });
    expect(edited.categories[0]?.items.map((i) => i.id)).toEqual(["i2"]);
    expect(edited.categories[1]?.items).toEqual([
      expect.objectContaining({ id: "i1", price: 1375, optionGroups: [group] }),
    ]);
  });

  it("adds new items and groups last, and replaces saved groups in place", () => {
    const added = withItem(menu, {
      id: "i3",
      categoryId: "c1",
      name: "Marinara",
      description: "",
      price: 900,
      stock: null,
      soldOut: false,
    });
    expect(added.categories[0]?.items.map((i) => i.id)).toEqual(["i1", "i2", "i3"]);
    const saved = {
      ...group,
      itemId: "i1",
      sortOrder: 0,
      name: "Crust",
      options: [{ id: "o1", name: "Thin", priceDelta: -50, sortOrder: 0 }],
    };
    const regrouped = withGroup(menu, saved);
    expect(regrouped.categories[0]?.items[0]?.optionGroups).toEqual([
      {
        id: "g1",
        name: "Crust",
        minChoices: 1,
        maxChoices: 1,
        options: [{ id: "o1", name: "Thin", priceDelta: -50 }],
      },
    ]);
  });

  it("reorders and removes categories", () => {
    expect(withCategoryOrder(menu, ["c2", "c1"]).categories.map((c) => c.name)).toEqual([
      "Dolci",
      "Pizze",
    ]);
    expect(withoutCategory(menu, "c2").categories.map((c) => c.id)).toEqual(["c1"]);
  });
});
