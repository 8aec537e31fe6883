"use client";

import { Button, Card } from "@dishpatch/ui";
import { useState } from "react";

import type { MenuCategory } from "./menu-cache";
import { CategoryNameForm } from "./category-name-form";
import { ConfirmButton } from "./confirm-button";
import { ItemForm } from "./item-form";
import { ItemRow } from "./item-row";
import { moved } from "./menu-cache";
import { MoveButtons } from "./move-buttons";
import { useMenuActions } from "./use-menu-actions";

interface Props {
  category: MenuCategory;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
  moving: boolean;
}

/** A category: rename, move, delete (only when empty: the API refuses otherwise) and its items. */
export function CategorySection({ category, isFirst, isLast, onMove, moving }: Props) {
  const actions = useMenuActions();
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const headingId = `category-${category.id}`;
  const itemIds = category.items.map((i) => i.id);

  return (
    <Card
      className="flex flex-col gap-2 p-4 sm:p-5"
      aria-labelledby={headingId}
      data-testid="editor-category"
    >
      {renaming ? (
        <CategoryNameForm
          category={category}
          onDone={() => {
            setRenaming(false);
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold">
            {category.name}
          </h2>
          <div className="-mr-2 flex flex-wrap items-center gap-1">
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Rename ${category.name}`}
              onClick={() => {
                setRenaming(true);
              }}
            >
              Rename
            </Button>
            <MoveButtons
              name={category.name}
              isFirst={isFirst}
              isLast={isLast}
              disabled={moving}
              onMove={onMove}
            />
            <ConfirmButton
              label="Delete"
              confirmLabel={`Delete ${category.name}`}
              disabled={actions.pending}
              onConfirm={() => {
                actions.deleteCategory(category);
              }}
            />
          </div>
        </div>
      )}
      {category.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No items yet.</p>
      ) : (
        <ul
          className="flex flex-col divide-y divide-border"
          aria-label={`Items in ${category.name}`}
        >
          {category.items.map((item, index) => (
            <ItemRow
              key={item.id}
              item={item}
              categoryId={category.id}
              isFirst={index === 0}
              isLast={index === category.items.length - 1}
              moving={actions.pending}
              onMove={(step) => {
                actions.reorderItems(category.id, moved(itemIds, item.id, step));
              }}
            />
          ))}
        </ul>
      )}
      {adding ? (
        <ItemForm
          categoryId={category.id}
          onDone={() => {
            setAdding(false);
          }}
        />
      ) : (
        <Button
          variant="outline"
          size="sm"
          className="self-start"
          onClick={() => {
            setAdding(true);
          }}
          aria-label={`Add an item to ${category.name}`}
        >
          Add item
        </Button>
      )}
    </Card>
  );
}
