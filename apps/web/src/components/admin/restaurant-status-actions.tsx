"use client";

import type { RouterOutputs } from "@dishpatch/api";
import { Alert, Button } from "@dishpatch/ui";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { SuspendReasonForm } from "./suspend-reason-form";
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
  const activate = () => {
    setStatus.mutate({ restaurantId: restaurant.id, status: "active" });
  };

  return (
    <div className="flex flex-col gap-2">
      {setStatus.error ? <Alert tone="danger">{apiProblem(setStatus.error).message}</Alert> : null}
      {suspending ? (
        <SuspendReasonForm
          who={restaurant.name}
          cancelLabel="Keep it"
          busy={setStatus.isPending}
          onSuspend={(reason) => {
            setStatus.mutate(
              { restaurantId: restaurant.id, status: "suspended", reason },
              {
                onSuccess: () => {
                  setSuspending(false);
                },
              },
            );
          }}
          onCancel={() => {
            setSuspending(false);
          }}
        />
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
