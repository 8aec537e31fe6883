/** Fixtures for the menu and admin tests: two restaurants with menus, and people of every role. */
import type { Database } from "@dishpatch/db";
import {
  menuCategories,
  menuItems,
  optionGroups,
  options,
  orderItems,
  orders,
} from "@dishpatch/db/schema";
import type { AnyTRPCProcedure } from "@trpc/server";
import { TRPCError } from "@trpc/server";

import { appRouter } from "../src";
import { fieldErrorsOf } from "../src/errors";
import type { TestUser } from "./support";
import { callerAs, createRestaurant, createUser, openAroundTheClock } from "./support";

function isProcedure(value: unknown): value is AnyTRPCProcedure {
  return typeof value === "function" && "_def" in value;
}

/** The access rule a procedure declares, as access-rules.test.ts reads it. */
export function accessOf(path: string): unknown {
  const procedure: unknown = Object.entries(
    appRouter._def.procedures as Record<string, unknown>,
  ).find(([key]) => key === path)?.[1];
  if (!isProcedure(procedure)) return undefined;
  const meta: unknown = procedure._def.meta;
  return typeof meta === "object" && meta !== null && "access" in meta ? meta.access : undefined;
}

/** A caller with its own client address, so the per-address read limit is never shared. */
export function callAs(db: Database, user: TestUser | null) {
  return callerAs(db, user, { clientIp: `10.${Math.floor(Math.random() * 1e6)}` }).caller;
}

/** The tRPC code a call ends with, "OK" when it succeeds. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The error a call ends with; fails the test when it succeeds. */
export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      return { code: error.code, message: error.message, fields: fieldErrorsOf(error) };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

export interface SeededMenu {
  restaurantId: string;
  categoryId: string;
  itemId: string;
  groupId: string;
  optionIds: [string, string];
}

/** One category, one item (12.00) with a "Size" group (Regular +0, Large +3.00); open 24/7. */
export async function seedMenu(db: Database, restaurantId: string): Promise<SeededMenu> {
  await openAroundTheClock(db, restaurantId);
  const [category] = await db
    .insert(menuCategories)
    .values({ restaurantId, name: "Mains" })
    .returning({ id: menuCategories.id });
  if (!category) throw new Error("no category");
  const [item] = await db
    .insert(menuItems)
    .values({ restaurantId, categoryId: category.id, name: "Noodles", price: 1200 })
    .returning({ id: menuItems.id });
  if (!item) throw new Error("no item");
  const [group] = await db
    .insert(optionGroups)
    .values({ itemId: item.id, name: "Size", minChoices: 1, maxChoices: 1 })
    .returning({ id: optionGroups.id });
  if (!group) throw new Error("no group");
  const [regular, large] = await db
    .insert(options)
    .values([
      { groupId: group.id, name: "Regular", priceDelta: 0 },
      { groupId: group.id, name: "Large", priceDelta: 300, sortOrder: 1 },
    ])
    .returning({ id: options.id });
  if (!regular || !large) throw new Error("no options");
  return {
    restaurantId,
    categoryId: category.id,
    itemId: item.id,
    groupId: group.id,
    optionIds: [regular.id, large.id],
  };
}

/** Owner and staff of X, the owner of Y, a customer and an admin, with both menus. */
export async function seedMenuWorld(db: Database) {
  const [owner, staff, otherOwner, customer, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "admin" }),
  ]);
  const x = await createRestaurant(db, [
    [owner, "owner"],
    [staff, "staff"],
  ]);
  const y = await createRestaurant(db, [[otherOwner, "owner"]]);
  return {
    owner,
    staff,
    otherOwner,
    customer,
    admin,
    x: await seedMenu(db, x),
    y: await seedMenu(db, y),
  };
}

/** An order row as checkout would leave it: the totals add up, as the table's checks demand. */
export async function insertOrder(
  db: Database,
  opts: {
    restaurantId: string;
    customerId: string;
    status?: (typeof orders.$inferInsert)["status"];
    createdAt?: Date;
    menuItemId?: string | null;
    quantity?: number;
  },
) {
  const quantity = opts.quantity ?? 1;
  const subtotal = 1200 * quantity;
  const tax = Math.round(subtotal * 0.1);
  const [order] = await db
    .insert(orders)
    .values({
      restaurantId: opts.restaurantId,
      customerId: opts.customerId,
      status: opts.status ?? "placed",
      fulfillment: "delivery",
      deliveryAddress: "1 Test Street",
      currency: "USD",
      subtotal,
      tax,
      deliveryFee: 300,
      tip: 100,
      total: subtotal + tax + 300 + 100,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    })
    .returning({ id: orders.id, total: orders.total });
  if (!order) throw new Error("no order");
  const [line] = await db
    .insert(orderItems)
    .values({
      orderId: order.id,
      menuItemId: opts.menuItemId ?? null,
      name: "Noodles",
      unitPrice: 1200,
      quantity,
      lineTotal: subtotal,
    })
    .returning({ id: orderItems.id });
  if (!line) throw new Error("no order line");
  return { ...order, lineId: line.id };
}
