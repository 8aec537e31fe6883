import type { QuoteProblem } from "~/cart/quote-problems";

/** The server's own sentences for what stops this cart, announced when they change. */
export function ProblemList({ problems, id }: { problems: readonly QuoteProblem[]; id?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul
      id={id}
      className="flex flex-col gap-1 text-sm font-medium text-danger-foreground"
      data-testid="cart-problems"
    >
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${index}`}>{problem.message}</li>
      ))}
    </ul>
  );
}
