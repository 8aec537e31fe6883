import type { Database, OrderForChange } from "@dishpatch/db";
import { applyOrderTransition } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";

import type { OrderActor, OrderStatus, TransitionData } from "../domain";
import { planTransition, statusLabel } from "../domain";

export interface TransitionOutcome {
  status: OrderStatus;
  /** What went back to the customer (cancel, reject, expire); 0 otherwise. */
  refunded: number;
  estimatedReadyAt: Date | null;
}

/**
 * Moves an order to `to` for any actor: the state machine decides (`planTransition`), one
 * transaction applies it (`applyOrderTransition`: guarded update, event, refund + restock).
 * Used by order.cancel, merchant.transition and, later, the expiry job.
 */
export async function transitionOrder(
  db: Database,
  opts: {
    order: OrderForChange;
    to: OrderStatus;
    actor: OrderActor;
    actorId: string | null;
    data: TransitionData;
  },
): Promise<TransitionOutcome> {
  const { order, to, actor } = opts;
  const plan = planTransition(
    { status: order.status, fulfillment: order.fulfillment, placedAt: order.createdAt },
    to,
    actor,
    opts.data,
  );
  if (!plan.ok) throw new TRPCError({ code: plan.error.errorClass, message: plan.error.message });
  const applied = await applyOrderTransition(db, {
    orderId: order.id,
    from: order.status,
    to,
    actorId: opts.actorId,
    actorRole: actor,
    note: plan.event.note ?? "",
    prepMinutes: plan.prepMinutes,
    refundAndRestock: plan.refundAndRestock,
  });
  if (!applied.ok) {
    // Someone else moved the order between our read and our write.
    throw new TRPCError({
      code: "CONFLICT",
      message: `The order changed meanwhile and can no longer be ${statusLabel(to)}. Reload it.`,
    });
  }
  return { status: to, refunded: applied.refunded, estimatedReadyAt: applied.estimatedReadyAt };
}
