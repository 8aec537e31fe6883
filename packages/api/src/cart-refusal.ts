import type { CartProblem, CartProblemCode } from "./domain";
import type { FieldErrors } from "./errors";
import { InvalidFields } from "./errors";

/**
 * Problems that mean the request itself is wrong (an item that is not on this menu, options of
 * another item, a quantity of 0): BAD_REQUEST. Every other problem is the state of the
 * restaurant, menu or promo (closed, sold out, used up, below minimum): CONFLICT.
 */
const malformedCartCodes: ReadonlySet<CartProblemCode> = new Set<CartProblemCode>([
  "EMPTY_CART",
  "TOO_MANY_LINES",
  "UNKNOWN_ITEM",
  "ITEM_FROM_OTHER_RESTAURANT",
  "QUANTITY_INVALID",
  "QUANTITY_TOO_LARGE",
  "UNKNOWN_OPTION",
  "DUPLICATE_OPTION",
  "TOO_FEW_OPTIONS",
  "TOO_MANY_OPTIONS",
  "TIP_INVALID",
  "TIP_TOO_LARGE",
  "PROMO_NOT_FOUND",
]);

export function isMalformedCart(problems: readonly CartProblem[]): boolean {
  return problems.some((problem) => malformedCartCodes.has(problem.code));
}

/**
 * The cause of a refused checkout: the problems (sent to clients as `data.cartProblems`), also
 * as field errors (keyed by their path
 * into the input, "_" for the whole cart) so forms can point at the culprit.
 */
export class CartRefused extends InvalidFields {
  constructor(readonly problems: readonly CartProblem[]) {
    super(problemFields(problems), problems);
  }
}

function problemFields(problems: readonly CartProblem[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const problem of problems) {
    const key = problem.path.length > 0 ? problem.path.map(String).join(".") : "_";
    (fields[key] ??= []).push(problem.message);
  }
  return fields;
}

/** One sentence for the whole refusal: the problems' own messages. */
export function refusalMessage(problems: readonly CartProblem[]): string {
  const messages = [...new Set(problems.map((problem) => problem.message))];
  return `We couldn't place this order: ${messages.join(" ")}`;
}
