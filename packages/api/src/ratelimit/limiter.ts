import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

import type { RateLimitPolicyName } from "./policies";
import { rateLimitPolicies, windowMs } from "./policies";

export interface RateLimitDecision {
  allowed: boolean;
  /** When the window frees up again (ms since epoch). */
  resetAt: number;
  remaining: number;
}

/** Throws `RateLimiterUnavailable` when its store cannot answer. */
export interface RateLimiter {
  readonly kind: "upstash" | "memory";
  check(policy: RateLimitPolicyName, key: string): Promise<RateLimitDecision>;
}

export class RateLimiterUnavailable extends Error {
  override name = "RateLimiterUnavailable";
}

/** Upstash Redis in production; the devstack's compatible endpoint locally and in tests. */
export function createUpstashLimiter(config: { url: string; token: string }): RateLimiter {
  // No automatic retries: a limiter that is down must be noticed within the request.
  const redis = new Redis({ url: config.url, token: config.token, retry: { retries: 0 } });
  const limiters = new Map<RateLimitPolicyName, Ratelimit>();
  const limiterFor = (name: RateLimitPolicyName) => {
    let limiter = limiters.get(name);
    if (!limiter) {
      const policy = rateLimitPolicies[name];
      limiter = new Ratelimit({
        redis,
        prefix: `rl:${name}`,
        limiter: Ratelimit.slidingWindow(policy.limit, policy.window),
        // Answer within a second; a slower store counts as unavailable (see below).
        timeout: 1_000,
        analytics: false,
      });
      limiters.set(name, limiter);
    }
    return limiter;
  };
  return {
    kind: "upstash",
    async check(name, key) {
      let result: Awaited<ReturnType<Ratelimit["limit"]>>;
      try {
        result = await limiterFor(name).limit(key);
      } catch (error) {
        throw new RateLimiterUnavailable(`rate limiter unreachable: ${String(error)}`);
      }
      // On timeout the library lets the request through; the caller decides by policy.
      if (result.reason === "timeout") throw new RateLimiterUnavailable("rate limiter timed out");
      return { allowed: result.success, resetAt: result.reset, remaining: result.remaining };
    },
  };
}

/**
 * A sliding-window log in this process's memory: for `pnpm dev` without Redis only. Each
 * server instance counts on its own, so it is no protection in production.
 */
export function createMemoryLimiter(now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    kind: "memory",
    check(name, key) {
      const policy = rateLimitPolicies[name];
      const span = windowMs(policy.window);
      const at = now();
      const id = `${name}:${key}`;
      const recent = (hits.get(id) ?? []).filter((t) => t > at - span);
      const allowed = recent.length < policy.limit;
      if (allowed) recent.push(at);
      hits.set(id, recent);
      const oldest = recent[0] ?? at;
      return Promise.resolve({
        allowed,
        resetAt: oldest + span,
        remaining: Math.max(0, policy.limit - recent.length),
      });
    },
  };
}
