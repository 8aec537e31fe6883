import type { CartProblem } from "./cart-problems";
import { cartProblem } from "./cart-problems";

/** `pending` until an admin approves; `suspended` by an admin. */
export type RestaurantStatus = "pending" | "active" | "suspended";

/** Whether a restaurant takes orders right now, as loaded for pricing or placement. */
export interface RestaurantAvailability {
  readonly status: RestaurantStatus;
  /** false while staff have paused ordering (a rush, a kitchen problem). */
  readonly acceptingOrders: boolean;
  /** Its opening hours cover `now` (see `isOpenAt`). */
  readonly openNow: boolean;
}

/**
 * Every reason the restaurant cannot take an order now. All are listed (a suspended restaurant
 * may also be closed) so each can be shown; none depends on the cart.
 */
export function restaurantProblems(restaurant: RestaurantAvailability): CartProblem[] {
  const problems: CartProblem[] = [];
  if (restaurant.status === "pending") {
    const message = "This restaurant is not open for orders yet.";
    problems.push(cartProblem("RESTAURANT_PENDING", [], message));
  }
  if (restaurant.status === "suspended") {
    const message = "This restaurant is not taking orders.";
    problems.push(cartProblem("RESTAURANT_SUSPENDED", [], message));
  }
  if (!restaurant.acceptingOrders) {
    const message = "This restaurant has paused ordering for now.";
    problems.push(cartProblem("RESTAURANT_PAUSED", [], message));
  }
  if (!restaurant.openNow) {
    problems.push(cartProblem("RESTAURANT_CLOSED", [], "This restaurant is closed right now."));
  }
  return problems;
}
