"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";

import type { Cart } from "./cart-schema";
import { useTRPC } from "~/trpc/react";
import { quoteInputOf, tipFor } from "./quote-input";

// While a changed cart is priced, the last price stays on screen (marked as updating).
const quoteOptions = { placeholderData: keepPreviousData, staleTime: 5_000 };

/**
 * The server's price of the cart, asked again on every change (the query is keyed by the cart).
 * A tip is a percentage of the subtotal, so with a tip the cart is first priced without one;
 * without a tip both are the same query.
 */
export function useCartQuote(cart: Cart) {
  const trpc = useTRPC();
  const baseInput = quoteInputOf(cart, 0);
  const base = useQuery(trpc.cart.quote.queryOptions(baseInput ?? skipToken, quoteOptions));
  const tip = base.data && baseInput ? tipFor(base.data.subtotal, cart.tipPercent) : 0;
  const input = cart.tipPercent > 0 && base.data ? quoteInputOf(cart, tip) : baseInput;
  const quote = useQuery(trpc.cart.quote.queryOptions(input ?? skipToken, quoteOptions));
  return { quote, input, tip };
}
