"use client";

import type { MenuItem } from "~/lib/item-choices";
import { Button } from "@dishpatch/ui";
import { useState } from "react";

import { formatMoney } from "~/lib/money";
import { ConfirmButton } from "./confirm-button";
import { useMenuEditor } from "./menu-context";
import { OptionGroupForm } from "./option-group-form";
import { useMenuActions } from "./use-menu-actions";

/** "Pick exactly 1", "Pick up to 3", "Pick 1–2": how diners will read the group's rule. */
function choiceRule(min: number, max: number): string {
  if (min === max) return `Pick exactly ${min}`;
  if (min === 0) return `Optional, up to ${max}`;
  return `Pick ${min}–${max}`;
}

/** An item's option groups: each with its rule and options, editable one at a time. */
export function OptionGroups({ item }: { item: MenuItem }) {
  const { currency } = useMenuEditor();
  const actions = useMenuActions();
  /** The group being edited, "new" for a new one, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const done = () => {
    setEditing(null);
  };

  return (
    <div className="flex flex-col gap-3">
      {item.optionGroups.map((group) =>
        editing === group.id ? (
          <OptionGroupForm key={group.id} itemId={item.id} group={group} onDone={done} />
        ) : (
          <div
            key={group.id}
            className="flex flex-col gap-1 rounded-lg bg-muted/60 px-3 py-2 text-sm"
            data-testid="option-group"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="font-medium">{group.name}</span>{" "}
                <span className="text-muted-foreground">
                  · {choiceRule(group.minChoices, group.maxChoices)}
                </span>
              </p>
              <span className="inline-flex gap-1">
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Edit option group ${group.name}`}
                  onClick={() => {
                    setEditing(group.id);
                  }}
                >
                  Edit
                </Button>
                <ConfirmButton
                  label="Delete"
                  confirmLabel={`Delete ${group.name}`}
                  disabled={actions.pending}
                  onConfirm={() => {
                    actions.deleteGroup(group);
                  }}
                />
              </span>
            </div>
            <p className="text-muted-foreground">
              {group.options
                .map((o) =>
                  o.priceDelta === 0
                    ? o.name
                    : `${o.name} (${o.priceDelta > 0 ? "+" : "−"}${formatMoney(Math.abs(o.priceDelta), currency)})`,
                )
                .join(", ")}
            </p>
          </div>
        ),
      )}
      {editing === "new" ? (
        <OptionGroupForm itemId={item.id} onDone={done} />
      ) : (
        <Button
          variant="outline"
          size="sm"
          className="self-start"
          disabled={editing !== null}
          onClick={() => {
            setEditing("new");
          }}
        >
          Add option group
        </Button>
      )}
    </div>
  );
}
