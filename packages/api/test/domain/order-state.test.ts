import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Fulfillment, OrderActor, OrderStatus, TransitionData } from "../../src/domain";
import {
  availableTransitions,
  isTerminalStatus,
  orderStatuses,
  orderTimeline,
  planTransition,
  terminalOrderStatuses,
} from "../../src/domain";

const placedAt = new Date("2026-05-01T18:00:00Z");
const minutesLater = (minutes: number) => new Date(placedAt.getTime() + minutes * 60_000);
const data: TransitionData = { now: minutesLater(2) };

function order(status: OrderStatus, fulfillment: Fulfillment = "delivery") {
  return { status, fulfillment, placedAt };
}

describe("planTransition: the moves PRODUCT.md lists", () => {
  it("lets the restaurant accept a placed order with a prep time", () => {
    expect(
      planTransition(order("placed"), "accepted", "restaurant", { ...data, prepMinutes: 20 }),
    ).toEqual({
      ok: true,
      event: {
        from: "placed",
        to: "accepted",
        actor: "restaurant",
        note: "Ready in about 20 minutes",
        at: data.now,
      },
      prepMinutes: 20,
      refundAndRestock: false,
    });
  });

  it("requires a whole prep time from 1 to 240 minutes", () => {
    for (const prepMinutes of [undefined, 0, 241, 12.5, Number.NaN]) {
      const plan = planTransition(order("placed"), "accepted", "restaurant", {
        ...data,
        prepMinutes,
      });
      expect(plan, String(prepMinutes)).toMatchObject({
        ok: false,
        error: { code: "PREP_MINUTES_INVALID", errorClass: "BAD_REQUEST" },
      });
    }
    for (const prepMinutes of [1, 240]) {
      expect(
        planTransition(order("placed"), "accepted", "restaurant", { ...data, prepMinutes }).ok,
      ).toBe(true);
    }
  });

  it("lets the restaurant reject with a reason, which refunds and restocks", () => {
    const plan = planTransition(order("placed"), "rejected", "restaurant", {
      ...data,
      reason: "  Out of dough  ",
    });
    expect(plan).toMatchObject({
      ok: true,
      event: { note: "Out of dough" },
      refundAndRestock: true,
    });
  });

  it("requires a reason of at most 500 characters to reject or to cancel as the restaurant", () => {
    for (const [from, to] of [
      ["placed", "rejected"],
      ["accepted", "cancelled"],
      ["preparing", "cancelled"],
    ] as const) {
      expect(planTransition(order(from), to, "restaurant", data)).toMatchObject({
        ok: false,
        error: { code: "REASON_REQUIRED", errorClass: "BAD_REQUEST" },
      });
      expect(
        planTransition(order(from), to, "restaurant", { ...data, reason: "   " }),
      ).toMatchObject({
        ok: false,
        error: { code: "REASON_REQUIRED" },
      });
      expect(
        planTransition(order(from), to, "restaurant", { ...data, reason: "x".repeat(501) }),
      ).toMatchObject({ ok: false, error: { code: "REASON_TOO_LONG" } });
      expect(
        planTransition(order(from), to, "restaurant", { ...data, reason: "Oven broke" }),
      ).toMatchObject({
        ok: true,
        refundAndRestock: true,
      });
    }
  });

  it("lets the customer cancel while the order is placed, with an optional note", () => {
    expect(planTransition(order("placed"), "cancelled", "customer", data)).toMatchObject({
      ok: true,
      event: { from: "placed", to: "cancelled", actor: "customer", note: null },
      refundAndRestock: true,
    });
    expect(
      planTransition(order("placed"), "cancelled", "customer", { ...data, note: "Wrong address" }),
    ).toMatchObject({ ok: true, event: { note: "Wrong address" } });
  });

  it("tells a customer it is too late once the restaurant accepted (CONFLICT, not FORBIDDEN)", () => {
    expect(planTransition(order("accepted"), "cancelled", "customer", data)).toEqual({
      ok: false,
      error: {
        code: "ILLEGAL_TRANSITION",
        errorClass: "CONFLICT",
        message: "An order that is accepted cannot be cancelled by the customer.",
      },
    });
  });

  it("lets the system expire an order only after 10 minutes without acceptance", () => {
    expect(
      planTransition(order("placed"), "expired", "system", { now: minutesLater(9.99) }),
    ).toMatchObject({
      ok: false,
      error: { code: "NOT_YET_EXPIRED", errorClass: "CONFLICT" },
    });
    expect(
      planTransition(order("placed"), "expired", "system", { now: minutesLater(10) }),
    ).toMatchObject({
      ok: true,
      event: { actor: "system", note: "Not accepted within 10 minutes" },
      refundAndRestock: true,
    });
  });

  it("walks the kitchen states and ends delivery and pickup orders their own way", () => {
    expect(planTransition(order("accepted"), "preparing", "restaurant", data).ok).toBe(true);
    expect(planTransition(order("preparing"), "ready", "restaurant", data).ok).toBe(true);
    expect(planTransition(order("ready"), "out_for_delivery", "restaurant", data).ok).toBe(true);
    expect(
      planTransition(order("out_for_delivery"), "delivered", "restaurant", data),
    ).toMatchObject({
      ok: true,
      refundAndRestock: false,
    });
    expect(planTransition(order("ready", "pickup"), "picked_up", "restaurant", data).ok).toBe(true);
  });

  it("refuses delivery moves for pickup orders and the reverse", () => {
    expect(
      planTransition(order("ready", "pickup"), "out_for_delivery", "restaurant", data),
    ).toEqual({
      ok: false,
      error: {
        code: "WRONG_FULFILLMENT",
        errorClass: "CONFLICT",
        message: "This is a pickup order: it cannot be out for delivery.",
      },
    });
    expect(
      planTransition(order("ready", "delivery"), "picked_up", "restaurant", data),
    ).toMatchObject({
      ok: false,
      error: { code: "WRONG_FULFILLMENT" },
    });
  });
});

