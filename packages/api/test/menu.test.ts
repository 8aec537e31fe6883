import type { TestDatabase } from "@dishpatch/db/testing";
import { createTestDatabase } from "@dishpatch/db/testing";
import { getRestaurantWithMenu } from "@dishpatch/db";
import {
  menuCategories,
  menuItems,
  orderItemOptions,
  orderItems,
  options,
  restaurants,
} from "@dishpatch/db/schema";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { SeededMenu } from "./fixtures-menu-admin";
import {
  accessOf,
  callAs,
  codeOf,
  errorOf,
  insertOrder,
  seedMenu,
  seedMenuWorld,
} from "./fixtures-menu-admin";
import { createRestaurant, createUser } from "./support";

let database: TestDatabase;
let world: Awaited<ReturnType<typeof seedMenuWorld>>;

beforeAll(async () => {
  database = await createTestDatabase(inject("testDatabaseServer"));
  world = await seedMenuWorld(database.db);
});
afterAll(async () => {
  await database.drop();
});

type Caller = ReturnType<typeof callAs>;

/** A valid call of every menu procedure against restaurant X's own menu. */
function callsOnX(menu: SeededMenu): [string, (caller: Caller) => Promise<unknown>][] {
  const restaurantId = menu.restaurantId;
  return [
    ["upsertCategory", (c) => c.menu.upsertCategory({ restaurantId, name: "Desserts" })],
    ["deleteCategory", (c) => c.menu.deleteCategory({ restaurantId, categoryId: menu.categoryId })],
    [
      "upsertItem",
      (c) =>
        c.menu.upsertItem({
          restaurantId,
          categoryId: menu.categoryId,
          name: "Dumplings",
          price: 800,
        }),
    ],
    ["deleteItem", (c) => c.menu.deleteItem({ restaurantId, itemId: menu.itemId })],
    ["setStock", (c) => c.menu.setStock({ restaurantId, itemId: menu.itemId, stock: 5 })],
    ["setSoldOut", (c) => c.menu.setSoldOut({ restaurantId, itemId: menu.itemId, soldOut: false })],
    [
      "upsertOptionGroup",
      (c) =>
        c.menu.upsertOptionGroup({
          restaurantId,
          itemId: menu.itemId,
          name: "Spice",
          minChoices: 0,
          maxChoices: 1,
          options: [{ name: "Hot", priceDelta: 0 }],
        }),
    ],
    [
      "deleteOptionGroup",
      (c) => c.menu.deleteOptionGroup({ restaurantId, optionGroupId: menu.groupId }),
    ],
    [
      "reorder",
      (c) => c.menu.reorder({ restaurantId, kind: "categories", ids: [menu.categoryId] }),
    ],
  ];
}

describe("menu access", () => {
  it("declares owner for every menu edit and staff for sold-out", () => {
    for (const [name] of callsOnX(world.x)) {
      expect(accessOf(`menu.${name}`), name).toBe(
        name === "setSoldOut" ? "restaurant:staff" : "restaurant:owner",
      );
    }
  });

  it("refuses the signed out, customers, and owners of another restaurant", async () => {
    for (const [name, call] of callsOnX(world.x)) {
      expect(await codeOf(call(callAs(database.db, null))), name).toBe("UNAUTHORIZED");
      expect(await codeOf(call(callAs(database.db, world.customer))), name).toBe("FORBIDDEN");
      expect(await codeOf(call(callAs(database.db, world.otherOwner))), name).toBe("FORBIDDEN");
      // Admins run the marketplace, not restaurants' menus.
      expect(await codeOf(call(callAs(database.db, world.admin))), name).toBe("FORBIDDEN");
    }
  });

  it("lets staff mark items sold out and nothing else", async () => {
    for (const [name, call] of callsOnX(world.x)) {
      expect(await codeOf(call(callAs(database.db, world.staff))), name).toBe(
        name === "setSoldOut" ? "OK" : "FORBIDDEN",
      );
    }
  });
});

