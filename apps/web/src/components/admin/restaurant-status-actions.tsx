"use client";

import type { RouterOutputs } from "@dishpatch/api";
import { Alert, Button, Input, Label } from "@dishpatch/ui";
import { useId, useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { formText } from "~/lib/form";
import { useSetRestaurantStatus } from "./use-set-restaurant-status";

type AdminRestaurant = RouterOutputs["admin"]["restaurants"]["items"][number];

/** Approve (pending), reinstate (suspended) or suspend with a reason (pending or active). */
export function RestaurantStatusActions({
  restaurant,
  offerApproval,
}: {
  restaurant: AdminRestaurant;
  /** Approving happens in the approval queue; the full list offers only suspend and reinstate. */
  offerApproval: boolean;
}) {
  const setStatus = useSetRestaurantStatus();
  const [suspending, setSuspending] = useState(false);
  const id = useId();
  const activate = () => {
    setStatus.mutate({ restaurantId: restaurant.id, status: "active" });
  };

  return (
    <div className="flex flex-col gap-2">
      {setStatus.error ? <Alert tone="danger">{apiProblem(setStatus.error).message}</Alert> : null}
      {suspending ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const reason = formText(new FormData(event.currentTarget), "reason").trim();
            setStatus.mutate(
              { restaurantId: restaurant.id, status: "suspended", reason },
              {
                onSuccess: () => {
                  setSuspending(false);
                },
              },
            );
          }}
        >
          <Label htmlFor={`${id}-reason`}>Why suspend {restaurant.name}?</Label>
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
              disabled={setStatus.isPending}
              className="bg-danger text-white hover:bg-danger/90"
            >
              Suspend
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setSuspending(false);
              }}
            >
              Keep it
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {restaurant.status === "suspended" ||
          (restaurant.status === "pending" && offerApproval) ? (
            <Button size="sm" disabled={setStatus.isPending} onClick={activate}>
              {restaurant.status === "pending" ? "Approve" : "Reinstate"}
              <span className="sr-only"> {restaurant.name}</span>
            </Button>
          ) : null}
          {restaurant.status !== "suspended" ? (
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                setSuspending(true);
              }}
            >
              Suspend…<span className="sr-only"> {restaurant.name}</span>
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
