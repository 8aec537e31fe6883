/**
 * A valid call of every procedure against the matrix world: the input a rightful caller would
 * send, built fresh per call when the call consumes something (an order to cancel, a member to
 * remove). `audience` narrows a procedure to the people a resource belongs to: everyone else
 * must not learn it exists (NOT_FOUND). The matrix fails for a procedure missing here.
 */
import { menuCategories, menuItems, optionGroups, restaurants, users } from "@dishpatch/db/schema";
import { eq } from "drizzle-orm";

import type { Role, World } from "./world";
import { addPromo, checkout } from "../fixtures-orders";
import { createRestaurant, createUser, TEST_PASSWORD } from "../support";
import { extraStaffOfX, orderOfA } from "./world";

export interface ValidCall {
  input: (world: World) => unknown;
  /** Who may see the resource the input names (NOT_FOUND for everyone else the rule allows). */
  audience?: readonly Role[];
  /** The call ends the caller's session (it bumps the session version): re-read it after. */
  endsSession?: boolean;
}

const unique = () => crypto.randomUUID().slice(0, 8);

async function categoryOf(world: World, restaurantId = world.x.restaurantId) {
  const [category] = await world.db
    .insert(menuCategories)
    .values({ restaurantId, name: `Category ${unique()}` })
    .returning({ id: menuCategories.id });
  return category?.id ?? "";
}

async function itemOfX(world: World) {
  const categoryId = await categoryOf(world);
  const [item] = await world.db
    .insert(menuItems)
    .values({ restaurantId: world.x.restaurantId, categoryId, name: "Extra", price: 500 })
    .returning({ id: menuItems.id });
  return item?.id ?? "";
}

const x = (world: World) => ({ restaurantId: world.x.restaurantId });
const seesOrdersOfA = ["customerA", "staffX", "ownerX", "admin"] as const;

