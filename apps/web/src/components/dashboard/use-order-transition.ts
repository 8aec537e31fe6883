"use client";

import type { RouterInputs } from "@dishpatch/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";
import { finishedStatuses } from "./order-status";

type TransitionInput = RouterInputs["merchant"]["transition"];

/**
 * Moves an order through `merchant.transition`. The card moves at once (optimistic), rolls back
 * if the API refuses, and the queue is re-read afterwards so times and estimates are the server's.
 */
export function useOrderTransition(restaurantId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queueKey = trpc.merchant.queue.queryKey({ restaurantId });

  return useMutation(
    trpc.merchant.transition.mutationOptions({
      onMutate: async (input: TransitionInput) => {
        await queryClient.cancelQueries({ queryKey: queueKey });
        const previous = queryClient.getQueryData(queueKey);
        queryClient.setQueryData(queueKey, (orders) =>
          orders
            ?.map((order) =>
              order.id === input.orderId
                ? { ...order, status: input.to, acceptDeadline: null }
                : order,
            )
            .filter((order) => !finishedStatuses.includes(order.status)),
        );
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(queueKey, context.previous);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: queueKey }),
    }),
  );
}

/** The message to show for a failed move, in the API's words when it gave any. */
export function transitionError(error: unknown): string {
  return apiProblem(error).message;
}
