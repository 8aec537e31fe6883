"use client";

import { setTipPercent } from "~/cart/cart-actions";
import { tipFor } from "~/cart/quote-input";
import { formatMoney } from "~/lib/money";

const percents = [0, 10, 15, 20];

interface Props {
  percent: number;
  /** The subtotal as last priced, to show what each choice adds; unknown until the first quote. */
  subtotal: number | undefined;
  currency: string;
}

/** A tip as a share of the subtotal; the server counts the amount into the total. */
export function TipChoice({ percent, subtotal, currency }: Props) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">Tip for the team</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {percents.map((value) => (
          <label
            key={value}
            className="flex min-h-12 cursor-pointer flex-col items-center justify-center rounded-lg border border-border px-2 py-1 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input
              type="radio"
              name="tip"
              className="sr-only"
              checked={percent === value}
              onChange={() => {
                setTipPercent(value);
              }}
            />
            <span className="font-medium">{value === 0 ? "No tip" : `${value}%`}</span>
            {value > 0 && subtotal !== undefined ? (
              <span className="text-xs text-muted-foreground tabular-nums">
                {formatMoney(tipFor(subtotal, value), currency)}
              </span>
            ) : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
