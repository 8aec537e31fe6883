"use client";

import { Alert, buttonVariants, Card, Skeleton } from "@dishpatch/ui";
import Link from "next/link";
import { lazy, Suspense } from "react";

import type { CartRestaurant } from "~/cart/cart-schema";
import { problemsByPlace } from "~/cart/quote-problems";
import { useCart } from "~/cart/use-cart";
import { useCartQuote } from "~/cart/use-cart-quote";
import { apiProblem } from "~/lib/api-problem";
import { CartLines } from "./cart-lines";
import { FulfillmentChoice } from "./fulfillment-choice";

// Its code loads once a quote is in rather than with the restaurant page (the page's script
// budget is 180 kB; see scripts/page-js.ts); until then the panel shows the pricing skeleton.
const QuoteSummary = lazy(() =>
  import("./quote-summary").then((module) => ({ default: module.QuoteSummary })),
);

/** The cart beside the menu: lines, the server's price and every problem it found. */
export function CartPanel({ restaurant }: { restaurant: CartRestaurant }) {
  const cart = useCart();
  const { quote } = useCartQuote(cart);
  const fromElsewhere =
    cart.restaurant && cart.restaurant.id !== restaurant.id && cart.lines.length > 0;
  const problems = problemsByPlace(quote.data?.problems ?? []);

  return (
    <Card className="flex flex-col gap-4 p-5">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="cart-title" className="text-lg font-bold tracking-tight">
          Your cart
        </h2>
        {quote.isFetching && quote.data ? (
          <span className="text-xs text-muted-foreground" role="status">
            Updating…
          </span>
        ) : null}
      </div>
      {cart.lines.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          Your cart is empty. Choose a dish from the menu to start.
        </p>
      ) : fromElsewhere ? (
        <p className="text-sm text-muted-foreground">
          Your cart has dishes from{" "}
          <Link
            className="font-medium text-primary underline"
            href={`/r/${cart.restaurant?.slug ?? ""}`}
          >
            {cart.restaurant?.name}
          </Link>
          . Adding a dish here starts a new cart.
        </p>
      ) : (
        <>
          <FulfillmentChoice value={cart.fulfillment} />
          <CartLines
            cart={cart}
            quote={quote.data}
            problemsByLine={problems.byLine}
            currency={restaurant.currency}
          />
          {quote.isError && !quote.data ? (
            <Alert tone="danger">{apiProblem(quote.error).message}</Alert>
          ) : null}
          {quote.data ? (
            <Suspense fallback={pricingSkeleton}>
              <QuoteSummary
                quote={quote.data}
                promoCode={cart.promoCode}
                promoProblems={problems.promo}
                cartProblems={problems.cart}
              />
            </Suspense>
          ) : quote.isPending ? (
            pricingSkeleton
          ) : null}
          <Link href="/checkout" className={buttonVariants({ size: "lg" })}>
            Go to checkout
          </Link>
        </>
      )}
    </Card>
  );
}

const pricingSkeleton = (
  <div className="flex flex-col gap-2" aria-busy="true" aria-label="Pricing your cart">
    <Skeleton className="h-4 w-full" />
    <Skeleton className="h-4 w-2/3" />
  </div>
);
