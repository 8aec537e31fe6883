"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import type { QuoteInput } from "~/cart/quote-input";
import { clearCart } from "~/cart/cart-store";
import { checkoutKeyFor } from "~/cart/checkout-key";
import { useTRPC } from "~/trpc/react";

interface Details {
  deliveryAddress: string;
  notes: string;
}

/**
 * Places the order once: the button is disabled while pending, a click while pending is dropped,
 * and every attempt at the same cart carries the same idempotency key, so even two requests that
 * both got out make one order (the server answers the second with the first).
 */
export function usePlaceOrder() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [placedId, setPlacedId] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.order.place.mutationOptions({
      onSuccess: (order) => {
        setPlacedId(order.orderId);
        clearCart();
        router.push(`/orders/${order.orderId}`);
      },
      onError: () => {
        // The cart changed under us (sold out, closed, promo used up): show the fresh problems.
        void queryClient.invalidateQueries(trpc.cart.quote.pathFilter());
      },
    }),
  );

  function place(input: QuoteInput, details: Details) {
    // A second click while the first is on its way (the button is disabled by then anyway).
    if (mutation.isPending) return;
    // Pickup sends no address key at all (an `undefined` value would reach the server as null).
    const content = {
      ...input,
      ...(input.fulfillment === "delivery"
        ? { deliveryAddress: details.deliveryAddress.trim() }
        : {}),
      notes: details.notes.trim(),
    };
    mutation.mutate({ ...content, idempotencyKey: checkoutKeyFor(content) });
  }

  return { place, mutation, placedId };
}