describe("another restaurant's menu", () => {
  it("is NOT_FOUND from every procedure, and stays exactly as it was", async () => {
    const before = await getRestaurantWithMenu(database.db, { id: world.y.restaurantId });
    const x = world.x.restaurantId;
    const y = world.y;
    const owner = callAs(database.db, world.owner);
    const attempts: [string, () => Promise<unknown>][] = [
      [
        "upsertCategory",
        () => owner.menu.upsertCategory({ restaurantId: x, id: y.categoryId, name: "Hacked" }),
      ],
      [
        "deleteCategory",
        () => owner.menu.deleteCategory({ restaurantId: x, categoryId: y.categoryId }),
      ],
      [
        "upsertItem (foreign item)",
        () =>
          owner.menu.upsertItem({
            restaurantId: x,
            id: y.itemId,
            categoryId: world.x.categoryId,
            name: "Hacked",
            price: 1,
          }),
      ],
      [
        "upsertItem (foreign category)",
        () =>
          owner.menu.upsertItem({
            restaurantId: x,
            categoryId: y.categoryId,
            name: "Planted",
            price: 1,
          }),
      ],
      [
        "upsertItem (move own item into a foreign category)",
        () =>
          owner.menu.upsertItem({
            restaurantId: x,
            id: world.x.itemId,
            categoryId: y.categoryId,
            name: "Noodles",
            price: 1200,
          }),
      ],
      ["deleteItem", () => owner.menu.deleteItem({ restaurantId: x, itemId: y.itemId })],
      ["setStock", () => owner.menu.setStock({ restaurantId: x, itemId: y.itemId, stock: 0 })],
      [
        "setSoldOut",
        () => owner.menu.setSoldOut({ restaurantId: x, itemId: y.itemId, soldOut: true }),
      ],
      [
        "upsertOptionGroup (foreign item)",
        () =>
          owner.menu.upsertOptionGroup({
            restaurantId: x,
            itemId: y.itemId,
            name: "Planted",
            minChoices: 0,
            maxChoices: 1,
            options: [{ name: "A", priceDelta: 0 }],
          }),
      ],
      [
        "upsertOptionGroup (foreign group)",
        () =>
          owner.menu.upsertOptionGroup({
            restaurantId: x,
            id: y.groupId,
            itemId: y.itemId,
            name: "Hacked",
            minChoices: 0,
            maxChoices: 1,
            options: [{ name: "A", priceDelta: 0 }],
          }),
      ],
      [
        "upsertOptionGroup (foreign group on own item)",
        () =>
          owner.menu.upsertOptionGroup({
            restaurantId: x,
            id: y.groupId,
            itemId: world.x.itemId,
            name: "Hacked",
            minChoices: 0,
            maxChoices: 1,
            options: [{ name: "A", priceDelta: 0 }],
          }),
      ],
      [
        "deleteOptionGroup",
        () => owner.menu.deleteOptionGroup({ restaurantId: x, optionGroupId: y.groupId }),
      ],
      [
        "reorder items of a foreign category",
        () =>
          owner.menu.reorder({
            restaurantId: x,
            kind: "items",
            categoryId: y.categoryId,
            ids: [y.itemId],
          }),
      ],
    ];
    for (const [name, attempt] of attempts) {
      expect(await codeOf(attempt()), name).toBe("NOT_FOUND");
    }
    expect(await getRestaurantWithMenu(database.db, { id: world.y.restaurantId })).toEqual(before);
  });

  it("cannot take over another group's options (BAD_REQUEST), and the edit rolls back", async () => {
    const owner = callAs(database.db, world.owner);
    const before = await getRestaurantWithMenu(database.db, { id: world.x.restaurantId });
    const error = await errorOf(
      owner.menu.upsertOptionGroup({
        restaurantId: world.x.restaurantId,
        id: world.x.groupId,
        itemId: world.x.itemId,
        name: "Renamed",
        minChoices: 1,
        maxChoices: 1,
        options: [
          { id: world.x.optionIds[0], name: "Regular", priceDelta: 0 },
          { id: world.y.optionIds[1], name: "Stolen", priceDelta: 0 },
        ],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fields).toHaveProperty(["options.1.id"]);
    expect(await getRestaurantWithMenu(database.db, { id: world.x.restaurantId })).toEqual(before);
    const [stolen] = await database.db
      .select()
      .from(options)
      .where(eq(options.id, world.y.optionIds[1]));
    expect(stolen).toMatchObject({ name: "Large", groupId: world.y.groupId });
  });
});

/**
 * A fresh restaurant with its own owner (and the shared staff member) for tests that change a
 * menu: each owner stays far below the per-user write limit.
 */
async function freshMenu() {
  const owner = await createUser(database.db);
  const restaurantId = await createRestaurant(database.db, [
    [owner, "owner"],
    [world.staff, "staff"],
  ]);
  return { ...(await seedMenu(database.db, restaurantId)), owner };
}

async function slugOf(restaurantId: string) {
  const [row] = await database.db
    .select({ slug: restaurants.slug })
    .from(restaurants)
    .where(eq(restaurants.id, restaurantId));
  return row?.slug ?? "";
}

describe("categories", () => {
  it("creates a category last, renames it, and the public menu shows both", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const created = await owner.menu.upsertCategory({
      restaurantId: menu.restaurantId,
      name: " Desserts ",
    });
    expect(created).toMatchObject({ name: "Desserts", sortOrder: 1 });
    await owner.menu.upsertCategory({
      restaurantId: menu.restaurantId,
      id: menu.categoryId,
      name: "Noodle bar",
    });
    const shown = await callAs(database.db, null).restaurant.bySlug({
      slug: await slugOf(menu.restaurantId),
    });
    expect(shown.categories.map((c) => c.name)).toEqual(["Noodle bar", "Desserts"]);
  });

  it("refuses to delete a category that still has items, deletes an empty one", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const refused = await errorOf(
      owner.menu.deleteCategory({ restaurantId: menu.restaurantId, categoryId: menu.categoryId }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/still has items/);
    const [item] = await database.db.select().from(menuItems).where(eq(menuItems.id, menu.itemId));
    expect(item).toBeDefined();

    const empty = await owner.menu.upsertCategory({
      restaurantId: menu.restaurantId,
      name: "Empty",
    });
    expect(
      await owner.menu.deleteCategory({ restaurantId: menu.restaurantId, categoryId: empty.id }),
    ).toEqual({
      ok: true,
    });
    const left = await database.db
      .select({ id: menuCategories.id })
      .from(menuCategories)
      .where(eq(menuCategories.restaurantId, menu.restaurantId));
    expect(left.map((c) => c.id)).toEqual([menu.categoryId]);
    expect(
      await codeOf(
        owner.menu.deleteCategory({ restaurantId: menu.restaurantId, categoryId: empty.id }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("items", () => {
  it("creates an item, and a price edit is what the next quote charges", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const created = await owner.menu.upsertItem({
      restaurantId: menu.restaurantId,
      categoryId: menu.categoryId,
      name: "Gyoza",
      description: "Six, pan-fried",
      price: 750,
      stock: 10,
    });
    expect(created).toMatchObject({
      name: "Gyoza",
      price: 750,
      stock: 10,
      soldOut: false,
      sortOrder: 1,
    });

    await owner.menu.upsertItem({
      restaurantId: menu.restaurantId,
      id: created.id,
      categoryId: menu.categoryId,
      name: "Gyoza",
      price: 900,
      stock: 10,
    });
    const quote = await callAs(database.db, null).cart.quote({
      restaurantId: menu.restaurantId,
      lines: [{ itemId: created.id, quantity: 2, optionIds: [] }],
      fulfillment: "pickup",
    });
    expect(quote.subtotal).toBe(1800);
    expect(quote.problems).toEqual([]);
  });

  it("deletes an item while past orders keep their snapshot", async () => {
    const menu = await freshMenu();
    const order = await insertOrder(database.db, {
      restaurantId: menu.restaurantId,
      customerId: world.customer.userId,
      menuItemId: menu.itemId,
    });
    await database.db.insert(orderItemOptions).values({
      orderItemId: order.lineId,
      optionId: menu.optionIds[1],
      groupName: "Size",
      name: "Large",
      priceDelta: 300,
    });
    const owner = callAs(database.db, menu.owner);
    expect(
      await owner.menu.deleteItem({ restaurantId: menu.restaurantId, itemId: menu.itemId }),
    ).toEqual({ ok: true });
    const [line] = await database.db
      .select()
      .from(orderItems)
      .where(eq(orderItems.id, order.lineId));
    expect(line).toMatchObject({ menuItemId: null, name: "Noodles", unitPrice: 1200 });
    const [option] = await database.db
      .select()
      .from(orderItemOptions)
      .where(eq(orderItemOptions.orderItemId, order.lineId));
    expect(option).toMatchObject({ optionId: null, name: "Large", priceDelta: 300 });
    expect(
      await codeOf(owner.menu.deleteItem({ restaurantId: menu.restaurantId, itemId: menu.itemId })),
    ).toBe("NOT_FOUND");
  });

  it("sets stock (owner) and sold out (staff); the quote reports both", async () => {
    const menu = await freshMenu();
    const line = { itemId: menu.itemId, quantity: 1, optionIds: [menu.optionIds[0]] };
    const quote = () =>
      callAs(database.db, null).cart.quote({
        restaurantId: menu.restaurantId,
        lines: [line],
        fulfillment: "pickup",
      });
    const owner = callAs(database.db, menu.owner);
    const staff = callAs(database.db, world.staff);

    expect(
      await owner.menu.setStock({ restaurantId: menu.restaurantId, itemId: menu.itemId, stock: 0 }),
    ).toMatchObject({
      stock: 0,
    });
    expect((await quote()).problems.map((p) => p.code)).toEqual(["ITEM_SOLD_OUT"]);
    await owner.menu.setStock({
      restaurantId: menu.restaurantId,
      itemId: menu.itemId,
      stock: null,
    });
    expect((await quote()).problems).toEqual([]);

    await staff.menu.setSoldOut({
      restaurantId: menu.restaurantId,
      itemId: menu.itemId,
      soldOut: true,
    });
    expect((await quote()).problems.map((p) => p.code)).toEqual(["ITEM_SOLD_OUT"]);
    await staff.menu.setSoldOut({
      restaurantId: menu.restaurantId,
      itemId: menu.itemId,
      soldOut: false,
    });
    expect((await quote()).problems).toEqual([]);
  });
});

describe("option groups", () => {
  it("replaces options atomically: kept ids stay (with their order links), missing go, new come", async () => {
    const menu = await freshMenu();
    const [regular, large] = menu.optionIds;
    const order = await insertOrder(database.db, {
      restaurantId: menu.restaurantId,
      customerId: world.customer.userId,
      menuItemId: menu.itemId,
    });
    await database.db.insert(orderItemOptions).values({
      orderItemId: order.lineId,
      optionId: large,
      groupName: "Size",
      name: "Large",
      priceDelta: 300,
    });
    const owner = callAs(database.db, menu.owner);
    const group = await owner.menu.upsertOptionGroup({
      restaurantId: menu.restaurantId,
      id: menu.groupId,
      itemId: menu.itemId,
      name: "Portion",
      minChoices: 1,
      maxChoices: 1,
      options: [
        { name: "Small", priceDelta: -200 },
        { id: large, name: "Big", priceDelta: 350 },
      ],
    });
    expect(group.options.map((o) => [o.name, o.priceDelta])).toEqual([
      ["Small", -200],
      ["Big", 350],
    ]);
    expect(group.options[1]?.id).toBe(large);
    const stored = await database.db
      .select()
      .from(options)
      .where(eq(options.groupId, menu.groupId));
    expect(stored.map((o) => o.id).sort()).toEqual(group.options.map((o) => o.id).sort());
    expect(stored.find((o) => o.id === regular)).toBeUndefined();
    const [link] = await database.db
      .select()
      .from(orderItemOptions)
      .where(eq(orderItemOptions.orderItemId, order.lineId));
    expect(link?.optionId).toBe(large);

    // The new group is what the quote prices: 1200 − 200, and one choice is required.
    const small = group.options[0]?.id ?? "";
    const quote = await callAs(database.db, null).cart.quote({
      restaurantId: menu.restaurantId,
      lines: [{ itemId: menu.itemId, quantity: 1, optionIds: [small] }],
      fulfillment: "pickup",
    });
    expect(quote.subtotal).toBe(1000);
  });

  it("creates a group on an item and deletes it", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const group = await owner.menu.upsertOptionGroup({
      restaurantId: menu.restaurantId,
      itemId: menu.itemId,
      name: "Extras",
      minChoices: 0,
      maxChoices: 2,
      options: [
        { name: "Egg", priceDelta: 150 },
        { name: "Tofu", priceDelta: 200 },
      ],
    });
    expect(group).toMatchObject({ name: "Extras", sortOrder: 1, minChoices: 0, maxChoices: 2 });
    let shown = await getRestaurantWithMenu(database.db, { id: menu.restaurantId });
    expect(shown?.categories[0]?.items[0]?.optionGroups.map((g) => g.name)).toEqual([
      "Size",
      "Extras",
    ]);

    await owner.menu.deleteOptionGroup({
      restaurantId: menu.restaurantId,
      optionGroupId: group.id,
    });
    shown = await getRestaurantWithMenu(database.db, { id: menu.restaurantId });
    expect(shown?.categories[0]?.items[0]?.optionGroups.map((g) => g.name)).toEqual(["Size"]);
    expect(await database.db.select().from(options).where(eq(options.groupId, group.id))).toEqual(
      [],
    );
  });
});

describe("reorder", () => {
  it("reorders categories and items in one statement", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const restaurantId = menu.restaurantId;
    const drinks = await owner.menu.upsertCategory({ restaurantId, name: "Drinks" });
    const soup = await owner.menu.upsertItem({
      restaurantId,
      categoryId: menu.categoryId,
      name: "Soup",
      price: 500,
    });

    const before = database.stats.queries;
    await callAs(database.db, menu.owner).menu.reorder({
      restaurantId,
      kind: "categories",
      ids: [drinks.id, menu.categoryId],
    });
    // A fresh request: one read for the viewer (membership), one statement for the reorder.
    expect(database.stats.queries - before).toBe(2);
    await owner.menu.reorder({
      restaurantId,
      kind: "items",
      categoryId: menu.categoryId,
      ids: [soup.id, menu.itemId],
    });

    const shown = await getRestaurantWithMenu(database.db, { id: restaurantId });
    expect(shown?.categories.map((c) => c.name)).toEqual(["Drinks", "Mains"]);
    expect(shown?.categories[1]?.items.map((i) => i.name)).toEqual(["Soup", "Noodles"]);
  });

  it("refuses a list that is not exactly the current one (BAD_REQUEST on ids), changing nothing", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const restaurantId = menu.restaurantId;
    const drinks = await owner.menu.upsertCategory({ restaurantId, name: "Drinks" });
    const before = await getRestaurantWithMenu(database.db, { id: restaurantId });
    const lists = [
      [drinks.id], // one missing
      [drinks.id, menu.categoryId, world.y.categoryId], // a foreign one
      [drinks.id, world.y.categoryId], // one swapped for a foreign one
    ];
    for (const ids of lists) {
      const error = await errorOf(owner.menu.reorder({ restaurantId, kind: "categories", ids }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.fields).toHaveProperty("ids");
    }
    const items = await errorOf(
      owner.menu.reorder({
        restaurantId,
        kind: "items",
        categoryId: menu.categoryId,
        ids: [world.y.itemId],
      }),
    );
    expect(items.code).toBe("BAD_REQUEST");
    expect(await getRestaurantWithMenu(database.db, { id: restaurantId })).toEqual(before);
  });
});

describe("bad input", () => {
  it("is BAD_REQUEST with field errors, never a 500", async () => {
    const owner = callAs(database.db, world.owner);
    const { restaurantId, categoryId, itemId } = world.x;
    const group = {
      restaurantId,
      itemId,
      name: "Size",
      minChoices: 1,
      maxChoices: 1,
      options: [{ name: "Regular", priceDelta: 0 }],
    };
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        "negative price",
        () => owner.menu.upsertItem({ restaurantId, categoryId, name: "A", price: -1 }),
        "price",
      ],
      [
        "fractional price",
        () => owner.menu.upsertItem({ restaurantId, categoryId, name: "A", price: 1.5 }),
        "price",
      ],
      [
        "absurd price",
        () => owner.menu.upsertItem({ restaurantId, categoryId, name: "A", price: 1e12 }),
        "price",
      ],
      [
        "oversized name",
        () => owner.menu.upsertCategory({ restaurantId, name: "x".repeat(61) }),
        "name",
      ],
      ["blank name", () => owner.menu.upsertCategory({ restaurantId, name: "   " }), "name"],
      [
        "oversized description",
        () =>
          owner.menu.upsertItem({
            restaurantId,
            categoryId,
            name: "A",
            price: 1,
            description: "x".repeat(501),
          }),
        "description",
      ],
      ["negative stock", () => owner.menu.setStock({ restaurantId, itemId, stock: -1 }), "stock"],
      [
        "min above max",
        () => owner.menu.upsertOptionGroup({ ...group, minChoices: 2, maxChoices: 1 }),
        "minChoices",
      ],
      [
        "max above option count",
        () => owner.menu.upsertOptionGroup({ ...group, maxChoices: 2 }),
        "maxChoices",
      ],
      ["no options", () => owner.menu.upsertOptionGroup({ ...group, options: [] }), "options"],
      [
        "option listed twice",
        () =>
          owner.menu.upsertOptionGroup({
            ...group,
            options: [
              { id: world.x.optionIds[0], name: "A", priceDelta: 0 },
              { id: world.x.optionIds[0], name: "B", priceDelta: 0 },
            ],
          }),
        "options.1.id",
      ],
      [
        "restaurantId smuggled into an option",
        () =>
          owner.menu.upsertOptionGroup({
            ...group,
            options: [
              {
                name: "A",
                priceDelta: 0,
                // @ts-expect-error -- strict schemas: a nested object cannot carry a restaurant id.
                restaurantId,
              },
            ],
          }),
        "options.0",
      ],
      [
        "unlisted column on an item",
        () =>
          owner.menu.upsertItem({
            restaurantId,
            categoryId,
            name: "A",
            price: 1,
            // @ts-expect-error -- strict schemas: no mass assignment.
            restaurant_id: "x",
          }),
        "_",
      ],
      [
        "reorder with a repeated id",
        () =>
          owner.menu.reorder({ restaurantId, kind: "categories", ids: [categoryId, categoryId] }),
        "ids",
      ],
      [
        "reorder of an unknown kind",
        () =>
          owner.menu.reorder({
            restaurantId,
            // @ts-expect-error -- only categories and items have an order.
            kind: "options",
            ids: [itemId],
          }),
        "kind",
      ],
    ];
    for (const [name, call, field] of cases) {
      const error = await errorOf(call());
      expect(error.code, name).toBe("BAD_REQUEST");
      expect(Object.keys(error.fields ?? {}), name).toContain(field);
    }
  });
});

describe("concurrent edits", () => {
  it("never loses an item to a category deleted at the same moment, and never answers 500", async () => {
    const menu = await freshMenu();
    const restaurantId = menu.restaurantId;
    const owner = callAs(database.db, menu.owner);
    for (let round = 0; round < 8; round += 1) {
      const category = await owner.menu.upsertCategory({ restaurantId, name: `Race ${round}` });
      const [created, deleted] = await Promise.all([
        codeOf(
          callAs(database.db, menu.owner).menu.upsertItem({
            restaurantId,
            categoryId: category.id,
            name: "Racer",
            price: 100,
          }),
        ),
        codeOf(
          callAs(database.db, menu.owner).menu.deleteCategory({
            restaurantId,
            categoryId: category.id,
          }),
        ),
      ]);
      // Either the item arrived first and the delete is refused, or the category went first.
      expect([created, deleted], `round ${round}`).toSatisfy(
        ([c, d]: string[]) => (c === "OK" && d === "CONFLICT") || (c === "NOT_FOUND" && d === "OK"),
      );
      const left = await database.db
        .select({ id: menuItems.id })
        .from(menuItems)
        .where(eq(menuItems.categoryId, category.id));
      expect(left).toHaveLength(created === "OK" ? 1 : 0);
    }
  });

  it("answers NOT_FOUND, not 500, for an option group on an item deleted at the same moment", async () => {
    const menu = await freshMenu();
    const restaurantId = menu.restaurantId;
    const owner = callAs(database.db, menu.owner);
    for (let round = 0; round < 8; round += 1) {
      const item = await owner.menu.upsertItem({
        restaurantId,
        categoryId: menu.categoryId,
        name: `Doomed ${round}`,
        price: 100,
      });
      const [grouped, deleted] = await Promise.all([
        codeOf(
          callAs(database.db, menu.owner).menu.upsertOptionGroup({
            restaurantId,
            itemId: item.id,
            name: "Extras",
            minChoices: 0,
            maxChoices: 1,
            options: [{ name: "Egg", priceDelta: 100 }],
          }),
        ),
        codeOf(callAs(database.db, menu.owner).menu.deleteItem({ restaurantId, itemId: item.id })),
      ]);
      expect(deleted).toBe("OK");
      expect(["OK", "NOT_FOUND"]).toContain(grouped);
    }
  });

  it("maps a category deleted between the read and the write to NOT_FOUND (foreign key race)", async () => {
    const menu = await freshMenu();
    const owner = callAs(database.db, menu.owner);
    const category = await owner.menu.upsertCategory({
      restaurantId: menu.restaurantId,
      name: "Gone",
    });
    let create: Promise<string> | undefined;
    await database.db.transaction(async (tx) => {
      // Deleted but not yet committed: the insert still sees the category, then its foreign key
      // check waits for this transaction and fails once it commits.
      await tx.delete(menuCategories).where(eq(menuCategories.id, category.id));
      create = codeOf(
        owner.menu.upsertItem({
          restaurantId: menu.restaurantId,
          categoryId: category.id,
          name: "Orphan",
          price: 100,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await create).toBe("NOT_FOUND");
  });
});
