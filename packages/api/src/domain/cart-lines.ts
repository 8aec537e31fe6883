import type { ChosenOption, MenuOptionGroup } from "./cart-options";
import { chooseOptions } from "./cart-options";
import type { CartProblem, ProblemPath } from "./cart-problems";
import { cartProblem } from "./cart-problems";
import type { MinorUnits } from "./money";
import { assertMinorUnits, assertNonNegativeMinorUnits, multiply, sumMinorUnits } from "./money";

/** More of one line than this is a typo or abuse, not dinner. */
export const MAX_LINE_QUANTITY = 50;

export interface MenuItemForPricing {
  readonly id: string;
  readonly restaurantId: string;
  readonly name: string;
  readonly price: MinorUnits;
  /** Portions left; null for unlimited. */
  readonly stock: number | null;
  readonly soldOut: boolean;
  readonly optionGroups: readonly MenuOptionGroup[];
}

/** What the client sends for one line: never a price. */
export interface CartLine {
  readonly itemId: string;
  readonly quantity: number;
  readonly optionIds: readonly string[];
}

export interface PricedLine {
  /** Position of the line in the cart input, which problem paths refer to. */
  readonly lineIndex: number;
  readonly itemId: string;
  readonly itemName: string;
  readonly quantity: number;
  readonly options: readonly ChosenOption[];
  /** Item price + Σ option deltas (never below 0). */
  readonly unitPrice: MinorUnits;
  /** unitPrice × quantity. */
  readonly lineTotal: MinorUnits;
}

/**
 * Prices one cart line against its menu item, with every problem of the line. Lines of unknown or
 * foreign items, and lines without a valid quantity, come back unpriced (the problem says why).
 */
export function priceLine(
  line: CartLine,
  lineIndex: number,
  item: MenuItemForPricing | undefined,
  restaurantId: string,
): { priced: PricedLine | null; problems: CartProblem[] } {
  const path = ["lines", lineIndex];
  if (item === undefined) {
    const message = "This item is no longer on the menu.";
    return { priced: null, problems: [cartProblem("UNKNOWN_ITEM", [...path, "itemId"], message)] };
  }
  if (item.restaurantId !== restaurantId) {
    const message = `${item.name} is from another restaurant.`;
    const problem = cartProblem("ITEM_FROM_OTHER_RESTAURANT", [...path, "itemId"], message);
    return { priced: null, problems: [problem] };
  }
  assertNonNegativeMinorUnits(item.price, "item price");
  if (item.stock !== null && !(Number.isSafeInteger(item.stock) && item.stock >= 0)) {
    throw new RangeError(`stock of ${item.id} must be a whole number ≥ 0, or null`);
  }

  const problems: CartProblem[] = [];
  if (item.soldOut || item.stock === 0) {
    problems.push(cartProblem("ITEM_SOLD_OUT", [...path, "itemId"], `${item.name} is sold out.`));
  }
  const quantityProblem = checkQuantity(line.quantity, [...path, "quantity"]);
  if (quantityProblem) problems.push(quantityProblem);

  const options = chooseOptions(item.optionGroups, line.optionIds, path, item.name);
  problems.push(...options.problems);
  const deltas = options.chosen.map((option) => {
    assertMinorUnits(option.priceDelta, "option price");
    return option.priceDelta;
  });
  // Negative deltas ("no cheese") must never make an item pay the customer: clamp at free.
  const unitPrice = Math.max(0, sumMinorUnits([item.price, ...deltas]));

  // Without a valid quantity there is no line total to show; the problem says why.
  if (quantityProblem) return { priced: null, problems };
  const priced: PricedLine = {
    lineIndex,
    itemId: item.id,
    itemName: item.name,
    quantity: line.quantity,
    options: options.chosen,
    unitPrice,
    lineTotal: multiply(unitPrice, line.quantity),
  };
  return { priced, problems };
}

function checkQuantity(quantity: number, path: ProblemPath): CartProblem | null {
  if (!Number.isInteger(quantity) || quantity < 1) {
    return cartProblem("QUANTITY_INVALID", path, "Quantity must be a whole number of at least 1.");
  }
  if (quantity > MAX_LINE_QUANTITY) {
    const message = `At most ${MAX_LINE_QUANTITY} of one item per order.`;
    return cartProblem("QUANTITY_TOO_LARGE", path, message, { max: MAX_LINE_QUANTITY });
  }
  return null;
}

/** Stock is per item, so two lines of the same burger (different options) draw from one count. */
export function stockProblems(
  priced: readonly PricedLine[],
  itemsById: ReadonlyMap<string, MenuItemForPricing>,
): CartProblem[] {
  const requested = new Map<string, number>();
  for (const line of priced) {
    requested.set(line.itemId, (requested.get(line.itemId) ?? 0) + line.quantity);
  }
  const problems: CartProblem[] = [];
  for (const line of priced) {
    const stock = itemsById.get(line.itemId)?.stock ?? null;
    const wanted = requested.get(line.itemId) ?? 0;
    // Stock 0 is already reported as sold out.
    if (stock === null || stock === 0 || wanted <= stock) continue;
    const message = `Only ${stock} ${line.itemName} left.`;
    const path = ["lines", line.lineIndex, "quantity"];
    problems.push(
      cartProblem("INSUFFICIENT_STOCK", path, message, { available: stock, requested: wanted }),
    );
  }
  return problems;
}
