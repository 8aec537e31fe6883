"use client";

import type { ReactNode } from "react";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo } from "react";

import type { Menu } from "./menu-cache";
import { currencyDigits } from "~/lib/money-input";
import { useTRPC } from "~/trpc/react";

interface MenuEditorValue {
  restaurantId: string;
  slug: string;
  currency: string;
  /** Decimals of the currency, for the price inputs. */
  digits: number;
  /** Folds a saved change into the cached menu. */
  patch: (update: (menu: Menu) => Menu) => void;
}

const MenuEditorContext = createContext<MenuEditorValue | null>(null);

/**
 * The restaurant every editor component works on, and the one cached menu they all update. The
 * menu is the public `restaurant.bySlug` query, so the dashboard's sold-out list shares it.
 */
export function MenuEditorProvider({
  restaurantId,
  slug,
  children,
}: {
  restaurantId: string;
  slug: string;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: menu } = useSuspenseQuery(trpc.restaurant.bySlug.queryOptions({ slug }));
  const patch = useCallback(
    (update: (menu: Menu) => Menu) => {
      queryClient.setQueryData(trpc.restaurant.bySlug.queryKey({ slug }), (current) =>
        current ? update(current) : current,
      );
    },
    [queryClient, trpc, slug],
  );
  const value = useMemo(
    () => ({
      restaurantId,
      slug,
      currency: menu.currency,
      digits: currencyDigits(menu.currency),
      patch,
    }),
    [restaurantId, slug, menu.currency, patch],
  );
  return <MenuEditorContext.Provider value={value}>{children}</MenuEditorContext.Provider>;
}

export function useMenuEditor(): MenuEditorValue {
  const value = useContext(MenuEditorContext);
  if (!value) throw new Error("useMenuEditor needs a MenuEditorProvider above it");
  return value;
}

/** The cached menu (suspends until the server's prefetch has arrived). */
export function useMenu(): Menu {
  const trpc = useTRPC();
  const { slug } = useMenuEditor();
  return useSuspenseQuery(trpc.restaurant.bySlug.queryOptions({ slug })).data;
}
