import type { RouterInputs, RouterOutputs } from "../src";

type Restaurant = RouterOutputs["restaurant"]["bySlug"];
type CartLine = RouterInputs["cart"]["quote"]["lines"][number];

/**
 * A cart line for the first item that is not sold out, with the fewest options each group
 * requires (a burger's "choose a side", say): the first `minChoices` options of every group.
 */
export function firstOrderableLine(restaurant: Restaurant): CartLine | null {
  const item = restaurant.categories.flatMap((category) => category.items).find((i) => !i.soldOut);
  if (!item) return null;
  const optionIds = item.optionGroups.flatMap((group) =>
    group.options.slice(0, group.minChoices).map((option) => option.id),
  );
  return { itemId: item.id, quantity: 1, optionIds };
}
