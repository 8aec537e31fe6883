import { orderStatusValues } from "@dishpatch/validators/order-status";
import type { Fulfillment } from "./fulfillment";

/** Every status an order can have (the validators' list, so inputs and rules agree). */
export const orderStatuses = orderStatusValues;
export type OrderStatus = (typeof orderStatuses)[number];

export type OrderActor = "customer" | "restaurant" | "system";

/** Statuses an order never leaves. */
export const terminalOrderStatuses = [
  "delivered",
  "picked_up",
  "rejected",
  "cancelled",
  "expired",
] as const satisfies readonly OrderStatus[];

/** The happy path, in order, for the live timeline on the order page. */
export const orderTimeline = {
  delivery: ["placed", "accepted", "preparing", "ready", "out_for_delivery", "delivered"],
  pickup: ["placed", "accepted", "preparing", "ready", "picked_up"],
} as const satisfies Record<Fulfillment, readonly OrderStatus[]>;

/** The system expires an order the restaurant has not accepted within this many minutes. */
export const ACCEPT_WINDOW_MINUTES = 10;
export const MIN_PREP_MINUTES = 1;
export const MAX_PREP_MINUTES = 240;
export const MAX_REASON_LENGTH = 500;

export interface OrderTransitionRule {
  readonly from: OrderStatus;
  readonly to: OrderStatus;
  readonly by: OrderActor;
  /** Data the move needs: a prep-time estimate, or a reason the customer will read. */
  readonly requires: "prepMinutes" | "reason" | null;
  /** Only orders of this fulfillment may make the move; null for both. */
  readonly onlyFor: Fulfillment | null;
}

function rule(
  from: OrderStatus,
  to: OrderStatus,
  by: OrderActor,
  options: Partial<Pick<OrderTransitionRule, "requires" | "onlyFor">> = {},
): OrderTransitionRule {
  return { from, to, by, requires: options.requires ?? null, onlyFor: options.onlyFor ?? null };
}

/** PRODUCT.md's transitions table, row for row. Any move not listed here is refused. */
export const orderTransitions: readonly OrderTransitionRule[] = [
  rule("placed", "accepted", "restaurant", { requires: "prepMinutes" }),
  rule("placed", "rejected", "restaurant", { requires: "reason" }),
  rule("placed", "cancelled", "customer"),
  rule("placed", "expired", "system"),
  rule("accepted", "preparing", "restaurant"),
  rule("accepted", "cancelled", "restaurant", { requires: "reason" }),
  rule("preparing", "ready", "restaurant"),
  rule("preparing", "cancelled", "restaurant", { requires: "reason" }),
  rule("ready", "out_for_delivery", "restaurant", { onlyFor: "delivery" }),
  rule("ready", "picked_up", "restaurant", { onlyFor: "pickup" }),
  rule("out_for_delivery", "delivered", "restaurant"),
];

/** Endings where the customer gets everything back and the stock returns to the shelf. */
export const refundAndRestockStatuses = [
  "cancelled",
  "rejected",
  "expired",
] as const satisfies readonly OrderStatus[];

export function isTerminalStatus(status: OrderStatus): boolean {
  return terminalOrderStatuses.some((terminal) => terminal === status);
}

/** How people read a status in messages. */
export function statusLabel(status: OrderStatus): string {
  return status.replaceAll("_", " ");
}

/** The moves `actor` may make on this order now: the buttons a screen should offer. */
export function availableTransitions(
  order: { readonly status: OrderStatus; readonly fulfillment: Fulfillment },
  actor: OrderActor,
): readonly OrderTransitionRule[] {
  return orderTransitions.filter(
    (candidate) =>
      candidate.from === order.status &&
      candidate.by === actor &&
      (candidate.onlyFor === null || candidate.onlyFor === order.fulfillment),
  );
}

export interface OrderForTransition {
  readonly status: OrderStatus;
  readonly fulfillment: Fulfillment;
  readonly placedAt: Date;
}

export interface TransitionData {
  /** The moment of the move; expiry checks it against the accept window. */
  readonly now: Date;
  /** Required to accept: whole minutes, 1–240. */
  readonly prepMinutes?: number;
  /** Required to reject or for a restaurant to cancel; the customer reads it. */
  readonly reason?: string;
  /** Optional free text for other moves (a customer's cancel note, say). */
  readonly note?: string;
}

/** The row to append to the order's event log. */
export interface OrderEvent {
  readonly from: OrderStatus;
  readonly to: OrderStatus;
  readonly actor: OrderActor;
  readonly note: string | null;
  readonly at: Date;
}

export type TransitionErrorCode =
  | "ILLEGAL_TRANSITION"
  | "WRONG_FULFILLMENT"
  | "NOT_YET_EXPIRED"
  | "ACTOR_NOT_ALLOWED"
  | "PREP_MINUTES_INVALID"
  | "REASON_REQUIRED"
  | "REASON_TOO_LONG";

/** Which tRPC error a procedure should raise: the state forbids it, the caller may not, bad input. */
export type TransitionErrorClass = "CONFLICT" | "FORBIDDEN" | "BAD_REQUEST";

export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly errorClass: TransitionErrorClass;
  readonly message: string;
}

