import type { AppRouter } from "@dishpatch/api";
import { isTRPCClientError } from "@trpc/client";

/** What a form needs to know about a failed mutation. */
export interface ApiProblem {
  /** The tRPC error code ("CONFLICT", "TOO_MANY_REQUESTS", …), or null when the API was not reached. */
  code: string | null;
  message: string;
  /** Zod messages per input field, from the API's error formatter. */
  fieldErrors: Record<string, string[]>;
  retryAfterSeconds: number | null;
}

export function apiProblem(error: unknown): ApiProblem {
  if (isTRPCClientError<AppRouter>(error) && error.data) {
    return {
      code: error.data.code,
      message: error.message,
      fieldErrors: error.data.fieldErrors ?? {},
      retryAfterSeconds: error.data.retryAfterSeconds,
    };
  }
  return {
    code: null,
    message: "We couldn't reach Dishpatch. Check your connection and try again.",
    fieldErrors: {},
    retryAfterSeconds: null,
  };
}
