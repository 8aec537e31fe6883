import type { CartLine, MenuItemForPricing, PricedLine } from "./cart-lines";
import { priceLine, stockProblems } from "./cart-lines";
import type { CartProblem } from "./cart-problems";
import { cartProblem } from "./cart-problems";
import type { CurrencyCode } from "./currencies";
import type { Fulfillment } from "./fulfillment";
import type { MinorUnits } from "./money";
import {
  BASIS_POINTS_PER_WHOLE,
  assertBasisPoints,
  assertNonNegativeMinorUnits,
  percentOf,
  sumMinorUnits,
} from "./money";
import type { PromoDefinition } from "./promo";
import { evaluatePromo, promoProblemMessages } from "./promo";
import { restaurantProblems } from "./restaurant-availability";
import type { RestaurantAvailability } from "./restaurant-availability";

/** Distinct lines a cart may hold. */
export const MAX_CART_LINES = 50;
/** A tip may be at most this share of the subtotal (100 %): a bigger one is almost surely a typo. */
export const MAX_TIP_BASIS_POINTS = BASIS_POINTS_PER_WHOLE;

export interface PricingRestaurant extends RestaurantAvailability {
  readonly id: string;
  readonly currency: CurrencyCode;
  /** Up to two decimals: 887.5 = 8.875 %. */
  readonly taxRateBasisPoints: number;
  readonly deliveryFee: MinorUnits;
  /** Subtotal after discount an order needs; applies to delivery and pickup alike. */
  readonly minimumOrder: MinorUnits;
}

/** The promo code the customer typed, as loaded for this restaurant, with its redemption counts. */
export interface PromoLookup {
  readonly code: string;
  /** null when no such code exists at this restaurant. */
  readonly definition: PromoDefinition | null;
  readonly usesSoFar: number;
  /** 0 when nobody is signed in: the per-customer limit is then checked at placement. */
  readonly usesByCustomer: number;
}

export interface PriceCartInput {
  readonly restaurant: PricingRestaurant;
  /** The menu items the cart refers to, as loaded by id (possibly of other restaurants). */
  readonly items: readonly MenuItemForPricing[];
  readonly lines: readonly CartLine[];
  readonly fulfillment: Fulfillment;
  readonly tip: MinorUnits;
  readonly promo: PromoLookup | null;
  readonly now: Date;
}

export interface PricedCart {
  readonly currency: CurrencyCode;
  readonly fulfillment: Fulfillment;
  /** Every line that could be priced, problems or not; lines of unknown items are left out. */
  readonly lines: readonly PricedLine[];
  readonly subtotal: MinorUnits;
  readonly discount: MinorUnits;
  /** The code that gave the discount, or null. */
  readonly promoCode: string | null;
  readonly tax: MinorUnits;
  readonly deliveryFee: MinorUnits;
  /** The tip as counted in the total (0 when the requested tip was refused). */
  readonly tip: MinorUnits;
  /** subtotal − discount + tax + deliveryFee + tip */
  readonly total: MinorUnits;
  /** Empty when the cart can be ordered as it is. */
  readonly problems: readonly CartProblem[];
}

/**
 * Prices a cart and lists every problem with it. The one pricing function: `cart.quote` shows its
 * result and `order.place` places it only when `problems` is empty, snapshotting `lines`.
 *
 * Restaurant data (prices, fees, tax rate, stock) is trusted and asserted: a malformed value is a
 * bug and throws. Customer input (lines, tip, promo) is never trusted and only ever yields problems.
 */
