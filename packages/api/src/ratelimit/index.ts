import { apiEnv } from "../env";
import type { RateLimiter } from "./limiter";
import { createMemoryLimiter, createUpstashLimiter } from "./limiter";

export * from "./limiter";
export * from "./policies";
export * from "./enforce";

let processLimiter: RateLimiter | undefined;

/**
 * The limiter this process uses: Upstash when configured (always in production), else an
 * in-memory one for local development, announced once so nobody mistakes it for protection.
 */
export function defaultRateLimiter(): RateLimiter {
  if (processLimiter) return processLimiter;
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = apiEnv;
  if (url && token) {
    processLimiter = createUpstashLimiter({ url, token });
  } else {
    console.warn(
      "[ratelimit] No UPSTASH_REDIS_REST_URL/TOKEN: using an in-process limiter (local development only).",
    );
    processLimiter = createMemoryLimiter();
  }
  return processLimiter;
}
