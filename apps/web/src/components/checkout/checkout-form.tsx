"use client";

import { Alert, Button, buttonVariants, Card } from "@dishpatch/ui";
import Link from "next/link";
import { useState } from "react";

import { problemsByPlace } from "~/cart/quote-problems";
import { useCart } from "~/cart/use-cart";
import { useCartQuote } from "~/cart/use-cart-quote";
import { CartLines } from "~/components/cart/cart-lines";
import { FulfillmentChoice } from "~/components/cart/fulfillment-choice";
import { ProblemList } from "~/components/cart/problem-list";
import { QuoteTotals } from "~/components/cart/quote-totals";
import { apiProblem } from "~/lib/api-problem";
import { DeliveryFields } from "./delivery-fields";
import { PromoField } from "./promo-field";
import { TipChoice } from "./tip-choice";
import { usePlaceOrder } from "./use-place-order";

/** Delivery or pickup, tip, promo and the server-priced total, then one order. */
export function CheckoutForm() {
  const cart = useCart();
  const { quote, input } = useCartQuote(cart);
  const { place, mutation, placedId } = usePlaceOrder();
  const [address, setAddress] = useState("");
  const [notes, setNotes] = useState("");

  if (placedId) {
    return (
      <p role="status" className="mt-6 text-muted-foreground">
        Order placed. Taking you to it…
      </p>
    );
  }
  if (!cart.restaurant || cart.lines.length === 0 || !input) {
    return (
      <div className="mt-6 flex flex-col items-start gap-4">
        <p className="text-muted-foreground">Your cart is empty.</p>
        <Link href="/" className={buttonVariants()}>
          Find a restaurant
        </Link>
      </div>
    );
  }

  const problems = problemsByPlace(quote.data?.problems ?? []);
  const failure = mutation.error ? apiProblem(mutation.error) : null;
  const fieldError = (name: string) => failure?.fieldErrors[name]?.[0];
  const currency = cart.restaurant.currency;

  return (
    <form
      className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        place(input, { deliveryAddress: address, notes });
      }}
    >
      <div className="flex flex-col gap-6">
        <Card className="flex flex-col gap-5 p-5">
          <h2 className="text-lg font-bold tracking-tight">Delivery or pickup</h2>
          <FulfillmentChoice value={cart.fulfillment} />
          <DeliveryFields
            delivery={cart.fulfillment === "delivery"}
            address={address}
            notes={notes}
            onAddress={setAddress}
            onNotes={setNotes}
            addressError={fieldError("deliveryAddress")}
            notesError={fieldError("notes")}
          />
        </Card>
        <Card className="flex flex-col gap-5 p-5">
          <TipChoice
            percent={cart.tipPercent}
            subtotal={quote.data?.subtotal}
            currency={currency}
          />
          <PromoField
            applied={cart.promoCode}
            problems={problems.promo}
            accepted={(quote.data?.discount ?? 0) > 0}
          />
        </Card>
      </div>
      <Card className="flex flex-col gap-4 self-start p-5 lg:sticky lg:top-4">
        <h2 className="text-lg font-bold tracking-tight">
          Your order from{" "}
          <Link className="text-primary underline" href={`/r/${cart.restaurant.slug}`}>
            {cart.restaurant.name}
          </Link>
        </h2>
        <CartLines
          cart={cart}
          quote={quote.data}
          problemsByLine={problems.byLine}
          currency={currency}
        />
        <ProblemList problems={problems.cart} />
        {quote.data ? <QuoteTotals quote={quote.data} /> : null}
        {failure ? <Alert tone="danger">{failure.message}</Alert> : null}
        <Button
          type="submit"
          size="lg"
          disabled={mutation.isPending || !quote.data}
          aria-disabled={mutation.isPending}
        >
          {mutation.isPending ? "Placing your order…" : "Place order"}
        </Button>
        <p className="text-xs text-muted-foreground">
          You pay at the door, by cash or card, when the order arrives or is picked up.
        </p>
      </Card>
    </form>
  );
}
