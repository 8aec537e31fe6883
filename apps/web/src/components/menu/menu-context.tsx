"use client";

import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";

import type { Menu } from "./menu-cache";
import { useEditableRestaurant } from "~/components/owner/use-editable-restaurant";
import { currencyDigits } from "~/lib/money-input";

interface MenuEditorValue {
  restaurantId: string;
  currency: string;
  /** Decimals of the currency, for the price inputs. */
  digits: number;
  /** Folds a saved change into the cached menu. */
  patch: (update: (menu: Menu) => Menu) => void;
}

const MenuEditorContext = createContext<MenuEditorValue | null>(null);

/**
 * The restaurant every editor component works on, and the one cached menu they all update: the
 * owner's `restaurant.editable` read, so a pending restaurant's menu can be built too.
 */
export function MenuEditorProvider({
  restaurantId,
  children,
}: {
  restaurantId: string;
  children: ReactNode;
}) {
  const { restaurant: menu, patch } = useEditableRestaurant(restaurantId);
  const value = useMemo(
    () => ({
      restaurantId,
      currency: menu.currency,
      digits: currencyDigits(menu.currency),
      patch,
    }),
    [restaurantId, menu.currency, patch],
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
  const { restaurantId } = useMenuEditor();
  return useEditableRestaurant(restaurantId).restaurant;
}
