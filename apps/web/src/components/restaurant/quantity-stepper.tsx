import { Button } from "@dishpatch/ui";

import { MAX_LINE_QUANTITY } from "~/cart/cart-actions";

interface Props {
  value: number;
  onChange: (value: number) => void;
  /** Names the control for screen readers, e.g. "Quantity of Margherita". */
  label: string;
  /** The smallest value; 0 lets the minus button remove a cart line. */
  min?: number;
}

export function QuantityStepper({ value, onChange, label, min = 1 }: Props) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-2">
      <Button
        variant="outline"
        size="sm"
        aria-label={value - 1 < 1 ? "Remove" : "One less"}
        disabled={value <= min}
        onClick={() => {
          onChange(value - 1);
        }}
        className="size-9 p-0"
      >
        <span aria-hidden="true">−</span>
      </Button>
      <output aria-live="polite" className="w-8 text-center font-semibold tabular-nums">
        {value}
      </output>
      <Button
        variant="outline"
        size="sm"
        aria-label="One more"
        disabled={value >= MAX_LINE_QUANTITY}
        onClick={() => {
          onChange(value + 1);
        }}
        className="size-9 p-0"
      >
        <span aria-hidden="true">+</span>
      </Button>
    </div>
  );
}
