/** Fixtures for the owner tests: error outcomes, restaurants in any state, orders with history. */
import type { Database } from "@dishpatch/db";
import { orderItems, orders, payments, restaurantMembers, restaurants } from "@dishpatch/db/schema";
import { TRPCError } from "@trpc/server";

import type { FieldErrors } from "../src";
import type { TestUser } from "./support";
import { fieldErrorsOf } from "../src/errors";

/** What a call ended with: "OK", or the tRPC code and the field errors it carried. */
export async function outcomeOf(
  promise: Promise<unknown>,
): Promise<{ code: string; fields: FieldErrors | null }> {
  try {
    await promise;
    return { code: "OK", fields: null };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, fields: fieldErrorsOf(error) };
    throw error;
  }
}

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await outcomeOf(promise)).code;
}

export async function fieldsOf(promise: Promise<unknown>): Promise<string[]> {
  return Object.keys((await outcomeOf(promise)).fields ?? {}).sort();
}

/** A restaurant in any state, with members; its slug is unique per call. */
export async function createOwnedRestaurant(
  db: Database,
  members: [TestUser, "owner" | "staff"][],
  values: Partial<typeof restaurants.$inferInsert> = {},
) {
  const slug = `owned-${crypto.randomUUID().slice(0, 8)}`;
  const [restaurant] = await db
    .insert(restaurants)
    .values({ slug, name: `Owned ${slug}`, status: "active", ...values })
    .returning({ id: restaurants.id, slug: restaurants.slug });
  if (!restaurant) throw new Error("restaurant not created");
  if (members.length > 0) {
    await db
      .insert(restaurantMembers)
      .values(
        members.map(([user, role]) => ({ restaurantId: restaurant.id, userId: user.userId, role })),
      );
  }
  return restaurant;
}

export interface OrderLineFixture {
  name: string;
  unitPrice: number;
  quantity: number;
  menuItemId?: string | null;
}

/**
 * An order inserted directly (bypassing checkout) at a chosen instant and status, with its
 * charge and any refunds in the ledger. Tax 0 and pickup keep the total equal to the subtotal.
 */
export async function insertOrder(
  db: Database,
  opts: {
    restaurantId: string;
    customerId: string;
    createdAt: Date;
    status?: (typeof orders.$inferInsert)["status"];
    currency?: string;
    lines: OrderLineFixture[];
    tip?: number;
    refunds?: number[];
  },
) {
  const subtotal = opts.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const tip = opts.tip ?? 0;
  const [order] = await db
    .insert(orders)
    .values({
      restaurantId: opts.restaurantId,
      customerId: opts.customerId,
      status: opts.status ?? "delivered",
      fulfillment: "pickup",
      currency: opts.currency ?? "USD",
      subtotal,
      tax: 0,
      tip,
      total: subtotal + tip,
      createdAt: opts.createdAt,
    })
    .returning({ id: orders.id, total: orders.total });
  if (!order) throw new Error("order not created");
  await db.insert(orderItems).values(
    opts.lines.map((line) => ({
      orderId: order.id,
      menuItemId: line.menuItemId ?? null,
      name: line.name,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      lineTotal: line.unitPrice * line.quantity,
    })),
  );
  await db.insert(payments).values([
    { orderId: order.id, kind: "charge" as const, amount: order.total },
    ...(opts.refunds ?? []).map((amount) => ({
      orderId: order.id,
      kind: "refund" as const,
      amount,
      reason: "test refund",
    })),
  ]);
  return order;
}

/** The access rule a procedure declares, by dotted path (as access-rules.test.ts reads it). */
export function accessRuleOf(procedures: Record<string, unknown>, path: string): unknown {
  const procedure = procedures[path];
  if (typeof procedure !== "function" || !("_def" in procedure)) return undefined;
  const def: unknown = procedure._def;
  if (typeof def !== "object" || def === null || !("meta" in def)) return undefined;
  const meta: unknown = def.meta;
  return typeof meta === "object" && meta !== null && "access" in meta ? meta.access : undefined;
}
