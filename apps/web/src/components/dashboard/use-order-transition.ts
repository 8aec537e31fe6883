"use client";

import type { RouterInputs } from "@dishpatch/api";
import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";

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

function orderIdOf(variables: unknown): string | null {
  return typeof variables === "object" &&
    variables !== null &&
    "orderId" in variables &&
    typeof variables.orderId === "string"
    ? variables.orderId
    : null;
}

/**
 * The latest move of one order, read from the mutation cache rather than the component: a card
 * remounts when it moves to another stage, and its pending state and error must survive that.
 */
export function useOrderTransitionState(orderId: string) {
  const trpc = useTRPC();
  const moves = useMutationState({
    filters: {
      mutationKey: trpc.merchant.transition.mutationKey(),
      predicate: (mutation) => orderIdOf(mutation.state.variables) === orderId,
    },
    select: (mutation) => ({ status: mutation.state.status, error: mutation.state.error }),
  });
  const latest = moves.at(-1);
  return {
    // One move at a time per order: the next step waits for the server to confirm this one.
    pending: latest?.status === "pending",
    error: latest?.status === "error" ? apiProblem(latest.error).message : null,
  };
}
