"use client";

import { useSyncExternalStore } from "react";

import { readCart, serverCart, subscribeToCart } from "./cart-store";

/** The browser's cart; empty during the server render and hydration, then the stored one. */
export function useCart() {
  return useSyncExternalStore(subscribeToCart, readCart, serverCart);
}
