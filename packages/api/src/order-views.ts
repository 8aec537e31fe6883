import type { OrderDetailRow, Viewer } from "@dishpatch/db";

import type { OrderActor } from "./domain";
import { acceptDeadline, availableTransitions } from "./domain";

/** Who the viewer is to this order: its customer, a member of its restaurant, an admin. */
export function relationToOrder(
  viewer: Viewer,
  order: { customerId: string; restaurantId: string },
) {
  return {
    isCustomer: order.customerId === viewer.id,
    isMember: viewer.memberships.some((m) => m.restaurantId === order.restaurantId),
    isAdmin: viewer.role === "admin",
  };
}

/** The order page: dates as Dates, the ledger summed, and the moves the caller may make now. */
export function orderDetailView(row: OrderDetailRow, viewer: Viewer) {
  const relation = relationToOrder(viewer, row);
  const actors: OrderActor[] = [
    ...(relation.isCustomer ? (["customer"] as const) : []),
    ...(relation.isMember ? (["restaurant"] as const) : []),
  ];
  const charges = row.payments.filter((p) => p.kind === "charge").reduce((s, p) => s + p.amount, 0);
  const refunds = row.payments.filter((p) => p.kind === "refund").reduce((s, p) => s + p.amount, 0);
  const placedAt = new Date(row.createdAt);
  return {
    id: row.id,
    status: row.status,
    fulfillment: row.fulfillment,
    deliveryAddress: row.deliveryAddress,
    notes: row.notes,
    customer: { id: row.customerId, name: row.customerName },
    restaurant: { id: row.restaurantId, ...row.restaurant, currency: row.currency },
    totals: {
      currency: row.currency,
      subtotal: row.subtotal,
      discount: row.discount,
      tax: row.tax,
      deliveryFee: row.deliveryFee,
      tip: row.tip,
      total: row.total,
    },
    items: row.items,
    prepMinutes: row.prepMinutes,
    estimatedReadyAt: row.estimatedReadyAt ? new Date(row.estimatedReadyAt) : null,
    acceptDeadline: row.status === "placed" ? acceptDeadline(placedAt) : null,
    placedAt,
    updatedAt: new Date(row.updatedAt),
    events: row.events.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
    ledger: {
      entries: row.payments.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })),
      charges,
      refunds,
      balance: charges - refunds,
    },
    review: row.review && { ...row.review, createdAt: new Date(row.review.createdAt) },
    availableTransitions: actors.flatMap((actor) =>
      availableTransitions(row, actor).map((rule) => ({
        to: rule.to,
        by: rule.by,
        requires: rule.requires,
      })),
    ),
  };
}
