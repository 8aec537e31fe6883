"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

/**
 * Approve, suspend or reinstate. Afterwards every admin list of restaurants and the audit log
 * are re-read: a decision moves a restaurant between lists and writes an audit entry.
 */
export function useSetRestaurantStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.setRestaurantStatus.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.restaurants.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.admin.auditLog.pathKey() }),
        ]),
    }),
  );
}
