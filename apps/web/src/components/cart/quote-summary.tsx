import type { Quote, QuoteProblem } from "~/cart/quote-problems";
import { PromoField } from "~/components/checkout/promo-field";
import { ProblemList } from "./problem-list";
import { QuoteTotals } from "./quote-totals";

interface Props {
  quote: Quote;
  promoCode: string;
  promoProblems: readonly QuoteProblem[];
  cartProblems: readonly QuoteProblem[];
}

/**
 * The priced part of the cart panel: promo code, cart-wide problems and totals. Shown only once
 * the server's quote is in, so the panel loads it lazily (see cart-panel.tsx).
 */
export function QuoteSummary({ quote, promoCode, promoProblems, cartProblems }: Props) {
  return (
    <>
      <PromoField applied={promoCode} problems={promoProblems} accepted={quote.discount > 0} />
      <ProblemList problems={cartProblems} />
      <QuoteTotals quote={quote} />
    </>
  );
}
