import { promoProblemCodes } from "./promo";

/** Every reason a cart cannot be ordered as it is. Codes are stable: clients switch on them. */
export const cartProblemCodes = [
  "EMPTY_CART",
  "TOO_MANY_LINES",
  "UNKNOWN_ITEM",
  "ITEM_FROM_OTHER_RESTAURANT",
  "ITEM_SOLD_OUT",
  "INSUFFICIENT_STOCK",
  "QUANTITY_INVALID",
  "QUANTITY_TOO_LARGE",
  "UNKNOWN_OPTION",
  "DUPLICATE_OPTION",
  "TOO_FEW_OPTIONS",
  "TOO_MANY_OPTIONS",
  "BELOW_MINIMUM_ORDER",
  "TIP_INVALID",
  "TIP_TOO_LARGE",
  "PROMO_NOT_FOUND",
  ...promoProblemCodes,
  "RESTAURANT_PENDING",
  "RESTAURANT_SUSPENDED",
  "RESTAURANT_PAUSED",
  "RESTAURANT_CLOSED",
] as const;
export type CartProblemCode = (typeof cartProblemCodes)[number];

/** Where a problem is, as a path into the cart input: `["lines", 2, "optionIds", 0]`; `[]` = whole cart. */
export type ProblemPath = readonly (string | number)[];

export interface CartProblem {
  readonly code: CartProblemCode;
  readonly path: ProblemPath;
  /** A sentence for people; clients may show it or their own text for `code`. */
  readonly message: string;
  /** Ids and counts a client needs to point at the culprit (e.g. which option group). */
  readonly details?: Readonly<Record<string, string | number>>;
}

export function cartProblem(
  code: CartProblemCode,
  path: ProblemPath,
  message: string,
  details?: Readonly<Record<string, string | number>>,
): CartProblem {
  return details === undefined ? { code, path, message } : { code, path, message, details };
}
