import { TRPCError } from "@trpc/server";

import type { RateLimiter } from "./limiter";
import type { RateLimitPolicyName } from "./policies";
import { RateLimiterUnavailable } from "./limiter";
import { rateLimitPolicies } from "./policies";

/** Carried as an error's cause so the formatter can tell clients when to retry. */
export class RetryAfter extends Error {
  constructor(readonly seconds: number) {
    super(`retry after ${seconds} s`);
  }
}

export const OUTAGE_RETRY_SECONDS = 30;

export type RateLimitOutcome =
  { ok: true } | { ok: false; status: 429 | 503; retryAfterSeconds: number; message: string };

/** The decision alone, for callers outside tRPC (the Auth.js sign-in route). */
export async function checkRateLimit(
  limiter: RateLimiter,
  name: RateLimitPolicyName,
  key: string,
): Promise<RateLimitOutcome> {
  const policy = rateLimitPolicies[name];
  try {
    const decision = await limiter.check(name, key);
    if (decision.allowed) return { ok: true };
    const retryAfterSeconds = Math.max(1, Math.ceil((decision.resetAt - Date.now()) / 1000));
    return { ok: false, status: 429, retryAfterSeconds, message: policy.message };
  } catch (error) {
    if (!(error instanceof RateLimiterUnavailable)) throw error;
    if (policy.onOutage === "open") {
      console.warn(
        JSON.stringify({
          level: "warn",
          event: "ratelimit.fail_open",
          policy: name,
          error: error.message,
        }),
      );
      return { ok: true };
    }
    console.error(
      JSON.stringify({
        level: "error",
        event: "ratelimit.fail_closed",
        policy: name,
        error: error.message,
      }),
    );
    return {
      ok: false,
      status: 503,
      retryAfterSeconds: OUTAGE_RETRY_SECONDS,
      message: "This is temporarily unavailable. Please try again in a minute.",
    };
  }
}

/** Throws TOO_MANY_REQUESTS (or SERVICE_UNAVAILABLE when failing closed) with Retry-After. */
export async function enforceRateLimit(opts: {
  limiter: RateLimiter;
  policy: RateLimitPolicyName;
  key: string;
  resHeaders: Headers;
}) {
  const outcome = await checkRateLimit(opts.limiter, opts.policy, opts.key);
  if (outcome.ok) return;
  opts.resHeaders.set("retry-after", String(outcome.retryAfterSeconds));
  throw new TRPCError({
    code: outcome.status === 429 ? "TOO_MANY_REQUESTS" : "SERVICE_UNAVAILABLE",
    message: outcome.message,
    cause: new RetryAfter(outcome.retryAfterSeconds),
  });
}
