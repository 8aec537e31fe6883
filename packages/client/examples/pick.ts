import type { RouterInputs, RouterOutputs } from "../src";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];
type CartLine = RouterInputs["cart"]["quote"]["lines"][number];

/**
 * A cart line for the first item that is not sold out, with the fewest options each group
 * requires (a burger's "choose a side", say): the first `minChoices` options of every group,
 * and enough of it to reach the restaurant's minimum order.
 */
export function firstOrderableLine(restaurant: Restaurant): CartLine | null {
  const item = restaurant.categories.flatMap((category) => category.items).find((i) => !i.soldOut);
  if (!item) return null;
  const optionIds = item.optionGroups.flatMap((group) =>
    group.options.slice(0, group.minChoices).map((option) => option.id),
  );
  const chosen = item.optionGroups.flatMap((group) => group.options.slice(0, group.minChoices));
  const unitPrice = item.price + chosen.reduce((sum, option) => sum + option.priceDelta, 0);
  const quantity = unitPrice > 0 ? Math.max(1, Math.ceil(restaurant.minimumOrder / unitPrice)) : 1;
  return { itemId: item.id, quantity, optionIds };
}
