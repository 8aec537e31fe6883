import type { RouterOutputs } from "@dishpatch/api";

export type MenuItem = RouterOutputs["restaurant"]["bySlug"]["categories"][number]["items"][number];
export type OptionGroup = MenuItem["optionGroups"][number];

/** Chosen option ids per option group id. */
export type Choices = Record<string, string[]>;

/** The starting choices: the first option of every group that requires exactly one. */
export function defaultChoices(item: MenuItem): Choices {
  const choices: Choices = {};
  for (const group of item.optionGroups) {
    const first = group.options[0];
    choices[group.id] = group.minChoices === 1 && group.maxChoices === 1 && first ? [first.id] : [];
  }
  return choices;
}

/** Item price plus the chosen options' deltas: the dialog's preview (the server prices the cart). */
export function unitPriceOf(item: MenuItem, choices: Choices): number {
  let price = item.price;
  for (const group of item.optionGroups) {
    for (const option of group.options) {
      if (choices[group.id]?.includes(option.id)) price += option.priceDelta;
    }
  }
  return Math.max(0, price);
}

/** "Choose 1", "Choose up to 3", "Choose 1 to 2", "Optional". */
export function choiceHint(group: OptionGroup): string {
  const { minChoices: min, maxChoices: max } = group;
  if (min === max) return `Choose ${min}`;
  if (min === 0) return max === 1 ? "Optional" : `Choose up to ${max}`;
  return `Choose ${min} to ${max}`;
}

/** Groups whose minimum is not met yet, with how many more to choose. */
export function missingChoices(item: MenuItem, choices: Choices) {
  return item.optionGroups
    .map((group) => ({ group, missing: group.minChoices - (choices[group.id]?.length ?? 0) }))
    .filter(({ missing }) => missing > 0);
}

/** The chosen options in menu order, for the cart line. */
export function chosenOptions(item: MenuItem, choices: Choices) {
  return item.optionGroups.flatMap((group) =>
    group.options.filter((option) => choices[group.id]?.includes(option.id)),
  );
}
