"use client";

import { Alert, Button, Input, Label } from "@dishpatch/ui";
import { useId, useState } from "react";

import { formText } from "~/lib/form";
import type { QueueOrder } from "./order-status";
import { canCancel, nextStep } from "./order-status";
import { useOrderTransition, useOrderTransitionState } from "./use-order-transition";

/** Accept / reject a new order; advance or cancel one in progress. */
export function OrderActions({ order, restaurantId }: { order: QueueOrder; restaurantId: string }) {
  const transition = useOrderTransition(restaurantId);
  const { pending, error } = useOrderTransitionState(order.id);
  const [reasonFor, setReasonFor] = useState<"rejected" | "cancelled" | null>(null);
  const id = useId();
  const move = (input: { to: QueueOrder["status"]; prepMinutes?: number; reason?: string }) => {
    transition.mutate({ restaurantId, orderId: order.id, ...input });
  };
  const step = nextStep(order);

  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {order.status === "placed" && reasonFor === null ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const minutes = Number(formText(new FormData(event.currentTarget), "prepMinutes"));
            move({ to: "accepted", prepMinutes: minutes });
          }}
        >
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-prep`}>Prep minutes</Label>
            <Input
              id={`${id}-prep`}
              name="prepMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={240}
              defaultValue={20}
              required
              className="w-24"
            />
          </div>
          <Button type="submit" disabled={pending}>
            Accept
          </Button>
          <Button
            variant="outline"
            onClick={() => {
              setReasonFor("rejected");
            }}
          >
            Reject…
          </Button>
        </form>
      ) : null}
      {step && reasonFor === null ? (
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={pending}
            onClick={() => {
              move({ to: step.to });
            }}
          >
            {step.label}
          </Button>
          {canCancel(order.status) ? (
            <Button
              variant="outline"
              onClick={() => {
                setReasonFor("cancelled");
              }}
            >
              Cancel…
            </Button>
          ) : null}
        </div>
      ) : null}
      {reasonFor ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const reason = formText(new FormData(event.currentTarget), "reason").trim();
            move({ to: reasonFor, reason });
          }}
        >
          <Label htmlFor={`${id}-reason`}>
            {reasonFor === "rejected" ? "Why reject it?" : "Why cancel it?"} (the customer reads
            this)
          </Label>
          <Input
            id={`${id}-reason`}
            name="reason"
            required
            minLength={3}
            maxLength={500}
            autoFocus
          />
          <div className="flex flex-wrap gap-2">
            <Button
              type="submit"
              disabled={pending}
              className="bg-danger text-white hover:bg-danger/90"
            >
              {reasonFor === "rejected" ? "Reject order" : "Cancel order"}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setReasonFor(null);
              }}
            >
              Keep it
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