export type TransitionPlan =
  | {
      readonly ok: true;
      readonly event: OrderEvent;
      /** Set when accepting: store it on the order for the estimated ready time. */
      readonly prepMinutes: number | null;
      /** Refund the whole balance and give the items' stock back, in the same transaction. */
      readonly refundAndRestock: boolean;
    }
  | { readonly ok: false; readonly error: TransitionError };

/**
 * Decides whether `actor` may move `order` to `to` with `data`, and what to record if so. Pure:
 * the caller applies the plan in one transaction (status update guarded by the old status, event
 * row, refund and restock when asked).
 *
 * Checks run from the state to the caller to the input, so a customer cancelling an order the
 * restaurant already accepted hears "too late" (CONFLICT), not "forbidden".
 */
export function planTransition(
  order: OrderForTransition,
  to: OrderStatus,
  actor: OrderActor,
  data: TransitionData,
): TransitionPlan {
  const rule = orderTransitions.find((r) => r.from === order.status && r.to === to);
  if (rule === undefined) {
    return refuse("ILLEGAL_TRANSITION", "CONFLICT", illegalMessage(order.status, to));
  }
  if (rule.by !== actor && actorCanEverMoveTo(actor, to)) {
    // The actor could make this move from another state: the state is what stands in the way.
    const message = `An order that is ${statusLabel(order.status)} cannot be ${statusLabel(to)} by the ${actor}.`;
    return refuse("ILLEGAL_TRANSITION", "CONFLICT", message);
  }
  if (rule.by !== actor) {
    const message = `Only the ${rule.by} can move an order to ${statusLabel(to)}.`;
    return refuse("ACTOR_NOT_ALLOWED", "FORBIDDEN", message);
  }
  if (rule.onlyFor !== null && rule.onlyFor !== order.fulfillment) {
    const message = `This is a ${order.fulfillment} order: it cannot be ${statusLabel(to)}.`;
    return refuse("WRONG_FULFILLMENT", "CONFLICT", message);
  }
  if (to === "expired" && data.now.getTime() < acceptDeadline(order.placedAt).getTime()) {
    const message = `An order expires only after ${ACCEPT_WINDOW_MINUTES} minutes without acceptance.`;
    return refuse("NOT_YET_EXPIRED", "CONFLICT", message);
  }
  const required = requiredData(rule, data);
  if (!required.ok) return required;
  return {
    ok: true,
    event: { from: order.status, to, actor, note: required.note, at: data.now },
    prepMinutes: required.prepMinutes,
    refundAndRestock: refundAndRestockStatuses.some((status) => status === to),
  };
}

/** When an unaccepted order placed at `placedAt` expires. */
export function acceptDeadline(placedAt: Date): Date {
  return new Date(placedAt.getTime() + ACCEPT_WINDOW_MINUTES * 60_000);
}

function actorCanEverMoveTo(actor: OrderActor, to: OrderStatus): boolean {
  return orderTransitions.some((r) => r.by === actor && r.to === to);
}

function illegalMessage(from: OrderStatus, to: OrderStatus): string {
  if (from === to) return `The order is already ${statusLabel(from)}.`;
  if (isTerminalStatus(from)) {
    return `The order is ${statusLabel(from)}: it can no longer change.`;
  }
  return `An order that is ${statusLabel(from)} cannot be ${statusLabel(to)}.`;
}

function requiredData(
  rule: OrderTransitionRule,
  data: TransitionData,
):
  | { ok: true; note: string | null; prepMinutes: number | null }
  | { ok: false; error: TransitionError } {
  const note = data.note?.trim() ?? "";
  if (rule.requires === "prepMinutes") {
    const minutes = data.prepMinutes;
    if (
      minutes === undefined ||
      !Number.isInteger(minutes) ||
      minutes < MIN_PREP_MINUTES ||
      minutes > MAX_PREP_MINUTES
    ) {
      const message = `Prep time must be a whole number of minutes from ${MIN_PREP_MINUTES} to ${MAX_PREP_MINUTES}.`;
      return refuse("PREP_MINUTES_INVALID", "BAD_REQUEST", message);
    }
    return { ok: true, note: note || `Ready in about ${minutes} minutes`, prepMinutes: minutes };
  }
  if (rule.requires === "reason") {
    const reason = data.reason?.trim() ?? "";
    if (reason === "") {
      return refuse("REASON_REQUIRED", "BAD_REQUEST", "Give the customer a reason.");
    }
    if (reason.length > MAX_REASON_LENGTH) {
      const message = `Keep the reason to ${MAX_REASON_LENGTH} characters or fewer.`;
      return refuse("REASON_TOO_LONG", "BAD_REQUEST", message);
    }
    return { ok: true, note: reason, prepMinutes: null };
  }
  const fallback =
    rule.to === "expired" ? `Not accepted within ${ACCEPT_WINDOW_MINUTES} minutes` : null;
  // An optional note is not worth refusing a move over: an overlong one is cut, not rejected.
  return {
    ok: true,
    note: note === "" ? fallback : note.slice(0, MAX_REASON_LENGTH),
    prepMinutes: null,
  };
}

function refuse(
  code: TransitionErrorCode,
  errorClass: TransitionErrorClass,
  message: string,
): { ok: false; error: TransitionError } {
  return { ok: false, error: { code, errorClass, message } };
}
