"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useState } from "react";

import { useTRPC } from "~/trpc/react";

/**
 * Keeps the order query fresh: each event of `order.onUpdate` (SSE) refetches the order, which
 * brings the new status with everything that came with it (prep time, refunds). The stream
 * starts after the last event the page already has, and httpSubscriptionLink resumes after the
 * last one received when it reconnects. Nothing to follow once the order is final.
 */
export function useLiveOrder(orderId: string, lastEventId: number | undefined, final: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Only the first render's last event: later ones arrive through the stream itself.
  const [startAfter] = useState(() => (lastEventId === undefined ? null : String(lastEventId)));
  return useSubscription(
    trpc.order.onUpdate.subscriptionOptions(
      { orderId, lastEventId: startAfter },
      {
        enabled: !final,
        onData: () => {
          void queryClient.invalidateQueries({
            queryKey: trpc.order.byId.queryKey({ orderId }),
          });
        },
      },
    ),
  );
}
