"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useState } from "react";

import { useTRPC } from "~/trpc/react";

/**
 * Follows `merchant.onNewOrder` and re-reads the queue whenever an order lands. Returns the ids
 * that arrived live (to highlight them), a sentence for the polite live region, and whether the
 * stream is connected. `onArrival` is the hook for an optional sound.
 */
export function useLiveOrders(restaurantId: string, onArrival: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");

  const subscription = useSubscription(
    trpc.merchant.onNewOrder.subscriptionOptions(
      { restaurantId },
      {
        onData: (event) => {
          const orderId = event.data.orderId;
          setFreshIds((ids) => new Set(ids).add(orderId));
          setAnnouncement(`New order received at ${new Date().toLocaleTimeString()}.`);
          onArrival();
          void queryClient.invalidateQueries({
            queryKey: trpc.merchant.queue.queryKey({ restaurantId }),
          });
        },
      },
    ),
  );
  return { freshIds, announcement, status: subscription.status };
}
