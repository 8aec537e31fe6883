"use client";

import { Alert, Button } from "@dishpatch/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";

/** Cancelling asks once more: it cannot be undone. Allowed while the order is still `placed`. */
export function CancelOrder({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.order.cancel.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.order.byId.queryKey({ orderId }) }),
    }),
  );
  if (!confirming) {
    return (
      <Button
        variant="outline"
        onClick={() => {
          setConfirming(true);
        }}
      >
        Cancel order
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm">Cancel this order? The restaurant hasn&apos;t started on it yet.</p>
      {cancel.error ? <Alert tone="danger">{apiProblem(cancel.error).message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={cancel.isPending}
          onClick={() => {
            cancel.mutate({ orderId });
          }}
        >
          {cancel.isPending ? "Cancelling…" : "Yes, cancel it"}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setConfirming(false);
          }}
        >
          Keep my order
        </Button>
      </div>
    </div>
  );
}
