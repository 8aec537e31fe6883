import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

import type { AccessRule, DomainErrorCode } from "../trpc";

/** The order errors are listed in: by HTTP status, as a reader scans them. */
const errorOrder: TRPC_ERROR_CODE_KEY[] = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
];

/**
 * The errors a caller may meet, derived from what the procedure is rather than listed by
 * hand: bad input when it takes input, sign-in and permission refusals from its access rule
 * (a signed-in user may still be suspended), rate limits everywhere, plus its own domain
 * errors from meta.
 */
export function errorsOf(opts: {
  hasInput: boolean;
  access: AccessRule;
  domainErrors: readonly DomainErrorCode[];
}): TRPC_ERROR_CODE_KEY[] {
  const codes = new Set<TRPC_ERROR_CODE_KEY>(opts.domainErrors);
  if (opts.hasInput) codes.add("BAD_REQUEST");
  if (opts.access !== "public") {
    codes.add("UNAUTHORIZED");
    codes.add("FORBIDDEN");
  }
  codes.add("TOO_MANY_REQUESTS");
  return errorOrder.filter((code) => codes.has(code));
}
