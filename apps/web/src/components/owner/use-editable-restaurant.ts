"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useCallback } from "react";

import type { Menu } from "~/components/menu/menu-cache";
import { useTRPC } from "~/trpc/react";

/**
 * The restaurant as its owner's editors (menu, hours, settings) read it: `restaurant.editable`,
 * any status, so an applicant sets up before approval. `patch` folds a saved change into that
 * one cache entry; both mark the public `bySlug` copy stale, so the diner page and the
 * dashboard's sold-out list read the change next time they show.
 */
export function useEditableRestaurant(restaurantId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: restaurant } = useSuspenseQuery(
    trpc.restaurant.editable.queryOptions({ restaurantId }),
  );
  const { slug } = restaurant;

  const patch = useCallback(
    (update: (menu: Menu) => Menu) => {
      queryClient.setQueryData(trpc.restaurant.editable.queryKey({ restaurantId }), (current) =>
        current ? update(current) : current,
      );
      void queryClient.invalidateQueries({ queryKey: trpc.restaurant.bySlug.queryKey({ slug }) });
    },
    [queryClient, trpc, restaurantId, slug],
  );

  /** Reads the restaurant again (for what only the server works out, e.g. open now). */
  const reload = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: trpc.restaurant.editable.queryKey({ restaurantId }),
        }),
        queryClient.invalidateQueries({ queryKey: trpc.restaurant.bySlug.queryKey({ slug }) }),
      ]),
    [queryClient, trpc, restaurantId, slug],
  );

  return { restaurant, patch, reload };
}
