import type { RouterOutputs } from "@dishpatch/api";

export type Quote = RouterOutputs["cart"]["quote"];
export type QuoteProblem = Quote["problems"][number];

/**
 * Splits the quote's problems by where they point: a cart line (path `["lines", i, …]`), the
 * promo code, or the cart as a whole (closed, below minimum, …), so each shows next to its cause.
 */
export function problemsByPlace(problems: readonly QuoteProblem[]) {
  const byLine = new Map<number, QuoteProblem[]>();
  const promo: QuoteProblem[] = [];
  const cart: QuoteProblem[] = [];
  for (const problem of problems) {
    const [head, index] = problem.path;
    if (head === "lines" && typeof index === "number") {
      const list = byLine.get(index) ?? [];
      list.push(problem);
      byLine.set(index, list);
    } else if (head === "promoCode") promo.push(problem);
    else cart.push(problem);
  }
  return { byLine, promo, cart };
}
