import type { Cart } from "./cart-schema";
import { emptyCart, parseStoredCart } from "./cart-schema";

/**
 * The cart lives in localStorage, so it works signed out, survives reloads and is shared by
 * the tabs of one browser. Components read it through `useCart` (useSyncExternalStore).
 */
const STORAGE_KEY = "dishpatch.cart.v1";
const listeners = new Set<() => void>();

let cachedRaw: string | null = null;
let cachedCart: Cart = emptyCart;

/** The stored cart; the same object until the stored text changes (as React requires). */
export function readCart(): Cart {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === cachedRaw) return cachedCart;
  cachedRaw = raw;
  cachedCart = parse(raw);
  return cachedCart;
}

function parse(raw: string | null): Cart {
  if (raw === null) return emptyCart;
  try {
    // A cart written by an older version, or edited by hand, starts over rather than crash.
    return parseStoredCart(JSON.parse(raw)) ?? emptyCart;
  } catch {
    return emptyCart;
  }
}

export function writeCart(update: (cart: Cart) => Cart) {
  const next = update(readCart());
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

export function clearCart() {
  writeCart(() => emptyCart);
}

export function subscribeToCart(listener: () => void) {
  listeners.add(listener);
  // Another tab changed the cart.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The server renders no cart (it can't see localStorage); the browser fills it in after hydration. */
export function serverCart(): Cart {
  return emptyCart;
}
