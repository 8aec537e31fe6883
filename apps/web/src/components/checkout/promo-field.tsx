"use client";

import { Button, Input, Label } from "@dishpatch/ui";
import { useId, useState } from "react";

import type { QuoteProblem } from "~/cart/quote-problems";
import { setPromoCode } from "~/cart/cart-actions";
import { ProblemList } from "~/components/cart/problem-list";

interface Props {
  applied: string;
  /** The quote's problems with the code (unknown, expired, below its minimum, …). */
  problems: readonly QuoteProblem[];
  /** True once the server priced the code into a discount. */
  accepted: boolean;
}

/** A promo code: applied to the cart, then priced (or refused, with why) by `cart.quote`. */
export function PromoField({ applied, problems, accepted }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(applied);
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>Promo code</Label>
      <div className="flex gap-2">
        <Input
          id={id}
          value={draft}
          autoCapitalize="characters"
          autoComplete="off"
          maxLength={32}
          aria-invalid={problems.length > 0 ? true : undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onKeyDown={(event) => {
            // Enter applies the code instead of submitting the checkout form.
            if (event.key === "Enter") {
              event.preventDefault();
              setPromoCode(draft);
            }
          }}
        />
        <Button
          variant="outline"
          className="h-11"
          onClick={() => {
            setPromoCode(draft);
          }}
        >
          Apply
        </Button>
        {applied ? (
          <Button
            variant="ghost"
            className="h-11"
            onClick={() => {
              setDraft("");
              setPromoCode("");
            }}
          >
            Remove
          </Button>
        ) : null}
      </div>
      {accepted && applied ? (
        <p className="text-sm font-medium text-success-foreground" role="status">
          {applied} applied.
        </p>
      ) : null}
      <ProblemList id={`${id}-problems`} problems={problems} />
    </div>
  );
}