export function priceCart(input: PriceCartInput): PricedCart {
  const { restaurant, lines, fulfillment, now } = input;
  assertRestaurant(restaurant);
  const problems: CartProblem[] = [...restaurantProblems(restaurant)];

  if (lines.length === 0) {
    problems.push(cartProblem("EMPTY_CART", ["lines"], "Your cart is empty."));
  }
  if (lines.length > MAX_CART_LINES) {
    problems.push(
      cartProblem("TOO_MANY_LINES", ["lines"], `A cart holds at most ${MAX_CART_LINES} lines.`),
    );
  }

  const itemsById = new Map(input.items.map((item) => [item.id, item]));
  const priced: PricedLine[] = [];
  lines.forEach((line, lineIndex) => {
    const result = priceLine(line, lineIndex, itemsById.get(line.itemId), restaurant.id);
    problems.push(...result.problems);
    if (result.priced) priced.push(result.priced);
  });
  problems.push(...stockProblems(priced, itemsById));

  const subtotal = sumMinorUnits(priced.map((line) => line.lineTotal));
  const promo = applyPromo(input.promo, restaurant.id, subtotal, now);
  problems.push(...promo.problems);
  const discounted = subtotal - promo.discount;
  if (discounted < restaurant.minimumOrder) {
    problems.push(
      cartProblem("BELOW_MINIMUM_ORDER", [], "Your order is below the restaurant's minimum.", {
        minimumOrder: restaurant.minimumOrder,
        shortBy: restaurant.minimumOrder - discounted,
      }),
    );
  }

  const tip = acceptTip(input.tip, subtotal);
  problems.push(...tip.problems);
  const tax = percentOf(discounted, restaurant.taxRateBasisPoints);
  const deliveryFee = fulfillment === "delivery" ? restaurant.deliveryFee : 0;
  return {
    currency: restaurant.currency,
    fulfillment,
    lines: priced,
    subtotal,
    discount: promo.discount,
    promoCode: promo.code,
    tax,
    deliveryFee,
    tip: tip.amount,
    total: sumMinorUnits([discounted, tax, deliveryFee, tip.amount]),
    problems,
  };
}

function assertRestaurant(restaurant: PricingRestaurant): void {
  assertNonNegativeMinorUnits(restaurant.deliveryFee, "delivery fee");
  assertNonNegativeMinorUnits(restaurant.minimumOrder, "minimum order");
  assertBasisPoints(restaurant.taxRateBasisPoints);
  if (restaurant.taxRateBasisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new RangeError("tax rate must be at most 100 %");
  }
}

function applyPromo(
  lookup: PromoLookup | null,
  restaurantId: string,
  subtotal: MinorUnits,
  now: Date,
): { discount: MinorUnits; code: string | null; problems: CartProblem[] } {
  if (lookup === null) return { discount: 0, code: null, problems: [] };
  const { definition } = lookup;
  // A code of another restaurant is reported exactly like a code that does not exist.
  if (definition?.restaurantId !== restaurantId) {
    const message = `There is no promo code "${lookup.code}" here.`;
    return {
      discount: 0,
      code: null,
      problems: [cartProblem("PROMO_NOT_FOUND", ["promoCode"], message)],
    };
  }
  const result = evaluatePromo(definition, {
    subtotal,
    now,
    usesSoFar: lookup.usesSoFar,
    usesByCustomer: lookup.usesByCustomer,
  });
  if (!result.ok) {
    const message = promoProblemMessages[result.problem];
    return {
      discount: 0,
      code: null,
      problems: [cartProblem(result.problem, ["promoCode"], message)],
    };
  }
  return { discount: result.discount, code: definition.code, problems: [] };
}

function acceptTip(
  tip: number,
  subtotal: MinorUnits,
): { amount: MinorUnits; problems: CartProblem[] } {
  if (!Number.isSafeInteger(tip) || tip < 0) {
    const message = "The tip must be a whole amount, zero or more.";
    return { amount: 0, problems: [cartProblem("TIP_INVALID", ["tip"], message)] };
  }
  const max = percentOf(subtotal, MAX_TIP_BASIS_POINTS);
  if (tip > max) {
    const message = "The tip cannot be more than the food itself.";
    return { amount: 0, problems: [cartProblem("TIP_TOO_LARGE", ["tip"], message, { max })] };
  }
  return { amount: tip, problems: [] };
}
