"use client";

import { Button } from "@dishpatch/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { replaceCart } from "~/cart/cart-actions";
import { useTRPC } from "~/trpc/react";

/**
 * Fills the cart with an earlier order's dishes and options and opens the restaurant, where the
 * quote says at once what changed since (sold out, options gone). Dishes deleted from the menu
 * are left out.
 */
export function ReorderButton({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function reorder() {
    setPending(true);
    setFailed(false);
    try {
      const order = await queryClient.query(trpc.order.byId.queryOptions({ orderId }));
      replaceCart(
        {
          id: order.restaurant.id,
          slug: order.restaurant.slug,
          name: order.restaurant.name,
          currency: order.restaurant.currency,
        },
        order.items.flatMap((item) =>
          item.menuItemId
            ? [
                {
                  itemId: item.menuItemId,
                  name: item.name,
                  quantity: item.quantity,
                  optionIds: item.options.flatMap((o) => (o.optionId ? [o.optionId] : [])),
                  optionNames: item.options.map((o) => o.name),
                },
              ]
            : [],
        ),
      );
      router.push(`/r/${order.restaurant.slug}#cart`);
    } catch {
      setFailed(true);
      setPending(false);
    }
  }

  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={() => void reorder()}>
      {failed ? "Try reorder again" : pending ? "Filling your cart…" : "Reorder"}
    </Button>
  );
}
