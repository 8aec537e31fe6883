import { and, eq, sql } from "drizzle-orm";

import type { Database } from "../client";
import { menuItems, orderEvents, orderItems, orders, payments, reviews } from "../schema";
import type { OrderStatusValue } from "./order-reads";
import { postgresErrorOf, UNIQUE_VIOLATION } from "./postgres-errors";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OrderTransitionRecord {
  orderId: string;
  /** The status the decision was made on: the update only applies if it still holds. */
  from: OrderStatusValue;
  to: OrderStatusValue;
  actorId: string | null;
  actorRole: "customer" | "restaurant" | "admin" | "system";
  note: string;
  /** Set when accepting: stored with the estimated ready time (now + minutes). */
  prepMinutes: number | null;
  /** Refund the whole balance and put the items back in stock, in the same transaction. */
  refundAndRestock: boolean;
}

export type OrderTransitionResult =
  { ok: true; refunded: number; estimatedReadyAt: Date | null } | { ok: false; reason: "stale" };

/**
 * Applies a planned status change in one transaction, for any actor (customer, restaurant,
 * the expiry job): guarded status update (a lost race changes nothing), event row, and for
 * cancelled/rejected/expired orders the full refund and the restock.
 */
export async function applyOrderTransition(
  db: Database,
  change: OrderTransitionRecord,
): Promise<OrderTransitionResult> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(orders)
      .set({
        status: change.to,
        ...(change.prepMinutes === null
          ? {}
          : {
              prepMinutes: change.prepMinutes,
              estimatedReadyAt: sql`now() + make_interval(mins => ${change.prepMinutes})`,
            }),
      })
      .where(and(eq(orders.id, change.orderId), eq(orders.status, change.from)))
      .returning({
        restaurantId: orders.restaurantId,
        estimatedReadyAt: orders.estimatedReadyAt,
      });
    if (!updated) return { ok: false, reason: "stale" } as const;
    await tx.insert(orderEvents).values({
      orderId: change.orderId,
      restaurantId: updated.restaurantId,
      actorId: change.actorId,
      actorRole: change.actorRole,
      fromStatus: change.from,
      toStatus: change.to,
      note: change.note,
    });
    let refunded = 0;
    if (change.refundAndRestock) {
      refunded = await refundBalance(tx, change.orderId, change.actorId, change.note);
      await restock(tx, change.orderId);
    }
    return { ok: true, refunded, estimatedReadyAt: updated.estimatedReadyAt } as const;
  });
}

/** Σ charges − Σ refunds of an order. Call with the order row locked to act on it. */
async function ledgerBalance(tx: Transaction, orderId: string): Promise<number> {
  const [row] = await tx
    .select({
      balance: sql<number>`coalesce(sum(case when ${payments.kind} = 'charge' then ${payments.amount} else -${payments.amount} end), 0)::int`,
    })
    .from(payments)
    .where(eq(payments.orderId, orderId));
  return row?.balance ?? 0;
}

async function refundBalance(
  tx: Transaction,
  orderId: string,
  actorId: string | null,
  reason: string,
): Promise<number> {
  const balance = await ledgerBalance(tx, orderId);
  if (balance <= 0) return 0;
  await tx.insert(payments).values({
    orderId,
    kind: "refund",
    amount: balance,
    reason: reason || "Order not fulfilled",
    createdBy: actorId,
  });
  return balance;
}

/** Puts the order's quantities back on items that count stock (unlimited ones stay null). */
async function restock(tx: Transaction, orderId: string): Promise<void> {
  const lines = await tx
    .select({
      menuItemId: orderItems.menuItemId,
      quantity: sql<number>`sum(${orderItems.quantity})::int`,
    })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .groupBy(orderItems.menuItemId)
    .orderBy(orderItems.menuItemId);
  for (const line of lines) {
    if (line.menuItemId === null) continue;
    await tx
      .update(menuItems)
      .set({ stock: sql`${menuItems.stock} + ${line.quantity}` })
      .where(and(eq(menuItems.id, line.menuItemId), sql`${menuItems.stock} is not null`));
  }
}

export type RefundResult =
  | { ok: true; balance: number; refunded: number; currency: string }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "exceeds-balance"; balance: number; currency: string };

/**
 * A partial or full refund, never more than the balance: the order row is locked for the
 * transaction, so concurrent refunds queue and each sees the ledger the previous one left.
 */
export async function refundOrder(
  db: Database,
  refund: {
    orderId: string;
    restaurantId: string;
    amount: number;
    reason: string;
    createdBy: string;
  },
): Promise<RefundResult> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ currency: orders.currency })
      .from(orders)
      .where(and(eq(orders.id, refund.orderId), eq(orders.restaurantId, refund.restaurantId)))
      .for("update");
    if (!order) return { ok: false, reason: "not-found" } as const;
    const balance = await ledgerBalance(tx, refund.orderId);
    const { currency } = order;
    if (refund.amount > balance) {
      return { ok: false, reason: "exceeds-balance", balance, currency } as const;
    }
    await tx.insert(payments).values({
      orderId: refund.orderId,
      kind: "refund",
      amount: refund.amount,
      reason: refund.reason,
      createdBy: refund.createdBy,
    });
    return {
      ok: true,
      balance: balance - refund.amount,
      refunded: refund.amount,
      currency,
    } as const;
  });
}

export type ReviewResult = { ok: true } | { ok: false; reason: "duplicate" };

/** One review per order: the primary key refuses a second one, whatever the timing. */
export async function insertReview(
  db: Database,
  review: {
    orderId: string;
    restaurantId: string;
    customerId: string;
    rating: number;
    comment: string;
  },
): Promise<ReviewResult> {
  try {
    await db.insert(reviews).values(review);
    return { ok: true };
  } catch (error) {
    if (postgresErrorOf(error)?.code === UNIQUE_VIOLATION)
      return { ok: false, reason: "duplicate" };
    throw error;
  }
}
