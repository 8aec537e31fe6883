"use client";

import type { Cart } from "~/cart/cart-schema";
import { setFulfillment } from "~/cart/cart-actions";

const choices = [
  { value: "delivery", label: "Delivery" },
  { value: "pickup", label: "Pickup" },
] as const;

/** Delivery or pickup, as a segmented radio group (arrow keys move between the two). */
export function FulfillmentChoice({ value }: { value: Cart["fulfillment"] }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">How do you want it?</legend>
      <div className="grid grid-cols-2 gap-1 rounded-lg bg-muted p-1">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex h-9 cursor-pointer items-center justify-center rounded-md text-sm font-medium has-[:checked]:bg-card has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input
              type="radio"
              name="fulfillment"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => {
                setFulfillment(choice.value);
              }}
              className="sr-only"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
