import type { RouterOutputs } from "@dishpatch/api";

import { dateTimeFormat } from "./intl-formats";

export type OrderDetail = RouterOutputs["order"]["byId"];
export type OrderStatus = OrderDetail["status"];

export const statusLabels: Record<OrderStatus, string> = {
  placed: "Placed",
  accepted: "Accepted",
  preparing: "Preparing",
  ready: "Ready",
  out_for_delivery: "Out for delivery",
  delivered: "Delivered",
  picked_up: "Picked up",
  rejected: "Rejected",
  cancelled: "Cancelled",
  expired: "Expired",
};

const deliverySteps: OrderStatus[] = [
  "placed",
  "accepted",
  "preparing",
  "ready",
  "out_for_delivery",
  "delivered",
];
const pickupSteps: OrderStatus[] = ["placed", "accepted", "preparing", "ready", "picked_up"];
const endings: OrderStatus[] = ["rejected", "cancelled", "expired"];

/** The happy path of an order of this kind. */
export function stepsFor(fulfillment: OrderDetail["fulfillment"]): OrderStatus[] {
  return fulfillment === "delivery" ? deliverySteps : pickupSteps;
}

/** Rejected, cancelled or expired: the order stopped before it was done. */
export function isEnding(status: OrderStatus) {
  return endings.includes(status);
}

/** No more changes will come: delivered, picked up or ended. */
export function isFinal(status: OrderStatus) {
  return isEnding(status) || status === "delivered" || status === "picked_up";
}

/** "3:45 PM" in the restaurant's time zone (the same text on the server and in the browser). */
export function formatClock(at: Date, timeZone: string) {
  return dateTimeFormat("en", { hour: "numeric", minute: "2-digit", timeZone }).format(at);
}
