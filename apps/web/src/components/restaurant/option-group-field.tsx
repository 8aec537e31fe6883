import type { OptionGroup } from "~/lib/item-choices";
import { choiceHint } from "~/lib/item-choices";
import { formatMoney } from "~/lib/money";

interface Props {
  group: OptionGroup;
  currency: string;
  chosen: string[];
  onChange: (optionIds: string[]) => void;
}

/**
 * One option group: radio buttons when at most one may be chosen, checkboxes otherwise (the rest
 * are disabled once the maximum is reached, so the UI never breaks the group's rule).
 */
export function OptionGroupField({ group, currency, chosen, onChange }: Props) {
  const single = group.maxChoices === 1;
  const atMax = chosen.length >= group.maxChoices;
  const name = `group-${group.id}`;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2">
        <span className="font-semibold">{group.name}</span>
        <span className="text-sm text-muted-foreground">{choiceHint(group)}</span>
      </legend>
      {single && group.minChoices === 0 ? (
        <Choice
          type="radio"
          name={name}
          label="None"
          checked={chosen.length === 0}
          onChange={() => {
            onChange([]);
          }}
        />
      ) : null}
      {group.options.map((option) => {
        const checked = chosen.includes(option.id);
        return (
          <Choice
            key={option.id}
            type={single ? "radio" : "checkbox"}
            name={name}
            label={option.name}
            extra={option.priceDelta !== 0 ? formatDelta(option.priceDelta, currency) : undefined}
            checked={checked}
            disabled={!single && !checked && atMax}
            onChange={() => {
              if (single) onChange([option.id]);
              else
                onChange(
                  checked ? chosen.filter((id) => id !== option.id) : [...chosen, option.id],
                );
            }}
          />
        );
      })}
    </fieldset>
  );
}

function formatDelta(delta: number, currency: string) {
  return `${delta > 0 ? "+" : "−"}${formatMoney(Math.abs(delta), currency)}`;
}

function Choice(props: {
  type: "radio" | "checkbox";
  name: string;
  label: string;
  extra?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
}) {
  return (
    <label
      className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-border px-3 has-[:checked]:border-primary has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring ${props.disabled ? "cursor-not-allowed opacity-50" : ""}`}
    >
      <input
        type={props.type}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
        className="size-4 accent-primary"
      />
      <span className="flex-1">{props.label}</span>
      {props.extra ? (
        <span className="text-sm text-muted-foreground tabular-nums">{props.extra}</span>
      ) : null}
    </label>
  );
}
