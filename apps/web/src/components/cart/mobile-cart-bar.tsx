"use client";

import type { CartRestaurant } from "~/cart/cart-schema";
import { useCart } from "~/cart/use-cart";

/**
 * On small screens the cart sits below the menu; this bar, fixed at the bottom, says what is in
 * it and jumps there. Hidden on wide screens, where the cart is beside the menu.
 */
export function MobileCartBar({ restaurant }: { restaurant: CartRestaurant }) {
  const cart = useCart();
  const count = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  if (count === 0 || cart.restaurant?.id !== restaurant.id) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t border-border bg-background/95 p-3 backdrop-blur lg:hidden">
      <a
        href="#cart"
        className="flex h-12 items-center justify-center rounded-lg bg-primary px-4 font-medium text-primary-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        View cart · {count} {count === 1 ? "item" : "items"}
      </a>
    </div>
  );
}