describe("planTransition: refusals", () => {
  it("forbids moves an actor can never make", () => {
    expect(
      planTransition(order("placed"), "accepted", "customer", { ...data, prepMinutes: 5 }),
    ).toEqual({
      ok: false,
      error: {
        code: "ACTOR_NOT_ALLOWED",
        errorClass: "FORBIDDEN",
        message: "Only the restaurant can move an order to accepted.",
      },
    });
    expect(
      planTransition(order("placed"), "expired", "restaurant", { now: minutesLater(60) }),
    ).toMatchObject({
      ok: false,
      error: { code: "ACTOR_NOT_ALLOWED" },
    });
  });

  it("refuses skipping states, going back, and repeating the current state", () => {
    expect(planTransition(order("placed"), "ready", "restaurant", data)).toMatchObject({
      ok: false,
      error: {
        code: "ILLEGAL_TRANSITION",
        errorClass: "CONFLICT",
        message: "An order that is placed cannot be ready.",
      },
    });
    expect(planTransition(order("ready"), "preparing", "restaurant", data).ok).toBe(false);
    expect(
      planTransition(order("accepted"), "accepted", "restaurant", { ...data, prepMinutes: 5 }),
    ).toMatchObject({
      ok: false,
      error: { message: "The order is already accepted." },
    });
  });

  it("refuses every move out of a final state", () => {
    expect(
      planTransition(order("delivered"), "cancelled", "restaurant", { ...data, reason: "x" }),
    ).toEqual({
      ok: false,
      error: {
        code: "ILLEGAL_TRANSITION",
        errorClass: "CONFLICT",
        message: "The order is delivered: it can no longer change.",
      },
    });
  });
});

describe("statuses for screens", () => {
  it("orders the timeline per fulfillment", () => {
    expect(orderTimeline.delivery).toEqual([
      "placed",
      "accepted",
      "preparing",
      "ready",
      "out_for_delivery",
      "delivered",
    ]);
    expect(orderTimeline.pickup).toEqual(["placed", "accepted", "preparing", "ready", "picked_up"]);
  });

  it("names the final states", () => {
    expect([...terminalOrderStatuses].sort()).toEqual(
      ["cancelled", "delivered", "expired", "picked_up", "rejected"].sort(),
    );
  });

  it("offers each actor only its own next moves", () => {
    const targets = (
      status: OrderStatus,
      actor: OrderActor,
      fulfillment: Fulfillment = "delivery",
    ) => availableTransitions({ status, fulfillment }, actor).map((rule) => rule.to);
    expect(targets("placed", "restaurant")).toEqual(["accepted", "rejected"]);
    expect(targets("placed", "customer")).toEqual(["cancelled"]);
    expect(targets("placed", "system")).toEqual(["expired"]);
    expect(targets("accepted", "customer")).toEqual([]);
    expect(targets("ready", "restaurant", "pickup")).toEqual(["picked_up"]);
    expect(targets("ready", "restaurant", "delivery")).toEqual(["out_for_delivery"]);
    expect(targets("delivered", "restaurant")).toEqual([]);
  });
});

