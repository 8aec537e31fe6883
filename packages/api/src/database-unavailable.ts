import { isDatabaseUnavailable } from "@dishpatch/db";
import { TRPCError } from "@trpc/server";

import { RetryAfter } from "./ratelimit/enforce";

/** Long enough for a restart or a failover, short enough that a person retries by hand. */
export const DATABASE_RETRY_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "We can't reach our database right now. Please try again in a few seconds.";

/**
 * An error of a call whose database could not be reached or did not answer in time, as the
 * retryable SERVICE_UNAVAILABLE (503 with Retry-After) PRODUCT.md's clients can act on,
 * instead of a 500 whose message quotes the SQL (found by the reliability suite's faults).
 * Null for every other error.
 */
export function unavailableDatabaseError(error: TRPCError): TRPCError | null {
  if (error.code !== "INTERNAL_SERVER_ERROR" || !isDatabaseUnavailable(error.cause)) return null;
  return new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: DATABASE_UNAVAILABLE_MESSAGE,
    cause: new RetryAfter(DATABASE_RETRY_SECONDS),
  });
}