export const validCalls: Record<string, ValidCall> = {
  "health.check": { input: () => undefined },
  "auth.me": { input: () => undefined },
  "auth.signUp": {
    input: () => ({ name: "Dee", email: `dee-${unique()}@example.com`, password: TEST_PASSWORD }),
  },
  "auth.changePassword": {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD}-renewed` }),
    endsSession: true,
  },
  "auth.updateProfile": { input: () => ({ name: "Renamed" }) },
  "auth.signOutEverywhere": { input: () => undefined, endsSession: true },

  "restaurant.list": { input: () => ({}) },
  "restaurant.cuisines": { input: () => undefined },
  "restaurant.bySlug": {
    input: async (world) => {
      const [row] = await world.db
        .select({ slug: restaurants.slug })
        .from(restaurants)
        .where(eq(restaurants.id, world.x.restaurantId));
      return { slug: row?.slug ?? "" };
    },
  },
  "restaurant.create": {
    input: () => ({
      name: "Applicant",
      slug: `applicant-${unique()}`,
      currency: "EUR",
      timeZone: "Europe/Rome",
    }),
  },
  "restaurant.update": { input: (world) => ({ ...x(world), description: "Updated" }) },
  "restaurant.setHours": {
    // Open around the clock, as the kitchen already is: later calls still find it open.
    input: (world) => ({
      ...x(world),
      hours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "00:00", closes: "00:00" })),
    }),
  },
  "restaurant.setAcceptingOrders": { input: (world) => ({ ...x(world), acceptingOrders: true }) },
  "restaurant.addStaff": {
    input: async (world) => ({
      ...x(world),
      email: (await createUser(world.db)).email,
      role: "staff",
    }),
  },
  "restaurant.removeStaff": {
    input: async (world) => ({ ...x(world), userId: await extraStaffOfX(world) }),
  },
  "restaurant.mine": { input: () => undefined },
  "restaurant.members": { input: x },
  "restaurant.settings": { input: x },
  "restaurant.editable": { input: x },

  "menu.upsertCategory": { input: (world) => ({ ...x(world), name: `Specials ${unique()}` }) },
  "menu.deleteCategory": {
    input: async (world) => ({ ...x(world), categoryId: await categoryOf(world) }),
  },
  "menu.upsertItem": {
    input: async (world) => ({
      ...x(world),
      categoryId: await categoryOf(world),
      name: "Focaccia",
      price: 600,
    }),
  },
  "menu.deleteItem": { input: async (world) => ({ ...x(world), itemId: await itemOfX(world) }) },
  "menu.setStock": {
    input: async (world) => ({ ...x(world), itemId: await itemOfX(world), stock: 5 }),
  },
  "menu.setSoldOut": {
    input: async (world) => ({ ...x(world), itemId: await itemOfX(world), soldOut: true }),
  },
  "menu.upsertOptionGroup": {
    input: async (world) => ({
      ...x(world),
      itemId: await itemOfX(world),
      name: "Sauce",
      minChoices: 0,
      maxChoices: 1,
      options: [{ name: "Tomato", priceDelta: 0 }],
    }),
  },
  "menu.deleteOptionGroup": {
    input: async (world) => {
      const [group] = await world.db
        .insert(optionGroups)
        .values({ itemId: await itemOfX(world), name: "Gone", minChoices: 0, maxChoices: 1 })
        .returning({ id: optionGroups.id });
      return { ...x(world), optionGroupId: group?.id ?? "" };
    },
  },
  "menu.reorder": {
    input: async (world) => {
      const rows = await world.db
        .select({ id: menuCategories.id })
        .from(menuCategories)
        .where(eq(menuCategories.restaurantId, world.x.restaurantId));
      return { ...x(world), kind: "categories", ids: rows.map((r) => r.id).reverse() };
    },
  },

  "cart.quote": {
    input: (world) => ({
      ...x(world),
      fulfillment: "pickup",
      lines: [{ itemId: world.x.soup, quantity: 1, optionIds: [] }],
    }),
  },

  "order.place": { input: (world) => checkout(world.x) },
  "order.byId": {
    input: async (world) => ({ orderId: await orderOfA(world) }),
    audience: seesOrdersOfA,
  },
  "order.listMine": { input: () => ({}) },
  "order.cancel": {
    input: async (world) => ({ orderId: await orderOfA(world) }),
    audience: ["customerA"],
  },
  "order.review": {
    input: async (world) => ({
      orderId: await orderOfA(world, ["accepted", "preparing", "ready", "picked_up"]),
      rating: 5,
    }),
    audience: ["customerA"],
  },
  "order.onUpdate": {
    input: async (world) => ({ orderId: await orderOfA(world) }),
    audience: seesOrdersOfA,
  },

  "merchant.queue": { input: (world) => x(world) },
  "merchant.history": { input: (world) => ({ ...x(world), statuses: ["placed", "picked_up"] }) },
  "merchant.transition": {
    input: async (world) => ({
      ...x(world),
      orderId: await orderOfA(world),
      to: "accepted",
      prepMinutes: 15,
    }),
  },
  "merchant.refund": {
    input: async (world) => ({
      ...x(world),
      orderId: await orderOfA(world, ["accepted", "preparing", "ready", "picked_up"]),
      amount: 100,
      reason: "Cold soup",
    }),
  },
  "merchant.report": { input: (world) => ({ ...x(world), from: "2026-11-01", to: "2026-11-21" }) },
  "merchant.onNewOrder": { input: (world) => x(world) },

  "promo.create": {
    input: (world) => ({
      ...x(world),
      code: `SAVE-${unique().toUpperCase()}`,
      rules: {
        discount: { kind: "percent", basisPoints: 1000 },
        minimumSubtotal: 0,
        startsAt: null,
        endsAt: null,
        maxUses: null,
        maxUsesPerCustomer: null,
      },
    }),
  },
  "promo.list": { input: (world) => x(world) },
  "promo.deactivate": {
    input: async (world) => ({
      ...x(world),
      promoId: await addPromo(world.db, world.x.restaurantId, {
        code: `OFF-${unique().toUpperCase()}`,
      }),
    }),
  },

  "admin.restaurants": { input: () => ({}) },
  "admin.setRestaurantStatus": {
    input: async (world) => ({
      restaurantId: await createRestaurant(world.db, []),
      status: "suspended",
      reason: "Fraud",
    }),
  },
  "admin.users": { input: () => ({}) },
  "admin.setUserRole": {
    input: async (world) => ({ userId: (await createUser(world.db)).userId, role: "admin" }),
  },
  "admin.suspendUser": {
    input: async (world) => ({
      userId: (await createUser(world.db)).userId,
      suspended: true,
      reason: "Spam",
    }),
  },
  "admin.orders": { input: () => ({}) },
  "admin.auditLog": { input: () => ({}) },
};

/** The session version a user has now (after a call that ended their sessions). */
export async function sessionVersionOf(world: World, userId: string): Promise<number> {
  const [row] = await world.db
    .select({ version: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return row?.version ?? 0;
}