/** PRODUCT.md's table written out again, independently of the code, as the oracle. */
const allowedMoves = new Set([
  "placed>accepted:restaurant",
  "placed>rejected:restaurant",
  "placed>cancelled:customer",
  "placed>expired:system",
  "accepted>preparing:restaurant",
  "accepted>cancelled:restaurant",
  "preparing>ready:restaurant",
  "preparing>cancelled:restaurant",
  "ready>out_for_delivery:restaurant:delivery",
  "ready>picked_up:restaurant:pickup",
  "out_for_delivery>delivered:restaurant",
]);

function isAllowed(
  from: OrderStatus,
  to: OrderStatus,
  actor: OrderActor,
  fulfillment: Fulfillment,
) {
  const move = `${from}>${to}:${actor}`;
  return allowedMoves.has(move) || allowedMoves.has(`${move}:${fulfillment}`);
}

const statusArb = fc.constantFrom(...orderStatuses);
const actorArb = fc.constantFrom<OrderActor>("customer", "restaurant", "system");
const fulfillmentArb = fc.constantFrom<Fulfillment>("delivery", "pickup");
/** Data that satisfies every requirement, so only the table decides. */
const completeData: TransitionData = { now: minutesLater(30), prepMinutes: 15, reason: "Busy" };

describe("order state machine (properties)", () => {
  it("from any state, exactly the listed moves succeed", () => {
    fc.assert(
      fc.property(
        statusArb,
        statusArb,
        actorArb,
        fulfillmentArb,
        (from, to, actor, fulfillment) => {
          const plan = planTransition(order(from, fulfillment), to, actor, completeData);
          expect(plan.ok).toBe(isAllowed(from, to, actor, fulfillment));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("final states accept no move at all, whoever asks", () => {
    for (const from of terminalOrderStatuses) {
      expect(isTerminalStatus(from)).toBe(true);
      for (const to of orderStatuses) {
        for (const actor of ["customer", "restaurant", "system"] as const) {
          const plan = planTransition(order(from), to, actor, completeData);
          expect(plan).toMatchObject({ ok: false, error: { errorClass: "CONFLICT" } });
        }
      }
    }
  });

  it("a refusal's class follows its code; a success refunds exactly on cancel, reject and expiry", () => {
    const classOf = {
      ILLEGAL_TRANSITION: "CONFLICT",
      WRONG_FULFILLMENT: "CONFLICT",
      NOT_YET_EXPIRED: "CONFLICT",
      ACTOR_NOT_ALLOWED: "FORBIDDEN",
      PREP_MINUTES_INVALID: "BAD_REQUEST",
      REASON_REQUIRED: "BAD_REQUEST",
      REASON_TOO_LONG: "BAD_REQUEST",
    } as const;
    const dataArb = fc.record({
      now: fc.integer({ min: 0, max: 20 }).map(minutesLater),
      prepMinutes: fc.option(fc.integer({ min: -1, max: 300 }), { nil: undefined }),
      reason: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        statusArb,
        statusArb,
        actorArb,
        fulfillmentArb,
        dataArb,
        (from, to, actor, fulfillment, input) => {
          const plan = planTransition(order(from, fulfillment), to, actor, input);
          if (plan.ok) {
            expect(plan.refundAndRestock).toBe(["cancelled", "rejected", "expired"].includes(to));
            expect(plan.event).toMatchObject({ from, to, actor });
          } else {
            expect(plan.error.errorClass).toBe(classOf[plan.error.code]);
            expect(plan.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("any run of successful moves follows the timeline until it stops or ends in a refund", () => {
    fc.assert(
      fc.property(
        fulfillmentArb,
        fc.array(fc.tuple(statusArb, actorArb), { maxLength: 30 }),
        (fulfillment, attempts) => {
          const path: OrderStatus[] = ["placed"];
          for (const [to, actor] of attempts) {
            const current = path[path.length - 1] ?? "placed";
            const plan = planTransition(order(current, fulfillment), to, actor, completeData);
            if (plan.ok) path.push(to);
          }
          const timeline: readonly OrderStatus[] = orderTimeline[fulfillment];
          const last = path[path.length - 1] ?? "placed";
          const happy = ["cancelled", "rejected", "expired"].includes(last)
            ? path.slice(0, -1)
            : path;
          expect(happy).toEqual(timeline.slice(0, happy.length));
        },
      ),
    );
  });
});
