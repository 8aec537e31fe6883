import { email as emailSchema } from "@dishpatch/validators";

import type { RateLimiter } from "./ratelimit";
import { clientIpFrom } from "./client-ip";
import { checkRateLimit, defaultRateLimiter } from "./ratelimit";

/**
 * Runs before Auth.js checks a password: limits per account and per client address.
 * Returns the response to send instead (429 or 503, with Retry-After), or null to proceed.
 * The body mirrors what Auth.js answers `signIn()` so the client can show the reason.
 */
export async function guardSignIn(
  req: Request,
  rawEmail: string,
  limiter: RateLimiter = defaultRateLimiter(),
): Promise<Response | null> {
  const parsed = emailSchema.safeParse(rawEmail);
  const checks = [
    checkRateLimit(limiter, "signInPerIp", `ip:${clientIpFrom(req.headers)}`),
    ...(parsed.success ? [checkRateLimit(limiter, "signInPerEmail", `email:${parsed.data}`)] : []),
  ];
  for (const outcome of await Promise.all(checks)) {
    if (outcome.ok) continue;
    const url = new URL("/sign-in", req.url);
    url.searchParams.set("error", "CredentialsSignin");
    url.searchParams.set("code", outcome.status === 429 ? "rate_limited" : "unavailable");
    return Response.json(
      {
        url: url.toString(),
        message: outcome.message,
        retryAfterSeconds: outcome.retryAfterSeconds,
      },
      { status: outcome.status, headers: { "retry-after": String(outcome.retryAfterSeconds) } },
    );
  }
  return null;
}
