"use client";

import type { Cart } from "~/cart/cart-schema";
import type { Quote, QuoteProblem } from "~/cart/quote-problems";
import { setLineQuantity } from "~/cart/cart-actions";
import { QuantityStepper } from "~/components/restaurant/quantity-stepper";
import { formatMoney } from "~/lib/money";
import { ProblemList } from "./problem-list";

interface Props {
  cart: Cart;
  quote: Quote | undefined;
  problemsByLine: Map<number, QuoteProblem[]>;
  currency: string;
}

/** The cart's lines with quantity steppers, each priced by the server and with its own problems. */
export function CartLines({ cart, quote, problemsByLine, currency }: Props) {
  return (
    <ul className="flex flex-col divide-y divide-border" aria-label="Cart items">
      {cart.lines.map((line, index) => {
        const priced = quote?.lines.find((l) => l.lineIndex === index);
        return (
          <li key={line.key} className="flex flex-col gap-2 py-3">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-medium">{line.name}</p>
                {line.optionNames.length > 0 ? (
                  <p className="text-sm text-muted-foreground">{line.optionNames.join(", ")}</p>
                ) : null}
              </div>
              <p className="shrink-0 text-sm tabular-nums">
                {priced ? formatMoney(priced.lineTotal, currency) : "—"}
              </p>
            </div>
            <QuantityStepper
              value={line.quantity}
              min={0}
              label={`Quantity of ${line.name}`}
              onChange={(quantity) => {
                setLineQuantity(line.key, quantity);
              }}
            />
            <ProblemList problems={problemsByLine.get(index) ?? []} />
          </li>
        );
      })}
    </ul>
  );
}
