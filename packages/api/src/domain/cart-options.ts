import type { CartProblem, ProblemPath } from "./cart-problems";
import { cartProblem } from "./cart-problems";
import type { MinorUnits } from "./money";

export interface MenuOption {
  readonly id: string;
  readonly name: string;
  /** Added to the item price when chosen; may be negative ("no cheese"). */
  readonly priceDelta: MinorUnits;
}

export interface MenuOptionGroup {
  readonly id: string;
  readonly name: string;
  /** Size: min 1, max 1 ("pick exactly one"); Extras: min 0, max 3. */
  readonly minChoices: number;
  readonly maxChoices: number;
  readonly options: readonly MenuOption[];
}

/** An option as chosen on a line, with the names snapshotted into the order. */
export interface ChosenOption {
  readonly groupId: string;
  readonly groupName: string;
  readonly optionId: string;
  readonly optionName: string;
  readonly priceDelta: MinorUnits;
}

interface OptionSlot {
  readonly group: MenuOptionGroup;
  readonly groupIndex: number;
  readonly option: MenuOption;
  readonly optionIndex: number;
}

/**
 * Resolves a line's option ids against its item's option groups and checks each group's min/max.
 * Unknown and repeated ids are reported and skipped, so the line can still be priced with the
 * options that do apply. Chosen options come back in menu order, whatever order the client sent,
 * so the same choice always snapshots the same way.
 */
export function chooseOptions(
  groups: readonly MenuOptionGroup[],
  optionIds: readonly string[],
  linePath: ProblemPath,
  itemName: string,
): { chosen: ChosenOption[]; problems: CartProblem[] } {
  const slots = new Map<string, OptionSlot>();
  groups.forEach((group, groupIndex) => {
    group.options.forEach((option, optionIndex) => {
      slots.set(option.id, { group, groupIndex, option, optionIndex });
    });
  });

  const problems: CartProblem[] = [];
  const picked: OptionSlot[] = [];
  const seen = new Set<string>();
  optionIds.forEach((optionId, index) => {
    const path = [...linePath, "optionIds", index];
    const slot = slots.get(optionId);
    if (seen.has(optionId)) {
      problems.push(cartProblem("DUPLICATE_OPTION", path, `An option was chosen twice.`));
    } else if (slot === undefined) {
      problems.push(
        cartProblem("UNKNOWN_OPTION", path, `That option is not offered for ${itemName}.`),
      );
    } else {
      picked.push(slot);
    }
    seen.add(optionId);
  });

  for (const group of groups) {
    const count = picked.filter((slot) => slot.group === group).length;
    const problem = groupRuleProblem(group, count, [...linePath, "optionIds"]);
    if (problem) problems.push(problem);
  }

  picked.sort((a, b) => a.groupIndex - b.groupIndex || a.optionIndex - b.optionIndex);
  const chosen = picked.map(({ group, option }) => ({
    groupId: group.id,
    groupName: group.name,
    optionId: option.id,
    optionName: option.name,
    priceDelta: option.priceDelta,
  }));
  return { chosen, problems };
}

function groupRuleProblem(
  group: MenuOptionGroup,
  count: number,
  path: ProblemPath,
): CartProblem | null {
  const details = {
    optionGroupId: group.id,
    minChoices: group.minChoices,
    maxChoices: group.maxChoices,
  };
  if (count >= group.minChoices && count <= group.maxChoices) return null;
  const rule =
    group.minChoices === group.maxChoices
      ? `exactly ${group.minChoices}`
      : count < group.minChoices
        ? `at least ${group.minChoices}`
        : `at most ${group.maxChoices}`;
  const code = count < group.minChoices ? "TOO_FEW_OPTIONS" : "TOO_MANY_OPTIONS";
  return cartProblem(code, path, `Choose ${rule} for ${group.name}.`, details);
}
