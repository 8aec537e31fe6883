"use client";

import { Alert, Button } from "@dishpatch/ui";
import { useEffect, useId, useRef, useState } from "react";

import type { CartRestaurant } from "~/cart/cart-schema";
import type { Choices, MenuItem } from "~/lib/item-choices";
import { addToCart, needsReplace } from "~/cart/cart-actions";
import { readCart } from "~/cart/cart-store";
import { chosenOptions, defaultChoices, missingChoices, unitPriceOf } from "~/lib/item-choices";
import { formatMoney } from "~/lib/money";
import { OptionGroupField } from "./option-group-field";
import { QuantityStepper } from "./quantity-stepper";

interface Props {
  item: MenuItem;
  restaurant: CartRestaurant;
  /**
   * False while the restaurant is closed or paused. Dishes can still go in the cart (the quote
   * then says why it can't be ordered yet), so people can plan an order before opening time.
   */
  orderable: boolean;
  onClose: () => void;
}

/**
 * A dish's options, quantity and price. A native modal <dialog>: the page behind is inert (focus
 * stays inside), Esc closes it, and focus goes back to the dish that opened it.
 */
export function ItemDialog({ item, restaurant, orderable, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(item));
  const [quantity, setQuantity] = useState(1);
  const [confirmingReplace, setConfirmingReplace] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Opened once on mount; unmounting removes (and so closes) it.
    if (!dialog.open) dialog.showModal();
  }, []);

  const missing = missingChoices(item, choices);
  const price = unitPriceOf(item, choices) * quantity;

  function add() {
    if (!confirmingReplace && needsReplace(readCart(), restaurant)) {
      setConfirmingReplace(true);
      return;
    }
    const options = chosenOptions(item, choices);
    addToCart(restaurant, {
      itemId: item.id,
      name: item.name,
      quantity,
      optionIds: options.map((o) => o.id),
      optionNames: options.map((o) => o.name),
    });
    dialogRef.current?.close();
  }

  const otherRestaurant = readCartRestaurantName();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-border bg-card p-0 text-card-foreground shadow-xl backdrop:bg-black/50"
    >
      <form
        method="dialog"
        className="flex max-h-[85dvh] flex-col"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <div className="flex items-start justify-between gap-4 border-b border-border p-5">
          <div className="flex flex-col gap-1">
            <h2 id={titleId} className="text-xl font-bold tracking-tight">
              {item.name}
            </h2>
            {item.description ? (
              <p className="text-sm text-muted-foreground">{item.description}</p>
            ) : null}
          </div>
          <Button
            variant="ghost"
            size="sm"
            aria-label="Close"
            onClick={() => dialogRef.current?.close()}
          >
            <span aria-hidden="true" className="text-lg leading-none">
              ×
            </span>
          </Button>
        </div>
        <div className="flex flex-col gap-5 overflow-y-auto p-5">
          {item.optionGroups.map((group) => (
            <OptionGroupField
              key={group.id}
              group={group}
              currency={restaurant.currency}
              chosen={choices[group.id] ?? []}
              onChange={(ids) => {
                setChoices((prev) => ({ ...prev, [group.id]: ids }));
              }}
            />
          ))}
          <QuantityStepper
            value={quantity}
            onChange={setQuantity}
            label={`Quantity of ${item.name}`}
          />
        </div>
        <div className="flex flex-col gap-3 border-t border-border p-5">
          {missing.length > 0 ? (
            <p className="text-sm text-muted-foreground" id={`${titleId}-missing`}>
              {missing
                .map(({ group, missing: n }) => `Choose ${n} more in ${group.name}.`)
                .join(" ")}
            </p>
          ) : null}
          {!orderable ? (
            <Alert tone="info">
              This restaurant isn&apos;t taking orders right now. You can fill your cart and order
              once it opens.
            </Alert>
          ) : null}
          {confirmingReplace ? (
            <Alert tone="info">
              Your cart has dishes from {otherRestaurant}. Adding this starts a new cart from{" "}
              {restaurant.name}.
            </Alert>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            {confirmingReplace ? (
              <Button variant="outline" onClick={() => dialogRef.current?.close()}>
                Keep my cart
              </Button>
            ) : null}
            <Button
              type="submit"
              size="lg"
              disabled={missing.length > 0}
              aria-describedby={missing.length > 0 ? `${titleId}-missing` : undefined}
              className="min-w-48"
            >
              {confirmingReplace ? "Start a new cart" : `Add ${quantity} to cart`}
              <span aria-hidden="true">·</span>
              <span data-testid="item-price" className="tabular-nums">
                {formatMoney(price, restaurant.currency)}
              </span>
            </Button>
          </div>
        </div>
      </form>
    </dialog>
  );
}

function readCartRestaurantName() {
  // The dialog only renders in the browser (after a click), where the stored cart is readable.
  return typeof window === "undefined" ? "" : (readCart().restaurant?.name ?? "");
}
