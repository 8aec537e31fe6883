import type { Quote } from "~/cart/quote-problems";
import { formatMoney } from "~/lib/money";

/** Subtotal, discount, tax, delivery, tip and total, exactly as the server priced them. */
export function QuoteTotals({ quote }: { quote: Quote }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid="quote-totals">
      <dt className="text-muted-foreground">Subtotal</dt>
      <dd className="text-right tabular-nums">{money(quote.subtotal)}</dd>
      {quote.discount > 0 ? (
        <>
          <dt className="text-muted-foreground">
            Discount{quote.promoCode ? ` (${quote.promoCode})` : ""}
          </dt>
          <dd
            className="text-right text-success-foreground tabular-nums"
            data-testid="quote-discount"
          >
            −{money(quote.discount)}
          </dd>
        </>
      ) : null}
      <dt className="text-muted-foreground">Tax</dt>
      <dd className="text-right tabular-nums">{money(quote.tax)}</dd>
      <dt className="text-muted-foreground">
        {quote.fulfillment === "delivery" ? "Delivery" : "Delivery (none for pickup)"}
      </dt>
      <dd className="text-right tabular-nums">{money(quote.deliveryFee)}</dd>
      {quote.tip > 0 ? (
        <>
          <dt className="text-muted-foreground">Tip</dt>
          <dd className="text-right tabular-nums">{money(quote.tip)}</dd>
        </>
      ) : null}
      <dt className="mt-1 border-t border-border pt-2 font-semibold">Total</dt>
      <dd
        className="mt-1 border-t border-border pt-2 text-right font-semibold tabular-nums"
        data-testid="quote-total"
      >
        {money(quote.total)}
      </dd>
    </dl>
  );
}
