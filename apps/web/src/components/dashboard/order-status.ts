import type { RouterOutputs } from "@dishpatch/api";

export type QueueOrder = RouterOutputs["merchant"]["queue"][number];
export type OrderStatus = QueueOrder["status"];

/** The columns of the kitchen's queue, in the order the work flows. */
export const queueStages = [
  { status: "placed", title: "New" },
  { status: "accepted", title: "Accepted" },
  { status: "preparing", title: "Preparing" },
  { status: "ready", title: "Ready" },
  { status: "out_for_delivery", title: "Out for delivery" },
] as const satisfies readonly { status: OrderStatus; title: string }[];

/**
 * The one forward step a button offers from each working state (accepting and rejecting a new
 * order need input, so they have forms of their own). Mirrors the API's state machine, which
 * stays the judge: a refused move comes back as CONFLICT and is shown.
 */
export function nextStep(order: Pick<QueueOrder, "status" | "fulfillment">): {
  to: OrderStatus;
  label: string;
} | null {
  switch (order.status) {
    case "accepted":
      return { to: "preparing", label: "Start preparing" };
    case "preparing":
      return { to: "ready", label: "Mark ready" };
    case "ready":
      return order.fulfillment === "delivery"
        ? { to: "out_for_delivery", label: "Out for delivery" }
        : { to: "picked_up", label: "Picked up" };
    case "out_for_delivery":
      return { to: "delivered", label: "Mark delivered" };
    default:
      return null;
  }
}

/** The restaurant may cancel (with a reason) only while the food is not yet ready. */
export function canCancel(status: OrderStatus): boolean {
  return status === "accepted" || status === "preparing";
}

/** Statuses that leave the queue: the kitchen's work on the order is over. */
export const finishedStatuses: readonly OrderStatus[] = [
  "delivered",
  "picked_up",
  "rejected",
  "cancelled",
  "expired",
];
