"use client";

import type { MenuItem } from "~/lib/item-choices";
import { Badge, Button } from "@dishpatch/ui";
import { useState } from "react";

import { formatMoney } from "~/lib/money";
import { ConfirmButton } from "./confirm-button";
import { ItemForm } from "./item-form";
import { useMenuEditor } from "./menu-context";
import { MoveButtons } from "./move-buttons";
import { OptionGroups } from "./option-groups";
import { useMenuActions } from "./use-menu-actions";

interface Props {
  item: MenuItem;
  categoryId: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
  moving: boolean;
}

/** One item: its price, stock and sold-out switch at a glance; edit and options below. */
export function ItemRow({ item, categoryId, isFirst, isLast, onMove, moving }: Props) {
  const { currency } = useMenuEditor();
  const actions = useMenuActions();
  const [open, setOpen] = useState<"edit" | "options" | null>(null);
  // Optimistic: the switch shows the value being saved at once, and the saved menu's value
  // again once the API has answered (or refused).
  const [savingSoldOut, setSavingSoldOut] = useState<boolean | null>(null);
  const soldOut = savingSoldOut ?? item.soldOut;

  return (
    <li className="flex flex-col gap-3 py-3" data-testid="editor-item" data-item-name={item.name}>
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span
              className={soldOut ? "font-medium text-muted-foreground line-through" : "font-medium"}
            >
              {item.name}
            </span>
            <span className="tabular-nums" data-testid="editor-item-price">
              {formatMoney(item.price, currency)}
            </span>
          </p>
          <p className="flex flex-wrap gap-1.5 text-xs">
            {item.stock === null ? null : (
              <Badge tone={item.stock === 0 ? "warning" : "neutral"}>{item.stock} left</Badge>
            )}
            {item.optionGroups.length > 0 ? (
              <Badge tone="neutral">
                {item.optionGroups.length} option group{item.optionGroups.length === 1 ? "" : "s"}
              </Badge>
            ) : null}
          </p>
        </div>
        <label className="flex min-h-8 cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-5 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            checked={soldOut}
            disabled={savingSoldOut !== null}
            onChange={(event) => {
              setSavingSoldOut(event.target.checked);
              actions.setSoldOut(item, event.target.checked, () => {
                setSavingSoldOut(null);
              });
            }}
            aria-label={`${item.name} sold out`}
          />
          <span aria-hidden="true">Sold out</span>
        </label>
      </div>
      <div className="-ml-2 flex flex-wrap items-center gap-1">
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={open === "edit"}
          aria-label={`Edit ${item.name}`}
          onClick={() => {
            setOpen(open === "edit" ? null : "edit");
          }}
        >
          Edit
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={open === "options"}
          aria-label={`Options of ${item.name}`}
          onClick={() => {
            setOpen(open === "options" ? null : "options");
          }}
        >
          Options
        </Button>
        <MoveButtons
          name={item.name}
          isFirst={isFirst}
          isLast={isLast}
          disabled={moving}
          onMove={onMove}
        />
        <ConfirmButton
          label="Delete"
          confirmLabel={`Delete ${item.name}`}
          disabled={actions.pending}
          onConfirm={() => {
            actions.deleteItem(item);
          }}
        />
      </div>
      {open === "edit" ? (
        <ItemForm
          categoryId={categoryId}
          item={item}
          onDone={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {open === "options" ? <OptionGroups item={item} /> : null}
    </li>
  );
}
