import { writeCart } from "./cart-store";

/**
 * The idempotency key for placing this exact cart. The same content keeps its key until the
 * order is placed (a double click or a retry after a lost response then finds the first order);
 * a changed cart is a new attempt with a new key (the server would refuse the old one).
 */
export function checkoutKeyFor(content: unknown): string {
  const forCart = JSON.stringify(content);
  let key = "";
  writeCart((cart) => {
    if (cart.checkout?.forCart === forCart) {
      key = cart.checkout.key;
      return cart;
    }
    key = crypto.randomUUID();
    return { ...cart, checkout: { key, forCart } };
  });
  return key;
}
